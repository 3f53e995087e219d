/**
 * The explorer in Debian's Chromium against the real stack (real Neo4j, real API, the illustrative seed): one page
 * walks through what an analyst does, saving a screenshot at each step in e2e/artifacts/.
 */
import type { Page } from 'playwright-core';

import { clickNode, screenshot, signInAs, waitForGraph } from '../src/browser';
import { fitOf, overlappingLabels, WIDTHS } from '../src/checks';
import {
  api as pageApi,
  apiCounts as pageApiCounts,
  FACETS_QUERY,
  shownCounts as pageCounts,
  type FacetAnswer,
} from '../src/pageApi';
import { ANALYST, startStack, type Stack } from '../src/stack';

jest.setTimeout(120_000);

const KFCA = 'actor:kh-forest-communities-network';
const LAO_WOMEN = 'actor:la-women-land-association';

let stack: Stack;
let page: Page;

beforeAll(async () => {
  stack = await startStack();
  page = await stack.openPage();
});

afterAll(async () => {
  await stack?.close();
});

const graph = () => page.locator('[data-testid="graph"]');
const details = () => page.locator('section.details');
const layoutRuns = () => page.evaluate(() => window.reformAtlasGraph?.layoutRuns() ?? -1);
const nodeIds = () => page.evaluate(() => window.reformAtlasGraph?.nodeIds() ?? []);
const classed = (name: string) => page.evaluate((n) => window.reformAtlasGraph?.classed(n) ?? [], name);
const renderedAt = (id: string) => page.evaluate((n) => window.reformAtlasGraph?.renderedPosition(n) ?? null, id);
const positions = () =>
  page.evaluate(() => {
    const g = window.reformAtlasGraph;
    return Object.fromEntries((g?.nodeIds() ?? []).map((id) => [id, g?.position(id) ?? null]));
  });

const api = <T>(query: string, variables: Record<string, unknown> = {}) => pageApi<T>(page, query, variables);
const shownCounts = () => pageCounts(page);
const apiCounts = (filter: Record<string, unknown> | null, keys: string[]) => pageApiCounts(page, filter, keys);

test('opens on a readable first view: the most influential actors, labels that never overlap, the legend in sight', async () => {
  const started = Date.now();
  await page.goto(stack.url);
  await waitForGraph(page);
  console.log(`seed: navigation → data-graph-ready in ${Date.now() - started} ms`);
  const { dataset } = await api<{ dataset: { actors: number } }>('{ dataset { actors } }');
  await expect(page.getByTestId('drawn-count').textContent()).resolves.toMatch(
    new RegExp(`^80 of ${dataset.actors} actors shown · Show \\d+ more`),
  );
  const nodes = Number(await graph().getAttribute('data-node-count'));
  expect(nodes).toBeLessThan(130);
  await page.waitForFunction(
    () =>
      Number(document.querySelector<HTMLElement>('[data-testid="graph"]')?.dataset.labelsShown) > 0 &&
      (window.reformAtlasGraph?.labelsSettled() ?? false),
  );
  const labels = await page.evaluate(() => window.reformAtlasGraph?.drawnLabels().length ?? 0);
  expect(labels).toBeGreaterThanOrEqual(10);
  expect(await overlappingLabels(page)).toEqual([]);
  // The seed's first view is small enough to redraw sharp on every frame of a pan or zoom.
  await expect(page.evaluate(() => window.reformAtlasGraph?.viewportDetail().snapshot)).resolves.toBe(false);
  await expect(page.getByTestId('illustrative-badge').textContent()).resolves.toContain('Illustrative data');
  const legend = await page.getByTestId('legend').boundingBox();
  expect(legend && legend.y + legend.height).toBeLessThanOrEqual(900);
  await expect(page.getByTestId('legend').textContent()).resolves.toContain('Coalition');
  const fonts = await page.evaluate(() =>
    ['Noto Sans Khmer', 'Noto Sans Lao', 'Noto Sans Myanmar'].map((f) => document.fonts.check(`14px "${f}"`, 'ក ກ က')),
  );
  expect(fonts).toEqual([true, true, true]);
  console.log(`seed first view: ${nodes} nodes, ${labels} labels drawn, none overlapping`);
  for (const width of WIDTHS) {
    await page.setViewportSize({ width, height: 900 });
    await waitForGraph(page);
    await page.waitForTimeout(300);
    await screenshot(page, `01-first-view-${width}`);
  }
  await page.setViewportSize({ width: 1440, height: 900 });
});

test('the page fits 1280, 1440 and 1920 px with every control reachable; at 1,024 px the filters are a drawer', async () => {
  for (const width of WIDTHS) {
    await page.setViewportSize({ width, height: 900 });
    const fit = await fitOf(page);
    expect(fit).toEqual({ width, scrollWidth: width, offScreen: [], overflowing: [] });
    const search = await page.getByTestId('search').boundingBox();
    if (width >= 1440) expect(search?.width).toBeGreaterThanOrEqual(280);
    for (const name of ['New actor', 'Sign in', 'Find a path…']) {
      await expect(page.getByRole('button', { name, exact: true }).isVisible()).resolves.toBe(true);
    }
    // The secondary actions stand in the bar where there is room, else under "More".
    if (width >= 2000) {
      await expect(page.getByTestId('action-export').isVisible()).resolves.toBe(true);
      await expect(page.getByTestId('more-menu').isVisible()).resolves.toBe(false);
    } else {
      await page.getByTestId('more-menu').click();
      const items = await page.getByRole('menuitem').allTextContents();
      expect(items).toEqual(['Saved views', 'Network analytics', 'Export…']);
      expect((await fitOf(page)).offScreen).toEqual([]);
      await screenshot(page, `02-more-menu-${width}`);
      await page.keyboard.press('Escape');
    }
    // The page switch: buttons where there is room, a select below 1,600 px.
    await expect(page.getByTestId(width >= 1600 ? 'page-overlap' : 'page-select').isVisible()).resolves.toBe(true);
    // Opening the sign-in panel does not scroll the page sideways either.
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await page.getByLabel('Username').waitFor();
    expect(await fitOf(page)).toEqual({ width, scrollWidth: width, offScreen: [], overflowing: [] });
    await page.getByRole('button', { name: 'Close sign-in' }).click();
  }
  await page.setViewportSize({ width: 1024, height: 768 });
  expect(await fitOf(page)).toEqual({ width: 1024, scrollWidth: 1024, offScreen: [], overflowing: [] });
  await expect(page.getByTestId('filters-panel').isVisible()).resolves.toBe(false);
  await page.getByRole('button', { name: 'Show the filters' }).click();
  await expect(page.getByTestId('filters-panel').isVisible()).resolves.toBe(true);
  await screenshot(page, '02-drawer-1024');
  await page.getByRole('button', { name: 'Close the filters' }).click();
  await page.setViewportSize({ width: 1440, height: 900 });
});

test('signed in, with every page in the switch and the editor menus, the bar still fits at 1280, 1440 and 1920 px', async () => {
  const own = await stack.openPage();
  await own.goto(stack.url);
  await waitForGraph(own);
  await signInAs(own, ANALYST);
  for (const path of ['', '?page=matrix', '?page=gaps']) {
    await own.goto(`${stack.url}${path}`);
    await own.locator('.topbar').waitFor();
    for (const width of WIDTHS) {
      await own.setViewportSize({ width, height: 900 });
      expect({ path, ...(await fitOf(own)) }).toEqual({
        path,
        width,
        scrollWidth: width,
        offScreen: [],
        overflowing: [],
      });
      await expect(own.getByTestId(width >= 1600 ? 'page-gaps' : 'page-select').isVisible()).resolves.toBe(true);
    }
  }
  await own.setViewportSize({ width: 1440, height: 900 });
  await own.goto(stack.url);
  await waitForGraph(own);
  await screenshot(own, '02-signed-in-1440');
  await own.context().close();
});

test("filters by a country: the server's counts, equal to the API's for the whole database, and the URL keeps it", async () => {
  const before = await shownCounts();
  expect(before).toEqual(await apiCounts(null, Object.keys(before)));
  await page.getByRole('checkbox', { name: /^Cambodia \d+ actors$/ }).check();
  expect(page.url()).toContain('country=KH');
  await page.waitForFunction(() =>
    /^\d+ of \d+ actors match$/.test(document.querySelector('[data-testid="filters-summary"]')?.textContent ?? ''),
  );
  const after = await shownCounts();
  expect(after).toEqual(await apiCounts({ countries: ['KH'] }, Object.keys(after)));
  const { actorFacets } = await api<FacetAnswer>(FACETS_QUERY, { filter: { countries: ['KH'] } });
  await expect(page.getByTestId('filters-summary').textContent()).resolves.toMatch(
    new RegExp(`^${actorFacets.total} of \\d+ actors match$`),
  );
  await page
    .getByTestId('drawn-count')
    .getByText(`${Math.min(80, actorFacets.total)} of ${actorFacets.total} matching actors shown`, { exact: true })
    .waitFor();
  await screenshot(page, '03-filter-cambodia');
});

test('Hide re-lays out what matches; expanded neighbours stay visible and marked, and the counts do not move', async () => {
  const runs = await layoutRuns();
  await page.getByRole('radio', { name: 'Hide' }).check();
  await page.waitForFunction((r) => (window.reformAtlasGraph?.layoutRuns() ?? 0) > r, runs);
  await waitForGraph(page);
  // Re-fitted: every node drawn lies inside the canvas.
  const canvas = await graph().boundingBox();
  const hiddenNow = new Set(await classed('filtered-out'));
  const outside: string[] = [];
  for (const id of await nodeIds()) {
    if (hiddenNow.has(id)) continue;
    const p = await renderedAt(id);
    if (!p || !canvas || p.x < 0 || p.y < 0 || p.x > canvas.width || p.y > canvas.height) outside.push(id);
  }
  expect(outside).toEqual([]);
  const counts = await shownCounts();
  const summary = await page.getByTestId('filters-summary').textContent();
  await screenshot(page, '04-hide-cambodia');

  // A Lao actor's neighbourhood, two hops: shown whatever the filter, marked as context.
  await page.goto(`${page.url()}&sel=${encodeURIComponent(LAO_WOMEN)}&expand=${encodeURIComponent(`${LAO_WOMEN}~2`)}`);
  await waitForGraph(page);
  await page.waitForFunction(() => !document.body.textContent?.includes('Expanding…'));
  await waitForGraph(page);
  const { neighbourhood } = await api<{ neighbourhood: { nodes: Array<{ id: string }> } }>(
    'query ($id: ID!) { neighbourhood(id: $id, depth: 2, limit: 60) { nodes { id } } }',
    { id: LAO_WOMEN },
  );
  const drawn = new Set(await nodeIds());
  const hidden = new Set(await classed('filtered-out'));
  const context = new Set(await classed('context'));
  const expanded = neighbourhood.nodes.map((n) => n.id);
  expect(expanded.length).toBeGreaterThan(10);
  expect(expanded.filter((id) => !drawn.has(id) || hidden.has(id))).toEqual([]);
  expect(expanded.filter((id) => id.startsWith('actor:la-') && !context.has(id))).toEqual([]);
  expect(await shownCounts()).toEqual(counts);
  await expect(page.getByTestId('filters-summary').textContent()).resolves.toBe(summary);
  console.log(`hide + expansion: ${expanded.length} neighbours shown as context, counts unchanged (${summary})`);
  await screenshot(page, '05-hide-plus-expansion');
});

test('selecting lights the neighbourhood and dims the rest, keeps the node in sight beside the panel; Escape clears', async () => {
  await page.goto(stack.url);
  await waitForGraph(page);
  const target = (await nodeIds()).find((id) => id.startsWith('actor:')) ?? '';
  await clickNode(page, target);
  await details().waitFor();
  await page.waitForTimeout(400);
  const lit = new Set(await classed('neighbour'));
  const dimmed = new Set(await classed('dimmed'));
  expect(lit.has(target)).toBe(true);
  expect(lit.size).toBeGreaterThan(1);
  expect(dimmed.size).toBeGreaterThan(0);
  expect([...lit].filter((id) => dimmed.has(id))).toEqual([]);
  // The canvas narrowed for the panel; the node is inside what is left of it.
  const canvas = await graph().boundingBox();
  const panel = await page.getByTestId('side-panel').boundingBox();
  const at = await renderedAt(target);
  expect(canvas && panel && at && canvas.x + at.x < panel.x && at.x > 0 && at.y > 0 && at.y < canvas.height).toBe(true);
  await screenshot(page, '06-selected');
  await page.keyboard.press('Escape');
  await details().waitFor({ state: 'detached' });
  expect(await classed('dimmed')).toEqual([]);
  expect(page.url()).not.toContain('sel=');
});

test('search finds any actor by any name; picking it places its neighbourhood and selects it, without filtering', async () => {
  const search = page.getByTestId('search');
  await search.click();
  await page.keyboard.type('សម្ព័ន្ធសហគមន៍');
  const option = page.getByRole('option').filter({ hasText: 'Khmer Forest Communities Alliance' });
  await option.waitFor();
  await screenshot(page, '07-search-khmer');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await details().getByRole('heading', { name: 'Khmer Forest Communities Alliance' }).waitFor();
  await details().getByText('Memberships', { exact: false }).first().waitFor();
  await expect(details().locator('.prov').first().textContent()).resolves.toMatch(/workshop|interview|review|RRAM/i);
  expect(page.url()).toContain(`sel=${encodeURIComponent(KFCA)}`);
  expect(page.url()).not.toContain('q=');
  await expect(page.getByTestId('filters-summary').textContent()).resolves.toMatch(/^\d+ actors$/);
  await waitForGraph(page);
  expect(await nodeIds()).toContain(KFCA);
  await expect(search.inputValue()).resolves.toBe('');
});

test('Enter without a choice applies the text as a filter, shown as a chip that removes it', async () => {
  await page.getByTestId('search').click();
  await page.keyboard.type('forest');
  await page.getByRole('option', { name: 'Filter the map by “forest”' }).waitFor();
  await page.keyboard.press('Enter');
  await page.getByTestId('text-filter').waitFor();
  await page.waitForFunction(() =>
    /^[\d,]+ of [\d,]+ actors match$/.test(
      document.querySelector('[data-testid="filters-summary"]')?.textContent ?? '',
    ),
  );
  const { actorFacets } = await api<FacetAnswer>(FACETS_QUERY, { filter: { text: 'forest' } });
  await expect(page.getByTestId('filters-summary').textContent()).resolves.toMatch(
    new RegExp(`^${actorFacets.total} of`),
  );
  await page.getByRole('button', { name: 'Remove the text filter “forest”' }).click();
  await page.getByTestId('text-filter').waitFor({ state: 'detached' });
});

test('finds the shortest path between two actors and lists it in words', async () => {
  await page.goto(`${stack.url}?sel=${encodeURIComponent(KFCA)}`);
  await waitForGraph(page);
  await details().getByRole('button', { name: 'Path from here' }).click();
  await page.getByTestId('path-to').click();
  await page.keyboard.type('ສະມາຄົມແມ່ຍິງ');
  await page.getByRole('option').filter({ hasText: 'Lao Women and Land Association' }).click();
  const result = page.getByTestId('path-result');
  await result.waitFor();
  const text = (await result.textContent()) ?? '';
  expect(text).toMatch(/step/);
  expect(text).toContain('Khmer Forest Communities Alliance');
  expect(page.url()).toContain(`to=${encodeURIComponent(LAO_WOMEN)}`);
  await page.waitForTimeout(200);
  await screenshot(page, '08-path');
});

test('a minimum confidence leaves weaker links out of the map, the counts and the path found, and stays in the URL', async () => {
  await page.goto(stack.url);
  await waitForGraph(page);
  // A pair whose shortest path changes when only high-confidence links may be walked (found through the API).
  const PATH = `query($from: ID!, $to: ID!, $min: Confidence) { path(from: $from, to: $to, minConfidence: $min) {
    connected edges { id } } }`;
  type PathAnswer = { path: { connected: boolean; edges: Array<{ id: string }> } };
  const { actors } = await api<{ actors: { nodes: Array<{ id: string }> } }>('{ actors(first: 60) { nodes { id } } }');
  let pair: { to: string; any: PathAnswer['path']; high: PathAnswer['path'] } | null = null;
  for (const { id } of actors.nodes) {
    const to = `actor:${id}`;
    if (to === KFCA) continue;
    const any = (await api<PathAnswer>(PATH, { from: KFCA, to, min: null })).path;
    const high = (await api<PathAnswer>(PATH, { from: KFCA, to, min: 'HIGH' })).path;
    if (any.connected && (!high.connected || high.edges.length !== any.edges.length)) {
      pair = { to, any, high };
      break;
    }
  }
  if (!pair) throw new Error('no seed actor whose path from KFCA changes with high confidence only');
  const steps = (n: number) => page.getByTestId('path-result').filter({ hasText: new RegExp(`^${n} steps?:`) });
  const FIRST_VIEW = `query($f: ActorFilter) { graph(filter: $f, limit: 80, include: { groups: true,
    collaborations: true, countries: false, themes: false, activities: false }) { edges { id } } }`;
  const firstViewEdges = async (f: unknown) =>
    (await api<{ graph: { edges: Array<{ id: string }> } }>(FIRST_VIEW, { f })).graph.edges.map((e) => e.id);
  // The map draws the first view's links and the path's, and nothing else (no expansion in this view).
  const mapShows = (expected: string[]) =>
    page.waitForFunction(
      (ids) => {
        const drawn = new Set(window.reformAtlasGraph?.edgeIds() ?? []);
        return drawn.size === ids.length && ids.every((id) => drawn.has(id));
      },
      [...new Set(expected)],
    );

  await page.goto(`${stack.url}?from=${encodeURIComponent(KFCA)}&to=${encodeURIComponent(pair.to)}`);
  await waitForGraph(page);
  await steps(pair.any.edges.length).waitFor();
  const anyEdges = [...(await firstViewEdges(null)), ...pair.any.edges.map((e) => e.id)];
  await mapShows(anyEdges);

  // Chosen in the path finder, the setting is the view's: the map, the counts and the URL follow it.
  await page.getByTestId('path-min-confidence').selectOption('HIGH');
  await page.waitForFunction(() => new URL(window.location.href).searchParams.get('conf') === 'HIGH');
  if (pair.high.connected) await steps(pair.high.edges.length).waitFor();
  else await page.getByTestId('path-result').filter({ hasText: 'of high confidence' }).waitFor();
  await expect(page.getByTestId('min-confidence').inputValue()).resolves.toBe('HIGH');
  const highEdges = [...(await firstViewEdges({ minConfidence: 'HIGH' })), ...pair.high.edges.map((e) => e.id)];
  expect(new Set(highEdges).size).toBeLessThan(new Set(anyEdges).size);
  await mapShows(highEdges);
  const counts = await shownCounts();
  expect(counts).toEqual(await apiCounts({ minConfidence: 'HIGH' }, Object.keys(counts)));
  // Nothing else became a filter: every actor still matches.
  await expect(page.getByTestId('filters-summary').textContent()).resolves.toMatch(/^[\d,]+ actors$/);
  await screenshot(page, '08b-path-high-confidence');

  // Reloaded, the view keeps it; set back to any confidence in the filter panel, the first path returns.
  await page.reload();
  await waitForGraph(page);
  await expect(page.getByTestId('min-confidence').inputValue()).resolves.toBe('HIGH');
  await page.getByTestId('min-confidence').selectOption('LOW');
  await steps(pair.any.edges.length).waitFor();
  await mapShows(anyEdges);
  expect(new URL(page.url()).searchParams.get('conf')).toBeNull();
});

test('reloading restores the view from the URL', async () => {
  await page.goto(`${stack.url}?country=KH&sel=${encodeURIComponent(KFCA)}&layout=country&view=split`);
  await waitForGraph(page);
  await page.reload();
  await waitForGraph(page);
  expect(await page.getByRole('checkbox', { name: /^Cambodia \d+ actors$/ }).isChecked()).toBe(true);
  await expect(page.getByTestId('layout').inputValue()).resolves.toBe('country');
  await details().getByRole('heading', { name: 'Khmer Forest Communities Alliance' }).waitFor();
  await page.getByRole('table').waitFor();
  await screenshot(page, '09-reloaded-grouped-split');
});

test('edits an actor: a validation message sits next to its field, and a saved change persists', async () => {
  await page.goto(`${stack.url}?sel=${encodeURIComponent(KFCA)}`);
  await waitForGraph(page);
  // Editing needs an analyst: "Edit actor" asks to sign in first.
  await details().getByRole('button', { name: 'Edit actor' }).click();
  await signInAs(page, ANALYST);
  await details().getByRole('button', { name: 'Edit actor' }).click();
  const name = page.locator('#actor-name');
  await name.fill('');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await page
    .locator('.field.invalid .field-error')
    .first()
    .waitFor({ timeout: 10_000 })
    .catch(async (error: unknown) => {
      await screenshot(page, '10-edit-validation-failed');
      throw new Error(`No field error; the form says: ${await page.locator('.actor-form').innerText()}`, {
        cause: error,
      });
    });
  // Both invalid fields of one submission are named at once, each beside its field, in plain words.
  await page.locator('#actor-influence').fill('9');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await page.locator('#actor-influence-error').waitFor();
  await expect(page.locator('#actor-name-error').textContent()).resolves.toBe('Must not be empty');
  await expect(page.locator('#actor-influence-error').textContent()).resolves.toBe('Must be at most 5');
  await screenshot(page, '10-edit-validation');
  await page.locator('#actor-influence').fill('3');
  await name.fill('Khmer Forest Communities Alliance (edited)');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await details().getByRole('heading', { name: 'Khmer Forest Communities Alliance (edited)' }).waitFor();
  await page.reload();
  await waitForGraph(page);
  await details().getByRole('heading', { name: 'Khmer Forest Communities Alliance (edited)' }).waitFor();
  await screenshot(page, '11-edited');
});

test('adding an actor places it without moving anything placed (within 1 px), and without a new layout', async () => {
  await page.goto(stack.url);
  await waitForGraph(page);
  await page.waitForTimeout(300);
  const placed = await positions();
  const runs = await layoutRuns();
  await page.getByRole('button', { name: 'New actor' }).click();
  await page.locator('#actor-name').fill('Isolated Test Actor for Placement');
  const form = page.getByTestId('side-panel');
  await form.getByLabel('Sector').selectOption('RESEARCH');
  await form.getByLabel('Level').selectOption('LOCAL');
  await form.getByLabel('Based in').selectOption('KH');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await details().getByRole('heading', { name: 'Isolated Test Actor for Placement' }).waitFor();
  await page.waitForFunction(() =>
    (window.reformAtlasGraph?.nodeIds() ?? []).some((id) => id.includes('isolated-test-actor')),
  );
  await waitForGraph(page);
  const now = await positions();
  const moved = Object.entries(placed).filter(([id, p]) => {
    const q = now[id];
    return q && p && (Math.abs(q.x - p.x) > 1 || Math.abs(q.y - p.y) > 1);
  });
  expect(moved).toEqual([]);
  expect(await layoutRuns()).toBe(runs);
  console.log(`addition: ${Object.keys(placed).length} placed nodes, ${moved.length} moved by more than 1 px`);
  await screenshot(page, '12-added');
});

test('an analyst marks an actor sensitive in its form: a badge in details and table, a ring and a legend entry on the map; anonymous readers no longer get it', async () => {
  // Signed in as the analyst since the editing test.
  await page.goto(`${stack.url}?sel=${encodeURIComponent(KFCA)}&view=split`);
  await waitForGraph(page);
  await expect(details().locator('.sensitive-badge').count()).resolves.toBe(0);
  await details().getByRole('button', { name: 'Edit actor' }).click();
  const box = page.getByRole('checkbox', { name: 'Sensitive' });
  await expect(box.isChecked()).resolves.toBe(false);
  await box.check();
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await details().locator('.sensitive-badge').waitFor();
  await page.getByTestId('legend-sensitive').waitFor();
  await page.locator('.table-view tr[aria-selected="true"] .sensitive-badge').waitFor();
  await screenshot(page, '13-sensitive');

  const anonymous = await stack.openPage();
  try {
    await anonymous.goto(`${stack.url}?sel=${encodeURIComponent(KFCA)}`);
    await waitForGraph(anonymous);
    const ids = await anonymous.evaluate(() => window.reformAtlasGraph?.nodeIds() ?? []);
    expect(ids.length).toBeGreaterThan(10);
    expect(ids).not.toContain(KFCA);
    await expect(anonymous.locator('.sensitive-badge').count()).resolves.toBe(0);
    await expect(anonymous.getByTestId('legend-sensitive').count()).resolves.toBe(0);
  } finally {
    await anonymous.context().close();
  }

  // Unmarked again, the edit is a change like any other: the badge goes.
  await details().getByRole('button', { name: 'Edit actor' }).click();
  await page.getByRole('checkbox', { name: 'Sensitive' }).uncheck();
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await details().locator('.sensitive-badge').waitFor({ state: 'detached' });
});

test('a new link is recorded with the source, date, confidence and sensitive flag set in the editor', async () => {
  await page.goto(`${stack.url}?sel=${encodeURIComponent(KFCA)}`);
  await waitForGraph(page);
  // Signed in as the analyst since the editing test, unless this test runs alone.
  if (await page.getByRole('button', { name: 'Sign in', exact: true }).isVisible()) await signInAs(page, ANALYST);
  const { actor, groups } = await api<{
    actor: { memberships: Array<{ group: { id: string } }> };
    groups: Array<{ id: string; name: string }>;
  }>(`query($id: ID!) { actor(id: $id) { memberships { group { id } } } groups { id name } }`, {
    id: KFCA.replace('actor:', ''),
  });
  const group = groups.find((g) => !actor.memberships.some((m) => m.group.id === g.id));
  if (!group) throw new Error('KFCA is a member of every group');

  const editor = page.locator('.relations-editor');
  await editor.getByLabel('Source', { exact: true }).fill('E2E field visit, Kratie');
  await editor.getByLabel('Date', { exact: true }).fill('2019-03-05');
  await editor.getByLabel('Confidence', { exact: true }).selectOption('HIGH');
  await editor.getByRole('checkbox', { name: /Sensitive link/ }).check();
  await editor.getByTestId('membership-group').selectOption(group.id);
  await editor.getByRole('form', { name: 'Membership' }).getByRole('button', { name: 'Add' }).click();
  const added = details().locator('ul.links li').filter({ hasText: group.name });
  await added.filter({ hasText: 'E2E field visit, Kratie, 2019-03-05 · high confidence' }).waitFor();
  await expect(added.locator('.sensitive-badge').count()).resolves.toBe(1);
  await screenshot(page, '14-link-provenance');

  // A reader who may not see sensitive links is not sent this one.
  const anonymous = await stack.openPage();
  try {
    await anonymous.goto(stack.url);
    await waitForGraph(anonymous);
    const seen = await pageApi<{ actor: { memberships: Array<{ group: { id: string } }> } }>(
      anonymous,
      'query($id: ID!) { actor(id: $id) { memberships { group { id } } } }',
      { id: KFCA.replace('actor:', '') },
    );
    expect(seen.actor.memberships.map((m) => m.group.id)).not.toContain(group.id);
  } finally {
    await anonymous.context().close();
  }

  await editor.getByRole('button', { name: `Remove membership of ${group.name}` }).click();
  await added.waitFor({ state: 'detached' });
});

/**
 * The alignment pages in Debian's Chromium against the real stack (seeded test database): the
 * overlap view, the partner finder as a facilitator new to the tool would use it, the matrix for a
 * strategy meeting, the influence × alignment grid, and meeting mode. Screenshots go to
 * e2e/artifacts/alignment-*.png.
 */
import { join } from 'node:path';

import type { Page } from 'playwright-core';

import { ARTIFACTS, screenshot } from '../src/browser';
import { ANALYST, startStack, type Stack } from '../src/stack';

jest.setTimeout(120_000);

let stack: Stack;
let page: Page;

const graph = () => page.locator('[data-testid="alignment-graph"]');
const ready = () =>
  page.waitForSelector('[data-testid="alignment-graph"][data-graph-ready="true"]', { timeout: 60_000 });
const attr = async (name: string) => Number(await graph().getAttribute(name));

/**
 * Asks the API for what a test expects to see, with the page's cookies: as whoever the page is signed
 * in as (an analyst also sees sensitive actors, which changes the overlap network).
 */
async function api<T>(query: string): Promise<T> {
  const response = await page.request.post(`${stack.url}graphql`, { data: { query } });
  const body = (await response.json()) as { data?: T; errors?: unknown[] };
  if (!body.data || body.errors) throw new Error(`API error: ${JSON.stringify(body.errors)}`);
  return body.data;
}

beforeAll(async () => {
  stack = await startStack();
  page = await stack.openPage();
});

afterAll(async () => {
  await stack?.close();
});

test('overlap view: weighted links, a minimum-shared slider and theme regions', async () => {
  await page.goto(`${stack.url}?page=overlap`);
  await ready();
  await page.waitForFunction(
    () => Number(document.querySelector('[data-testid="alignment-graph"]')?.getAttribute('data-region-count')) > 0,
  );
  const edges = await attr('data-edge-count');
  expect(edges).toBeGreaterThan(20);
  await expect(page.getByTestId('overlap-counts').textContent()).resolves.toMatch(/\d+ actors, \d+ links/);
  await page.getByTestId('in-several').waitFor();
  await screenshot(page, 'alignment-overlap');
  // Raising the minimum to 4 shared themes leaves fewer, stronger links.
  await page.getByTestId('min-shared').fill('4');
  await expect(page.getByTestId('min-shared-value').textContent()).resolves.toBe('4');
  expect(page.url()).toContain('min=4');
  await page.waitForFunction(
    (before) =>
      Number(document.querySelector('[data-testid="alignment-graph"]')?.getAttribute('data-edge-count')) < before,
    edges,
  );
  await ready();
  await page.waitForTimeout(300);
  await screenshot(page, 'alignment-overlap-min4');
});

test('overlap view: a minimum confidence leaves weaker positions out, as the API does, and stays in the URL', async () => {
  const expected = async (filter: string) => {
    const { overlaps } = await api<{ overlaps: { nodes: unknown[]; edges: unknown[] } }>(
      `{ overlaps(filter: ${filter}, minShared: 2, limit: 300) { nodes { id } edges { source target } } }`,
    );
    return `${overlaps.nodes.length} actors, ${overlaps.edges.length} links`;
  };
  const counts = page.getByTestId('overlap-counts');
  await page.goto(`${stack.url}?page=overlap`);
  await ready();
  const any = await expected('null');
  await counts.filter({ hasText: new RegExp(`^${any}`) }).waitFor();
  await page.getByTestId('align-min-confidence').selectOption('HIGH');
  await page.waitForFunction(() => new URL(window.location.href).searchParams.get('conf') === 'HIGH');
  const high = await expected('{ minConfidence: HIGH }');
  expect(high).not.toBe(any);
  await counts.filter({ hasText: new RegExp(`^${high}`) }).waitFor();
  // Reloaded, the page keeps it.
  await page.reload();
  await ready();
  await expect(page.getByTestId('align-min-confidence').inputValue()).resolves.toBe('HIGH');
  await counts.filter({ hasText: new RegExp(`^${high}`) }).waitFor();
  await page.getByTestId('align-min-confidence').selectOption('LOW');
  await counts.filter({ hasText: new RegExp(`^${any}`) }).waitFor();
  expect(new URL(page.url()).searchParams.get('conf')).toBeNull();
});

test('partner finder: a facilitator picks an actor and reads why each partner is suggested', async () => {
  await page.goto(stack.url);
  await page.getByTestId('page-partners').click();
  await page.getByTestId('partner-for').fill('Khmer Forest');
  await page.getByRole('option').filter({ hasText: 'Khmer Forest Communities Alliance' }).click();
  const partners = page.getByTestId('partner');
  await partners.first().waitFor();
  await ready();
  const count = await partners.count();
  expect(count).toBeGreaterThanOrEqual(3);
  const reasons = await page.getByTestId('why').allTextContents();
  for (const why of reasons) expect(why).toMatch(/^Why: .*shares /);
  // Sharing a country is no reason given; a border crossed is.
  for (const why of reasons)
    for (const place of why.match(/based in [^;]*/g) ?? []) expect(place).toMatch(/\(cross-border\)$/);
  // Each component bar says its number, the API's.
  const { suggestPartners } = await api<{
    suggestPartners: Array<{ components: Record<'sharedThemes' | 'crossBorder' | 'distance', number> }>;
  }>(
    '{ suggestPartners(actorId: "kh-forest-communities-network", limit: 10) { components { sharedThemes crossBorder distance } } }',
  );
  for (const [i, s] of suggestPartners.slice(0, 3).entries())
    for (const k of ['sharedThemes', 'crossBorder', 'distance'] as const)
      await expect(partners.nth(i).getByTestId(`component-${k}`).textContent()).resolves.toBe(
        `${Math.round(s.components[k] * 100)}%`,
      );
  // The graph is the actor and its suggestions, each spoke labelled with its rank and score.
  expect(await attr('data-node-count')).toBe(count + 1);
  await partners.nth(0).getByRole('button', { name: 'Add to shortlist' }).click();
  await partners.nth(2).getByRole('button', { name: 'Add to shortlist' }).click();
  await page.getByTestId('shortlist').getByRole('heading', { name: 'Shortlist (2)' }).waitFor();
  expect(page.url()).toMatch(/actor=kh-forest-communities-network.*short=/);
  // The shortlist survives a reload (it lives in the URL) and can be saved as a named view.
  await page.reload();
  await page.getByTestId('shortlist').getByRole('heading', { name: 'Shortlist (2)' }).waitFor();
  await ready();
  await page.getByTestId('shortlist').getByRole('button', { name: 'Sign in' }).click();
  await page.getByLabel('Username').fill(ANALYST.username);
  await page.getByLabel('Password').fill(ANALYST.password);
  await page.getByRole('dialog', { name: 'Sign in' }).getByRole('button', { name: 'Sign in', exact: true }).click();
  await page.getByLabel('Save the shortlist as a view').fill('KFCA partner shortlist');
  await page.getByRole('button', { name: 'Save view' }).click();
  await page
    .getByText('Saved “KFCA partner shortlist”.')
    .waitFor({ timeout: 10_000 })
    .catch(async (error: unknown) => {
      throw new Error(`Not saved; the form says: ${await page.locator('.save-view').innerText()}`, { cause: error });
    });
  await page.waitForTimeout(300);
  await screenshot(page, 'alignment-partners');
});

test('matrix: which sectors align on which themes; a cell selects its actors on the graph', async () => {
  await page.getByTestId('page-matrix').click();
  await page.getByRole('button', { name: 'Sectors', exact: true }).click();
  await ready();
  const cells = page.getByTestId('matrix').getByRole('button', { name: /^Government on .+: \d+ supports/ });
  expect(await cells.count()).toBeGreaterThan(0);
  const first = cells.first();
  const label = (await first.getAttribute('aria-label')) ?? '';
  const [, n] = /: (\d+) supports/.exec(label) ?? [];
  await first.click();
  await page.waitForFunction(
    () => Number(document.querySelector('[data-testid="alignment-graph"]')?.getAttribute('data-lit-count')) > 0,
  );
  expect(await attr('data-lit-count')).toBeGreaterThanOrEqual(Number(n));
  // Sorting by a theme puts its strongest supporters on top.
  await page.getByTestId('matrix').locator('th.theme-head button').first().click();
  expect(page.url()).toContain('sort=theme');
  await page.waitForTimeout(300);
  await screenshot(page, 'alignment-matrix');
});

test('influence grid: a quadrant lists exactly its actors and brings them and their ties forward on the graph', async () => {
  // Expected from the API, by the grid's rule: high influence is 3–5; supportive means SUPPORTS (MIXED and
  // OPPOSES are not); UNKNOWN positions are not placed. The page's overlap network gives the ties.
  const data = await api<{
    alignment: {
      actors: Array<{ id: string; name: string; influence: number }>;
      themes: Array<{
        theme: { id: string; name: string };
        positions: Array<{ actor: { id: string }; position: string }>;
      }>;
    };
    overlaps: { edges: Array<{ source: string; target: string }> };
    actors: { nodes: Array<{ id: string; influence: number }> };
  }>(`{ alignment(filter: {}, limit: 1) { actors { id name influence } themes { theme { id name } positions { actor { id } position } } }
        overlaps(minShared: 2, limit: 300) { edges { source target } }
        actors(first: 500) { nodes { id influence } } }`);
  const byId = new Map(data.alignment.actors.map((a) => [a.id, a]));
  // The briefs' influence is the actor's own (read through another query).
  const influence = new Map(data.actors.nodes.map((a) => [a.id, a.influence]));
  expect(data.alignment.actors.filter((a) => influence.get(a.id) !== a.influence)).toEqual([]);
  const quadrantOf = (id: string, position: string) => {
    const high = (byId.get(id)?.influence ?? 0) >= 3;
    const supportive = position === 'SUPPORTS';
    return high ? (supportive ? 'champions' : 'blockers') : supportive ? 'supporters' : 'watch';
  };
  const titles = {
    champions: 'Champions',
    blockers: 'Potential blockers',
    supporters: 'Supporters to mobilise',
    watch: 'Keep watching',
  } as const;
  type Q = keyof typeof titles;
  const membersOf = (theme: (typeof data.alignment.themes)[number]) => {
    const out: Record<Q, string[]> = { champions: [], blockers: [], supporters: [], watch: [] };
    for (const p of theme.positions)
      if (p.position !== 'UNKNOWN') out[quadrantOf(p.actor.id, p.position)].push(p.actor.id);
    return out;
  };
  const tiesAmong = (ids: Set<string>) => data.overlaps.edges.filter((e) => ids.has(e.source) && ids.has(e.target));
  // A theme other than the default (the first) and a quadrant with several actors and a tie among them,
  // blockers first: the case a strategy meeting asks about.
  let pick: { theme: (typeof data.alignment.themes)[number]; quadrant: Q; ids: string[] } | null = null;
  for (const theme of data.alignment.themes.slice(1)) {
    const members = membersOf(theme);
    const q = (['blockers', 'champions', 'supporters', 'watch'] as const).find(
      (k) => members[k].length >= 2 && tiesAmong(new Set(members[k])).length > 0,
    );
    if (q) {
      pick = { theme, quadrant: q, ids: members[q] };
      break;
    }
  }
  if (!pick) throw new Error('The seed has no theme with a quadrant of linked actors');
  const ids = new Set(pick.ids);
  const expectedNames = pick.ids.map((id) => byId.get(id)?.name ?? id).sort();
  const expectedTies = tiesAmong(ids).length;

  await page.goto(`${stack.url}?page=overlap`);
  await ready();
  await page.getByTestId('page-grid').click();
  await page.getByTestId('influence-grid').waitFor();
  await page.getByLabel('Stance on theme').selectOption(pick.theme.theme.id);
  expect(page.url()).toContain(`gtheme=${pick.theme.theme.id}`);
  // Every quadrant counts what the API says.
  const members = membersOf(pick.theme);
  for (const q of Object.keys(titles) as Q[]) {
    await page.getByRole('button', { name: `${titles[q]}: ${members[q].length} actors`, exact: true }).waitFor();
  }
  await ready();
  await page
    .getByRole('button', { name: `${titles[pick.quadrant]}: ${ids.size} actors`, exact: true })
    .locator('.q-title')
    .click();
  expect(page.url()).toContain(`quad=${pick.quadrant}`);

  // The list beside the grid: exactly the quadrant's actors.
  await page.getByRole('heading', { name: `${titles[pick.quadrant]}: ${ids.size} actors` }).waitFor();
  const listed = await page.getByTestId('quadrant-actors').locator('li button').allTextContents();
  expect([...listed].sort()).toEqual(expectedNames);
  // The grid itself keeps only their points at full strength.
  expect(await page.getByTestId('influence-grid').locator('circle.pt:not(.faded)').count()).toBe(ids.size);

  // The graph brings forward those actors and the links among them, and dims the rest.
  await page.waitForFunction(
    (n) => Number(document.querySelector('[data-testid="alignment-graph"]')?.getAttribute('data-lit-count')) === n,
    ids.size,
  );
  const state = await page.evaluate(() => ({
    lit: window.reformAtlasAlignment?.lit() ?? [],
    litEdges: window.reformAtlasAlignment?.litEdges() ?? [],
    all: window.reformAtlasAlignment?.nodeIds() ?? [],
  }));
  expect([...state.lit].sort()).toEqual([...ids].sort());
  expect(state.litEdges.every(([a, b]) => ids.has(a) && ids.has(b))).toBe(true);
  expect(state.litEdges.length).toBe(expectedTies);
  expect(state.all.length).toBeGreaterThan(ids.size);

  // Picking a listed actor selects it on the graph and names it under the graph.
  const first = page.getByTestId('quadrant-actors').locator('li').first();
  const firstId = await first.getAttribute('data-actor-id');
  await first.getByRole('button').click();
  await page.waitForFunction((id) => window.reformAtlasAlignment?.selected().join() === id, firstId);
  await expect(page.getByTestId('align-selected').locator('strong').textContent()).resolves.toBe(
    byId.get(firstId ?? '')?.name,
  );
  await page.waitForTimeout(400);
  await screenshot(page, 'alignment-grid');
  await page
    .getByRole('complementary', { name: 'Alignment controls' })
    .screenshot({ path: join(ARTIFACTS, 'alignment-grid-panel.png') });
});

test('meeting mode steps through saved alignment views with large labels', async () => {
  await page.getByTestId('page-meeting').click();
  await page.getByTestId('meeting-title').filter({ hasText: 'KFCA partner shortlist' }).waitFor();
  await page.getByText('1 / 1').waitFor();
  await ready();
  await page.waitForTimeout(300);
  await screenshot(page, 'alignment-meeting');
});

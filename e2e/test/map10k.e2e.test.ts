/**
 * The explorer on the 10,000-actor synthetic map (seed/src/synthetic.ts), as an analyst meets a real programme's map:
 * a readable first view, the filter counts of the whole database, and an actor far outside what is drawn found by
 * typing part of its Vietnamese name and placed with its neighbourhood.
 */
import type { Page } from 'playwright-core';

import { screenshot, suggestion, waitForGraph } from '../src/browser';
import { fitOf, overlappingLabels, telexSteps, typeWithInputMethod, WIDTHS } from '../src/checks';
import { api, apiCounts, shownCounts } from '../src/pageApi';
import { startStack, type Stack } from '../src/stack';

jest.setTimeout(180_000);

const ACTORS = 10_000;

let stack: Stack;
let page: Page;

beforeAll(async () => {
  stack = await startStack({ syntheticActors: ACTORS });
  page = await stack.openPage();
});

afterAll(async () => {
  await stack?.close();
});

/** The actors an anonymous visitor may see (the synthetic map marks 1% sensitive), as the page writes the number. */
async function visibleActors(): Promise<string> {
  const { dataset } = await api<{ dataset: { actors: number } }>(page, '{ dataset { actors } }');
  expect(dataset.actors).toBeGreaterThan(ACTORS * 0.95);
  return dataset.actors.toLocaleString('en');
}

const nodeIds = () => page.evaluate(() => window.reformAtlasGraph?.nodeIds() ?? []);
const nodeCount = async () => Number(await page.getByTestId('graph').getAttribute('data-node-count'));

test('opens on the 80 most influential actors of 10,000, labels apart, the page within the window', async () => {
  const started = Date.now();
  await page.goto(stack.url);
  await waitForGraph(page);
  const ready = Date.now() - started;
  await expect(page.getByTestId('drawn-count').textContent()).resolves.toMatch(
    new RegExp(`^80 of ${await visibleActors()} actors shown`),
  );
  const nodes = await nodeCount();
  expect(nodes).toBeLessThan(200);
  await page.waitForFunction(() => window.reformAtlasGraph?.labelsSettled() ?? false);
  const labels = await page.evaluate(() => window.reformAtlasGraph?.drawnLabels().length ?? 0);
  expect(await overlappingLabels(page)).toEqual([]);
  for (const width of WIDTHS) {
    await page.setViewportSize({ width, height: 900 });
    await waitForGraph(page);
    expect(await fitOf(page)).toEqual({ width, scrollWidth: width, offScreen: [], overflowing: [] });
    await screenshot(page, `map10k-first-view-${width}`);
  }
  await page.setViewportSize({ width: 1440, height: 900 });
  console.log(`10k first view: ${nodes} nodes, ${labels} labels, navigation → graph ready in ${ready} ms`);
});

test('the filter counts are the whole database’s, equal to the API’s', async () => {
  const shown = await shownCounts(page);
  const keys = Object.keys(shown);
  expect(keys.length).toBeGreaterThan(15);
  expect(shown).toEqual(await apiCounts(page, null, keys));
  await expect(page.getByTestId('filters-summary').textContent()).resolves.toBe(`${await visibleActors()} actors`);
});

test('an actor outside the 2,000 most influential is found by typing part of its Vietnamese name and placed', async () => {
  // The target: a Vietnamese-named farmers' union of the least influence, whose full name is one of at most 8.
  const { actors } = await api<{ actors: { nodes: Array<{ id: string; name: string; influence: number }> } }>(
    page,
    'query($t: String) { actors(filter: { text: $t, countries: ["VN"] }, first: 500) { nodes { id name influence } } }',
    { t: 'Hội Nông dân' },
  );
  const candidates = actors.nodes.filter((a) => a.influence === 1 && /^Hội Nông dân .+ \d+$/.test(a.name));
  expect(candidates.length).toBeGreaterThan(0);
  let target: { id: string; name: string } | undefined;
  for (const candidate of candidates) {
    const { suggest } = await api<{ suggest: Array<{ id: string }> }>(
      page,
      'query($t: String!) { suggest(text: $t) { id } }',
      { t: candidate.name },
    );
    if (suggest.length <= 8 && suggest.some((s) => s.id === `actor:${candidate.id}`)) {
      target = candidate;
      break;
    }
  }
  if (!target) throw new Error('no synthetic actor whose full name narrows the suggestions to 8');
  const nodeId = `actor:${target.id}`;

  // Drawn at the most the map draws (2,000 actors), it is not there.
  await page.goto(`${stack.url}?n=2000`);
  await waitForGraph(page, 120_000);
  await expect(page.getByTestId('drawn-count').textContent()).resolves.toMatch(
    new RegExp(`^2,000 of ${await visibleActors()} actors shown`),
  );
  expect(await nodeCount()).toBeGreaterThan(2_000);
  expect(await nodeIds()).not.toContain(nodeId);
  // A map this big moves as a snapshot at the canvas's own resolution, edges hidden (bench: pan/zoom rows).
  await expect(page.evaluate(() => window.reformAtlasGraph?.viewportDetail())).resolves.toEqual({
    snapshot: true,
    hideEdges: true,
    snapshotScale: 1,
  });
  await screenshot(page, 'map10k-2000-actors');

  await page.goto(stack.url);
  await waitForGraph(page);
  await page.getByTestId('search').focus();
  await typeWithInputMethod(page, telexSteps(target.name));
  await expect(page.getByTestId('search').inputValue()).resolves.toBe(target.name);
  const option = suggestion(page, target.name);
  await option.first().waitFor();
  // 8 suggestions and "Filter the map by …" (the page switch's select has options of its own below 1,600 px).
  const listed = page.getByRole('listbox', { name: /suggestions$/ }).getByRole('option');
  expect(await listed.count()).toBeLessThanOrEqual(9);
  await screenshot(page, 'map10k-search');
  await option.first().click();
  await page.locator('section.details').getByRole('heading', { name: target.name }).waitFor();
  await page.waitForFunction((id) => window.reformAtlasGraph?.nodeIds().includes(id) ?? false, nodeId);
  await waitForGraph(page);
  expect(page.url()).toContain(`sel=${encodeURIComponent(nodeId)}`);
  // It is brought into view, at a zoom where names can be read, though it was placed away from the drawn map.
  await page.waitForFunction(() => window.reformAtlasGraph?.labelsSettled() ?? false);
  const at = await page.evaluate((id) => window.reformAtlasGraph?.renderedPosition(id) ?? null, nodeId);
  const canvas = await page.getByTestId('graph').boundingBox();
  expect(at && canvas && at.x > 0 && at.y > 0 && at.x < canvas.width && at.y < canvas.height).toBe(true);
  expect(await page.evaluate((id) => window.reformAtlasGraph?.drawnLabels().some((l) => l.id === id), nodeId)).toBe(
    true,
  );
  await screenshot(page, 'map10k-found');
  console.log(`10k search: "${target.name}" (${target.id}) found among ${candidates.length} candidates and placed`);
});

/**
 * Network analytics in Debian's Chromium against the real stack (the illustrative seed): the panel opened from the
 * page actions measures the map (progress while it runs), sizes actors by the chosen measure, lists the top actors
 * with reasons, colours communities with a legend, names brokers; the table gains the measures as columns; a
 * coalition's details carry its alliance health. Screenshots at 1280, 1440 and 1920 px land in e2e/artifacts/.
 */
import type { Page } from 'playwright-core';

import { pageAction, screenshot, waitForGraph } from '../src/browser';
import { fitOf, seriousAxeViolations, WIDTHS } from '../src/checks';
import { startStack, type Stack } from '../src/stack';

jest.setTimeout(180_000);

let stack: Stack;
let page: Page;

beforeAll(async () => {
  stack = await startStack();
  page = await stack.openPage();
});

afterAll(async () => {
  await stack?.close();
});

const panel = () => page.getByTestId('analytics-panel');

async function shootWidths(name: string): Promise<void> {
  for (const width of WIDTHS) {
    await page.setViewportSize({ width, height: 900 });
    await page.waitForTimeout(200);
    const fit = await fitOf(page);
    expect({ width, fits: fit.scrollWidth <= width, offScreen: fit.offScreen }).toEqual({
      width,
      fits: true,
      offScreen: [],
    });
    await screenshot(page, `${name}-${width}`);
  }
  await page.setViewportSize({ width: 1440, height: 900 });
}

test('the panel measures the map, sizes actors by the measure and ranks them with reasons', async () => {
  await page.goto(stack.url);
  await waitForGraph(page);
  await pageAction(page, 'Network analytics');
  await expect(panel().getByRole('heading', { name: 'Network analytics' }).isVisible()).resolves.toBe(true);
  // Progress shows while the server computes, then the result replaces it.
  await panel().getByTestId('metrics-result').waitFor();
  await expect(panel().getByTestId('metrics-progress').count()).resolves.toBe(0);
  const ranking = panel().getByTestId('metrics-ranking');
  await expect(ranking.getByRole('heading').textContent()).resolves.toBe('Top actors by betweenness');
  const items = ranking.locator('li');
  expect(await items.count()).toBe(15);
  await expect(items.first().locator('.metrics-reason').textContent()).resolves.toMatch(
    /shortest paths between others/,
  );

  // Every actor measured is drawn sized by the measure (the sizes themselves: core/metrics overlayOf, client tests).
  const sized = await page.evaluate(() => window.reformAtlasGraph?.classed('metric-sized') ?? []);
  const drawnActors = await page.evaluate(
    () => window.reformAtlasGraph?.nodeIds().filter((id) => id.startsWith('actor:')) ?? [],
  );
  expect(sized.length).toBeGreaterThan(20);
  expect(sized.every((id) => drawnActors.includes(id))).toBe(true);
  const topName = await items.first().getByRole('button').textContent();
  expect(topName?.length).toBeGreaterThan(0);

  await shootWidths('analytics-betweenness');

  // Another measure: the list and the sizes change.
  await panel().getByTestId('metrics-measure').selectOption('degree');
  await expect(ranking.getByRole('heading').textContent()).resolves.toBe('Top actors by degree');
  await expect(items.first().locator('.metrics-reason').textContent()).resolves.toMatch(/\d+ partners?/);
});

test('communities colour the actors, with a legend; brokers say whom they connect', async () => {
  // Colour by the measure: a light-to-dark ramp in the legend strip, then by community.
  await panel().getByTestId('metrics-measure-colour').check();
  await page.getByTestId('measure-legend').waitFor();
  await expect(page.getByTestId('measure-legend').textContent()).resolves.toMatch(/^Degreelowest/);
  await panel().getByTestId('metrics-community-colour').check();
  const legend = page.getByTestId('community-legend');
  await legend.waitFor();
  expect(await legend.locator('li').count()).toBeGreaterThan(1);
  const coloured = await page.evaluate(() => window.reformAtlasGraph?.classed('community-coloured').length ?? 0);
  expect(coloured).toBeGreaterThan(20);
  const communities = panel().getByTestId('metrics-communities');
  await expect(communities.textContent()).resolves.toMatch(/modularity 0\.\d\d/);
  const brokers = panel().getByTestId('metrics-brokers');
  await expect(brokers.locator('li').first().textContent()).resolves.toMatch(
    /have no tie of their own but each works with/,
  );
  expect(await seriousAxeViolations(page)).toEqual([]);
  await shootWidths('analytics-communities');
});

test('the table lists the measures as columns, largest first when sorted', async () => {
  await page.getByRole('button', { name: 'Graph + table', exact: true }).click();
  const table = page.locator('#table');
  await table.waitFor();
  await expect(table.getByRole('columnheader', { name: /Betweenness/ }).isVisible()).resolves.toBe(true);
  await table.getByRole('button', { name: /^Betweenness/ }).click();
  const first = await table.locator('tbody tr').first().locator('td.num').nth(2).textContent();
  const second = await table.locator('tbody tr').nth(1).locator('td.num').nth(2).textContent();
  expect(Number(first)).toBeGreaterThanOrEqual(Number(second));
  await screenshot(page, 'analytics-table-1440');
});

test("a coalition's details carry its alliance health", async () => {
  // The details take the side panel back from the analytics; the coalition is picked from the table.
  await page.getByRole('button', { name: 'Close network analytics' }).click();
  const row = page.locator('#table tbody tr:has(td:nth-child(2):text-is("Coalition"))').first();
  await row.click();
  const card = page.getByTestId('health-card');
  await card.locator('.health-figures').waitFor();
  await expect(card.textContent()).resolves.toMatch(/Members\d+Density\d+%/);
  await expect(card.textContent()).resolves.toMatch(/Active \(12 months\)\d+ of \d+/);
  await card.scrollIntoViewIfNeeded();
  await shootWidths('analytics-health');
});

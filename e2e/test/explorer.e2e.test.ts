/**
 * The explorer in Debian's Chromium against the real stack (real Neo4j, real API): one page walks
 * through what an analyst does, saving a screenshot at each step in e2e/artifacts/.
 */
import type { Page } from 'playwright-core';

import { clickNode, screenshot, waitForGraph } from '../src/browser';
import { ANALYST, startStack, type Stack } from '../src/stack';

jest.setTimeout(120_000);

const KFCA = 'actor:kh-forest-communities-network';
const LAO_WOMEN = 'actor:la-women-land-association';

let stack: Stack;
let page: Page;

beforeAll(async () => {
  stack = await startStack();
  page = await stack.browser.newPage({ viewport: { width: 1440, height: 900 } });
  page.on('pageerror', (e) => console.error('page error:', e.message));
});

afterAll(async () => {
  await stack?.close();
});

const graph = () => page.locator('[data-testid="graph"]');
const details = () => page.locator('section.details');

test('loads the illustrative network with its label, legend and Khmer/Lao/Burmese fonts', async () => {
  const started = Date.now();
  await page.goto(stack.url);
  await waitForGraph(page);
  const readyMs = Date.now() - started;
  console.log(
    `seed: navigation → data-graph-ready in ${readyMs} ms (layout ${await graph().getAttribute('data-layout-ms')} ms, ` +
      `of which ${await graph().getAttribute('data-worker-ms')} ms in the layout worker)`,
  );
  // The seed (> 150 nodes) is laid out in the worker: the page's Content-Security-Policy lets it start.
  expect(Number(await graph().getAttribute('data-worker-ms'))).toBeGreaterThan(0);
  expect(Number(await graph().getAttribute('data-node-count'))).toBeGreaterThan(150);
  await expect(page.getByTestId('illustrative-badge').textContent()).resolves.toContain('Illustrative data');
  await expect(page.locator('.legend').textContent()).resolves.toContain('Coalition');
  const fonts = await page.evaluate(() =>
    ['Noto Sans Khmer', 'Noto Sans Lao', 'Noto Sans Myanmar'].map((f) => document.fonts.check(`14px "${f}"`, 'ក ກ က')),
  );
  expect(fonts).toEqual([true, true, true]);
  await screenshot(page, '01-initial');
});

test('filters by a country with counts, and keeps the filter in the URL', async () => {
  await page.getByRole('checkbox', { name: /^Cambodia \d+ actors$/ }).check();
  await expect(page.locator('.filters-summary').textContent()).resolves.toMatch(/^\d+ of \d+ actors match$/);
  expect(page.url()).toContain('country=KH');
  await page.getByRole('radio', { name: 'Hide' }).check();
  await page.waitForTimeout(200);
  await screenshot(page, '02-filter-cambodia');
});

test('searches a Khmer name with suggestions and opens the details with sources', async () => {
  const search = page.getByTestId('search');
  await search.fill('សម្ព័ន្ធសហគមន៍');
  const option = page.getByRole('option').filter({ hasText: 'Khmer Forest Communities Alliance' });
  await option.waitFor();
  await screenshot(page, '03-search-khmer');
  await option.click();
  await details().getByRole('heading', { name: 'Khmer Forest Communities Alliance' }).waitFor();
  await details().getByText('Memberships', { exact: false }).first().waitFor();
  await expect(details().locator('.prov').first().textContent()).resolves.toMatch(/workshop|interview|review|RRAM/i);
  expect(page.url()).toContain(`sel=${encodeURIComponent(KFCA)}`);
  await search.fill('');
});

test('expands a neighbourhood without moving what is placed, and collapses it', async () => {
  await page.getByRole('radio', { name: 'Dim' }).check();
  await page.getByRole('button', { name: 'Clear all' }).click();
  await waitForGraph(page);
  const before = Number(await graph().getAttribute('data-node-count'));
  const runs = await page.evaluate(() => window.reformAtlasGraph?.layoutRuns() ?? -1);
  const placed = await page.evaluate((id) => window.reformAtlasGraph?.position(id), KFCA);
  await details().getByRole('button', { name: 'Expand 2 hops' }).click();
  await details()
    .getByRole('button', { name: /Collapse/ })
    .waitFor();
  await page.waitForFunction(() => !document.querySelector('.chip')?.textContent?.includes('Expanding'));
  await waitForGraph(page);
  expect(await page.evaluate((id) => window.reformAtlasGraph?.position(id), KFCA)).toEqual(placed);
  expect(await page.evaluate(() => window.reformAtlasGraph?.layoutRuns())).toBe(runs);
  expect(Number(await graph().getAttribute('data-node-count'))).toBeGreaterThanOrEqual(before);
  // Selecting another node does not re-run the layout either.
  await clickNode(page, 'country:KH');
  await details().getByRole('heading', { name: 'Cambodia' }).waitFor();
  expect(await page.evaluate(() => window.reformAtlasGraph?.layoutRuns())).toBe(runs);
  await screenshot(page, '04-expanded');
});

test('finds the shortest path between two actors and lists it in words', async () => {
  await page.goto(`${stack.url}?sel=${encodeURIComponent(KFCA)}`);
  await waitForGraph(page);
  await details().getByRole('button', { name: 'Path from here' }).click();
  await page.getByTestId('path-to').fill('ສະມາຄົມແມ່ຍິງ');
  await page.getByRole('option').filter({ hasText: 'Lao Women and Land Association' }).click();
  const result = page.getByTestId('path-result');
  await result.waitFor();
  const text = (await result.textContent()) ?? '';
  expect(text).toMatch(/step/);
  expect(text).toContain('Khmer Forest Communities Alliance');
  expect(page.url()).toContain(`to=${encodeURIComponent(LAO_WOMEN)}`);
  await page.waitForTimeout(200);
  await screenshot(page, '05-path');
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
  await screenshot(page, '06-reloaded-grouped-split');
});

test('edits an actor: a validation message sits next to its field, and a saved change persists', async () => {
  await page.goto(`${stack.url}?sel=${encodeURIComponent(KFCA)}`);
  await waitForGraph(page);
  // Editing needs an analyst: "Edit actor" asks to sign in first.
  await details().getByRole('button', { name: 'Edit actor' }).click();
  await page.getByLabel('Username').fill(ANALYST.username);
  await page.getByLabel('Password').fill(ANALYST.password);
  await page.getByRole('button', { name: 'Sign in', exact: true }).last().click();
  await page.getByText(`${ANALYST.username} (analyst)`).waitFor();
  await details().getByRole('button', { name: 'Edit actor' }).click();
  const name = page.locator('#actor-name');
  await name.fill('');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await page
    .locator('.field.invalid .field-error')
    .first()
    .waitFor({ timeout: 10_000 })
    .catch(async (error: unknown) => {
      await screenshot(page, '07-edit-validation-failed');
      throw new Error(`No field error; the form says: ${await page.locator('.actor-form').innerText()}`, {
        cause: error,
      });
    });
  await screenshot(page, '07-edit-validation');
  await name.fill('Khmer Forest Communities Alliance (edited)');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await details().getByRole('heading', { name: 'Khmer Forest Communities Alliance (edited)' }).waitFor();
  await page.reload();
  await waitForGraph(page);
  await details().getByRole('heading', { name: 'Khmer Forest Communities Alliance (edited)' }).waitFor();
  await screenshot(page, '08-edited');
});

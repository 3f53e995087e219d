/**
 * The alignment pages in Debian's Chromium against the real stack (seeded test database): the
 * overlap view, the partner finder as a facilitator new to the tool would use it, the matrix for a
 * strategy meeting, and meeting mode. Screenshots go to e2e/artifacts/alignment-*.png.
 */
import type { Page } from 'playwright-core';

import { screenshot } from '../src/browser';
import { ANALYST, startStack, type Stack } from '../src/stack';

jest.setTimeout(120_000);

let stack: Stack;
let page: Page;

const graph = () => page.locator('[data-testid="alignment-graph"]');
const ready = () => page.waitForSelector('[data-testid="alignment-graph"][data-graph-ready="true"]', { timeout: 60_000 });
const attr = async (name: string) => Number(await graph().getAttribute(name));

beforeAll(async () => {
  stack = await startStack();
  page = await stack.browser.newPage({ viewport: { width: 1440, height: 900 } });
  page.on('pageerror', (e) => console.error('page error:', e.message));
});

afterAll(async () => {
  await stack?.close();
});

test('overlap view: weighted links, a minimum-shared slider and theme regions', async () => {
  await page.goto(`${stack.url}?page=overlap`);
  await ready();
  await page.waitForFunction(() => Number(document.querySelector('[data-testid="alignment-graph"]')?.getAttribute('data-region-count')) > 0);
  const edges = await attr('data-edge-count');
  expect(edges).toBeGreaterThan(20);
  await expect(page.getByTestId('overlap-counts').textContent()).resolves.toMatch(/\d+ actors, \d+ links/);
  await page.getByTestId('in-several').waitFor();
  await screenshot(page, 'alignment-overlap');
  // Raising the minimum to 4 shared themes leaves fewer, stronger links.
  await page.getByTestId('min-shared').fill('4');
  await expect(page.getByTestId('min-shared-value').textContent()).resolves.toBe('4');
  expect(page.url()).toContain('min=4');
  await page.waitForFunction((before) => Number(document.querySelector('[data-testid="alignment-graph"]')?.getAttribute('data-edge-count')) < before, edges);
  await ready();
  await page.waitForTimeout(300);
  await screenshot(page, 'alignment-overlap-min4');
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
  await page.waitForFunction(() => Number(document.querySelector('[data-testid="alignment-graph"]')?.getAttribute('data-lit-count')) > 0);
  expect(await attr('data-lit-count')).toBeGreaterThanOrEqual(Number(n));
  // Sorting by a theme puts its strongest supporters on top.
  await page.getByTestId('matrix').locator('th.theme-head button').first().click();
  expect(page.url()).toContain('sort=theme');
  await page.waitForTimeout(300);
  await screenshot(page, 'alignment-matrix');
});

test('meeting mode steps through saved alignment views with large labels', async () => {
  await page.getByTestId('page-meeting').click();
  await page.getByTestId('meeting-title').filter({ hasText: 'KFCA partner shortlist' }).waitFor();
  await page.getByText('1 / 1').waitFor();
  await ready();
  await page.waitForTimeout(300);
  await screenshot(page, 'alignment-meeting');
});

/**
 * axe-core (the rules Deque ships, WCAG 2.x A/AA and best practice) over every page and dialog as a user reaches
 * them: nothing serious or critical may be found. Each case prints what it found when it fails.
 */
import type { Page } from 'playwright-core';

import { pageAction, signInAs, waitForGraph } from '../src/browser';
import { seriousAxeViolations } from '../src/checks';
import { ANALYST, startStack, type Stack } from '../src/stack';

jest.setTimeout(120_000);

let stack: Stack;
let page: Page;

beforeAll(async () => {
  stack = await startStack();
  page = await stack.openPage();
});

afterAll(async () => {
  await stack?.close();
});

test('the explorer as it opens, with an actor selected, and as a table', async () => {
  await page.goto(stack.url);
  await waitForGraph(page);
  expect(await seriousAxeViolations(page)).toEqual([]);
  await page.goto(`${stack.url}?sel=${encodeURIComponent('actor:kh-forest-communities-network')}`);
  await waitForGraph(page);
  await page.locator('section.details h2').first().waitFor();
  expect(await seriousAxeViolations(page)).toEqual([]);
  await page.getByRole('button', { name: 'Table', exact: true }).click();
  await page.locator('.table-view tbody tr').first().waitFor();
  expect(await seriousAxeViolations(page)).toEqual([]);
});

test.each(['overlap', 'matrix', 'partners', 'grid', 'meeting'])('the alignment page "%s"', async (name) => {
  await page.goto(`${stack.url}?page=${name}`);
  await page.locator('main, [role="main"]').first().waitFor();
  await page.waitForLoadState('networkidle');
  expect(await seriousAxeViolations(page)).toEqual([]);
});

test('the dialogs and menus: More, export, path finder, sign-in, the new-actor form', async () => {
  await page.goto(stack.url);
  await waitForGraph(page);
  await page.getByRole('button', { name: 'More', exact: true }).click();
  await page.getByRole('menu').waitFor();
  expect(await seriousAxeViolations(page)).toEqual([]);
  await page.keyboard.press('Escape');
  await pageAction(page, 'Export…');
  await page.getByTestId('export-dialog').waitFor();
  expect(await seriousAxeViolations(page)).toEqual([]);
  await page.getByRole('button', { name: 'Close export' }).click();
  await page.getByRole('button', { name: 'Find a path…' }).click();
  await page.getByTestId('path-to').waitFor();
  expect(await seriousAxeViolations(page)).toEqual([]);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await page.getByLabel('Username').waitFor();
  expect(await seriousAxeViolations(page)).toEqual([]);
  await signInAs(page, ANALYST);
  await page.getByRole('button', { name: 'New actor' }).click();
  await page.locator('#actor-name').waitFor();
  expect(await seriousAxeViolations(page)).toEqual([]);
});

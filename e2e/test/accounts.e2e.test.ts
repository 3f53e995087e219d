/**
 * Accounts in Debian's Chromium against the real stack: someone signs in with a one-time password, sees nothing
 * but the change-password form (and the server refuses everything else meanwhile), changes it, uses the page, and
 * changes it again from the user menu. Screenshots at 1280, 1440 and 1920 px land in e2e/artifacts/.
 */
import type { Page } from 'playwright-core';

import { createUser } from '../../server/src/domain/auth/accounts';
import { screenshot, waitForGraph } from '../src/browser';
import { startStack, type Stack } from '../src/stack';

jest.setTimeout(180_000);

const WIDTHS = [1280, 1440, 1920];
const NEWCOMER = 'e2e-newcomer';
const FIRST_CHOICE = 'mekong river land forum 2015';
const SECOND_CHOICE = 'community forests and fisheries';

let stack: Stack;
let page: Page;
let oneTimePassword = '';

beforeAll(async () => {
  stack = await startStack();
  const created = await createUser(stack.server.db, 'system', { username: NEWCOMER, role: 'analyst' });
  oneTimePassword = created.oneTimePassword ?? '';
  page = await stack.openPage();
});

afterAll(async () => {
  await stack?.close();
});

/** The same screen at each width, back at 1440 afterwards. */
async function shootWidths(name: string): Promise<void> {
  for (const width of WIDTHS) {
    await page.setViewportSize({ width, height: 900 });
    await page.waitForTimeout(150);
    await screenshot(page, `accounts-${name}-${width}`);
  }
  await page.setViewportSize({ width: 1440, height: 900 });
}

/** The message shown next to a field (its error paragraph, referenced by aria-describedby). */
const errorNextTo = (label: string) =>
  page.getByLabel(label, { exact: true }).evaluate((input) => {
    const ids = (input.getAttribute('aria-describedby') ?? '').split(' ').filter(Boolean);
    return (
      ids.map((id) => document.getElementById(id)).find((el) => el?.classList.contains('field-error'))?.textContent ??
      null
    );
  });

const graphqlStatus = (query: string) =>
  page.evaluate(async (q) => {
    const response = await fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: q }),
    });
    const body = (await response.json()) as { errors?: Array<{ extensions?: { code?: string } }> };
    return { status: response.status, code: body.errors?.[0]?.extensions?.code ?? null };
  }, query);

async function signIn(password: string): Promise<void> {
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await page.getByLabel('Username').fill(NEWCOMER);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Sign in', exact: true }).last().click();
}

test('a one-time-password sign-in shows only the change-password form, and the server refuses the rest', async () => {
  await page.goto(stack.url);
  await waitForGraph(page);
  await signIn(oneTimePassword);
  await page.getByTestId('forced-password-change').waitFor();
  expect(await page.locator('[data-testid="graph"]').count()).toBe(0);
  expect(await page.getByLabel('One-time password').evaluate((el) => el === document.activeElement)).toBe(true);
  expect(await graphqlStatus('{ actors { totalCount } }')).toEqual({ status: 403, code: 'FORBIDDEN' });
  expect(await graphqlStatus('{ me { mustChangePassword } }')).toEqual({ status: 200, code: null });
  await shootWidths('01-forced');
  // A reload keeps the forced form: the server says so in `me`.
  await page.reload();
  await page.getByTestId('forced-password-change').waitFor();
});

test('the forced form shows every problem next to its field at once, then the server’s answer', async () => {
  await page.getByLabel('New password', { exact: true }).fill('too short');
  await page.getByRole('button', { name: 'Change password' }).click();
  expect(await errorNextTo('One-time password')).toBe('Enter the one-time password you signed in with.');
  expect(await errorNextTo('New password')).toBe('Use at least 12 characters (this one has 9).');
  expect(await errorNextTo('New password again')).toBe('Type the new password again.');
  await shootWidths('02-forced-validation');

  await page.getByLabel('One-time password').fill('not the one-time password');
  await page.getByLabel('New password', { exact: true }).fill(FIRST_CHOICE);
  await page.getByLabel('New password again').fill(FIRST_CHOICE);
  await page.getByRole('button', { name: 'Change password' }).click();
  await page.getByText('This is not your current password.').waitFor();
  expect(await errorNextTo('One-time password')).toBe('This is not your current password.');
});

test('after the change the page opens as usual; the user menu is one narrow button', async () => {
  await page.getByLabel('One-time password').fill(oneTimePassword);
  await page.getByRole('button', { name: 'Change password' }).click();
  await waitForGraph(page);
  expect(await graphqlStatus('{ actors { totalCount } }')).toEqual({ status: 200, code: null });
  const menu = page.getByTestId('user-menu');
  expect(await menu.textContent()).toContain(`${NEWCOMER} (analyst)`);
  // Use the page: an analyst opens the new-actor form.
  await page.getByRole('button', { name: 'New actor' }).click();
  await page.getByRole('heading', { name: 'New actor' }).waitFor();
  // The user area is one button "name (role) ▾" with the rest in its menu: the bar, with an analyst's actions and a
  // long user name, fits the window at every width and stays one row high.
  for (const width of WIDTHS) {
    await page.setViewportSize({ width, height: 900 });
    const bar = await page.evaluate(() => {
      const el = document.querySelector<HTMLElement>('.topbar');
      const user = document.querySelector<HTMLElement>('.user-menu');
      if (!el || !user) throw new Error('no top bar or user menu');
      return { scrollWidth: el.scrollWidth, height: el.offsetHeight, user: user.getBoundingClientRect() };
    });
    expect(bar.scrollWidth).toBeLessThanOrEqual(width);
    expect(bar.user.right).toBeLessThanOrEqual(width);
    expect(bar.height).toBeLessThan(80);
  }
  await page.setViewportSize({ width: 1440, height: 900 });
  await screenshot(page, 'accounts-03-after-change-1440');
});

test('the user menu offers "Change password…": validation, then a change that works at the next sign-in', async () => {
  await page.getByRole('button', { name: 'Cancel' }).click();
  await page.getByTestId('user-menu').click();
  await page.getByRole('menu').waitFor();
  await shootWidths('04-user-menu');
  await page.getByRole('menuitem', { name: 'Change password…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Change password' });
  await dialog.waitFor();
  await dialog.getByLabel('Current password').fill(FIRST_CHOICE);
  await dialog.getByLabel('New password', { exact: true }).fill(FIRST_CHOICE);
  await dialog.getByLabel('New password again').fill('something else entirely');
  await dialog.getByRole('button', { name: 'Change password', exact: true }).click();
  expect(await errorNextTo('New password')).toBe('Choose a password different from the current one.');
  expect(await errorNextTo('New password again')).toBe('This does not match the new password.');
  await shootWidths('05-change-dialog-validation');
  await dialog.getByLabel('New password', { exact: true }).fill(SECOND_CHOICE);
  await dialog.getByLabel('New password again').fill(SECOND_CHOICE);
  await dialog.getByRole('button', { name: 'Change password', exact: true }).click();
  await dialog
    .getByRole('status')
    .getByText(/Your password is changed/)
    .waitFor();
  await screenshot(page, 'accounts-06-changed-1440');
  await dialog.getByRole('button', { name: 'Done' }).click();

  await page.getByTestId('user-menu').click();
  await page.getByRole('menuitem', { name: 'Sign out' }).click();
  await page.getByRole('button', { name: 'Sign in', exact: true }).waitFor();
  await signIn(SECOND_CHOICE);
  await page.getByTestId('user-menu').waitFor();
  expect(await page.getByTestId('forced-password-change').count()).toBe(0);
});

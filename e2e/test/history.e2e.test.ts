/**
 * History in Debian's Chromium against the real stack (the illustrative seed): an analyst creates and edits networks,
 * coalitions and themes on the page and changes a link's confidence, finds each change in the item's history; an
 * administrator filters the audit trail, is told why an older change cannot be undone yet, undoes changes newest
 * first, and the page shows the values restored. Screenshots at 1280, 1440 and 1920 px land in e2e/artifacts/.
 */
import type { Locator, Page } from 'playwright-core';

import { createUser } from '../../server/src/domain/auth/accounts';
import { pageAction, screenshot, signInAs, suggestion, waitForGraph } from '../src/browser';
import { fitOf, seriousAxeViolations, WIDTHS } from '../src/checks';
import { api } from '../src/pageApi';
import { ANALYST, startStack, type Stack } from '../src/stack';

jest.setTimeout(180_000);

const ADMIN = { username: 'e2e-admin', role: 'admin' as const, password: 'e2e-admin-password-2015' };
const VIEWER = { username: 'e2e-viewer', role: 'viewer' as const, password: 'e2e-viewer-password-2015' };
const COALITION = 'Mekong Customary Tenure Coalition';
const COALITION_ID = 'mekong-customary-tenure-coalition';
const KFCA = 'Khmer Forest Communities Alliance';
const NEW_DESCRIPTION = 'Indigenous peoples organisations pressing for customary tenure, edited in the browser.';

let stack: Stack;
let page: Page;

beforeAll(async () => {
  stack = await startStack();
  await createUser(stack.server.db, 'system', ADMIN);
  await createUser(stack.server.db, 'system', VIEWER);
  page = await stack.openPage();
});

afterAll(async () => {
  await stack?.close();
});

const details = (p: Page = page) => p.locator('section.details');
const panel = (p: Page = page) => p.getByTestId('side-panel');

/** Controls inside `region` that stand (partly) outside the window. */
function offScreenIn(region: Locator): Promise<string[]> {
  return region.evaluate((root) =>
    [...root.querySelectorAll<HTMLElement>('button, input, select, textarea, a[href]')]
      .filter((el) => {
        const box = el.getBoundingClientRect();
        return box.width > 0 && box.height > 0 && (box.right > window.innerWidth + 0.5 || box.left < -0.5);
      })
      .map((el) => el.getAttribute('aria-label') ?? el.textContent?.trim() ?? el.tagName),
  );
}

/**
 * The same screen at each width, back at 1,440 px afterwards. With a region (a form or the details in the explorer's
 * side panel), every control in it is in the window; without, the whole page fits (no sideways scroll).
 */
async function shootWidths(p: Page, name: string, region?: Locator): Promise<void> {
  for (const width of WIDTHS) {
    await p.setViewportSize({ width, height: 900 });
    await p.waitForTimeout(150);
    if (region) {
      await expect(offScreenIn(region)).resolves.toEqual([]);
    } else {
      const fit = await fitOf(p);
      expect({ width, scrollWidth: fit.scrollWidth, offScreen: fit.offScreen }).toEqual({
        width,
        scrollWidth: width,
        offScreen: [],
      });
    }
    await screenshot(p, `history-${name}-${width}`);
  }
  await p.setViewportSize({ width: 1440, height: 900 });
}

/** Finds a node by name with the top bar's search and selects it, as a person does. */
async function open(p: Page, text: string, name: string): Promise<void> {
  const search = p.getByTestId('search');
  await search.click();
  await p.keyboard.type(text);
  await suggestion(p, name).click();
  await details(p).getByRole('heading', { name, exact: true }).waitFor();
}

/** Opens the details' History and waits for its entries. */
async function history(p: Page = page): Promise<Locator> {
  const section = details(p).getByTestId('history');
  if ((await section.getAttribute('open')) === null) await section.locator('summary').click();
  await section.getByTestId('history-entry').first().waitFor();
  return section;
}

test('an analyst creates a network and a theme from the New menu; every invalid field is named at once', async () => {
  await page.goto(stack.url);
  await waitForGraph(page);
  // Not signed in: New actor asks to sign in, and there is no menu of other things to create.
  await expect(page.getByTestId('new-menu').count()).resolves.toBe(0);
  await signInAs(page, ANALYST);
  await page.getByTestId('new-menu').click();
  await expect(page.getByRole('menuitem').allTextContents()).resolves.toEqual([
    'New network',
    'New coalition',
    'New theme',
  ]);
  expect(await seriousAxeViolations(page)).toEqual([]);
  await page.getByRole('menuitem', { name: 'New network' }).click();
  const form = panel();
  await form.getByRole('heading', { name: 'New network' }).waitFor();
  await form.getByLabel('Acronym').fill('X'.repeat(31));
  await form.getByRole('button', { name: 'Save', exact: true }).click();
  await form.locator('#group-name-error').waitFor();
  await expect(form.locator('#group-name-error').textContent()).resolves.toBe('Must not be empty');
  await expect(form.locator('#group-acronym-error').textContent()).resolves.toBe('Must be at most 30 characters');
  await shootWidths(page, 'new-network-errors', panel());
  expect(await seriousAxeViolations(page)).toEqual([]);

  await form.getByLabel('Name').fill('Sekong Fisheries Network');
  await form.getByLabel('Acronym').fill('SFN');
  await form.getByLabel('Founded (year)').fill('2016');
  await form.getByRole('checkbox', { name: 'Lao PDR' }).check();
  await form.getByRole('checkbox', { name: 'Traditional fishing rights' }).check();
  await form.getByRole('button', { name: 'Save', exact: true }).click();
  await details().getByRole('heading', { name: 'Sekong Fisheries Network', exact: true }).waitFor();
  await expect(details().getByTestId('group-attrs').textContent()).resolves.toContain('Traditional fishing rights');

  await page.getByTestId('new-menu').click();
  await page.getByRole('menuitem', { name: 'New theme' }).click();
  await panel().getByLabel('Name').fill('Fish passage and dams');
  await panel().getByLabel('Description').fill('Fish migration past hydropower dams.');
  await shootWidths(page, 'new-theme', panel());
  await panel().getByRole('button', { name: 'Save', exact: true }).click();
  await details().getByRole('heading', { name: 'Fish passage and dams', exact: true }).waitFor();
  const { themes } = await api<{ themes: Array<{ name: string; description: string }> }>(
    page,
    '{ themes { name description } }',
  );
  expect(themes).toContainEqual({ name: 'Fish passage and dams', description: 'Fish migration past hydropower dams.' });
});

test('an analyst edits a coalition: the details show it, and a stale version shows the CONFLICT and offers to reload', async () => {
  await open(page, 'Customary Tenure', COALITION);
  await details().getByRole('button', { name: 'Edit coalition' }).click();
  const form = panel();
  await form.getByRole('heading', { name: `Edit ${COALITION}` }).waitFor();
  await form.getByLabel('Description').fill(NEW_DESCRIPTION);
  await form.getByRole('checkbox', { name: 'Thailand' }).uncheck();
  await shootWidths(page, 'edit-coalition', panel());
  await form.getByRole('button', { name: 'Save', exact: true }).click();
  await details().getByText(NEW_DESCRIPTION).waitFor();
  await expect(details().getByTestId('group-attrs').textContent()).resolves.not.toContain('Thailand');

  // Someone else saves while the form is open: the form says so, keeps what was typed, and can reload theirs.
  await details().getByRole('button', { name: 'Edit coalition' }).click();
  await form.getByLabel('Acronym').fill('MCTC-R');
  const { groups } = await api<{ groups: Array<{ id: string; version: number }> }>(page, '{ groups { id version } }');
  const version = groups.find((g) => g.id === COALITION_ID)?.version;
  await api(
    page,
    'mutation($v: Int!) { updateGroup(id: "mekong-customary-tenure-coalition", version: $v, patch: { founded: 2011 }) { id } }',
    {
      v: version,
    },
  );
  await form.getByRole('button', { name: 'Save', exact: true }).click();
  const message = form.getByTestId('form-error');
  await message.getByText('Someone else saved this coalition while you were editing it.').waitFor();
  await form.getByText('Changed meanwhile to: 2011').waitFor();
  await expect(form.getByLabel('Acronym').inputValue()).resolves.toBe('MCTC-R');
  await shootWidths(page, 'conflict', panel());
  expect(await seriousAxeViolations(page)).toEqual([]);
  await message.getByRole('button', { name: 'Reload their version' }).click();
  await expect(form.getByLabel('Founded (year)').inputValue()).resolves.toBe('2011');
  await expect(form.getByLabel('Acronym').inputValue()).resolves.toBe('MCTC');
  await form.getByRole('button', { name: 'Cancel' }).click();
});

test("an analyst changes a link's confidence and finds both changes in the items' histories", async () => {
  await open(page, 'Khmer Forest Communities', KFCA);
  const editor = page.locator('.relations-editor');
  const confidence = editor.getByLabel(`Confidence of membership of ${COALITION}`);
  await expect(confidence.inputValue()).resolves.toBe('MEDIUM');
  await confidence.selectOption('HIGH');
  await details().locator('.links li', { hasText: COALITION }).getByText('high confidence', { exact: false }).waitFor();

  const actorHistory = await history();
  const latest = actorHistory.getByTestId('history-entry').first();
  await expect(latest.locator('.change-head').textContent()).resolves.toMatch(
    /^e2e-analyst membership added or changed · /,
  );
  const field = latest.locator('.change-field', { hasText: `Member of ${COALITION}` });
  // Only the confidence changed: the role, the year and the source are as they were, and only that word is marked.
  await expect(field.locator('dd').textContent()).resolves.toMatch(
    /^member, since 2013 · Medium → High confidence · Regional Reform Actor Mapping \(RRAM\) desk review · 2015-01-30$/,
  );
  await expect(field.locator('del').textContent()).resolves.toBe('Medium');
  await expect(field.locator('ins').textContent()).resolves.toBe('High');
  await actorHistory.scrollIntoViewIfNeeded();
  await shootWidths(page, 'actor-history', panel());

  await open(page, 'Customary Tenure', COALITION);
  const groupHistory = await history();
  const entries = groupHistory.getByTestId('history-entry');
  await expect(entries.count()).resolves.toBe(2);
  const edit = entries.nth(1);
  await expect(edit.locator('.change-head').textContent()).resolves.toMatch(/^e2e-analyst edited · /);
  await expect(edit.locator('.change-field', { hasText: 'Description' }).locator('ins').textContent()).resolves.toBe(
    'pressing for customary tenure, edited in the browser.',
  );
  const activeIn = edit.locator('.change-field', { hasText: 'Active in' });
  await expect(activeIn.locator('del').textContent()).resolves.toBe('Thailand, ');
  await expect(activeIn.locator('ins').count()).resolves.toBe(0);
  await expect(entries.nth(0).locator('.change-field', { hasText: 'Founded' }).textContent()).resolves.toContain(
    '2011',
  );
  await groupHistory.scrollIntoViewIfNeeded();
  await shootWidths(page, 'coalition-history', panel());
  expect(await seriousAxeViolations(page)).toEqual([]);
});

test('viewers and anonymous readers get no history section and no error, and no way to edit a coalition', async () => {
  for (const who of ['anonymous', 'viewer'] as const) {
    const reader = await stack.openPage();
    try {
      await reader.goto(stack.url);
      await waitForGraph(reader);
      if (who === 'viewer') await signInAs(reader, VIEWER);
      await open(reader, 'Customary Tenure', COALITION);
      await details(reader).getByTestId('group-attrs').waitFor();
      await expect(details(reader).getByTestId('history').count()).resolves.toBe(0);
      await expect(details(reader).getByRole('alert').count()).resolves.toBe(0);
      await expect(details(reader).getByRole('button', { name: 'Edit coalition' }).count()).resolves.toBe(0);
      await expect(details(reader).getByRole('button', { name: 'Delete…' }).count()).resolves.toBe(0);
    } finally {
      await reader.context().close();
    }
  }
});

test('an administrator filters the audit trail, undoes newest first on the audit page, and the page shows what came back', async () => {
  const admin = await stack.openPage();
  try {
    await admin.goto(stack.url);
    await waitForGraph(admin);
    await signInAs(admin, ADMIN);
    await pageAction(admin, 'Audit trail');
    await admin.getByRole('heading', { name: 'Audit trail' }).waitFor();
    expect(new URL(admin.url()).searchParams.get('page')).toBe('audit');
    const rows = admin.getByTestId('audit-row');
    await rows.first().waitFor();

    // Who and what kind: the analyst's changes to networks and coalitions, newest first.
    await admin.getByLabel('Who').fill(ANALYST.username);
    await admin.getByLabel('Kind of item').selectOption('group');
    await admin.getByRole('button', { name: 'Apply' }).click();
    await admin.getByRole('status').getByText('3 changes').waitFor();
    await expect(rows.locator('td.item button.link:not(.subtle)').allTextContents()).resolves.toEqual([
      COALITION,
      COALITION,
      'Sekong Fisheries Network',
    ]);
    await shootWidths(admin, 'audit-filtered');

    // The older edit cannot be undone while the later one stands; the row says why.
    const olderEdit = rows.nth(1);
    await olderEdit.getByRole('button', { name: /^Undo/ }).click();
    await olderEdit
      .getByRole('alert')
      .getByText(
        /has changed since this change \(later: updateGroup by e2e-analyst on .*\)\. Undo the later changes first, newest first\./,
      )
      .waitFor();
    await shootWidths(admin, 'audit-conflict');
    expect(await seriousAxeViolations(admin)).toEqual([]);

    // Newest first: the founding year, then the description and countries.
    await rows.nth(0).getByRole('button', { name: /^Undo/ }).click();
    await admin.getByText(`Undone: ‘${COALITION}’ is back as it was before this change.`).waitFor();
    await rows.nth(0).getByText('Undone', { exact: true }).waitFor();
    await olderEdit.getByRole('button', { name: /^Undo/ }).click();
    await olderEdit.getByText('Undone', { exact: true }).waitFor();
    await shootWidths(admin, 'audit-undone');

    // The administrator's own changes: the two undos, newest first, each with what came back.
    await admin.getByLabel('Who').fill(ADMIN.username);
    await admin.getByRole('button', { name: 'Apply' }).click();
    await admin.getByRole('status').getByText('2 changes').waitFor();
    await expect(rows.locator('.change-head').allTextContents()).resolves.toEqual([
      'undo of “edited”',
      'undo of “edited”',
    ]);
    const restored = rows.first().locator('.change-field');
    await expect(restored.filter({ hasText: 'Description' }).locator('ins').textContent()).resolves.toContain(
      'and their allies who push for the recognition',
    );
    await expect(restored.filter({ hasText: 'Active in' }).locator('ins').textContent()).resolves.toBe('Thailand, ');
    await expect(
      rows.nth(1).locator('.change-field', { hasText: 'Founded' }).locator('ins').textContent(),
    ).resolves.toBe('2012');

    // The link: the actor's change, undone from the actor's own changes (an item filter), shown on the map.
    await admin.getByLabel('Who').fill('');
    await admin.getByLabel('Kind of item').selectOption('');
    await admin.getByRole('button', { name: 'Apply' }).click();
    await rows.filter({ hasText: KFCA }).first().waitFor();
    await rows
      .filter({ hasText: KFCA })
      .first()
      .getByRole('button', { name: `Only the changes to ${KFCA}` })
      .click();
    await admin.getByTestId('audit-item').getByText(KFCA).waitFor();
    await admin.getByRole('status').getByText('1 change').waitFor();
    await rows.first().getByRole('button', { name: /^Undo/ }).click();
    await admin.getByText(`Undone: ‘${KFCA}’ is back as it was before this change.`).waitFor();
    await admin.getByRole('status').getByText('2 changes').waitFor();
    await rows.first().getByRole('button', { name: 'on the map' }).click();
    await waitForGraph(admin);
    await details(admin).getByRole('heading', { name: KFCA, exact: true }).waitFor();
    await expect(
      details(admin).locator('.links li', { hasText: COALITION }).locator('.prov').textContent(),
    ).resolves.toContain('medium confidence');
  } finally {
    await admin.context().close();
  }

  // The analyst's page shows the restored coalition too.
  await page.reload();
  await waitForGraph(page);
  await open(page, 'Customary Tenure', COALITION);
  await details().getByText('Indigenous peoples organisations and their allies', { exact: false }).waitFor();
  await expect(details().getByTestId('group-attrs').textContent()).resolves.toContain('Thailand');
  await expect(details().getByTestId('group-attrs').textContent()).resolves.toContain('2012');
});

test('an analyst deletes a theme after a confirmation; the deletion is in its history', async () => {
  await open(page, 'Fish passage', 'Fish passage and dams');
  await details().getByRole('button', { name: 'Delete…' }).click();
  const confirm = details().getByRole('alertdialog');
  await confirm.getByText('An administrator can undo this from the audit trail.', { exact: false }).waitFor();
  await shootWidths(page, 'delete-confirm', panel());
  expect(await seriousAxeViolations(page)).toEqual([]);
  await confirm.getByRole('button', { name: 'Delete', exact: true }).click();
  await details().waitFor({ state: 'detached' });
  const { themes } = await api<{ themes: Array<{ name: string }> }>(page, '{ themes { name } }');
  expect(themes.map((t) => t.name)).not.toContain('Fish passage and dams');

  const { changes } = await api<{ changes: Array<{ id: string; action: string }> }>(
    page,
    'query { changes(entityId: "fish-passage-and-dams") { id action } }',
  );
  expect(changes.map((c) => c.action)).toEqual(['deleteTheme', 'createTheme']);
});

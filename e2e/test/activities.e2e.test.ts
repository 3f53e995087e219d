/**
 * The activities page in Debian's Chromium against the real stack (the illustrative seed): a facilitator (the
 * analyst) records a training with a Lao title typed through an input method, is told every invalid field at once,
 * adds a participant with its role and provenance, gets participant suggestions and adds two; the list shows the
 * training under its month; the filters narrow the list exactly as the API does; the reach panel counts what the API
 * counts; the map draws the training's glyph when activities are on. A reader who is not signed in sees the details
 * without errors or editing. Screenshots at 1280, 1440 and 1920 px land in e2e/artifacts/.
 */
import type { Page } from 'playwright-core';

import { ARTIFACTS, screenshot, signInAs, suggestion, switchToPage, waitForGraph } from '../src/browser';
import { clusterSteps, fitOf, seriousAxeViolations, typeWithInputMethod, WIDTHS } from '../src/checks';
import { api } from '../src/pageApi';
import { ANALYST, startStack, type Stack } from '../src/stack';

jest.setTimeout(240_000);

/** "Training on land rights for community forestry", in Lao. */
const TITLE = 'ການຝຶກອົບຮົມສິດທິທີ່ດິນປ່າໄມ້ຊຸມຊົນ';
const FACILITATOR = 'Lao Community Forest Network';

let stack: Stack;
let page: Page;
let activityId = '';

beforeAll(async () => {
  stack = await startStack();
  page = await stack.openPage();
});

afterAll(async () => {
  await stack?.close();
});

const details = () => page.getByTestId('activity-details');
const form = () => page.getByTestId('activity-form');
const listed = () =>
  page
    .getByTestId('activity-list')
    .locator('[data-testid^="activity-"]')
    .evaluateAll((els) => els.map((el) => (el as HTMLElement).dataset.testid?.slice('activity-'.length) ?? ''));

/** The page's list once it has answered for the filters as set: the count line says how many. */
async function settledList(): Promise<string[]> {
  await page.waitForFunction(() => {
    if (document.querySelector('[data-testid="activity-list"]')?.getAttribute('aria-busy') !== 'false') return false;
    const count = document.querySelector('[data-testid="activity-count"]')?.textContent ?? '';
    const rows = document.querySelectorAll('[data-testid="activity-list"] button.activity-row').length;
    return /^\d+ activit/.test(count) && Number.parseInt(count, 10) === rows;
  });
  return listed();
}

type ActivityIds = { activities: Array<{ id: string }> };
const LIST = `query ($filter: ActivityFilter) { activities(filter: $filter) { id } }`;
const apiIds = async (filter: Record<string, unknown> | null) =>
  (await api<ActivityIds>(page, LIST, { filter })).activities.map((a) => a.id);

async function shootWidths(name: string): Promise<void> {
  for (const width of WIDTHS) {
    await page.setViewportSize({ width, height: 900 });
    await page.waitForTimeout(150);
    const fit = await fitOf(page);
    expect({ width, scrollWidth: fit.scrollWidth, offScreen: fit.offScreen }).toEqual({
      width,
      scrollWidth: width,
      offScreen: [],
    });
    await screenshot(page, `activities-${name}-${width}`);
  }
  await page.setViewportSize({ width: 1440, height: 900 });
}

test('a facilitator records a training with a Lao title typed through an input method; every invalid field is named at once', async () => {
  await page.goto(stack.url);
  await waitForGraph(page);
  await switchToPage(page, 'activities');
  expect(new URL(page.url()).searchParams.get('page')).toBe('activities');
  const seeded = await settledList();
  expect(seeded).toEqual(await apiIds(null));
  expect(seeded.length).toBeGreaterThan(0);
  // Not signed in: nothing to create.
  await expect(page.getByRole('button', { name: 'New activity' }).count()).resolves.toBe(0);
  await signInAs(page, ANALYST);
  await page.getByRole('button', { name: 'New activity' }).click();
  await form().getByRole('button', { name: 'Record activity' }).click();
  // No type: the page names it with the other empty fields, since the API cannot check the rest without one.
  await form().locator('#activity-type-error').waitFor();
  await expect(form().locator('.field-error').allTextContents()).resolves.toEqual([
    'Must not be empty',
    'Choose the kind of activity',
    'Must be a date',
    'Choose where it is held',
  ]);
  // With a type, the server's checks: an empty title and a last day before the first, both at once.
  await form().getByLabel('Type').selectOption('TRAINING');
  await form().getByLabel('First day').fill('2026-03-12');
  await form().getByLabel('Last day (if not the same)').fill('2026-03-10');
  await form().getByLabel('Held in').selectOption('LA');
  await form().getByRole('button', { name: 'Record activity' }).click();
  await form().locator('#activity-endDate-error').waitFor();
  await expect(form().locator('#activity-name-error').textContent()).resolves.toMatch(/empty/i);
  expect(await seriousAxeViolations(page)).toEqual([]);

  await form().getByLabel('Title').click();
  await typeWithInputMethod(page, clusterSteps(TITLE));
  await expect(form().getByLabel('Title').inputValue()).resolves.toBe(TITLE);
  await form().getByLabel('Last day (if not the same)').fill('2026-03-14');
  await form().getByRole('checkbox', { name: 'Community and social forestry' }).check();
  await form().getByRole('checkbox', { name: 'Customary and collective land rights' }).check();
  await form().getByLabel('Description').fill('Three days on community forest titles for village committees.');
  await form().getByRole('button', { name: 'Record activity' }).click();
  await details().getByRole('heading', { name: TITLE, exact: true }).waitFor();
  activityId = new URL(page.url()).searchParams.get('activity') ?? '';
  expect(activityId).not.toBe('');
  const { activity } = await api<{ activity: { name: string; status: string; endDate: string } }>(
    page,
    `query ($id: ID!) { activity(id: $id) { name status endDate } }`,
    { id: activityId },
  );
  expect(activity).toEqual({ name: TITLE, status: 'HELD', endDate: '2026-03-14' });
  // The list shows it under its month, newest first.
  const march = page.getByTestId('month-2026-03');
  await march.getByTestId(`activity-${activityId}`).waitFor();
  await expect(march.getByRole('heading').textContent()).resolves.toBe('March 2026');
  await expect(details().textContent()).resolves.toContain('12–14 March 2026');
});

test('a participant with its role and provenance, then two of the suggested participants', async () => {
  const editor = page.getByRole('region', { name: 'Add a participant' });
  await editor.getByTestId('participant-search').click();
  await page.keyboard.type('Lao Community Forest');
  await suggestion(page, FACILITATOR).click();
  await editor.getByTestId('participant-role').selectOption('FACILITATOR');
  await editor.getByTestId('participant-source').click();
  await page.keyboard.type('Attendance list, day 1');
  await editor.getByLabel('Date').fill('2026-03-14');
  await editor.getByTestId('participant-add').click();
  const facilitator = details().locator('li[data-testid^="participant-"]').filter({ hasText: FACILITATOR });
  await facilitator.waitFor();
  await expect(facilitator.textContent()).resolves.toMatch(/Facilitator.*Attendance list, day 1 · 2026-03-14/);

  // Who to invite: ranked with reasons; two of them added as participants (the training was held).
  const suggestions = page.getByTestId('who-to-invite');
  await suggestions.locator('li[data-testid^="suggestion-"]').first().waitFor();
  const asked = await api<{ suggestParticipants: Array<{ actor: { id: string; name: string }; reasons: string[] }> }>(
    page,
    `query ($id: ID!) { suggestParticipants(activityId: $id, limit: 8) { actor { id name } reasons } }`,
    { id: activityId },
  );
  const shown = await suggestions
    .locator('li[data-testid^="suggestion-"]')
    .evaluateAll((els) => els.map((el) => (el as HTMLElement).dataset.testid?.slice('suggestion-'.length)));
  expect(shown).toEqual(asked.suggestParticipants.map((s) => s.actor.id));
  const [first, second] = asked.suggestParticipants;
  if (!first || !second) throw new Error('expected at least two suggestions');
  await expect(suggestions.getByTestId(`suggestion-${first.actor.id}`).textContent()).resolves.toContain(
    first.reasons[0] ?? '',
  );
  await shootWidths('details');
  await suggestions.scrollIntoViewIfNeeded();
  await screenshot(page, 'activities-who-to-invite-1440');
  for (const s of [first, second]) {
    await suggestions.getByRole('button', { name: `Add as participant: ${s.actor.name}` }).click();
    await details().getByTestId(`participant-${s.actor.id}`).waitFor();
  }
  // Added ones are no longer suggested.
  await suggestions.getByTestId(`suggestion-${first.actor.id}`).waitFor({ state: 'detached' });
  const after = await api<{ activity: { participants: Array<{ actor: { id: string }; roleCode: string }> } }>(
    page,
    `query ($id: ID!) { activity(id: $id) { participants { actor { id } roleCode } } }`,
    { id: activityId },
  );
  expect(after.activity.participants.map((p) => [p.actor.id, p.roleCode]).sort()).toEqual(
    [
      [first.actor.id, 'PARTICIPANT'],
      [second.actor.id, 'PARTICIPANT'],
      ['la-community-forest-network', 'FACILITATOR'],
    ].sort(),
  );
  await details().getByRole('button', { name: 'By country' }).click();
  await expect(details().locator('.participant-group h4').first().textContent()).resolves.toMatch(/\(\d+\)$/);
  expect(await seriousAxeViolations(page)).toEqual([]);
});

test('the filters narrow the list as the API does; the reach panel counts what the API counts', async () => {
  await page.getByTestId('filter-type').selectOption('TRAINING');
  expect(await settledList()).toEqual(await apiIds({ types: ['TRAINING'] }));
  await page.getByTestId('filter-country').selectOption('LA');
  const training = await settledList();
  expect(training).toEqual(await apiIds({ types: ['TRAINING'], countries: ['LA'] }));
  expect(training).toContain(activityId);
  await page.getByTestId('filter-type').selectOption('');
  await page.getByTestId('filter-theme').selectOption('community-forestry');
  await page.getByTestId('filter-status').selectOption('HELD');
  expect(await settledList()).toEqual(
    await apiIds({ countries: ['LA'], themes: ['community-forestry'], statuses: ['HELD'] }),
  );
  await page.getByTestId('filter-participant-search').click();
  await page.keyboard.type('Lao Community Forest');
  await suggestion(page, FACILITATOR).click();
  const withFacilitator = await settledList();
  expect(withFacilitator).toEqual(
    await apiIds({
      countries: ['LA'],
      themes: ['community-forestry'],
      statuses: ['HELD'],
      participants: ['la-community-forest-network'],
    }),
  );
  expect(withFacilitator).toContain(activityId);
  await page.getByTestId('filter-from').fill('2026-01-01');
  expect(await settledList()).toEqual([activityId]);

  // Reach for the filters' period, country and theme (held activities; status and participant are not its scope).
  const scope = { from: '2026-01-01', countries: ['LA'], themes: ['community-forestry'] };
  const { reach } = await api<{
    reach: { actorCount: number; activityCount: number; firstTimeCount: number; invitedNeverCameCount: number };
  }>(
    page,
    `query ($s: ReachScope) { reach(scope: $s) { actorCount activityCount firstTimeCount invitedNeverCameCount } }`,
    {
      s: scope,
    },
  );
  expect([reach.actorCount, reach.activityCount, reach.invitedNeverCameCount]).toEqual([3, 1, 0]);
  await expect(page.getByTestId('reach-totals').textContent()).resolves.toBe(
    `3 actors took part in 1 activity; ${reach.firstTimeCount} for the first time; 0 invited and never came.`,
  );
  await shootWidths('filtered');
  await page.getByRole('button', { name: 'Clear filters' }).click();
  expect(await settledList()).toEqual(await apiIds(null));
  await page.getByTestId(`activity-${activityId}`).click();
  await details().getByRole('heading', { name: TITLE, exact: true }).waitFor();
  await shootWidths('page');
});

test('the map draws the training with its glyph when activities are on, and the legend names it', async () => {
  await details().getByRole('button', { name: 'On the map' }).click();
  // The focus's neighbourhood arrives after the map's first layout: wait for the training itself.
  await page.waitForFunction(
    (id) => window.reformAtlasGraph?.nodeIds().includes(id) === true,
    `activity:${activityId}`,
  );
  await waitForGraph(page);
  await expect(page.getByTestId('layer-activities').isChecked()).resolves.toBe(true);
  await page.getByTestId('legend-activity-TRAINING').waitFor();
  await screenshot(page, 'activities-map-focus-1440');
  // The first view with the activities layer on: every drawn activity by its type's glyph in the legend.
  await page.goto(`${stack.url}?show=activities`);
  await waitForGraph(page);
  const drawn = (await page.evaluate(() => window.reformAtlasGraph?.nodeIds() ?? [])).filter((id) =>
    id.startsWith('activity:'),
  );
  expect(drawn.length).toBeGreaterThan(0);
  await expect(
    page.getByTestId('legend').locator('[data-testid^="legend-activity-"]').count(),
  ).resolves.toBeGreaterThan(1);
  await screenshot(page, 'activities-map-layer-1440');
  // The glyphs in greyscale (a printed export, a reader who cannot tell the colours): the shapes alone.
  const grey = await page.addStyleTag({ content: 'html { filter: grayscale(1); }' });
  await page.getByTestId('legend').screenshot({ path: `${ARTIFACTS}/activities-legend-greyscale-1440.png` });
  await grey.evaluate((el) => (el as HTMLStyleElement).remove());
  // Nine pages in the switch: the signed-in bar still fits where the switch turns into buttons.
  for (const width of [1599, 1600, 1920]) {
    await page.setViewportSize({ width, height: 900 });
    expect(await fitOf(page)).toEqual({ width, scrollWidth: width, offScreen: [], overflowing: [] });
    await expect(page.getByTestId(width >= 1600 ? 'page-activities' : 'page-select').isVisible()).resolves.toBe(true);
  }
  await screenshot(page, 'activities-map-topbar-1920');
  await page.setViewportSize({ width: 1440, height: 900 });
});

test('a reader who is not signed in sees the details without errors or editing', async () => {
  const reader = await stack.openPage();
  await reader.goto(`${stack.url}?page=activities&activity=${encodeURIComponent(activityId)}`);
  await reader.getByTestId('activity-details').getByRole('heading', { name: TITLE, exact: true }).waitFor();
  await reader.getByTestId('who-to-invite').locator('li[data-testid^="suggestion-"]').first().waitFor();
  await reader.getByTestId('reach-totals').waitFor();
  await expect(reader.getByRole('alert').count()).resolves.toBe(0);
  for (const name of ['Edit activity', 'Delete…', 'New activity', 'Remove'])
    await expect(reader.getByRole('button', { name }).count()).resolves.toBe(0);
  await expect(reader.getByRole('region', { name: 'Add a participant' }).count()).resolves.toBe(0);
  await reader.close();
});

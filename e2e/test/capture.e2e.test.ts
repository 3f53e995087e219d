/**
 * Capture in the room, in Debian's Chromium against the real stack (the illustrative seed): an analyst sets a
 * workshop's provenance once and captures three entries with the keyboard — a new actor whose Lao name is typed
 * through an input method, a position and a collaboration — none of which reaches the map; then reviews them as
 * diffs, accepts two and rejects one. The accepted ones are on the map and in the details, the rejected one is not.
 * Screenshots of the capture and review screens at 1280, 1440 and 1920 px land in e2e/artifacts/.
 */
import type { Page } from 'playwright-core';

import { pageAction, screenshot, signInAs, suggestion, waitForGraph } from '../src/browser';
import { clusterSteps, fitOf, seriousAxeViolations, typeWithInputMethod, WIDTHS } from '../src/checks';
import { api } from '../src/pageApi';
import { ANALYST, startStack, type Stack } from '../src/stack';

jest.setTimeout(180_000);

const LAO_NAME = 'ສະມາຄົມຊາວປະມົງ ຈຳປາສັກ';
const KFCA = 'Khmer Forest Communities Alliance';
const KFCA_ID = 'kh-forest-communities-network';
const PARTNER = 'Lao Women and Land Association';
const SOURCE = 'Attapeu land forum';

let stack: Stack;
let page: Page;

beforeAll(async () => {
  stack = await startStack();
  page = await stack.openPage();
});

afterAll(async () => {
  await stack?.close();
});

/** The same screen at each width (no sideways scroll, every control in the window), back at 1,440 px afterwards. */
async function shootWidths(p: Page, name: string): Promise<void> {
  for (const width of WIDTHS) {
    await p.setViewportSize({ width, height: 900 });
    await p.waitForTimeout(150);
    const fit = await fitOf(p);
    expect({ width, scrollWidth: fit.scrollWidth, offScreen: fit.offScreen }).toEqual({
      width,
      scrollWidth: width,
      offScreen: [],
    });
    await screenshot(p, `capture-${name}-${width}`);
  }
  await p.setViewportSize({ width: 1440, height: 900 });
}

const running = (p: Page) => p.getByTestId('capture-running').locator(':scope > li');

async function pickActor(p: Page, field: string, text: string, name: string): Promise<void> {
  await p.getByTestId(`${field}-search`).click();
  await p.keyboard.type(text);
  await suggestion(p, name).click();
  await p.getByTestId(field).getByText(name, { exact: true }).waitFor();
}

interface Details {
  actor: {
    interests: Array<{ theme: { id: string }; position: string; provenance: { source: string; confidence: string } }>;
    collaborators: Array<{ actor: { name: string } }>;
  };
}

test('a capture session adds three entries, none of them on the map yet', async () => {
  await page.goto(stack.url);
  await waitForGraph(page);
  await signInAs(page, ANALYST);
  await pageAction(page, 'Capture in the room…');
  await page.getByRole('heading', { name: 'Capture in the room' }).waitFor();

  // The session's provenance, once.
  await page.getByLabel('Source (the workshop or meeting)').fill(SOURCE);
  await page.getByLabel('Date').fill('2026-03-05');
  await page.getByLabel('Confidence').selectOption({ label: 'High' });
  await page.keyboard.press('Enter');
  await page.getByTestId('capture-session').getByText(SOURCE).waitFor();

  // 1. A new actor, its Lao name typed cluster by cluster through an input method; Enter captures it.
  const name = page.getByLabel('Name', { exact: true });
  await expect(name.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
  await typeWithInputMethod(page, clusterSteps(LAO_NAME));
  await expect(name.inputValue()).resolves.toBe(LAO_NAME);
  await page.getByLabel('Sector').selectOption({ label: 'Community organisation' });
  await page.getByLabel('Level').selectOption({ label: 'Local' });
  await page.getByLabel('Based in').selectOption({ label: 'Lao PDR' });
  await name.focus();
  await page.keyboard.press('Enter');
  await running(page).first().getByText(`New actor: ${LAO_NAME}`).waitFor();
  // The next entry starts empty, the focus back in its first field.
  await expect(name.inputValue()).resolves.toBe('');
  await expect(name.evaluate((el) => el === document.activeElement)).resolves.toBe(true);

  // 2. A position: KFCA supports traditional fishing rights.
  await page.getByRole('radio', { name: 'Position' }).check();
  await pickActor(page, 'capture-actor', 'KFCA', KFCA);
  await page.getByLabel('Theme').selectOption({ label: 'Traditional fishing rights' });
  await page.locator('#capture-position').selectOption({ label: 'Supports' });
  await page.getByRole('button', { name: 'Capture entry', exact: true }).click();
  await running(page).first().getByText(`${KFCA} supports Traditional fishing rights`).waitFor();

  // 3. A collaboration: the actor stays picked, the partner is found by name.
  await page.getByRole('radio', { name: 'Collaboration' }).check();
  await page.getByTestId('capture-actor').getByText(KFCA, { exact: true }).waitFor();
  await pickActor(page, 'capture-partner', 'Lao Women', PARTNER);
  await page.getByLabel('Kind (optional)').fill('learning exchange');
  await page.getByRole('button', { name: 'Capture entry', exact: true }).click();
  await running(page).first().getByText(`${KFCA} works with ${PARTNER}`).waitFor();
  await expect(running(page).count()).resolves.toBe(3);
  await expect(page.getByRole('heading', { name: 'This session: 3 entries for review' }).count()).resolves.toBe(1);
  expect(await seriousAxeViolations(page)).toEqual([]);
  await shootWidths(page, 'session');

  // Nothing is on the map yet.
  const found = await api<{ actors: { totalCount: number } }>(
    page,
    'query($t: String) { actors(filter: { text: $t }) { totalCount } }',
    { t: LAO_NAME },
  );
  expect(found.actors.totalCount).toBe(0);
  const kfca = await api<Details>(
    page,
    `{ actor(id: "${KFCA_ID}") { interests { theme { id } position provenance { source confidence } } collaborators { actor { name } } } }`,
  );
  expect(kfca.actor.interests.map((i) => i.theme.id)).not.toContain('traditional-fishing-rights');
});

test('an analyst reviews the three as diffs, accepts two and rejects one; the map shows the accepted ones only', async () => {
  await page.getByRole('button', { name: 'Review', exact: true }).click();
  await page.getByRole('heading', { name: 'Review captured entries' }).waitFor();
  const items = page.getByTestId('capture-review-item');
  await items.nth(2).waitFor();
  await expect(items.count()).resolves.toBe(3);
  const item = (summary: string) => items.filter({ has: page.getByText(summary, { exact: true }) });
  // The diff: what would be added, against nothing recorded yet.
  const position = item(`${KFCA} supports Traditional fishing rights`);
  await expect(
    position.getByRole('row', { name: /Position on Traditional fishing rights/ }).textContent(),
  ).resolves.toMatch(/not recorded.*Supports, priority 2 \(Attapeu land forum, 2026-03-05, High confidence\)/);
  expect(await seriousAxeViolations(page)).toEqual([]);
  await shootWidths(page, 'review');

  await item(`New actor: ${LAO_NAME}`).getByRole('button', { name: 'Accept' }).click();
  await item(`New actor: ${LAO_NAME}`).getByText('Accepted: it is on the map now.').waitFor();
  await position.getByRole('button', { name: 'Accept' }).click();
  await position.getByText('Accepted: it is on the map now.').waitFor();
  const tie = item(`${KFCA} works with ${PARTNER}`);
  await tie.getByRole('button', { name: 'Reject…' }).click();
  await tie.getByLabel('Why (optional)').fill('Only planned, not yet under way');
  await tie.getByRole('button', { name: 'Reject', exact: true }).click();
  await tie.getByText('Rejected: nothing on the map changed.').waitFor();
  await screenshot(page, 'capture-review-done-1440');

  // The position and the new actor are recorded with the session's provenance; the collaboration is not.
  const kfca = await api<Details>(
    page,
    `{ actor(id: "${KFCA_ID}") { interests { theme { id } position provenance { source confidence } } collaborators { actor { name } } } }`,
  );
  expect(kfca.actor.interests.find((i) => i.theme.id === 'traditional-fishing-rights')).toEqual({
    theme: { id: 'traditional-fishing-rights' },
    position: 'SUPPORTS',
    provenance: { source: SOURCE, confidence: 'HIGH' },
  });
  expect(kfca.actor.collaborators.map((c) => c.actor.name)).not.toContain(PARTNER);

  // "on the map" opens the new actor in the explorer, selected, its details headed by its Lao name.
  await item(`New actor: ${LAO_NAME}`).getByRole('button', { name: 'on the map' }).click();
  await waitForGraph(page);
  const details = page.locator('section.details');
  await details.getByRole('heading', { name: LAO_NAME, exact: true }).waitFor();
  await screenshot(page, 'capture-accepted-on-map-1440');

  // KFCA's details list the accepted position and no collaboration with the rejected partner.
  await page.goto(stack.url);
  await waitForGraph(page);
  await page.getByTestId('search').click();
  await page.keyboard.type('Khmer Forest Communities');
  await suggestion(page, KFCA).click();
  await details.getByRole('heading', { name: KFCA, exact: true }).waitFor();
  await details.getByText('Traditional fishing rights').first().waitFor();
  await expect(details.getByText(PARTNER).count()).resolves.toBe(0);
});

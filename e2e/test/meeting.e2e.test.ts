/**
 * Meeting mode as a facilitator runs it at 1920 × 1080 in Debian's Chromium, against the real stack (seeded test
 * database): an analyst saves three views (an explorer map of Cambodia and two alignment pages: the overlap network
 * and the influence × alignment grid on the theme where most actors do not (yet) support), opens meeting mode and
 * steps through the story with the keys a presenter uses (arrows, and Page Down / Page Up from a clicker). Each step
 * shows its caption; no control panel covers the picture; the labels drawn on the graphs do not overlap; every dot
 * of the grid is named and none collides with another dot or name; mixed positions are spread, not piled on the
 * centre line. Screenshots go to e2e/artifacts/meeting-*.png.
 */
import type { Page } from 'playwright-core';

import { pageAction, screenshot, signInAs, switchToPage, waitForGraph } from '../src/browser';
import { overlappingAlignmentLabels, overlappingLabels } from '../src/checks';
import { api } from '../src/pageApi';
import { ANALYST, startStack, type Stack } from '../src/stack';

jest.setTimeout(180_000);

let stack: Stack;
let page: Page;

const MAP_VIEW = { name: 'Alliances in Cambodia', description: 'Who works with whom on land in Cambodia' };
const OVERLAP_VIEW = { name: 'Where interests overlap', description: 'Actors who share at least two themes' };
const GRID_VIEW = { name: 'Who stands where', description: '' };

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

const intersects = (a: Box, b: Box) =>
  a.x < b.x + b.width - 1 && b.x < a.x + a.width - 1 && a.y < b.y + b.height - 1 && b.y < a.y + a.height - 1;

/** The grid's dots and names as drawn (screen boxes), each with its actor. */
async function gridDrawing() {
  return page.evaluate(() => {
    const box = (el: Element) => {
      const r = el.getBoundingClientRect();
      return { x: r.x, y: r.y, width: r.width, height: r.height };
    };
    const svg = document.querySelector('[data-testid="influence-grid"]');
    const centre = svg?.querySelector('.centre-line');
    return {
      dots: [...(svg?.querySelectorAll('.pt') ?? [])].map((el) => ({
        id: el.getAttribute('data-id') ?? '',
        box: box(el),
      })),
      names: [...(svg?.querySelectorAll('.pt-label') ?? [])].map((el) => ({
        id: el.getAttribute('data-id') ?? '',
        text: el.textContent ?? '',
        box: box(el),
      })),
      centreX: centre ? box(centre).x : 0,
    };
  });
}

/** Where the story is: "<view>.<layer>" once the step's data has come (see MeetingMode). */
const cueOf = () => page.getByTestId('meeting-stage').getAttribute('data-reveal');

async function waitForCue(cue: string): Promise<void> {
  await page.waitForSelector(`[data-testid="meeting-stage"][data-reveal="${cue}"]`, { timeout: 60_000 });
}

/** The layers the current view reveals (1 when it shows all at once). */
async function layerCount(): Promise<number> {
  const list = page.getByTestId('meeting-layers');
  return (await list.isVisible()) ? list.locator('li').count() : 1;
}

/** No control panel over the picture: it has the window's width, and the caption and the line below stay outside it. */
async function expectPictureClear(selector: string): Promise<void> {
  const picture = await page.locator(selector).boundingBox();
  const caption = await page.locator('.meeting-caption').boundingBox();
  const foot = await page.locator('.meeting-foot').boundingBox();
  if (!picture || !caption || !foot) throw new Error(`Missing ${selector}, the caption or the line below`);
  expect(picture.width).toBeGreaterThanOrEqual(1920 - 40);
  expect(intersects(picture, caption)).toBe(false);
  expect(intersects(picture, foot)).toBe(false);
  // Nothing of the pages' controls is drawn in meeting mode: no side panel, no zoom buttons, no forms.
  for (const hidden of ['.align-left', '.graph-zoom', '.save-view', '.topbar'])
    expect(await page.locator(hidden).filter({ visible: true }).count()).toBe(0);
}

/** The explorer's map: the layer applied and its labels chosen for the view on screen. */
async function mapSettled(cue: string): Promise<void> {
  await page.waitForSelector(`[data-testid="graph"][data-graph-ready="true"][data-revealed="${cue}"]`, {
    timeout: 60_000,
  });
  await page.waitForFunction(() => window.reformAtlasGraph?.labelsSettled() === true);
}

/** The alignment graph: laid out, the layer applied and its labels chosen for it. */
async function graphSettled(cue: string): Promise<void> {
  await page.waitForSelector(
    `[data-testid="alignment-graph"][data-graph-ready="true"][data-labels-for="${cue}"][data-labels-settled="true"]`,
    { timeout: 60_000 },
  );
}

beforeAll(async () => {
  stack = await startStack();
  const context = await stack.browser.newContext({ viewport: { width: 1920, height: 1080 } });
  page = await context.newPage();
  page.on('pageerror', (e) => console.error('page error:', e.message));
});

afterAll(async () => {
  await stack?.close();
});

let gridTheme = { id: '', name: '' };
let mixedIds: string[] = [];

test('an analyst saves an explorer map and two alignment views, each with its caption', async () => {
  await page.goto(`${stack.url}?country=KH`);
  await waitForGraph(page);
  await signInAs(page, ANALYST);
  await pageAction(page, 'Saved views');
  await page.getByLabel('Name of the current view').fill(MAP_VIEW.name);
  await page.getByLabel('Description (optional)', { exact: true }).fill(MAP_VIEW.description);
  await page.getByRole('button', { name: 'Save view' }).click();
  await page.locator('.saved-list').getByRole('button', { name: MAP_VIEW.name, exact: true }).waitFor();

  // The alignment pages keep the explorer's filter: these views are of Cambodia too.
  await switchToPage(page, 'overlap');
  expect(new URL(page.url()).searchParams.get('country')).toBe('KH');
  await page.waitForSelector('[data-testid="alignment-graph"][data-graph-ready="true"]', { timeout: 60_000 });
  await page.getByLabel('Save this alignment view').fill(OVERLAP_VIEW.name);
  await page.getByLabel('Description (optional; the caption in meeting mode)').fill(OVERLAP_VIEW.description);
  await page.getByRole('button', { name: 'Save view' }).click();
  await page.getByText(`Saved “${OVERLAP_VIEW.name}”.`).waitFor();

  // The grid on the theme where most actors are mixed or opposed: the case where positions used to pile up.
  const { alignment } = await api<{
    alignment: {
      themes: Array<{
        theme: { id: string; name: string };
        positions: Array<{ actor: { id: string }; position: string }>;
      }>;
    };
  }>(
    page,
    '{ alignment(filter: { countries: ["KH"] }, limit: 1) { themes { theme { id name } positions { actor { id } position } } } }',
  );
  const notSupportive = (t: (typeof alignment.themes)[number]) =>
    t.positions.filter((p) => p.position !== 'SUPPORTS').length;
  const theme = [...alignment.themes].sort((a, b) => notSupportive(b) - notSupportive(a))[0];
  if (!theme) throw new Error('The seed has no themes');
  gridTheme = theme.theme;
  mixedIds = theme.positions.filter((p) => p.position === 'MIXED').map((p) => p.actor.id);
  expect(mixedIds.length).toBeGreaterThanOrEqual(3);
  await switchToPage(page, 'grid');
  await page.getByLabel('Stance on theme').selectOption(gridTheme.id);
  await page.getByLabel('Save this influence grid view').fill(GRID_VIEW.name);
  await page.getByRole('button', { name: 'Save view' }).click();
  await page.getByText(`Saved “${GRID_VIEW.name}”.`).waitFor();
});

test('meeting mode tells the three views in order, layer by layer, with the keys a presenter uses', async () => {
  await switchToPage(page, 'meeting');

  // 1. The explorer's map of Cambodia, revealed sector by sector.
  await waitForCue('1.1');
  await expect(page.getByTestId('meeting-title').textContent()).resolves.toBe(MAP_VIEW.name);
  await expect(page.getByTestId('meeting-caption').textContent()).resolves.toBe(MAP_VIEW.description);
  await expect(page.getByTestId('meeting-count').textContent()).resolves.toBe('1 / 3');
  await expectPictureClear('[data-testid="graph"]');
  const mapLayers = await layerCount();
  expect(mapLayers).toBeGreaterThanOrEqual(2);
  await mapSettled('1.1');
  await expect(page.getByTestId('meeting-next').textContent()).resolves.toMatch(/^Next: .+ \(layer 2 of \d\)$/);
  const firstLayer = await page.evaluate(() => window.reformAtlasGraph?.drawnLabels().length ?? 0);
  expect(firstLayer).toBeGreaterThan(0);
  expect(await overlappingLabels(page)).toEqual([]);
  await screenshot(page, 'meeting-1-map-first-sector');
  for (let layer = 2; layer <= mapLayers; layer += 1) {
    await page.keyboard.press(layer % 2 === 0 ? 'ArrowRight' : 'PageDown');
    await waitForCue(`1.${layer}`);
    await mapSettled(`1.${layer}`);
    expect(await overlappingLabels(page)).toEqual([]);
  }
  await expect(page.getByTestId('meeting-next').textContent()).resolves.toBe(
    `Next: ${OVERLAP_VIEW.name} (view 2 of 3)`,
  );
  await screenshot(page, 'meeting-1-map');

  // 2. The overlap network: actors sector by sector, then the themes they share.
  await page.keyboard.press('PageDown');
  await waitForCue('2.1');
  await expect(page.getByTestId('meeting-title').textContent()).resolves.toBe(OVERLAP_VIEW.name);
  await expect(page.getByTestId('meeting-caption').textContent()).resolves.toBe(OVERLAP_VIEW.description);
  await expect(page.getByTestId('meeting-count').textContent()).resolves.toBe('2 / 3');
  const overlapLayers = await layerCount();
  expect(overlapLayers).toBeGreaterThanOrEqual(3);
  await expect(page.getByTestId('meeting-layers').locator('li').last().textContent()).resolves.toBe('Shared themes');
  await graphSettled('2.1');
  await expectPictureClear('[data-testid="alignment-graph"]');
  // The first layer draws one sector's actors only (the one the layer list names), and no theme region yet.
  const { overlaps } = await api<{ overlaps: { nodes: Array<{ id: string; sector: string }> } }>(
    page,
    '{ overlaps(filter: { countries: ["KH"] }, minShared: 2, limit: 300) { nodes { id sector } } }',
  );
  const sectorOf = new Map(overlaps.nodes.map((n) => [n.id, n.sector]));
  const SECTOR_WORDS: Record<string, string> = {
    CIVIL_SOCIETY: 'Civil society',
    GOVERNMENT: 'Government',
    PRIVATE_SECTOR: 'Private sector',
    RESEARCH: 'Research / academia',
    DONOR: 'Donor / development partner',
    COMMUNITY: 'Community organisation',
    MEDIA: 'Media',
    REGIONAL_BODY: 'Regional / intergovernmental',
  };
  const firstSector = await page.getByTestId('meeting-layers').locator('li').first().textContent();
  const named = (await page.evaluate(() => window.reformAtlasAlignment?.labelBoxes() ?? [])).filter((l) => !l.edge);
  expect(named.length).toBeGreaterThan(0);
  expect(new Set(named.map((l) => SECTOR_WORDS[sectorOf.get(l.id) ?? '']))).toEqual(new Set([firstSector]));
  await expect(page.locator('.region-key').count()).resolves.toBe(0);
  expect(await overlappingAlignmentLabels(page)).toEqual([]);
  await screenshot(page, 'meeting-2-overlap-first-sector');
  for (let layer = 2; layer <= overlapLayers; layer += 1) {
    await page.keyboard.press(layer % 2 === 0 ? 'PageDown' : 'ArrowRight');
    await waitForCue(`2.${layer}`);
    await graphSettled(`2.${layer}`);
    expect(await overlappingAlignmentLabels(page)).toEqual([]);
  }
  // The last layer brings the theme regions, named under the picture, not over it.
  await page.locator('.region-key li').first().waitFor();
  await expectPictureClear('[data-testid="alignment-graph"]');
  const labels = await page.evaluate(() => window.reformAtlasAlignment?.labelBoxes() ?? []);
  // Large labels: fewer, but each at least 20 px tall on screen.
  expect(labels.filter((l) => !l.edge).length).toBeGreaterThanOrEqual(10);
  for (const l of labels.filter((b) => !b.edge)) expect(l.y2 - l.y1).toBeGreaterThanOrEqual(20);
  await screenshot(page, 'meeting-2-overlap');

  // Back with the clicker's Page Up: the layer before; and forward again.
  await page.keyboard.press('PageUp');
  await waitForCue(`2.${overlapLayers - 1}`);
  await page.keyboard.press('ArrowRight');
  await waitForCue(`2.${overlapLayers}`);

  // 3. The grid, full screen: every dot named, none colliding, mixed positions spread left of the centre line.
  await page.keyboard.press('ArrowRight');
  await waitForCue('3.1');
  await expect(page.getByTestId('meeting-title').textContent()).resolves.toBe(GRID_VIEW.name);
  // Saved without a description: the caption says what the view shows.
  await expect(page.getByTestId('meeting-caption').textContent()).resolves.toBe(
    'Influence × alignment: who can move this theme, and which way · Cambodia',
  );
  await expect(page.getByTestId('meeting-count').textContent()).resolves.toBe('3 / 3');
  await expectPictureClear('[data-testid="influence-grid"]');
  const gridBox = await page.getByTestId('influence-grid').boundingBox();
  expect(gridBox?.height).toBeGreaterThanOrEqual(700);
  const gridLayers = await layerCount();
  for (let layer = 1; layer <= gridLayers; layer += 1) {
    if (layer > 1) {
      await page.keyboard.press(layer % 2 === 0 ? 'PageDown' : 'ArrowRight');
      await waitForCue(`3.${layer}`);
    }
    const { dots, names } = await gridDrawing();
    expect(dots.length).toBeGreaterThan(0);
    expect(names.map((n) => n.id).sort()).toEqual(dots.map((d) => d.id).sort());
    for (const n of names) expect(n.text.length).toBeGreaterThan(0);
    const all = [...dots.map((d) => ({ ...d, kind: 'dot' })), ...names.map((n) => ({ ...n, kind: 'name' }))];
    const clashes: string[] = [];
    for (const [i, a] of all.entries())
      for (const b of all.slice(i + 1))
        if (intersects(a.box, b.box)) clashes.push(`${a.kind} ${a.id} × ${b.kind} ${b.id}`);
    expect(clashes).toEqual([]);
    if (layer === 1) await screenshot(page, 'meeting-3-grid-first-sector');
    if (layer === gridLayers) await screenshot(page, 'meeting-3-grid');
  }
  const { dots, centreX } = await gridDrawing();
  const mixed = dots.filter((d) => mixedIds.includes(d.id));
  expect(mixed.length).toBe(mixedIds.length);
  // Left of the centre line, clear of it, and each in a place of its own: spread, not piled on the line.
  for (const d of mixed) expect(d.box.x + d.box.width).toBeLessThan(centreX - 2);
  const places = new Set(mixed.map((d) => `${Math.round(d.box.x)},${Math.round(d.box.y)}`));
  expect(places.size).toBe(mixed.length);
  await expect(page.getByTestId('meeting-next').textContent()).resolves.toBe('Next: the end of the story');
  await expect(page.getByRole('button', { name: 'Next ▶' }).isDisabled()).resolves.toBe(true);

  // Back to the first view with Home; the layer list starts again at its first sector.
  await page.keyboard.press('Home');
  await waitForCue('1.1');
  await expect(page.getByTestId('meeting-title').textContent()).resolves.toBe(MAP_VIEW.name);
  expect(await cueOf()).toBe('1.1');
});

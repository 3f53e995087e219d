/**
 * The map through time in Debian's Chromium against the real stack (the illustrative seed, 2014–2022): the explorer
 * opens on 1 January 2015, Play steps it quarter by quarter (asof advancing in the URL, the map changing without a
 * new layout), Escape pauses it, and it plays on to the end of 2022. Then "What changed since the 2019 regional
 * consultation" lists exactly what the API's changesBetween answers for the same days, a new tie is drawn green and
 * an ended one as a ghost, and a row selects its actor. Screenshots at 1280, 1440 and 1920 px in e2e/artifacts/.
 */
import type { Page } from 'playwright-core';

import { screenshot, signInAs, waitForGraph } from '../src/browser';
import { fitOf, seriousAxeViolations, WIDTHS } from '../src/checks';
import { api } from '../src/pageApi';
import { ANALYST, startStack, type Stack } from '../src/stack';

jest.setTimeout(180_000);

const CONSULTATION = '2019 regional consultation: new actors for Phase II';
const CONSULTATION_DAY = '2019-03-19';
const END = '2022-12-31';

/** The explorer's first view as the page asks for it (FIRST_VIEW_ACTORS, groups and collaborations). */
const GRAPH = `query ($asOf: String) { graph(limit: 80, include: { groups: true, collaborations: true,
  countries: false, themes: false, activities: false }, asOf: $asOf) { nodes { id } edges { id } } }`;

const NODE = 'id name altNames';
const TIE = `edgeId source { ${NODE} } target { ${NODE} }`;
const CHANGES = `query ($from: String!, $to: String) { changesBetween(from: $from, to: $to, limit: 200) {
  newTies { ${TIE} } newTieCount endedTies { ${TIE} } endedTieCount
  newActors { actor { ${NODE} } } newActorCount
  positionShifts { actor { ${NODE} } theme { ${NODE} } } positionShiftCount
  firstEngagements { actor { ${NODE} } activity { ${NODE} } } firstEngagementCount } }`;

interface Named {
  id: string;
  name: string;
  altNames: string[];
}
interface Tie {
  edgeId: string;
  source: Named;
  target: Named;
}
interface Changes {
  newTies: Tie[];
  newTieCount: number;
  endedTies: Tie[];
  endedTieCount: number;
  newActors: Array<{ actor: Named }>;
  newActorCount: number;
  positionShifts: Array<{ actor: Named; theme: Named }>;
  positionShiftCount: number;
  firstEngagements: Array<{ actor: Named; activity: Named }>;
  firstEngagementCount: number;
}

/** The explorer's read-only graph hooks, with the two the time diff adds. */
interface Inspector {
  nodeIds(): string[];
  edgeIds(): string[];
  layoutRuns(): number;
  edgesClassed(name: string): string[];
  styleOf(id: string, property: string): string | null;
}

let stack: Stack;
let page: Page;

beforeAll(async () => {
  stack = await startStack();
  page = await stack.openPage();
});

afterAll(async () => {
  await stack?.close();
});

const asOfInUrl = (p: Page): string | null => new URL(p.url()).searchParams.get('asof');

function drawn(p: Page): Promise<{ nodes: string[]; edges: string[]; runs: number }> {
  return p.evaluate(() => {
    const g = window.reformAtlasGraph as unknown as Inspector;
    return { nodes: g.nodeIds().sort(), edges: g.edgeIds().sort(), runs: g.layoutRuns() };
  });
}

/** What the API draws for the first view on a day, sorted like drawn(). */
async function apiGraph(p: Page, asOf: string): Promise<{ nodes: string[]; edges: string[] }> {
  const { graph } = await api<{ graph: { nodes: Array<{ id: string }>; edges: Array<{ id: string }> } }>(p, GRAPH, {
    asOf,
  });
  return { nodes: graph.nodes.map((n) => n.id).sort(), edges: graph.edges.map((e) => e.id).sort() };
}

/**
 * Waits until the map drawn is the API's map for `day` (the step's answer has arrived and been applied), and returns
 * it: a fact to wait on, since a paused or finished playback may still be reading its last day.
 */
async function settledOn(p: Page, day: string): Promise<{ nodes: string[]; edges: string[]; runs: number }> {
  await p.waitForFunction((d) => new URL(window.location.href).searchParams.get('asof') === d, day);
  const expected = await apiGraph(p, day);
  await p.waitForFunction(
    (want) => {
      const g = window.reformAtlasGraph as unknown as Inspector | undefined;
      return g !== undefined && JSON.stringify([g.nodeIds().sort(), g.edgeIds().sort()]) === want;
    },
    JSON.stringify([expected.nodes, expected.edges]),
  );
  await waitForGraph(p);
  return drawn(p);
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
function describe(day: string): string {
  const [y, m, d] = day.split('-').map(Number);
  return `${d} ${MONTHS[(m ?? 1) - 1]} ${y}`;
}

let firstMap: { nodes: string[]; edges: string[]; runs: number };

test('the map as of 1 January 2015 is the API’s map of that day', async () => {
  await page.goto(`${stack.url}?asof=2015-01-01`);
  await waitForGraph(page);
  await page.getByTestId('timeline-phase').first().waitFor();
  expect(await page.getByTestId('timeline-phase').allTextContents()).toEqual(['Phase I', 'Phase II']);
  // Every activity is a tick, named on hover (the activities arrive in their own answer).
  const tick = `${CONSULTATION} (${describe(CONSULTATION_DAY)})`;
  await page.locator(`[data-testid="timeline-activity"][title="${tick}"]`).waitFor();
  const { activities } = await api<{ activities: Array<{ date: string | null }> }>(
    page,
    '{ activities(first: 500) { date } }',
  );
  expect(await page.getByTestId('timeline-activity').count()).toBe(activities.filter((a) => a.date).length);
  firstMap = await drawn(page);
  const expected = await apiGraph(page, '2015-01-01');
  expect({ nodes: firstMap.nodes, edges: firstMap.edges }).toEqual(expected);
});

test('Play steps quarter by quarter, the map changing in place; Escape pauses', async () => {
  // What a person sees while it plays: the day in the URL and how many nodes and links are drawn, sampled.
  await page.evaluate(() => {
    const w = window as unknown as { frames$: Array<[string, number, number]> };
    w.frames$ = [];
    window.setInterval(() => {
      const g = window.reformAtlasGraph as unknown as Inspector;
      const day = new URL(window.location.href).searchParams.get('asof') ?? '';
      const last = w.frames$.at(-1);
      const frame: [string, number, number] = [day, g.nodeIds().length, g.edgeIds().length];
      if (!last || last.join() !== frame.join()) w.frames$.push(frame);
    }, 50);
  });
  await page.getByTestId('timeline-play').click();
  await page.getByTestId('timeline-play').getByText('Pause', { exact: true }).waitFor();
  // Let it play into 2018, then pause with Escape.
  await page.waitForFunction(
    () => (new URL(window.location.href).searchParams.get('asof') ?? '') >= '2018-01-01',
    null,
    {
      timeout: 90_000,
    },
  );
  await page.keyboard.press('Escape');
  await page.getByTestId('timeline-play').getByText('Play', { exact: true }).waitFor();
  const paused = asOfInUrl(page) ?? '';
  expect(paused >= '2018-01-01').toBe(true);
  const mid = await settledOn(page, paused);
  // Stays put while paused (two steps' time).
  await page.waitForTimeout(2_000);
  expect(asOfInUrl(page)).toBe(paused);
  // Stepping never laid the map out again: elements were added and removed in place.
  expect(mid.runs).toBe(firstMap.runs);
  await screenshot(page, `timeline-paused-${paused}`);

  // Play on to the end of the programme: it stops by itself on its last day.
  await page.getByTestId('timeline-play').click();
  await page.waitForFunction((end) => new URL(window.location.href).searchParams.get('asof') === end, END, {
    timeout: 120_000,
  });
  await page.getByTestId('timeline-play').getByText('Play', { exact: true }).waitFor();
  const last = await settledOn(page, END);
  expect(last.runs).toBe(firstMap.runs);
  // The first view draws the 80 most influential actors on both days, but not the same ones, nor the same ties.
  expect(last.nodes).not.toEqual(firstMap.nodes);
  expect(last.edges.length).not.toBe(firstMap.edges.length);

  const frames = await page.evaluate(() => (window as unknown as { frames$: Array<[string, number, number]> }).frames$);
  const days = [...new Set(frames.map(([day]) => day))];
  // asof advanced a quarter at a time, never back, from 2015 to the last day of 2022.
  const quarters: string[] = [];
  for (let y = 2015; y <= 2022; y += 1) for (const m of ['01', '04', '07', '10']) quarters.push(`${y}-${m}-01`);
  expect(days).toEqual([...quarters, END]);
  // The counts drawn changed along the way (actors and ties arriving and ending), not only at the ends.
  console.log(`timeline frames (day, nodes, links): ${JSON.stringify(frames)}`);
  const counts = new Set(frames.map(([, n, e]) => `${n}/${e}`));
  expect(counts.size).toBeGreaterThan(4);
});

test('what changed since the 2019 regional consultation: the API’s changes, new in green, ended as ghosts', async () => {
  await page.getByTestId('timeline-changes').click();
  const panel = page.getByTestId('changes-panel');
  await panel.waitFor();
  // The page's requests from here: the comparison is one changesBetween for the whole map, never one per element.
  const asked: string[] = [];
  const record = (request: { url(): string; postData(): string | null }) => {
    if (request.url().endsWith('/graphql')) asked.push(request.postData() ?? '');
  };
  page.on('request', record);
  await panel.getByTestId('since-activity').selectOption({ label: `${CONSULTATION_DAY} · ${CONSULTATION}` });
  await page.waitForFunction((d) => new URL(window.location.href).searchParams.get('since') === d, CONSULTATION_DAY);
  await panel
    .getByTestId('changes-heading')
    .getByText(`Since ${CONSULTATION} (${describe(CONSULTATION_DAY)}) to ${describe(END)}`)
    .waitFor();
  await panel.locator('.change-lists[aria-busy="false"]').waitFor();
  page.off('request', record);
  expect(asked.filter((body) => body.includes('changesBetween(')).length).toBe(1);

  const { changesBetween: expected } = await api<{ changesBetween: Changes }>(page, CHANGES, {
    from: CONSULTATION_DAY,
    to: END,
  });
  expect(expected.newTieCount).toBeGreaterThan(0);
  expect(expected.endedTieCount).toBeGreaterThan(0);

  // Every list: its count and its rows (all of them, after "N more").
  const more = panel.getByRole('button', { name: /^\d+ more$/ });
  while ((await more.count()) > 0) await more.first().click();
  const lists = {
    'changes-new-ties': [expected.newTieCount, expected.newTies.map((t) => `tie:${t.edgeId}`)],
    'changes-ended-ties': [expected.endedTieCount, expected.endedTies.map((t) => `tie:${t.edgeId}`)],
    'changes-new-actors': [expected.newActorCount, expected.newActors.map((a) => `actor:${a.actor.id}`)],
    'changes-shifts': [
      expected.positionShiftCount,
      expected.positionShifts.map((s) => `shift:${s.actor.id}:${s.theme.id}`),
    ],
    'changes-engagements': [
      expected.firstEngagementCount,
      expected.firstEngagements.map((f) => `engagement:${f.actor.id}:${f.activity.id}`),
    ],
  } as const;
  for (const [testId, [count, keys]] of Object.entries(lists)) {
    const list = panel.getByTestId(testId);
    expect({ testId, count: Number(await list.getByTestId(`${testId}-count`).textContent()) }).toEqual({
      testId,
      count,
    });
    const rows = await list.locator('.change-row').evaluateAll((els) => els.map((e) => e.getAttribute('data-key')));
    expect({ testId, rows }).toEqual({ testId, rows: [...keys] });
  }
  // Names in every script arrive intact: each local-script name the API sent is in the panel as sent.
  const text = (await panel.textContent()) ?? '';
  const named = [
    ...expected.newTies.flatMap((t) => [t.source, t.target]),
    ...expected.positionShifts.map((s) => s.actor),
    ...expected.firstEngagements.map((f) => f.actor),
  ];
  const local = [...new Set(named.flatMap((n) => n.altNames.filter((a) => /[^\u0020-\u024f]/.test(a)).slice(0, 1)))];
  expect(local.length).toBeGreaterThan(0);
  for (const name of local) expect(text).toContain(name);

  // On the map: a new tie between two drawn nodes is green; an ended one is a dashed ghost.
  const map = await page.evaluate(() => {
    const g = window.reformAtlasGraph as unknown as Inspector;
    const green = g.edgesClassed('time-new');
    const ghosts = g.edgesClassed('time-ghost');
    return {
      green: green.map((id) => ({ id, colour: g.styleOf(id, 'line-color') })),
      ghosts: ghosts.map((id) => ({ id, style: g.styleOf(id, 'line-style'), opacity: g.styleOf(id, 'opacity') })),
    };
  });
  const newIds = new Set(expected.newTies.map((t) => t.edgeId));
  const endedIds = new Set(expected.endedTies.map((t) => t.edgeId));
  expect(map.green.length).toBeGreaterThan(0);
  expect(map.ghosts.length).toBeGreaterThan(0);
  for (const e of map.green)
    expect({ ...e, listed: newIds.has(e.id) }).toEqual({ ...e, listed: true, colour: 'rgb(0,158,115)' });
  for (const e of map.ghosts) {
    expect({ ...e, listed: endedIds.has(e.id) }).toEqual({ ...e, listed: true, style: 'dashed' });
    expect(Number(e.opacity)).toBeLessThan(0.5);
  }
  await page.getByTestId('legend-time').waitFor();
  await screenshot(page, 'timeline-diff-since-consultation');

  // A row selects its actor and centres it.
  const row = panel.getByTestId('changes-ended-ties').locator('.change-row').first();
  const key = (await row.getAttribute('data-key')) ?? '';
  const tie = expected.endedTies.find((t) => `tie:${t.edgeId}` === key);
  await row.click();
  await page.waitForFunction(
    (id) => new URL(window.location.href).searchParams.get('sel') === id,
    tie?.source.id ?? '',
  );

  expect(await seriousAxeViolations(page)).toEqual([]);
  for (const width of WIDTHS) {
    await page.setViewportSize({ width, height: 900 });
    await page.waitForTimeout(200);
    const fit = await fitOf(page);
    expect({ width, scrollWidth: fit.scrollWidth, offScreen: fit.offScreen }).toEqual({
      width,
      scrollWidth: width,
      offScreen: [],
    });
    await screenshot(page, `timeline-changes-since-consultation-${width}`);
  }
  await page.setViewportSize({ width: 1440, height: 900 });
});

test('a day typed into "As of" moves the map there', async () => {
  const field = page.getByTestId('timeline-asof-field');
  await field.click();
  await field.press('Control+A');
  await field.press('Backspace');
  await page.keyboard.type('2017-06-30');
  await page.keyboard.press('Enter');
  const map = await settledOn(page, '2017-06-30');
  // The comparison day is after the map's: the comparison is dropped rather than asked the wrong way round.
  expect(new URL(page.url()).searchParams.get('since')).toBeNull();
  expect(map.runs).toBe(firstMap.runs);
});

test('an actor’s details show its position history oldest first, and how long each tie held', async () => {
  const { changesBetween } = await api<{
    changesBetween: { positionShifts: Array<{ actor: { id: string; name: string } }> };
  }>(page, '{ changesBetween(from: "2019-03-19", to: "2022-12-31") { positionShifts { actor { id name } } } }');
  const shifted = changesBetween.positionShifts[0]?.actor;
  expect(shifted).toBeDefined();
  // Expanded, so it is drawn whether or not it is among the first view's actors; then selected.
  const id = encodeURIComponent(shifted?.id ?? '');
  await page.goto(`${stack.url}?expand=${id}~1&sel=${id}`);
  await waitForGraph(page);
  const details = page.locator('section.details');
  const history = details.getByTestId('position-history').first();
  await history.waitFor();
  const days = await history.locator('.history-day').evaluateAll((els) => els.map((e) => e.textContent ?? ''));
  expect(days.length).toBeGreaterThan(1);
  expect([...days].sort()).toEqual(days);
  // Every record names its source.
  expect(await history.locator('li .prov').count()).toBe(days.length);
  await details.getByTestId('validity').first().waitFor();
  await history.scrollIntoViewIfNeeded();
  await screenshot(page, 'timeline-details-position-history');
});

test('an analyst adds a phase typed in Khmer, sees it on the timeline, and deletes it', async () => {
  await signInAs(page, ANALYST);
  await page.getByTestId('timeline-phases').click();
  const dialog = page.getByTestId('phases-dialog');
  await dialog.waitFor();
  // Every invalid field at once, before anything is sent.
  await dialog.getByRole('button', { name: 'Add the phase' }).click();
  expect(await dialog.getByRole('alert').allTextContents()).toEqual([
    'Name the phase (e.g. Phase II).',
    'First day: required (YYYY-MM-DD).',
  ]);
  const name = 'Phase III ដំណាក់កាលទី៣';
  await dialog.getByLabel('Name').click();
  await page.keyboard.type(name);
  await dialog.getByLabel('First day').click();
  await page.keyboard.type('2023-01-01');
  await dialog.getByRole('button', { name: 'Add the phase' }).click();
  await dialog.getByText(name, { exact: true }).waitFor();
  const { phases } = await api<{ phases: Array<{ id: string; name: string; start: string; end: string | null }> }>(
    page,
    '{ phases { id name start end } }',
  );
  const added = phases.find((p) => p.name === name);
  expect(added).toEqual({ id: added?.id, name, start: '2023-01-01', end: null });
  for (const width of WIDTHS) {
    await page.setViewportSize({ width, height: 900 });
    await page.waitForTimeout(200);
    const fit = await fitOf(page);
    expect({ width, scrollWidth: fit.scrollWidth, offScreen: fit.offScreen }).toEqual({
      width,
      scrollWidth: width,
      offScreen: [],
    });
    await screenshot(page, `timeline-phases-dialog-${width}`);
  }
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.keyboard.press('Escape');
  await dialog.waitFor({ state: 'detached' });
  // The running phase reaches today on the axis and is named intact.
  await page.getByTestId('timeline-phase').getByText(name, { exact: true }).waitFor();
  await screenshot(page, 'timeline-new-phase');

  await page.getByTestId('timeline-phases').click();
  page.once('dialog', (d) => void d.accept());
  await dialog.locator('li', { hasText: name }).getByRole('button', { name: 'Delete' }).click();
  await dialog.getByText(name, { exact: true }).waitFor({ state: 'detached' });
  const after = await api<{ phases: Array<{ name: string }> }>(page, '{ phases { name } }');
  expect(after.phases.map((p) => p.name)).toEqual(['Phase I', 'Phase II']);
});

test('the alignment pages read the explorer’s day from the address', async () => {
  const asked: Array<{ query: string; asOf: unknown }> = [];
  const record = (request: { url(): string; postData(): string | null }) => {
    if (!request.url().endsWith('/graphql')) return;
    const body = JSON.parse(request.postData() ?? '{}') as { query?: string; variables?: { asOf?: unknown } };
    asked.push({ query: body.query ?? '', asOf: body.variables?.asOf });
  };
  page.on('request', record);
  await page.goto(`${stack.url}?page=matrix&asof=2016-01-01`);
  await page.getByTestId('matrix').waitFor();
  page.off('request', record);
  const alignment = asked.filter((a) => /\balignment\(/.test(a.query));
  expect(alignment.length).toBeGreaterThan(0);
  expect(alignment.map((a) => a.asOf)).toEqual(alignment.map(() => '2016-01-01'));
  // The day stays in the address beside the page's own keys.
  expect(new URL(page.url()).searchParams.get('asof')).toBe('2016-01-01');
  // And the page says so, with the way back to today.
  expect(await page.getByTestId('as-of-note').textContent()).toBe(
    'Positions and ties as they stood on 1 Jan 2016. Show today’s',
  );
  await screenshot(page, 'timeline-matrix-as-of-2016');
  await page.getByTestId('as-of-note').getByRole('link', { name: 'Show today’s' }).click();
  await page.getByTestId('matrix').waitFor();
  expect(new URL(page.url()).searchParams.get('asof')).toBeNull();
  expect(await page.getByTestId('as-of-note').count()).toBe(0);
});

/**
 * The alignment pages in Debian's Chromium against the real stack (seeded test database): the
 * overlap view, the partner finder as a facilitator new to the tool would use it, the matrix for a
 * strategy meeting, the influence × alignment grid, and meeting mode. Screenshots go to
 * e2e/artifacts/alignment-*.png.
 */
import { join } from 'node:path';

import type { Page } from 'playwright-core';

import { ARTIFACTS, screenshot, switchToPage } from '../src/browser';
import { overlappingAlignmentLabels } from '../src/checks';
import { ANALYST, startStack, type Stack } from '../src/stack';

jest.setTimeout(120_000);

let stack: Stack;
let page: Page;

const graph = () => page.locator('[data-testid="alignment-graph"]');
const ready = () =>
  page.waitForSelector('[data-testid="alignment-graph"][data-graph-ready="true"]', { timeout: 60_000 });
const attr = async (name: string) => Number(await graph().getAttribute(name));

/**
 * Asks the API for what a test expects to see, with the page's cookies: as whoever the page is signed
 * in as (an analyst also sees sensitive actors, which changes the overlap network).
 */
async function api<T>(query: string): Promise<T> {
  const response = await page.request.post(`${stack.url}graphql`, { data: { query } });
  const body = (await response.json()) as { data?: T; errors?: unknown[] };
  if (!body.data || body.errors) throw new Error(`API error: ${JSON.stringify(body.errors)}`);
  return body.data;
}

/** Waits until the partner finder lists exactly these names, in this order. */
async function partnersAre(names: string[]): Promise<void> {
  await page.waitForFunction(
    (want) =>
      JSON.stringify(
        [...document.querySelectorAll('[data-testid="partner"] .partner-name')].map((e) => e.textContent),
      ) === JSON.stringify(want),
    names,
  );
}

beforeAll(async () => {
  stack = await startStack();
  page = await stack.openPage();
});

afterAll(async () => {
  await stack?.close();
});

test('overlap view: weighted links, a minimum-shared slider and theme regions', async () => {
  await page.goto(`${stack.url}?page=overlap`);
  await ready();
  await page.waitForFunction(
    () => Number(document.querySelector('[data-testid="alignment-graph"]')?.getAttribute('data-region-count')) > 0,
  );
  const edges = await attr('data-edge-count');
  expect(edges).toBeGreaterThan(20);
  await expect(page.getByTestId('overlap-counts').textContent()).resolves.toMatch(/\d+ actors, \d+ links/);
  await page.getByTestId('in-several').waitFor();
  await screenshot(page, 'alignment-overlap');
  // Raising the minimum to 4 shared themes leaves fewer, stronger links.
  await page.getByTestId('min-shared').fill('4');
  await expect(page.getByTestId('min-shared-value').textContent()).resolves.toBe('4');
  expect(page.url()).toContain('min=4');
  await page.waitForFunction(
    (before) =>
      Number(document.querySelector('[data-testid="alignment-graph"]')?.getAttribute('data-edge-count')) < before,
    edges,
  );
  await ready();
  await page.waitForTimeout(300);
  await screenshot(page, 'alignment-overlap-min4');
});

test('overlap view: a minimum confidence leaves weaker positions out, as the API does, and stays in the URL', async () => {
  const expected = async (filter: string) => {
    const { overlaps } = await api<{ overlaps: { nodes: unknown[]; edges: unknown[] } }>(
      `{ overlaps(filter: ${filter}, minShared: 2, limit: 300) { nodes { id } edges { source target } } }`,
    );
    return `${overlaps.nodes.length} actors, ${overlaps.edges.length} links`;
  };
  const counts = page.getByTestId('overlap-counts');
  await page.goto(`${stack.url}?page=overlap`);
  await ready();
  const any = await expected('null');
  await counts.filter({ hasText: new RegExp(`^${any}`) }).waitFor();
  await page.getByTestId('align-min-confidence').selectOption('HIGH');
  await page.waitForFunction(() => new URL(window.location.href).searchParams.get('conf') === 'HIGH');
  const high = await expected('{ minConfidence: HIGH }');
  expect(high).not.toBe(any);
  await counts.filter({ hasText: new RegExp(`^${high}`) }).waitFor();
  // Reloaded, the page keeps it.
  await page.reload();
  await ready();
  await expect(page.getByTestId('align-min-confidence').inputValue()).resolves.toBe('HIGH');
  await counts.filter({ hasText: new RegExp(`^${high}`) }).waitFor();
  await page.getByTestId('align-min-confidence').selectOption('LOW');
  await counts.filter({ hasText: new RegExp(`^${any}`) }).waitFor();
  expect(new URL(page.url()).searchParams.get('conf')).toBeNull();
});

test('partner finder: a facilitator picks an actor and reads why each partner is suggested', async () => {
  await page.goto(stack.url);
  await switchToPage(page, 'partners');
  await page.getByTestId('partner-for').fill('Khmer Forest');
  await page.getByRole('option').filter({ hasText: 'Khmer Forest Communities Alliance' }).click();
  const partners = page.getByTestId('partner');
  await partners.first().waitFor();
  await ready();
  const count = await partners.count();
  expect(count).toBeGreaterThanOrEqual(3);
  const reasons = await page.getByTestId('why').allTextContents();
  for (const why of reasons) expect(why).toMatch(/^Why: .*shares /);
  // Sharing a country is no reason given; a border crossed is.
  for (const why of reasons)
    for (const place of why.match(/based in [^;]*/g) ?? []) expect(place).toMatch(/\(cross-border\)$/);
  // Each component bar says its number, the API's.
  const { suggestPartners } = await api<{
    suggestPartners: Array<{ components: Record<'sharedThemes' | 'crossBorder' | 'distance', number> }>;
  }>(
    '{ suggestPartners(actorId: "kh-forest-communities-network", limit: 10) { components { sharedThemes crossBorder distance } } }',
  );
  for (const [i, s] of suggestPartners.slice(0, 3).entries())
    for (const k of ['sharedThemes', 'crossBorder', 'distance'] as const)
      await expect(partners.nth(i).getByTestId(`component-${k}`).textContent()).resolves.toBe(
        `${Math.round(s.components[k] * 100)}%`,
      );
  // The graph is the actor and its suggestions, each spoke labelled with its rank and score; no label sits on another.
  expect(await attr('data-node-count')).toBe(count + 1);
  expect(await overlappingAlignmentLabels(page)).toEqual([]);
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

test("partner finder: the facilitator's filters give the API's answer for the same filter, kept in the URL", async () => {
  await page.goto(`${stack.url}?page=partners&actor=kh-forest-communities-network`);
  const partners = page.getByTestId('partner');
  await partners.first().waitFor();
  const names = () => partners.locator('.partner-name').allTextContents();
  const expected = async (filter: string) => {
    const { suggestPartners } = await api<{ suggestPartners: Array<{ actor: { name: string } }> }>(
      `{ suggestPartners(actorId: "kh-forest-communities-network", limit: 10, filter: ${filter}) { actor { name } } }`,
    );
    return suggestPartners.map((s) => s.actor.name);
  };
  const unfiltered = await names();
  await page.getByTestId('partner-cross-border').check();
  const cross = await expected('{ crossBorderOnly: true }');
  expect(cross).not.toEqual(unfiltered);
  await partnersAre(cross);
  for (const line of await partners.locator('p.muted').allTextContents()) expect(line).toContain('cross-border');
  expect(page.url()).toContain('pcross=1');
  // A sector narrows further: only private companies, still across a border.
  await page.getByText('Sector · any').click();
  await page.getByTestId('partner-filter-sectors').getByLabel('Private sector').check();
  const privateCross = await expected('{ crossBorderOnly: true, sectors: [PRIVATE_SECTOR] }');
  await partnersAre(privateCross);
  for (const line of await partners.locator('p.muted').allTextContents()) expect(line).toMatch(/^Private sector, /);
  expect(page.url()).toContain('psector=PRIVATE_SECTOR');
  // The filters survive a reload, and clearing them gives the first answer back.
  await page.reload();
  await page.getByTestId('partner').first().waitFor();
  await expect(page.getByTestId('partner-cross-border').isChecked()).resolves.toBe(true);
  await expect(page.getByTestId('partner-filter-sectors').getByLabel('Private sector').isChecked()).resolves.toBe(true);
  await page.getByRole('button', { name: 'Clear the partner filters' }).click();
  await partnersAre(unfiltered);
  await screenshot(page, 'alignment-partner-filters');
});

test('matrix: which sectors align on which themes; a cell selects its actors on the graph', async () => {
  await switchToPage(page, 'matrix');
  await page.getByRole('button', { name: 'Sectors', exact: true }).click();
  await ready();
  const cells = page.getByTestId('matrix').getByRole('button', { name: /^Government on .+: \d+ supports/ });
  expect(await cells.count()).toBeGreaterThan(0);
  const first = cells.first();
  const label = (await first.getAttribute('aria-label')) ?? '';
  const [, n] = /: (\d+) supports/.exec(label) ?? [];
  await first.click();
  await page.waitForFunction(
    () => Number(document.querySelector('[data-testid="alignment-graph"]')?.getAttribute('data-lit-count')) > 0,
  );
  expect(await attr('data-lit-count')).toBeGreaterThanOrEqual(Number(n));
  // The cell's actors are listed by name under the matrix, and the pick is in the URL: a reload keeps it.
  const inCell = [...label.matchAll(/(\d+) (?:supports|opposes|mixed|unknown)/g)].reduce((t, m) => t + Number(m[1]), 0);
  const listed = page.getByTestId('matrix-picked').getByRole('listitem');
  await expect(listed.count()).resolves.toBe(inCell);
  await expect(page.getByTestId('matrix-picked').textContent()).resolves.toContain(label);
  expect(page.url()).toMatch(/cell=GOVERNMENT%40/);
  await page.reload();
  await page.getByTestId('matrix-picked').waitFor();
  await expect(listed.count()).resolves.toBe(inCell);
  await page.waitForFunction(
    (want) => Number(document.querySelector('[data-testid="alignment-graph"]')?.getAttribute('data-lit-count')) >= want,
    Number(n),
  );
  // Every theme column is in view at 1,440 px: the last one ends inside the matrix's own frame.
  const frame = await page.locator('.matrix-scroll').boundingBox();
  const last = await page.getByTestId('matrix').locator('th.theme-head').last().boundingBox();
  expect(frame && last && last.x + last.width <= frame.x + frame.width).toBe(true);
  // Sorting by a theme puts its strongest supporters on top.
  await page.getByTestId('matrix').locator('th.theme-head button').first().click();
  expect(page.url()).toContain('sort=theme');
  await page.waitForTimeout(300);
  await screenshot(page, 'alignment-matrix');
});

test('influence grid: a quadrant lists exactly its actors and brings them and their ties forward on the graph', async () => {
  // Expected from the API, by the grid's rule: high influence is 3–5; supportive means SUPPORTS (MIXED and
  // OPPOSES are not); UNKNOWN positions are not placed. The page's overlap network gives the ties.
  const data = await api<{
    alignment: {
      actors: Array<{ id: string; name: string; influence: number }>;
      themes: Array<{
        theme: { id: string; name: string };
        positions: Array<{ actor: { id: string }; position: string }>;
      }>;
    };
    overlaps: { edges: Array<{ source: string; target: string }> };
    actors: { nodes: Array<{ id: string; influence: number }> };
  }>(`{ alignment(filter: {}, limit: 1) { actors { id name influence } themes { theme { id name } positions { actor { id } position } } }
        overlaps(minShared: 2, limit: 300) { edges { source target } }
        actors(first: 500) { nodes { id influence } } }`);
  const byId = new Map(data.alignment.actors.map((a) => [a.id, a]));
  // The briefs' influence is the actor's own (read through another query).
  const influence = new Map(data.actors.nodes.map((a) => [a.id, a.influence]));
  expect(data.alignment.actors.filter((a) => influence.get(a.id) !== a.influence)).toEqual([]);
  const quadrantOf = (id: string, position: string) => {
    const high = (byId.get(id)?.influence ?? 0) >= 3;
    const supportive = position === 'SUPPORTS';
    return high ? (supportive ? 'champions' : 'blockers') : supportive ? 'supporters' : 'watch';
  };
  const titles = {
    champions: 'Champions',
    blockers: 'Potential blockers',
    supporters: 'Supporters to mobilise',
    watch: 'Keep watching',
  } as const;
  type Q = keyof typeof titles;
  const membersOf = (theme: (typeof data.alignment.themes)[number]) => {
    const out: Record<Q, string[]> = { champions: [], blockers: [], supporters: [], watch: [] };
    for (const p of theme.positions)
      if (p.position !== 'UNKNOWN') out[quadrantOf(p.actor.id, p.position)].push(p.actor.id);
    return out;
  };
  const tiesAmong = (ids: Set<string>) => data.overlaps.edges.filter((e) => ids.has(e.source) && ids.has(e.target));
  // A theme other than the default (the first) and a quadrant with several actors and a tie among them,
  // blockers first: the case a strategy meeting asks about.
  let pick: { theme: (typeof data.alignment.themes)[number]; quadrant: Q; ids: string[] } | null = null;
  for (const theme of data.alignment.themes.slice(1)) {
    const members = membersOf(theme);
    const q = (['blockers', 'champions', 'supporters', 'watch'] as const).find(
      (k) => members[k].length >= 2 && tiesAmong(new Set(members[k])).length > 0,
    );
    if (q) {
      pick = { theme, quadrant: q, ids: members[q] };
      break;
    }
  }
  if (!pick) throw new Error('The seed has no theme with a quadrant of linked actors');
  const ids = new Set(pick.ids);
  const expectedNames = pick.ids.map((id) => byId.get(id)?.name ?? id).sort();
  const expectedTies = tiesAmong(ids).length;

  await page.goto(`${stack.url}?page=overlap`);
  await ready();
  await switchToPage(page, 'grid');
  await page.getByTestId('influence-grid').waitFor();
  await page.getByLabel('Stance on theme').selectOption(pick.theme.theme.id);
  expect(page.url()).toContain(`gtheme=${pick.theme.theme.id}`);
  // Every quadrant counts what the API says.
  const members = membersOf(pick.theme);
  for (const q of Object.keys(titles) as Q[]) {
    await page.getByRole('button', { name: `${titles[q]}: ${members[q].length} actors`, exact: true }).waitFor();
  }
  await ready();
  await page
    .getByRole('button', { name: `${titles[pick.quadrant]}: ${ids.size} actors`, exact: true })
    .locator('.q-title')
    .click();
  expect(page.url()).toContain(`quad=${pick.quadrant}`);

  // The list beside the grid: exactly the quadrant's actors.
  await page.getByRole('heading', { name: `${titles[pick.quadrant]}: ${ids.size} actors` }).waitFor();
  const listed = await page.getByTestId('quadrant-actors').locator('li button').allTextContents();
  expect([...listed].sort()).toEqual(expectedNames);
  // The grid itself keeps only their points at full strength.
  expect(await page.getByTestId('influence-grid').locator('.pt:not(.faded)').count()).toBe(ids.size);

  // The graph brings forward those actors and the links among them, and dims the rest.
  await page.waitForFunction(
    (n) => Number(document.querySelector('[data-testid="alignment-graph"]')?.getAttribute('data-lit-count')) === n,
    ids.size,
  );
  const state = await page.evaluate(() => ({
    lit: window.reformAtlasAlignment?.lit() ?? [],
    litEdges: window.reformAtlasAlignment?.litEdges() ?? [],
    all: window.reformAtlasAlignment?.nodeIds() ?? [],
  }));
  expect([...state.lit].sort()).toEqual([...ids].sort());
  expect(state.litEdges.every(([a, b]) => ids.has(a) && ids.has(b))).toBe(true);
  expect(state.litEdges.length).toBe(expectedTies);
  expect(state.all.length).toBeGreaterThan(ids.size);

  // Picking a listed actor selects it on the graph and names it under the graph.
  const first = page.getByTestId('quadrant-actors').locator('li').first();
  const firstId = await first.getAttribute('data-actor-id');
  await first.getByRole('button').click();
  await page.waitForFunction((id) => window.reformAtlasAlignment?.selected().join() === id, firstId);
  await expect(page.getByTestId('align-selected').locator('strong').textContent()).resolves.toBe(
    byId.get(firstId ?? '')?.name,
  );
  await page.waitForTimeout(400);
  await screenshot(page, 'alignment-grid');
  await page
    .getByRole('complementary', { name: 'Alignment controls' })
    .screenshot({ path: join(ARTIFACTS, 'alignment-grid-panel.png') });
});

test('meeting mode steps through saved alignment views with large labels', async () => {
  await switchToPage(page, 'meeting');
  await page.getByTestId('meeting-title').filter({ hasText: 'KFCA partner shortlist' }).waitFor();
  await page.getByText('1 / 1').waitFor();
  await ready();
  // The partner graph alone, its large labels chosen so that none covers another (e2e/test/meeting.e2e.test.ts
  // follows a whole story).
  await page.waitForSelector('[data-testid="alignment-graph"][data-labels-settled="true"]');
  expect(await overlappingAlignmentLabels(page)).toEqual([]);
  expect(await page.locator('.align-left').count()).toBe(0);
  await page.waitForTimeout(300);
  await screenshot(page, 'alignment-meeting');
});

test('coalition gaps: who a coalition is missing, with reasons, as the API counts it', async () => {
  const { coalitions } = await api<{ coalitions: Array<{ id: string; name: string }> }>('{ coalitions { id name } }');
  const coalition = coalitions.find((c) => c.id === 'kh-smallholder-investment-dialogue');
  expect(coalition).toBeDefined();
  await page.goto(stack.url);
  await switchToPage(page, 'gaps');
  await page.getByTestId('gaps').waitFor();
  await page.getByTestId('gaps-coalition').selectOption(coalition?.id ?? '');
  await page.getByTestId('gaps').getByRole('heading', { name: coalition?.name }).waitFor();
  expect(page.url()).toContain(`coalition=${coalition?.id}`);
  const { coalitionGaps: gaps } = await api<{
    coalitionGaps: {
      memberCount: number;
      missingSectors: Array<{ actorsWithStake: number }>;
      missingCountries: Array<{ country: { name: string }; actorsWithStake: number }>;
      candidates: Array<{ actor: { name: string }; stake: number; fillsSector: boolean; fillsCountry: boolean }>;
    };
  }>(
    `{ coalitionGaps(coalitionId: "${coalition?.id}") { memberCount missingSectors { actorsWithStake }
       missingCountries { country { name } actorsWithStake }
       candidates { actor { name } stake fillsSector fillsCountry } } }`,
  );
  expect(gaps.candidates.length).toBeGreaterThan(0);
  await expect(page.getByTestId('gaps-summary').textContent()).resolves.toMatch(
    new RegExp(`^${gaps.memberCount} members; agenda: `),
  );
  await expect(page.getByTestId('gaps-sectors').locator('tbody tr').count()).resolves.toBe(
    Math.max(1, gaps.missingSectors.length),
  );
  await expect(page.getByTestId('gaps-countries').locator('tbody tr').count()).resolves.toBe(
    Math.max(1, gaps.missingCountries.length),
  );
  const rows = page.getByTestId('gap-candidate');
  await expect(rows.count()).resolves.toBe(gaps.candidates.length);
  for (const [i, c] of gaps.candidates.slice(0, 5).entries()) {
    const row = rows.nth(i);
    await expect(row.locator('td').first().textContent()).resolves.toContain(c.actor.name);
    await expect(row.textContent()).resolves.toContain(`${Math.round(c.stake * 100)}%`);
    const why = (await row.getByTestId('gap-reasons').textContent()) ?? '';
    expect(why).toMatch(/holds \d+ of the \d+ agenda themes?: /);
    if (c.fillsCountry) expect(why).toMatch(/brings .+, where no member is based/);
    if (c.fillsSector) expect(why).toMatch(/brings the .+ sector, which has no member yet/);
  }
  // A candidate opens in the explorer, focused on its neighbourhood and selected.
  await rows.first().getByRole('button').click();
  await page.waitForURL(/focus=actor%3A/);
  await page.locator('#details-title').filter({ hasText: gaps.candidates[0]?.actor.name }).waitFor();
  await page.goBack();
  await page.getByTestId('gaps').waitFor();
  await screenshot(page, 'alignment-gaps');
});

test("theme landscape: a theme's supporters, opponents and mixed by sector and country, as the API counts them", async () => {
  const { themes } = await api<{ themes: Array<{ id: string; name: string; actorCount: number }> }>(
    '{ themes { id name actorCount } }',
  );
  const busiest = [...themes].sort((a, b) => b.actorCount - a.actorCount || a.name.localeCompare(b.name))[0];
  const contested = themes.find((t) => t.id === 'economic-land-concessions');
  expect(busiest && contested).toBeTruthy();
  await page.goto(`${stack.url}?page=landscape`);
  // It opens on the theme most actors hold.
  await page.getByTestId('landscape').getByRole('heading', { name: busiest?.name }).waitFor();
  await page.getByTestId('landscape-theme').selectOption(contested?.id ?? '');
  await page.getByTestId('landscape').getByRole('heading', { name: contested?.name }).waitFor();
  expect(page.url()).toContain(`ltheme=${contested?.id}`);
  type Row = { total: number; supports: number; opposes: number; mixed: number; unknown: number };
  const { themeLandscape: l } = await api<{
    themeLandscape: { counts: Row; bySector: Array<Row & { sector: string }>; actors: unknown[] };
  }>(
    `{ themeLandscape(themeId: "${contested?.id}") { counts { total supports opposes mixed unknown }
       bySector { sector total supports opposes mixed unknown } actors { position } } }`,
  );
  // A contested theme: some support it, some oppose it.
  expect(l.counts.supports).toBeGreaterThan(0);
  expect(l.counts.opposes).toBeGreaterThan(0);
  const total = (await page.getByTestId('landscape-total').textContent()) ?? '';
  expect(total).toContain(`${l.counts.total} actors: ${l.counts.supports} support`);
  expect(total).toContain(`${l.counts.opposes} oppose`);
  // Each sector's bar says its counts (its accessible name), the API's.
  const bars = page.getByTestId('landscape-sectors').getByRole('img');
  await expect(bars.count()).resolves.toBe(l.bySector.length);
  const labels = await bars.evaluateAll((els) => els.map((e) => e.getAttribute('aria-label')));
  const sum = (re: RegExp) => labels.reduce((n, t) => n + Number(re.exec(t ?? '')?.[1] ?? 0), 0);
  expect(sum(/(\d+) support/)).toBe(l.counts.supports);
  expect(sum(/(\d+) oppose/)).toBe(l.counts.opposes);
  await expect(page.getByTestId('landscape-actors').locator('tbody tr').count()).resolves.toBe(l.actors.length);
  // The explorer's filters apply: Cambodia only gives fewer actors.
  await page.goto(`${stack.url}?page=landscape&ltheme=${contested?.id}&country=KH`);
  const { themeLandscape: kh } = await api<{ themeLandscape: { counts: Row } }>(
    `{ themeLandscape(themeId: "${contested?.id}", filter: { countries: ["KH"] }) { counts { total } } }`,
  );
  expect(kh.counts.total).toBeLessThan(l.counts.total);
  await page
    .getByTestId('landscape-total')
    .filter({ hasText: new RegExp(`^${kh.counts.total} actors`) })
    .waitFor();
  await screenshot(page, 'alignment-landscape');
});

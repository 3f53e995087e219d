import { ACTIVITY_TYPES, COUNTRY_CODES, type CountryCode, LEVELS, SECTORS } from '@reform-atlas/vocabulary';

import { type SeedActor, illustrativeDataset as d, validateDataset } from '../src';
import { COLLABORATION_KINDS } from '../src/illustrative';

const KHMER = /[\u1780-\u17FF]/;
const LAO = /[\u0E80-\u0EFF]/;
const BURMESE = /[\u1000-\u109F]/;
const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** True when the text carries Vietnamese diacritics (combining marks after NFD, or đ). */
const hasVietnameseDiacritics = (text: string): boolean =>
  /[đĐ]/.test(text) || text.normalize('NFD') !== text.normalize('NFD').replace(/\p{M}/gu, '');

const actorById = new Map(d.actors.map((actor) => [actor.id, actor]));
const actor = (id: string): SeedActor => {
  const found = actorById.get(id);
  if (!found) throw new Error(`no actor ${id}`);
  return found;
};
const allProvenance = [
  ...d.actors.flatMap((a) => [...a.interests, ...a.memberships]),
  ...d.collaborations,
  ...d.activities.flatMap((activity) => activity.participants),
];

describe('illustrative dataset', () => {
  it('is valid', () => {
    expect(validateDataset(d)).toEqual([]);
  });

  it('is labelled as fictional', () => {
    expect(d.label).toBe('Illustrative data — fictional organisations, not a real mapping');
  });

  it('has the six countries, named as the page names them (one list of names)', () => {
    expect(d.countries).toEqual([
      { code: 'KH', name: 'Cambodia' },
      { code: 'LA', name: 'Lao PDR' },
      { code: 'MM', name: 'Myanmar' },
      { code: 'VN', name: 'Vietnam' },
      { code: 'TH', name: 'Thailand' },
      { code: 'REGIONAL', name: 'Regional' },
    ]);
  });

  it('has the programme themes, with slug ids and one-sentence descriptions', () => {
    const byId = new Map(d.themes.map((theme) => [theme.id, theme]));
    const required = [
      'investment-models',
      'agricultural-development-models',
      'large-vs-small-scale-agriculture',
      'smallholder-investment',
      'community-forestry',
      'traditional-fishing-rights',
      'policy-tracking',
      'economic-land-concessions',
      'grievance-mechanisms',
      'corporate-social-responsibility',
      'participatory-action-research',
      'land-tenure-security',
      'customary-land-rights',
      'women-land-rights',
      'cross-border-investment',
    ];
    for (const id of required) expect(byId.has(id)).toBe(true);
    expect(byId.get('investment-models')?.name).toBe('Investment models: quality versus quantity');
    expect(byId.get('community-forestry')?.name).toBe('Community and social forestry');
    expect(byId.get('policy-tracking')?.name).toBe('Policy tracking, debate and consultations');
    expect(byId.get('participatory-action-research')?.name).toBe(
      'Academic and participatory action research collaboration',
    );
    expect(byId.get('smallholder-investment')?.description).toMatch(/private sector/);
    for (const theme of d.themes) {
      expect(theme.id).toMatch(SLUG);
      expect(theme.description).toMatch(/^[A-Z].*\.$/);
      expect(theme.description.split('. ')).toHaveLength(1);
    }
  });

  it('has networks and coalitions, each with countries and focus themes, some regional', () => {
    expect(d.groups.length).toBeGreaterThanOrEqual(14);
    expect(d.groups.filter((g) => g.kind === 'NETWORK').length).toBeGreaterThanOrEqual(7);
    expect(d.groups.filter((g) => g.kind === 'COALITION').length).toBeGreaterThanOrEqual(7);
    expect(d.groups.filter((g) => g.activeIn.includes('REGIONAL')).length).toBeGreaterThanOrEqual(3);
    for (const group of d.groups) {
      expect(group.id).toMatch(SLUG);
      expect(group.activeIn.length).toBeGreaterThanOrEqual(1);
      expect(group.focusThemes.length).toBeGreaterThanOrEqual(2);
    }
    // Every group has members.
    const withMembers = new Set(d.actors.flatMap((a) => a.memberships.map((m) => m.group)));
    expect(d.groups.filter((g) => !withMembers.has(g.id))).toEqual([]);
  });

  it('has at least 170 actors with unique slug ids', () => {
    expect(d.actors.length).toBeGreaterThanOrEqual(170);
    expect(new Set(d.actors.map((a) => a.id)).size).toBe(d.actors.length);
    for (const a of d.actors) expect(a.id).toMatch(SLUG);
  });

  it('covers every sector (8+ actors each) and every country (5+ sectors each)', () => {
    for (const sector of SECTORS) {
      expect(d.actors.filter((a) => a.sector === sector).length).toBeGreaterThanOrEqual(8);
    }
    for (const code of COUNTRY_CODES) {
      const sectors = new Set(d.actors.filter((a) => a.basedIn === code).map((a) => a.sector));
      expect(sectors.size).toBeGreaterThanOrEqual(5);
    }
    const regionalSectors = new Set(d.actors.filter((a) => a.basedIn === 'REGIONAL').map((a) => a.sector));
    expect([...regionalSectors]).toEqual(expect.arrayContaining(['REGIONAL_BODY', 'RESEARCH', 'DONOR']));
    expect(d.actors.some((a) => a.basedIn === 'REGIONAL' && /ASEAN-like/.test(a.description))).toBe(true);
  });

  it('varies levels and influence; every actor has 2–6 interests and at most 3 memberships', () => {
    expect(new Set(d.actors.map((a) => a.level))).toEqual(new Set(LEVELS));
    expect(new Set(d.actors.map((a) => a.influence))).toEqual(new Set([1, 2, 3, 4, 5]));
    for (const a of d.actors) {
      expect(a.interests.length).toBeGreaterThanOrEqual(2);
      expect(a.interests.length).toBeLessThanOrEqual(6);
      expect(a.memberships.length).toBeLessThanOrEqual(3);
      expect(a.operatesIn).toContain(a.basedIn);
      expect(a.description).toMatch(/^[A-Z].*\.$/);
    }
    const members = d.actors.filter((a) => a.memberships.length > 0).length;
    expect(members / d.actors.length).toBeGreaterThan(0.6);
    expect(members).toBeLessThan(d.actors.length);
  });

  it('uses only invented names (no real organisations named)', () => {
    const real =
      /\b(ASEAN|LICADHO|ADHOC|NGO Forum|RECOFTC|Oxfam|GIZ|SDC|USAID|MRLG|AMRC|CDRI|Mekong River Commission|Land Information Working Group)\b/;
    for (const a of d.actors) expect(`${a.name} ${a.altNames.join(' ')}`).not.toMatch(real);
    for (const g of d.groups) expect(g.name).not.toMatch(real);
  });

  it('gives sectors realistic, partially aligned positions', () => {
    const position = (a: SeedActor, theme: string) => a.interests.find((i) => i.theme === theme)?.position;
    const companies = d.actors.filter((a) => a.sector === 'PRIVATE_SECTOR');
    // Companies never support concession reform…
    const onConcessions = companies.map((a) => position(a, 'economic-land-concessions')).filter((p) => p !== undefined);
    expect(onConcessions.length).toBeGreaterThanOrEqual(8);
    for (const p of onConcessions) expect(['OPPOSES', 'MIXED']).toContain(p);
    // …but support investing in smallholders, as civil society does: partial alignment.
    const companySupport = companies.filter((a) => position(a, 'smallholder-investment') === 'SUPPORTS');
    expect(companySupport.length).toBeGreaterThanOrEqual(12);
    for (const code of ['KH', 'LA', 'MM', 'VN', 'TH'] as const) {
      const supporters = d.actors.filter(
        (a) => a.basedIn === code && position(a, 'smallholder-investment') === 'SUPPORTS',
      );
      const sectors = new Set(supporters.map((a) => a.sector));
      expect(sectors.has('PRIVATE_SECTOR')).toBe(true);
      expect(sectors.has('CIVIL_SOCIETY') || sectors.has('COMMUNITY')).toBe(true);
    }
    // Civil society supports community forestry and grievance mechanisms (never opposes them).
    const cso = d.actors.filter((a) => a.sector === 'CIVIL_SOCIETY');
    for (const theme of ['community-forestry', 'grievance-mechanisms']) {
      const positions = cso.map((a) => position(a, theme)).filter((p) => p !== undefined);
      expect(positions.length).toBeGreaterThanOrEqual(8);
      expect(positions).not.toContain('OPPOSES');
    }
    // Some government agencies are mixed.
    expect(
      d.actors.filter((a) => a.sector === 'GOVERNMENT' && a.interests.some((i) => i.position === 'MIXED')).length,
    ).toBeGreaterThanOrEqual(8);
  });

  it('has cross-sector shared interests in every country', () => {
    for (const code of COUNTRY_CODES) {
      const sectorsByTheme = new Map<string, Set<string>>();
      for (const a of d.actors.filter((x) => x.basedIn === code)) {
        for (const interest of a.interests.filter((i) => i.position === 'SUPPORTS')) {
          const sectors = sectorsByTheme.get(interest.theme) ?? new Set<string>();
          sectors.add(a.sector);
          sectorsByTheme.set(interest.theme, sectors);
        }
      }
      const shared = [...sectorsByTheme.values()].filter((sectors) => sectors.size >= 3);
      expect(shared.length).toBeGreaterThanOrEqual(2);
    }
  });

  it('records provenance between Sept 2014 and 2022, the first map by 2016, mostly medium or high confidence', () => {
    for (const p of allProvenance) {
      expect(p.source.length).toBeGreaterThan(10);
      expect(p.recordedAt >= '2014-09-01' && p.recordedAt <= '2022-12-31').toBe(true);
    }
    // Links still as first mapped (not of a late actor, not ended, not shifted) were recorded by the end of 2016.
    const firstMap = d.actors
      .filter((a) => a.validFrom === undefined)
      .flatMap((a) => [
        ...a.interests.filter((i) => (i.history ?? []).length === 1),
        ...a.memberships.filter((m) => m.validTo === undefined),
      ]);
    expect(firstMap.length).toBeGreaterThan(550);
    for (const p of firstMap) expect(p.recordedAt <= '2016-12-31').toBe(true);
    const links = d.actors.flatMap((a) => [...a.interests, ...a.memberships]);
    const low = links.filter((p) => p.confidence === 'LOW').length / links.length;
    expect(low).toBeGreaterThan(0.1);
    expect(low).toBeLessThan(0.2);
    expect(links.filter((p) => p.confidence === 'HIGH').length).toBeGreaterThan(links.length / 4);
    const sources = new Set(links.map((p) => p.source));
    for (const expected of [
      'Cambodia reform actor consultation workshop, Phnom Penh, Oct 2014',
      'Myanmar consultation workshop, Yangon, Nov 2014',
      'Regional Reform Actor Mapping (RRAM) desk review',
      'Key-informant interview KII-LA-07',
    ]) {
      expect(sources.has(expected)).toBe(true);
    }
  });

  it('has local-script names', () => {
    const withScript = (code: CountryCode, script: RegExp) =>
      d.actors.filter((a) => a.basedIn === code && a.altNames.some((n) => script.test(n))).length;
    expect(withScript('KH', KHMER)).toBeGreaterThanOrEqual(8);
    expect(withScript('LA', LAO)).toBeGreaterThanOrEqual(6);
    expect(withScript('MM', BURMESE)).toBeGreaterThanOrEqual(6);
    expect(d.actors.filter((a) => a.basedIn === 'VN' && hasVietnameseDiacritics(a.name)).length).toBeGreaterThanOrEqual(
      10,
    );
    // Scripts are not mixed up between countries.
    for (const a of d.actors.filter((x) => x.basedIn !== 'KH')) expect(a.altNames.join('')).not.toMatch(KHMER);
    for (const a of d.actors.filter((x) => x.basedIn !== 'LA')) expect(a.altNames.join('')).not.toMatch(LAO);
    for (const a of d.actors.filter((x) => x.basedIn !== 'MM')) expect(a.altNames.join('')).not.toMatch(BURMESE);
  });

  it('contains the required exact entries', () => {
    const lamDong = actor('hoi-nong-dan-lam-dong');
    expect(lamDong.name).toBe('Hội Nông dân Lâm Đồng');
    expect(lamDong.altNames).toContain('Lam Dong Farmers Union');
    expect(lamDong.sector).toBe('COMMUNITY');
    expect(lamDong.basedIn).toBe('VN');

    const forest = actor('kh-forest-communities-network');
    expect(forest.name).toBe('Khmer Forest Communities Alliance');
    expect(forest.altNames).toEqual(['សម្ព័ន្ធសហគមន៍ព្រៃឈើខ្មែរ']);
    expect(forest.sector).toBe('CIVIL_SOCIETY');
    expect(forest.basedIn).toBe('KH');
    expect(forest.interests.find((i) => i.theme === 'community-forestry')).toMatchObject({
      position: 'SUPPORTS',
      priority: 3,
    });
  });

  it('answers "civil-society actors in Cambodia interested in community forestry"', () => {
    const khCso = d.actors.filter((a) => a.basedIn === 'KH' && a.sector === 'CIVIL_SOCIETY');
    const interested = khCso.filter((a) =>
      a.interests.some(
        (i) => i.theme === 'community-forestry' && (i.position === 'SUPPORTS' || i.position === 'MIXED'),
      ),
    );
    expect(interested.length).toBeGreaterThanOrEqual(5);
    expect(interested.map((a) => a.id)).toContain('kh-forest-communities-network');
    expect(khCso.some((a) => !a.interests.some((i) => i.theme === 'community-forestry'))).toBe(true);
  });

  it('marks 6–10 actors sensitive across countries, some of them connected', () => {
    const sensitive = d.actors.filter((a) => a.sensitive);
    expect(sensitive.length).toBeGreaterThanOrEqual(6);
    expect(sensitive.length).toBeLessThanOrEqual(10);
    expect(new Set(sensitive.map((a) => a.basedIn)).size).toBeGreaterThanOrEqual(4);
    const connected = sensitive.filter(
      (a) =>
        a.memberships.length > 0 &&
        d.collaborations.some((c) => {
          const other = c.from === a.id ? c.to : c.to === a.id ? c.from : undefined;
          return other !== undefined && !actor(other).sensitive;
        }),
    );
    expect(connected.length).toBeGreaterThanOrEqual(2);
  });

  it('has 220+ collaborations, mostly national, some cross-border, every actor in at least one', () => {
    expect(d.collaborations.length).toBeGreaterThanOrEqual(220);
    const kinds = new Set<string>(COLLABORATION_KINDS);
    for (const c of d.collaborations) expect(kinds.has(c.kind)).toBe(true);
    const national = d.collaborations.filter((c) => actor(c.from).basedIn === actor(c.to).basedIn).length;
    expect(national / d.collaborations.length).toBeGreaterThan(0.6);
    expect(d.collaborations.length - national).toBeGreaterThanOrEqual(20);
    const connected = new Set(d.collaborations.flatMap((c) => [c.from, c.to]));
    expect(d.actors.filter((a) => !connected.has(a.id)).map((a) => a.id)).toEqual([]);
  });

  it('has 12–16 activities of every type in 2015–2016, then a regional consultation a year and more to 2022', () => {
    const early = d.activities.filter((a) => a.date <= '2016-12-31');
    expect(early.length).toBeGreaterThanOrEqual(12);
    expect(early.length).toBeLessThanOrEqual(16);
    expect(new Set(early.map((a) => a.type))).toEqual(new Set(ACTIVITY_TYPES));
    const roles = new Set(['host', 'participant', 'facilitator', 'funder']);
    for (const activity of d.activities) {
      expect(activity.participants.length).toBeGreaterThanOrEqual(3);
      expect(activity.participants.length).toBeLessThanOrEqual(10);
      expect(activity.date >= '2015-01-01' && activity.date <= '2022-12-31').toBe(true);
      expect(activity.themes.length).toBeGreaterThanOrEqual(1);
      for (const participant of activity.participants) expect(roles.has(participant.role)).toBe(true);
    }
    const crossBorder = d.activities.filter((a) => a.type === 'CROSS_BORDER_LEARNING');
    for (const activity of crossBorder) {
      const countries = new Set(activity.participants.map((p) => actor(p.actor).basedIn));
      expect(countries.size).toBeGreaterThanOrEqual(2);
    }
    const perYear = (year: number) => d.activities.filter((a) => a.date.startsWith(`${year}-`));
    for (let year = 2017; year <= 2022; year += 1) {
      expect(perYear(year).length).toBeGreaterThanOrEqual(2);
      const consultations = perYear(year).filter(
        (a) => /regional consultation/i.test(a.name) && a.country === 'REGIONAL' && a.name.includes(String(year)),
      );
      expect(consultations).toHaveLength(1);
    }
    expect(d.activities.filter((a) => a.name.includes('2019 regional consultation')).map((a) => a.id)).toEqual([
      'act-rg-regional-consultation-2019',
    ]);
  });
});

describe('illustrative history (2014–2022)', () => {
  const memberships = d.actors.flatMap((a) => a.memberships.map((m) => ({ actor: a, ...m })));
  const interests = d.actors.flatMap((a) => a.interests.map((i) => ({ actor: a, ...i })));
  const participations = d.activities.flatMap((x) => x.participants.map((p) => ({ activity: x, ...p })));
  const ties = [...memberships, ...d.collaborations];
  const on = (day: string, link: { validFrom?: string; validTo?: string }) =>
    (link.validFrom === undefined || link.validFrom <= day) && (link.validTo === undefined || link.validTo >= day);

  it('has two phases covering 2014–2022, back to back, every activity inside one', () => {
    expect(d.phases).toEqual([
      expect.objectContaining({ id: 'phase-1', name: 'Phase I', start: '2014-04-01', end: '2018-03-31' }),
      expect.objectContaining({ id: 'phase-2', name: 'Phase II', start: '2018-04-01', end: '2022-12-31' }),
    ]);
    for (const activity of d.activities) {
      expect(d.phases?.some((p) => p.start <= activity.date && (p.end === undefined || activity.date <= p.end))).toBe(
        true,
      );
    }
  });

  it('dates every link, never before its actors are on the map', () => {
    for (const link of [...interests, ...memberships]) {
      expect(link.validFrom).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(link.validFrom! >= (link.actor.validFrom ?? '')).toBe(true);
    }
    for (const c of d.collaborations) {
      expect(c.validFrom).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      for (const id of [c.from, c.to]) expect(c.validFrom! >= (actor(id).validFrom ?? '')).toBe(true);
      // A tie began when it was recorded, or earlier (its `since` year).
      expect(c.validFrom! <= c.recordedAt).toBe(true);
    }
    for (const p of participations) {
      expect(p.validFrom).toBe(p.activity.date);
      expect(p.activity.date >= (actor(p.actor).validFrom ?? '')).toBe(true);
    }
  });

  it('ends a few memberships and collaborations (5–8%), none of a sensitive actor, between 2017 and 2021', () => {
    const ended = ties.filter((t) => t.validTo !== undefined);
    expect(ended.length / ties.length).toBeGreaterThanOrEqual(0.05);
    expect(ended.length / ties.length).toBeLessThanOrEqual(0.08);
    expect(memberships.filter((m) => m.validTo !== undefined).length).toBeGreaterThanOrEqual(8);
    expect(d.collaborations.filter((c) => c.validTo !== undefined).length).toBeGreaterThanOrEqual(12);
    for (const tie of ended) {
      expect(tie.validTo! >= '2017-01-01' && tie.validTo! <= '2021-12-31').toBe(true);
      expect(tie.validTo! > tie.validFrom!).toBe(true);
      // The record of the end is its provenance, dated after the end or at most a few months before it.
      expect(tie.recordedAt >= '2017-01-01').toBe(true);
    }
    const ends = (t: (typeof ties)[number]) => ('actor' in t ? [t.actor.id] : [t.from, t.to]);
    expect(ended.flatMap(ends).filter((id) => actor(id).sensitive)).toEqual([]);
    // The present-day map keeps every actor in at least one tie.
    const today = '2023-01-01';
    const tied = new Set([
      ...memberships.filter((m) => on(today, m)).map((m) => m.actor.id),
      ...d.collaborations.filter((c) => on(today, c)).flatMap((c) => [c.from, c.to]),
    ]);
    expect(d.actors.filter((a) => !tied.has(a.id)).map((a) => a.id)).toEqual([]);
  });

  it('maps 6–10 actors later (2017–2021), their links starting the same day, some engaging at the 2019 consultation', () => {
    const late = d.actors.filter((a) => a.validFrom !== undefined);
    expect(late.length).toBeGreaterThanOrEqual(6);
    expect(late.length).toBeLessThanOrEqual(10);
    for (const a of late) {
      expect(a.validFrom! >= '2017-01-01' && a.validFrom! <= '2021-12-31').toBe(true);
      expect(a.sensitive).toBe(false);
      for (const link of [...a.interests, ...a.memberships]) expect(link.validFrom).toBe(a.validFrom);
    }
    expect(new Set(late.map((a) => a.validFrom!.slice(0, 4))).size).toBeGreaterThanOrEqual(4);
    // The 2019 consultation: participants engaging for the first time, two of them new to the map that day.
    const consultation = d.activities.find((x) => x.id === 'act-rg-regional-consultation-2019')!;
    const firstTime = consultation.participants.filter(
      (p) => !participations.some((q) => q.actor === p.actor && q.activity.date < consultation.date),
    );
    expect(firstTime.length).toBeGreaterThanOrEqual(4);
    expect(firstTime.filter((p) => actor(p.actor).validFrom === consultation.date).length).toBeGreaterThanOrEqual(2);
  });

  it('shifts positions with their own dated records, the position held today unchanged', () => {
    const shifted = interests.filter((i) => (i.history ?? []).length > 1);
    expect(shifted.length).toBeGreaterThanOrEqual(10);
    for (const i of interests) {
      const history = i.history ?? [];
      expect(history.length).toBeGreaterThanOrEqual(1);
      expect(history[0]!.from).toBe(i.validFrom);
      expect(history.at(-1)!.position).toBe(i.position);
      // The link's provenance is the record of the position it holds (recorded on or after its first day).
      expect(history.at(-1)).toMatchObject({ source: i.source, confidence: i.confidence });
      expect(history.at(-1)!.from <= i.recordedAt).toBe(true);
    }
    for (const i of shifted) {
      const history = i.history!;
      for (let k = 1; k < history.length; k += 1) {
        expect(history[k]!.from > history[k - 1]!.from).toBe(true);
        expect(history[k]!.position).not.toBe(history[k - 1]!.position);
        expect(history[k]!.source).not.toBe(history[k - 1]!.source);
      }
    }
    const path = (id: string, theme: string) =>
      interests.find((i) => i.actor.id === id && i.theme === theme)?.history?.map((h) => h.position);
    // A company won over to investing in smallholders by dialogue; a ministry softening on concessions.
    expect(path('kh-golden-mekong-rubber', 'smallholder-investment')).toEqual(['UNKNOWN', 'MIXED', 'SUPPORTS']);
    expect(actor('kh-golden-mekong-rubber').sector).toBe('PRIVATE_SECTOR');
    expect(path('kh-agri-land-policy-unit', 'economic-land-concessions')).toEqual(['OPPOSES', 'MIXED']);
    expect(actor('kh-agri-land-policy-unit').sector).toBe('GOVERNMENT');
    // Shifts fall in every year from 2017 to 2021.
    const years = new Set(shifted.flatMap((i) => i.history!.slice(1).map((h) => h.from.slice(0, 4))));
    for (const year of ['2017', '2018', '2019', '2020', '2021']) expect(years.has(year)).toBe(true);
  });
});

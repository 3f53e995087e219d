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

  it('records provenance between Sept 2014 and 2016, mostly medium or high confidence', () => {
    for (const p of allProvenance) {
      expect(p.source.length).toBeGreaterThan(10);
      expect(p.recordedAt >= '2014-09-01' && p.recordedAt <= '2016-12-31').toBe(true);
    }
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

  it('has 12–16 activities of every type with 3–10 participants in 2015–2016', () => {
    expect(d.activities.length).toBeGreaterThanOrEqual(12);
    expect(d.activities.length).toBeLessThanOrEqual(16);
    expect(new Set(d.activities.map((a) => a.type))).toEqual(new Set(ACTIVITY_TYPES));
    const roles = new Set(['host', 'participant', 'facilitator', 'funder']);
    for (const activity of d.activities) {
      expect(activity.participants.length).toBeGreaterThanOrEqual(3);
      expect(activity.participants.length).toBeLessThanOrEqual(10);
      expect(activity.date >= '2015-01-01' && activity.date <= '2016-12-31').toBe(true);
      expect(activity.themes.length).toBeGreaterThanOrEqual(1);
      for (const participant of activity.participants) expect(roles.has(participant.role)).toBe(true);
    }
    const crossBorder = d.activities.filter((a) => a.type === 'CROSS_BORDER_LEARNING');
    for (const activity of crossBorder) {
      const countries = new Set(activity.participants.map((p) => actor(p.actor).basedIn));
      expect(countries.size).toBeGreaterThanOrEqual(2);
    }
  });
});

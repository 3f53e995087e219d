/**
 * A deterministic synthetic dataset for tests and benchmarks. It reuses the illustrative countries
 * and themes and the same vocabularies, and scales linearly: 100,000 actors with ~1M interests and
 * ~500k collaborations are generated in a few seconds.
 *
 * Every id is prefixed `syn-` so a synthetic dataset never collides with the illustrative one.
 */
import {
  ACTIVITY_TYPES,
  type ActivityType,
  type Confidence,
  type CountryCode,
  type GroupKind,
  type Level,
  type Position,
  POSITIONS,
  SECTOR_LABELS,
  type Sector,
} from '@reform-atlas/vocabulary';
import seedrandom from 'seedrandom';

import { countries as illustrativeCountries } from './illustrative/countries';
import { FOLLOWUP, KH_WS, LA_WS, MM_WS, REG_2016, REG_WS, RRAM, TH_WS, VN_WS } from './illustrative/helpers';
import { themes as illustrativeThemes } from './illustrative/themes';
import {
  COMMODITIES,
  COMPANY_ADJECTIVES,
  DONOR_ORIGINS,
  GROUP_NOUNS,
  NAMING,
  REGIONAL_PREFIXES,
  SECTOR_KINDS,
} from './synthetic-names';
import type {
  PositionChange,
  Provenance,
  SeedActivity,
  SeedActor,
  SeedCollaboration,
  SeedCountry,
  SeedDataset,
  SeedGroup,
  SeedInterest,
  SeedMembership,
  SeedTheme,
  Validity,
} from './types';

export const SYNTHETIC_LABEL = 'Synthetic data — generated for tests and benchmarks';
export const DEFAULT_SYNTHETIC_SEED = 'reform-atlas';

export interface SyntheticOptions {
  /** Number of actors to generate. */
  actors: number;
  /** Varies the dataset; the same seed (or none) always gives the same dataset. */
  seed?: number;
}

/** Splits `items` into consecutive slices of at most `size` items (e.g. for batched database writes). */
export function* batches<T>(items: T[], size: number): Generator<T[]> {
  if (!Number.isInteger(size) || size < 1) throw new RangeError(`batch size must be a positive integer, got ${size}`);
  for (let start = 0; start < items.length; start += size) yield items.slice(start, start + size);
}

// ------------------------------------------------------------------------------------------ random

class Random {
  private readonly next: () => number;

  constructor(seed: string) {
    // Alea: deterministic, and several times faster than seedrandom's default ARC4.
    this.next = seedrandom.alea(seed);
  }

  float(): number {
    return this.next();
  }

  /** Integer in [0, n). */
  int(n: number): number {
    return Math.floor(this.next() * n);
  }

  /** Integer in [min, max]. */
  between(min: number, max: number): number {
    return min + this.int(max - min + 1);
  }

  pick<T>(items: readonly T[]): T {
    const item = items[this.int(items.length)];
    if (item === undefined) throw new RangeError('pick from an empty list');
    return item;
  }

  chance(p: number): boolean {
    return this.next() < p;
  }
}

/** Picks among weighted options in O(log n) per draw (cumulative weights + binary search). */
class Weighted<T> {
  private readonly cumulative: number[] = [];
  private readonly total: number;

  constructor(private readonly options: ReadonlyArray<readonly [T, number]>) {
    let sum = 0;
    for (const [, weight] of options) {
      sum += weight;
      this.cumulative.push(sum);
    }
    if (options.length === 0 || sum <= 0) throw new RangeError('weighted choice needs a positive total weight');
    this.total = sum;
  }

  draw(random: Random): T {
    const target = random.float() * this.total;
    let lo = 0;
    let hi = this.cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((this.cumulative[mid] ?? 0) > target) hi = mid;
      else lo = mid + 1;
    }
    const option = this.options[lo];
    if (option === undefined) throw new RangeError('weighted choice out of range');
    return option[0];
  }
}

// ------------------------------------------------------------------------------------- vocabulary

const COUNTRY_WEIGHTS = new Weighted<CountryCode>([
  ['KH', 20],
  ['LA', 15],
  ['MM', 17],
  ['VN', 20],
  ['TH', 18],
  ['REGIONAL', 10],
]);
const NATIONAL_CODES: CountryCode[] = ['KH', 'LA', 'MM', 'VN', 'TH'];

const SECTOR_WEIGHTS = new Weighted<Sector>([
  ['CIVIL_SOCIETY', 22],
  ['GOVERNMENT', 14],
  ['PRIVATE_SECTOR', 18],
  ['RESEARCH', 10],
  ['DONOR', 6],
  ['COMMUNITY', 20],
  ['MEDIA', 5],
  ['REGIONAL_BODY', 5],
]);

const INFLUENCE_WEIGHTS = new Weighted<number>([
  [1, 25],
  [2, 30],
  [3, 25],
  [4, 13],
  [5, 7],
]);

const CONFIDENCE_WEIGHTS = new Weighted<Confidence>([
  ['LOW', 15],
  ['MEDIUM', 45],
  ['HIGH', 40],
]);

const PRIORITY_WEIGHTS = new Weighted<number>([
  [1, 40],
  [2, 35],
  [3, 25],
]);

const MEMBERSHIP_COUNT_WEIGHTS = new Weighted<number>([
  [0, 25],
  [1, 35],
  [2, 25],
  [3, 15],
]);

const ROLE_WEIGHTS = new Weighted<string>([
  ['member', 70],
  ['steering committee', 10],
  ['observer', 10],
  ['founding member', 5],
  ['secretariat', 3],
  ['chair', 2],
]);

const COLLABORATION_KIND_WEIGHTS = new Weighted<string>([
  ['learning exchange', 25],
  ['joint advocacy', 20],
  ['policy dialogue', 20],
  ['technical support', 15],
  ['joint research', 12],
  ['funding', 8],
]);

/**
 * Theme popularity: rank r gets weight 1 / (r + 1)^2.5, so the first themes appear in almost every
 * actor's interests while the last appear in about one actor in seven (with ~10 interests drawn from
 * 17 themes, the average theme is in 59% of actors, so rarer than that is not possible).
 * Themes missing from this list get the lowest weight.
 */
const THEME_POPULARITY = [
  'smallholder-investment',
  'land-tenure-security',
  'community-forestry',
  'economic-land-concessions',
  'grievance-mechanisms',
  'corporate-social-responsibility',
  'policy-tracking',
  'customary-land-rights',
  'contract-farming',
  'cross-border-investment',
  'investment-models',
  'participatory-action-research',
  'land-use-planning',
  'agricultural-development-models',
  'women-land-rights',
  'traditional-fishing-rights',
  'large-vs-small-scale-agriculture',
];

const THEME_SKEW = 2.5;

/** Themes about investment and agricultural models; the others are about rights and governance. */
const INVESTMENT_THEMES = new Set([
  'investment-models',
  'agricultural-development-models',
  'large-vs-small-scale-agriculture',
  'smallholder-investment',
  'corporate-social-responsibility',
  'cross-border-investment',
  'contract-farming',
]);

type PositionWeights = readonly [supports: number, opposes: number, mixed: number, unknown: number];

/** How each sector tends to stand on rights themes and on investment themes. */
const SECTOR_POSITIONS: Record<Sector, { rights: PositionWeights; investment: PositionWeights }> = {
  CIVIL_SOCIETY: { rights: [85, 2, 8, 5], investment: [55, 10, 25, 10] },
  COMMUNITY: { rights: [85, 2, 8, 5], investment: [55, 8, 27, 10] },
  RESEARCH: { rights: [70, 3, 17, 10], investment: [60, 5, 25, 10] },
  DONOR: { rights: [75, 2, 13, 10], investment: [70, 3, 17, 10] },
  MEDIA: { rights: [65, 3, 17, 15], investment: [50, 5, 25, 20] },
  GOVERNMENT: { rights: [35, 15, 40, 10], investment: [60, 5, 30, 5] },
  PRIVATE_SECTOR: { rights: [20, 35, 35, 10], investment: [75, 5, 15, 5] },
  REGIONAL_BODY: { rights: [40, 10, 40, 10], investment: [60, 5, 30, 5] },
};
/** Companies resist concession reform more than anything else. */
const PRIVATE_ON_CONCESSIONS: PositionWeights = [5, 60, 30, 5];

function positionChoice(weights: PositionWeights): Weighted<Position> {
  return new Weighted<Position>([
    ['SUPPORTS', weights[0]],
    ['OPPOSES', weights[1]],
    ['MIXED', weights[2]],
    ['UNKNOWN', weights[3]],
  ]);
}

const ROLE_BY_ORDER = ['host', 'facilitator'] as const;
const ACTIVITY_NAME_WORDS: Record<ActivityType, string> = {
  INFORMATION_WORK: 'Information digest',
  CASE_STUDIES: 'Case studies',
  TARGETED_RESEARCH: 'Targeted research',
  LEARNING_VISIT: 'Learning visit',
  CROSS_BORDER_LEARNING: 'Cross-border exchange',
  TRAINING: 'Training',
  COACHING_PAIRING: 'Coaching and pairing',
  CONVENING_COLLABORATION: 'Multi-stakeholder dialogue',
};

// ------------------------------------------------------------------------------------- provenance

/** Every ISO date from 2014-09-01 to 2016-12-31, built once and shared by all generated links. */
const DATES: string[] = (() => {
  const dates: string[] = [];
  for (let t = Date.UTC(2014, 8, 1); t <= Date.UTC(2016, 11, 31); t += 86_400_000) {
    dates.push(new Date(t).toISOString().slice(0, 10));
  }
  return dates;
})();
const FIRST_2015 = DATES.indexOf('2015-01-01');

/**
 * Every ISO date of the programme's span, 2014-01-01 to 2022-12-31: the days links begin and end on (issue 17). Drawn
 * from a random stream of their own, so adding dates left every other generated value as it was.
 */
const PROGRAMME_DAYS: string[] = (() => {
  const days: string[] = [];
  for (let t = Date.UTC(2014, 0, 1); t <= Date.UTC(2022, 11, 31); t += 86_400_000) {
    days.push(new Date(t).toISOString().slice(0, 10));
  }
  return days;
})();
const PROGRAMME_INDEX = new Map(PROGRAMME_DAYS.map((day, index) => [day, index]));
/** Shares of actors dated, of memberships and collaborations ended, of interests with a position shift. */
const DATED_ACTORS = 0.9;
const ENDED_TIES = 0.1;
const SHIFTED_INTERESTS = 0.1;

const WORKSHOP: Record<CountryCode, string> = {
  KH: KH_WS.source,
  LA: LA_WS.source,
  MM: MM_WS.source,
  VN: VN_WS.source,
  TH: TH_WS.source,
  REGIONAL: REG_WS.source,
};

/** Source strings per country: the national workshop, regional sources, follow-ups and 40 interviews. */
function sourcesFor(code: CountryCode): string[] {
  const prefix = code === 'REGIONAL' ? 'RG' : code;
  const interviews = Array.from(
    { length: 40 },
    (_, n) => `Key-informant interview KII-${prefix}-${String(n + 1).padStart(2, '0')}`,
  );
  return [WORKSHOP[code], WORKSHOP[code], RRAM.source, REG_2016.source, FOLLOWUP[code].source, ...interviews];
}

// -------------------------------------------------------------------------------------- generator

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

/** Gives repeated names a number ("Takeo Farmers Association 2") so names stay distinguishable. */
class NameRegistry {
  private readonly seen = new Map<string, number>();

  unique(name: string): string {
    const count = (this.seen.get(name) ?? 0) + 1;
    this.seen.set(name, count);
    return count === 1 ? name : `${name} ${count}`;
  }
}

/** Generates a deterministic synthetic dataset; the same options always give a deep-equal dataset. */
export function generateSyntheticDataset(options: SyntheticOptions): SeedDataset {
  const actorCount = options.actors;
  if (!Number.isInteger(actorCount) || actorCount < 0) {
    throw new RangeError(`actors must be a non-negative integer, got ${actorCount}`);
  }
  const seed = options.seed === undefined ? DEFAULT_SYNTHETIC_SEED : `${DEFAULT_SYNTHETIC_SEED}:${options.seed}`;
  const random = new Random(seed);
  const time = new Timeline(new Random(`${seed}:time`));

  const countries: SeedCountry[] = illustrativeCountries.map((country) => ({ ...country }));
  const themes: SeedTheme[] = illustrativeThemes.map((theme) => ({ ...theme }));
  const countryName = new Map(countries.map((country) => [country.code, country.name]));
  const themeName = new Map(themes.map((theme) => [theme.id, theme.name]));

  // Theme popularity weights (Zipf-like), in the order of `themes`.
  const themeIds = themes.map((theme) => theme.id);
  const themeWeights = themeIds.map((id) => {
    const rank = THEME_POPULARITY.indexOf(id);
    return 1 / Math.pow((rank === -1 ? THEME_POPULARITY.length : rank) + 1, THEME_SKEW);
  });

  // Position choices per sector and theme family.
  const positionChoices = new Map<string, Weighted<Position>>();
  const positionFor = (sector: Sector, theme: string): Weighted<Position> => {
    const key = `${sector}|${theme}`;
    let choice = positionChoices.get(key);
    if (!choice) {
      const family = INVESTMENT_THEMES.has(theme) ? 'investment' : 'rights';
      const weights =
        sector === 'PRIVATE_SECTOR' && theme === 'economic-land-concessions'
          ? PRIVATE_ON_CONCESSIONS
          : SECTOR_POSITIONS[sector][family];
      choice = positionChoice(weights);
      positionChoices.set(key, choice);
    }
    return choice;
  };

  const sources = new Map<CountryCode, string[]>(countries.map((country) => [country.code, sourcesFor(country.code)]));
  const provenance = (code: CountryCode): Provenance => ({
    source: random.pick(sources.get(code) ?? [RRAM.source]),
    recordedAt: random.pick(DATES),
    confidence: CONFIDENCE_WEIGHTS.draw(random),
  });

  /** Weighted sample of k distinct themes (Efraimidis–Spirakis keys; 17 themes, so sorting is cheap). */
  const sampleThemes = (k: number): string[] => {
    const keyed = themeIds.map((id, index) => ({
      id,
      key: Math.log(random.float() || Number.MIN_VALUE) / (themeWeights[index] ?? 1),
    }));
    keyed.sort((a, b) => b.key - a.key);
    return keyed.slice(0, Math.min(k, keyed.length)).map((entry) => entry.id);
  };

  // ---------------------------------------------------------------------------------- groups
  const groupCount = Math.max(12, Math.round(actorCount / 100));
  const groups: SeedGroup[] = [];
  const groupsByCountry = new Map<CountryCode, number[]>(countries.map((country) => [country.code, []]));
  const groupNames = new NameRegistry();
  for (let g = 0; g < groupCount; g++) {
    const kind: GroupKind = g % 2 === 0 ? 'NETWORK' : 'COALITION';
    const activeIn = new Set<CountryCode>();
    const spread = random.float();
    if (spread < 0.7) {
      activeIn.add(COUNTRY_WEIGHTS.draw(random));
    } else if (spread < 0.9) {
      const extra = random.between(2, 3);
      while (activeIn.size < extra) activeIn.add(random.pick(NATIONAL_CODES));
    } else {
      activeIn.add('REGIONAL');
      const extra = random.between(2, 5);
      while (activeIn.size < extra + 1) activeIn.add(random.pick(NATIONAL_CODES));
    }
    const focusThemes = sampleThemes(random.between(2, 4));
    const first = [...activeIn][0] ?? 'REGIONAL';
    const area =
      first === 'REGIONAL' || activeIn.size > 1 ? random.pick(REGIONAL_PREFIXES) : (countryName.get(first) ?? first);
    const topic = themeName.get(focusThemes[0] ?? '') ?? 'Land';
    const name = groupNames.unique(`${area} ${shortTopic(topic)} ${random.pick(GROUP_NOUNS[kind])}`);
    groups.push({
      id: `syn-g-${pad(g + 1, 4)}`,
      kind,
      name,
      description: `A synthetic ${kind === 'NETWORK' ? 'network' : 'coalition'} of reform actors active in ${[
        ...activeIn,
      ]
        .map((code) => countryName.get(code) ?? code)
        .join(', ')}, focused on ${focusThemes.map((id) => (themeName.get(id) ?? id).toLowerCase()).join('; ')}.`,
      founded: random.between(1995, 2015),
      activeIn: [...activeIn],
      focusThemes,
    });
    for (const code of activeIn) groupsByCountry.get(code)?.push(g);
  }

  // ---------------------------------------------------------------------------------- actors
  const actors: SeedActor[] = new Array<SeedActor>(actorCount);
  const actorsByCountry = new Map<CountryCode, number[]>(countries.map((country) => [country.code, []]));
  const membersByGroup: number[][] = groups.map(() => []);
  const actorGroups: number[][] = new Array<number[]>(actorCount);
  const actorNames = new NameRegistry();

  for (let a = 0; a < actorCount; a++) {
    const basedIn = COUNTRY_WEIGHTS.draw(random);
    let sector = SECTOR_WEIGHTS.draw(random);
    if (basedIn === 'REGIONAL' && sector === 'COMMUNITY' && random.chance(0.7)) sector = 'REGIONAL_BODY';
    const level = levelFor(random, sector, basedIn);
    const influence = Math.min(
      5,
      INFLUENCE_WEIGHTS.draw(random) + (sector === 'DONOR' || sector === 'REGIONAL_BODY' ? 1 : 0),
    );

    const operatesIn = new Set<CountryCode>([basedIn]);
    const reach = random.float() < 0.6 ? 1 : random.float() < 0.625 ? 2 : 3;
    while (operatesIn.size < reach) operatesIn.add(random.pick(countries).code);

    const { name, altNames } = actorName(random, sector, basedIn, countryName.get(basedIn) ?? basedIn);

    const interestThemes = sampleThemes(random.between(8, 12));
    const interests: SeedInterest[] = interestThemes.map((theme) => ({
      theme,
      position: positionFor(sector, theme).draw(random),
      priority: PRIORITY_WEIGHTS.draw(random),
      ...provenance(basedIn),
    }));

    const memberships: SeedMembership[] = [];
    const joined: number[] = [];
    const wanted = MEMBERSHIP_COUNT_WEIGHTS.draw(random);
    const local = groupsByCountry.get(basedIn) ?? [];
    for (let attempt = 0; joined.length < wanted && attempt < wanted * 4; attempt++) {
      const g = local.length > 0 && random.chance(0.75) ? random.pick(local) : random.int(groups.length);
      const group = groups[g];
      if (!group || joined.includes(g)) continue;
      joined.push(g);
      membersByGroup[g]?.push(a);
      memberships.push({
        group: group.id,
        role: ROLE_WEIGHTS.draw(random),
        since: random.between(Math.max(group.founded ?? 2000, 2000), 2016),
        ...provenance(basedIn),
      });
    }
    actorGroups[a] = joined;
    actorsByCountry.get(basedIn)?.push(a);

    const actorFrom = time.actorFrom();
    for (const interest of interests) Object.assign(interest, time.interest(interest, actorFrom, sources.get(basedIn)));
    for (const membership of memberships) Object.assign(membership, time.tie(actorFrom));

    actors[a] = {
      id: `syn-a-${pad(a + 1, 6)}`,
      name: actorNames.unique(name),
      altNames,
      sector,
      level,
      influence,
      description: `${SECTOR_LABELS[sector]} actor based in ${countryName.get(basedIn) ?? basedIn}, working mainly on ${(
        themeName.get(interestThemes[0] ?? '') ?? 'land governance'
      ).toLowerCase()}.`,
      sensitive: random.chance(0.01),
      basedIn,
      operatesIn: [...operatesIn],
      interests,
      memberships,
      ...(actorFrom === undefined ? {} : { validFrom: actorFrom }),
    };
  }

  // --------------------------------------------------------------------------- collaborations
  // ≈ 5 per actor (≈ 10 per actor counting both ends), biased to the same country and the same group.
  const maxPairs = (actorCount * (actorCount - 1)) / 2;
  const target = Math.min(5 * actorCount, maxPairs);
  const collaborations: SeedCollaboration[] = [];
  const pairs = new Set<number>();
  for (let attempt = 0; collaborations.length < target && attempt < target * 20; attempt++) {
    const a = random.int(actorCount);
    const actorA = actors[a];
    if (!actorA) continue;
    const mode = random.float();
    let b: number;
    const mine = actorGroups[a] ?? [];
    if (mode < 0.25 && mine.length > 0) {
      b = random.pick(membersByGroup[random.pick(mine)] ?? [a]);
    } else if (mode < 0.85) {
      b = random.pick(actorsByCountry.get(actorA.basedIn) ?? [a]);
    } else {
      b = random.int(actorCount);
    }
    if (a === b) continue;
    const key = a < b ? a * actorCount + b : b * actorCount + a;
    if (pairs.has(key)) continue;
    const actorB = actors[b];
    if (!actorB) continue;
    pairs.add(key);
    collaborations.push({
      from: actorA.id,
      to: actorB.id,
      kind: collaborationKind(random, actorA.sector, actorB.sector),
      since: random.between(2000, 2016),
      ...provenance(actorA.basedIn),
      ...time.tie(later(actorA.validFrom, actorB.validFrom)),
    });
  }

  // ------------------------------------------------------------------------------- activities
  const activityCount = actorCount >= 3 ? Math.max(1, Math.round(actorCount / 200)) : 0;
  const activities: SeedActivity[] = [];
  for (let n = 0; n < activityCount; n++) {
    const type = ACTIVITY_TYPES[n % ACTIVITY_TYPES.length] ?? 'CONVENING_COLLABORATION';
    const country = COUNTRY_WEIGHTS.draw(random);
    const size = Math.min(random.between(3, 10), actorCount);
    const pool = actorsByCountry.get(country) ?? [];
    const chosen = new Set<number>();
    const crossBorder = type === 'CROSS_BORDER_LEARNING';
    for (let attempt = 0; chosen.size < size && attempt < size * 20; attempt++) {
      const fromPool = pool.length > 0 && !(crossBorder && attempt % 2 === 1) && random.chance(0.8);
      chosen.add(fromPool ? random.pick(pool) : random.int(actorCount));
    }
    for (let a = 0; chosen.size < size && a < actorCount; a++) chosen.add(a);

    const dateIndex = random.between(FIRST_2015, DATES.length - 8);
    const date = DATES[dateIndex] ?? '2016-01-01';
    const id = `syn-act-${pad(n + 1, 4)}`;
    const report: Pick<Provenance, 'source' | 'recordedAt'> = {
      source: `Learning & Alliance activity report ${id}`,
      recordedAt: DATES[dateIndex + random.between(1, 7)] ?? date,
    };
    const activityThemes = sampleThemes(random.between(1, 3));
    const participants = [...chosen].map((index, order) => {
      const actor = actors[index];
      if (!actor) throw new RangeError(`no actor ${index}`);
      const role = ROLE_BY_ORDER[order] ?? (actor.sector === 'DONOR' ? 'funder' : 'participant');
      return { actor: actor.id, role, ...report, confidence: CONFIDENCE_WEIGHTS.draw(random), validFrom: date };
    });
    const where = countryName.get(country) ?? country;
    const topic = themeName.get(activityThemes[0] ?? '') ?? 'land governance';
    activities.push({
      id,
      name: `${ACTIVITY_NAME_WORDS[type]}: ${shortTopic(topic)} (${where})`,
      type,
      date,
      country,
      description: `A synthetic ${ACTIVITY_NAME_WORDS[type].toLowerCase()} in ${where} on ${topic.toLowerCase()}, with ${participants.length} participating actors.`,
      themes: activityThemes,
      participants,
    });
  }

  return { label: SYNTHETIC_LABEL, countries, themes, groups, actors, collaborations, activities };
}

// ------------------------------------------------------------------------------------------- time

/** The later of two optional ISO dates (ISO dates order as strings). */
function later(a: string | undefined, b: string | undefined): string | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  return a > b ? a : b;
}

/** Dates for actors and links, drawn from their own random stream (see PROGRAMME_DAYS). */
class Timeline {
  constructor(private readonly random: Random) {}

  /** A day in [first, last] of the programme (indices into PROGRAMME_DAYS). */
  private dayBetween(first: number, last: number): string {
    return PROGRAMME_DAYS[this.random.between(first, last)] ?? '2014-01-01';
  }

  private indexOf(day: string | undefined): number {
    return day === undefined ? 0 : (PROGRAMME_INDEX.get(day) ?? 0);
  }

  /** The actor's first day on the map, for most actors (the others have always been there). */
  actorFrom(): string | undefined {
    return this.random.chance(DATED_ACTORS) ? this.dayBetween(0, PROGRAMME_DAYS.length - 1) : undefined;
  }

  /** A membership or collaboration: begins on or after `notBefore`; about one in ten has ended since. */
  tie(notBefore: string | undefined): Validity {
    const first = this.indexOf(notBefore);
    const last = PROGRAMME_DAYS.length - 1;
    const start = this.random.between(first, last);
    const validFrom = PROGRAMME_DAYS[start] ?? '2014-01-01';
    if (start < last && this.random.chance(ENDED_TIES)) {
      return { validFrom, validTo: this.dayBetween(start + 1, last) };
    }
    return { validFrom };
  }

  /**
   * An interest: begins on or after `notBefore`, and keeps its position history; about one in ten shifted once (from a
   * different position, recorded at the start, to the current one, recorded later).
   */
  interest(
    current: Pick<SeedInterest, 'position' | 'source' | 'confidence'>,
    notBefore: string | undefined,
    sources: readonly string[] | undefined,
  ): Pick<SeedInterest, 'validFrom' | 'history'> {
    const first = this.indexOf(notBefore);
    const last = PROGRAMME_DAYS.length - 1;
    const start = this.random.between(first, last);
    const validFrom = PROGRAMME_DAYS[start] ?? '2014-01-01';
    const now: PositionChange = {
      position: current.position,
      from: validFrom,
      source: current.source,
      confidence: current.confidence,
    };
    if (start < last && this.random.chance(SHIFTED_INTERESTS)) {
      const before: PositionChange = {
        position: this.random.pick(POSITIONS.filter((p) => p !== current.position)),
        from: validFrom,
        source: this.random.pick(sources ?? [current.source]),
        confidence: CONFIDENCE_WEIGHTS.draw(this.random),
      };
      return { validFrom, history: [before, { ...now, from: this.dayBetween(start + 1, last) }] };
    }
    return { validFrom, history: [now] };
  }
}

// ---------------------------------------------------------------------------------------- helpers

/** "Investment models: quality versus quantity" → "Investment Models". */
function shortTopic(themeTitle: string): string {
  const head = themeTitle.split(/[:,(]/)[0]?.trim() ?? themeTitle;
  return head
    .split(/\s+/)
    .map((word) => (word.length > 3 ? word.charAt(0).toUpperCase() + word.slice(1) : word))
    .join(' ');
}

function levelFor(random: Random, sector: Sector, basedIn: CountryCode): Level {
  if (basedIn === 'REGIONAL') return sector === 'DONOR' || random.chance(0.2) ? 'INTERNATIONAL' : 'REGIONAL';
  switch (sector) {
    case 'COMMUNITY':
      return random.chance(0.9) ? 'LOCAL' : 'NATIONAL';
    case 'DONOR':
      return random.chance(0.8) ? 'INTERNATIONAL' : 'NATIONAL';
    case 'REGIONAL_BODY':
      return 'REGIONAL';
    case 'GOVERNMENT':
    case 'CIVIL_SOCIETY':
      return random.chance(0.45) ? 'LOCAL' : 'NATIONAL';
    default:
      return random.chance(0.25) ? 'LOCAL' : random.chance(0.9) ? 'NATIONAL' : 'INTERNATIONAL';
  }
}

function actorName(
  random: Random,
  sector: Sector,
  basedIn: CountryCode,
  country: string,
): { name: string; altNames: string[] } {
  if (basedIn === 'REGIONAL') {
    const prefix = random.pick(REGIONAL_PREFIXES);
    if (sector === 'PRIVATE_SECTOR') return { name: companyName(random, prefix), altNames: [] };
    if (sector === 'DONOR')
      return { name: `${random.pick(DONOR_ORIGINS)} ${random.pick(SECTOR_KINDS.DONOR)} (${prefix})`, altNames: [] };
    return { name: `${prefix} ${random.pick(SECTOR_KINDS[sector])}`, altNames: [] };
  }
  const naming = NAMING[basedIn];
  const [placeEnglish, placeLocal] = random.pick(naming.places);
  if ((sector === 'COMMUNITY' || sector === 'CIVIL_SOCIETY') && random.chance(0.7)) {
    const [kindEnglish, kindLocal] = random.pick(naming.kinds);
    const english = `${placeEnglish} ${kindEnglish}`;
    const local = naming.localName(kindLocal, placeLocal);
    return naming.localIsPrimary ? { name: local, altNames: [english] } : { name: english, altNames: [local] };
  }
  switch (sector) {
    case 'PRIVATE_SECTOR':
      return { name: companyName(random, placeEnglish), altNames: [] };
    case 'DONOR':
      return { name: `${random.pick(DONOR_ORIGINS)} ${random.pick(SECTOR_KINDS.DONOR)} (${country})`, altNames: [] };
    case 'REGIONAL_BODY':
      return {
        name: `${random.pick(REGIONAL_PREFIXES)} ${random.pick(SECTOR_KINDS.REGIONAL_BODY)}, ${country} desk`,
        altNames: [],
      };
    default:
      return { name: `${placeEnglish} ${random.pick(SECTOR_KINDS[sector])}`, altNames: [] };
  }
}

function companyName(random: Random, place: string): string {
  const adjective = random.chance(0.5) ? place : random.pick(COMPANY_ADJECTIVES);
  return `${adjective} ${random.pick(COMMODITIES)} ${random.pick(SECTOR_KINDS.PRIVATE_SECTOR)}`;
}

function collaborationKind(random: Random, a: Sector, b: Sector): string {
  if ((a === 'DONOR' || b === 'DONOR') && random.chance(0.6)) return 'funding';
  if (a === 'RESEARCH' && b === 'RESEARCH' && random.chance(0.6)) return 'joint research';
  const governmentAndBusiness =
    (a === 'GOVERNMENT' && b === 'PRIVATE_SECTOR') || (a === 'PRIVATE_SECTOR' && b === 'GOVERNMENT');
  if (governmentAndBusiness && random.chance(0.6)) return 'policy dialogue';
  return COLLABORATION_KIND_WEIGHTS.draw(random);
}

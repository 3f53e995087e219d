/**
 * The illustrative map's history across the programme (issue 17), fictional like the rest of the data: the phases,
 * the actors first mapped after 2017, the memberships and collaborations that ended, and the positions that shifted.
 * `dateHistory` applies it to the hand-written actors and links, which keep holding the map as it stands today.
 *
 * Dating rules, applied to every link:
 * - a membership or collaboration began on 1 January of its `since` year (or on the day it was recorded, if that is
 *   earlier or there is no `since`); an interest on the day it was first recorded; a participation on its activity's
 *   first day;
 * - an actor listed in LATE_ACTORS is on the map from that day, and so are all its links (their `since` becomes that
 *   year and their provenance the record that first mapped it); every other actor has always been on the map;
 * - an ended tie keeps its first day, gains its last (`validTo`, inclusive) and takes the record of its end as its
 *   provenance;
 * - a shifted interest keeps its first day; its history starts with the position first recorded and ends with the
 *   position held today, whose record becomes the link's provenance.
 */
import type { Confidence, Position } from '@reform-atlas/vocabulary';

import type {
  PositionChange,
  SeedActivity,
  SeedActor,
  SeedCollaboration,
  SeedInterest,
  SeedMembership,
  SeedPhase,
} from '../types';
import { R18, R19, R20, R21, R22, R26, R17, R24, R28 } from './activities';
import type { GroupId } from './groups';
import type { Source } from './helpers';
import type { ThemeId } from './themes';

export const phases: SeedPhase[] = [
  {
    id: 'phase-1',
    name: 'Phase I',
    start: '2014-04-01',
    end: '2018-03-31',
    description:
      'Reform actor mapping and national consultation workshops, then the first learning and alliance activities and the annual regional consultations.',
  },
  {
    id: 'phase-2',
    name: 'Phase II',
    start: '2018-04-01',
    end: '2022-12-31',
    description:
      'Wider alliances: government–private sector forums on investing in smallholders, new actors engaged at the regional consultations, the forums handed to national hosts.',
  },
];

/** A record of the national facilitators or the regional coordinator after 2016. */
function notes(source: string, recordedAt: string): Source {
  return { source, recordedAt };
}

const KH_2017 = notes('National facilitator notes, Cambodia, mid-2017', '2017-06-14');
const KH_2018 = notes('National facilitator notes, Cambodia, Phase I close', '2018-04-20');
const LA_2019 = notes('National facilitator notes, Lao PDR, 2019', '2019-07-09');
const LA_2020 = notes('National facilitator notes, Lao PDR, 2020', '2020-02-05');
const LA_2021 = notes('National facilitator notes, Lao PDR, 2021', '2021-04-13');
const MM_2017 = notes('National facilitator notes, Myanmar, 2017', '2017-07-18');
const MM_2020 = notes('National facilitator notes, Myanmar, 2020', '2020-04-02');
const MM_2021 = notes('National facilitator notes, Myanmar, 2021', '2021-03-09');
const VN_2018 = notes('National facilitator notes, Vietnam, 2018', '2018-01-16');
const VN_2019 = notes('National facilitator notes, Vietnam, 2019', '2019-07-23');
const VN_2020 = notes('National facilitator update, Vietnam, Nov 2020', '2020-11-10');
const VN_2021 = notes('National facilitator notes, Vietnam, 2021', '2021-08-03');
const VN_2021B = notes('National facilitator notes, Vietnam, mid-2021', '2021-07-06');
const TH_2019 = notes('National facilitator notes, Thailand, 2019', '2019-01-22');
const TH_2020 = notes('National facilitator notes, Thailand, 2020', '2020-08-18');
const TH_2021 = notes('National facilitator notes, Thailand, 2021', '2021-01-26');
const RG_2018 = notes('Regional coordinator notes, Phase I close', '2018-04-27');
const RG_2021 = notes('Regional coordinator notes, 2021', '2021-07-15');

/**
 * Actors first on the map after 2016, with the day and the record that first mapped them (each is at an activity of
 * that day or later, where most of them engaged for the first time).
 */
export const LATE_ACTORS: Record<string, { from: string; record: Source }> = {
  'th-rice-bowl-news-service': { from: '2017-08-15', record: R19 },
  'la-land-dispute-mediation-committee': { from: '2017-09-12', record: R18 },
  'la-phongsaly-heritage-tea': { from: '2018-03-13', record: R20 },
  'kh-lotus-rural-microfinance': { from: '2018-05-22', record: R21 },
  'mm-highland-leaf-tea': { from: '2019-03-19', record: R22 },
  'rg-parliamentarians-caucus-land': { from: '2019-03-19', record: R22 },
  'vn-green-fields-tv': { from: '2020-11-10', record: VN_2020 },
  'vn-delta-agricultural-credit-bank': { from: '2021-03-23', record: R26 },
};

interface EndedMembership {
  actor: string;
  group: GroupId;
  /** The last day of the membership. */
  to: string;
  record: Source;
}

/** Memberships that ended (about one in fifteen). */
export const ENDED_MEMBERSHIPS: EndedMembership[] = [
  {
    actor: 'vn-outbound-agri-investment-desk',
    group: 'mekong-responsible-agribusiness-platform',
    to: '2017-12-31',
    record: VN_2018,
  },
  { actor: 'kh-land-policy-monitor', group: 'th-outbound-investment-coalition', to: '2018-03-31', record: KH_2018 },
  {
    actor: 'th-andaman-fisheries-foundation',
    group: 'th-community-resource-network',
    to: '2018-09-30',
    record: TH_2019,
  },
  {
    actor: 'th-golden-kernel-feed',
    group: 'mekong-responsible-agribusiness-platform',
    to: '2018-12-31',
    record: TH_2019,
  },
  {
    actor: 'la-agribusiness-council',
    group: 'mekong-responsible-agribusiness-platform',
    to: '2019-06-30',
    record: LA_2019,
  },
  {
    actor: 'th-isan-agroecology-foundation',
    group: 'mekong-land-research-exchange',
    to: '2019-12-31',
    record: TH_2020,
  },
  {
    actor: 'mm-responsible-business-dialogue',
    group: 'th-outbound-investment-coalition',
    to: '2020-03-31',
    record: MM_2020,
  },
  { actor: 'la-women-land-association', group: 'la-land-learning-circle', to: '2020-06-30', record: LA_2021 },
  {
    actor: 'mm-agribusiness-roundtable',
    group: 'mekong-responsible-agribusiness-platform',
    to: '2021-02-28',
    record: MM_2021,
  },
  { actor: 'vn-highlands-land-policy-institute', group: 'vn-forest-land-network', to: '2021-06-30', record: VN_2021B },
];

interface EndedCollaboration {
  /** The pair, in either order. */
  actors: [string, string];
  to: string;
  record: Source;
}

/** Collaborations that ended (about one in twenty): funding at the close of Phase I, research projects done. */
export const ENDED_COLLABORATIONS: EndedCollaboration[] = [
  {
    actors: ['mm-delta-livelihoods-initiative', 'mm-delta-dry-zone-livelihood-fund'],
    to: '2017-06-30',
    record: MM_2017,
  },
  { actors: ['kh-land-policy-monitor', 'kh-phnom-penh-land-ledger'], to: '2017-12-31', record: KH_2018 },
  { actors: ['vn-outbound-agri-investment-desk', 'vn-southern-overseas-rubber'], to: '2017-12-31', record: VN_2018 },
  { actors: ['kh-agri-land-policy-unit', 'kh-alpine-cooperation-office'], to: '2018-03-31', record: KH_2018 },
  { actors: ['kh-rural-development-institute', 'kh-alpine-cooperation-office'], to: '2018-03-31', record: KH_2018 },
  {
    actors: ['rg-austral-development-fund', 'rg-food-security-ministers-secretariat'],
    to: '2018-03-31',
    record: RG_2018,
  },
  { actors: ['th-golden-kernel-feed', 'th-isan-small-farmers-federation'], to: '2018-12-31', record: TH_2019 },
  {
    actors: ['vn-sustainable-agriculture-alliance', 'vn-truong-son-rural-economics'],
    to: '2019-06-30',
    record: VN_2019,
  },
  { actors: ['la-bolaven-highland-coffee', 'la-agribusiness-council'], to: '2019-06-30', record: LA_2019 },
  { actors: ['la-women-land-association', 'la-austral-development-fund'], to: '2019-12-31', record: LA_2020 },
  { actors: ['th-southern-peninsula-palm-oil', 'th-rural-enterprise-bank'], to: '2020-09-30', record: TH_2021 },
  { actors: ['mm-southern-coast-rubber', 'mm-agribusiness-roundtable'], to: '2020-12-31', record: MM_2021 },
  { actors: ['th-mekong-investment-watch', 'th-mekong-law-investment-programme'], to: '2020-12-31', record: TH_2021 },
  {
    actors: ['rg-eastern-seaboard-bank-safeguards', 'rg-fair-agri-investment-project'],
    to: '2021-06-30',
    record: RG_2021,
  },
];

/** A later position and the record that first noted it. */
type Step = [position: Position, record: Source, confidence: Confidence];

interface Shift {
  actor: string;
  theme: ThemeId;
  /** The position first recorded (at the interest's own record). */
  first: Position;
  /** Later positions, oldest first; the last is the position held today. */
  then: Step[];
}

/** Interests whose position shifted since it was first recorded. */
export const SHIFTS: Shift[] = [
  // A rubber company won over to investing in smallholders by the two dialogues it took part in.
  {
    actor: 'kh-golden-mekong-rubber',
    theme: 'smallholder-investment',
    first: 'UNKNOWN',
    then: [
      [
        'MIXED',
        {
          source: 'Learning & Alliance activity report: Smallholder investment dialogue, Phnom Penh',
          recordedAt: '2015-09-16',
        },
        'MEDIUM',
      ],
      ['SUPPORTS', R21, 'HIGH'],
    ],
  },
  {
    actor: 'kh-agri-land-policy-unit',
    theme: 'economic-land-concessions',
    first: 'OPPOSES',
    then: [['MIXED', KH_2017, 'MEDIUM']],
  },
  {
    actor: 'la-land-allocation-planning-division',
    theme: 'economic-land-concessions',
    first: 'OPPOSES',
    then: [['MIXED', R18, 'MEDIUM']],
  },
  {
    actor: 'mm-agricultural-investment-planning',
    theme: 'investment-models',
    first: 'UNKNOWN',
    then: [['MIXED', R17, 'MEDIUM']],
  },
  {
    actor: 'th-chao-phraya-agro-group',
    theme: 'smallholder-investment',
    first: 'MIXED',
    then: [['SUPPORTS', R20, 'HIGH']],
  },
  {
    actor: 'th-outbound-investment-facilitation-desk',
    theme: 'cross-border-investment',
    first: 'UNKNOWN',
    then: [['MIXED', R20, 'MEDIUM']],
  },
  {
    actor: 'mm-golden-paddy-millers',
    theme: 'smallholder-investment',
    first: 'UNKNOWN',
    then: [['SUPPORTS', R22, 'MEDIUM']],
  },
  {
    actor: 'rg-mekong-agribusiness-council',
    theme: 'economic-land-concessions',
    first: 'OPPOSES',
    then: [['MIXED', R22, 'MEDIUM']],
  },
  {
    actor: 'vn-agricultural-restructuring-unit',
    theme: 'smallholder-investment',
    first: 'OPPOSES',
    then: [['MIXED', R24, 'MEDIUM']],
  },
  {
    actor: 'la-savannakhet-investment-promotion',
    theme: 'economic-land-concessions',
    first: 'MIXED',
    then: [['OPPOSES', LA_2021, 'MEDIUM']],
  },
  {
    actor: 'vn-phu-hung-long-agri',
    theme: 'economic-land-concessions',
    first: 'OPPOSES',
    then: [['MIXED', VN_2021, 'MEDIUM']],
  },
  {
    actor: 'rg-intergov-agri-land-working-group',
    theme: 'cross-border-investment',
    first: 'UNKNOWN',
    then: [['MIXED', R28, 'MEDIUM']],
  },
];

/** The day a tie recorded with this `since` year began: 1 January of it, unless it was recorded earlier. */
function tieStart(since: number | undefined, recordedAt: string): string {
  if (since === undefined) return recordedAt;
  const first = `${since}-01-01`;
  return first < recordedAt ? first : recordedAt;
}

const pairKey = (a: string, b: string): string => (a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`);

function shiftedInterest(interest: SeedInterest, shift: Shift): SeedInterest {
  const history: PositionChange[] = [
    { position: shift.first, from: interest.recordedAt, source: interest.source, confidence: interest.confidence },
  ];
  for (const [position, record, confidence] of shift.then) {
    const previous = history[history.length - 1];
    if (previous && record.recordedAt <= previous.from) {
      throw new Error(
        `history: ${shift.actor} ${shift.theme} shifts on ${record.recordedAt}, not after ${previous.from}`,
      );
    }
    history.push({ position, from: record.recordedAt, source: record.source, confidence });
  }
  const now = history[history.length - 1];
  if (now?.position !== interest.position) {
    throw new Error(`history: ${shift.actor} ${shift.theme} ends on ${now?.position}, holds ${interest.position}`);
  }
  return {
    ...interest,
    source: now.source,
    recordedAt: now.from,
    confidence: now.confidence,
    validFrom: interest.recordedAt,
    history,
  };
}

/**
 * The actors, collaborations and activities with their history: every link dated, the late actors, the ended ties
 * and the shifts applied. Pure and deterministic; throws when a listed actor, tie or interest does not exist, so a
 * mistake here fails the seed's tests.
 */
export function dateHistory(input: {
  actors: SeedActor[];
  collaborations: SeedCollaboration[];
  activities: SeedActivity[];
}): { actors: SeedActor[]; collaborations: SeedCollaboration[]; activities: SeedActivity[] } {
  const actorIds = new Set(input.actors.map((a) => a.id));
  for (const id of Object.keys(LATE_ACTORS)) if (!actorIds.has(id)) throw new Error(`history: no actor ${id}`);

  const endedPairs = new Map(ENDED_COLLABORATIONS.map((e) => [pairKey(...e.actors), e]));
  const endedMemberships = new Map(ENDED_MEMBERSHIPS.map((e) => [`${e.actor}\u0000${e.group}`, e]));
  const shifts = new Map(SHIFTS.map((s) => [`${s.actor}\u0000${s.theme}`, s]));
  const used = new Set<string>();

  const actors = input.actors.map((actor): SeedActor => {
    const late = LATE_ACTORS[actor.id];
    const fromLate = <T extends { source: string; recordedAt: string }>(link: T): T =>
      late ? { ...link, source: late.record.source, recordedAt: late.record.recordedAt } : link;
    const interests = actor.interests.map((interest): SeedInterest => {
      const key = `${actor.id}\u0000${interest.theme}`;
      const shift = shifts.get(key);
      if (shift) {
        used.add(`shift ${key}`);
        return shiftedInterest(interest, shift);
      }
      const dated = fromLate(interest);
      const validFrom = late?.from ?? dated.recordedAt;
      return {
        ...dated,
        validFrom,
        history: [{ position: dated.position, from: validFrom, source: dated.source, confidence: dated.confidence }],
      };
    });
    const memberships = actor.memberships.map((membership): SeedMembership => {
      const key = `${actor.id}\u0000${membership.group}`;
      const dated = fromLate(membership);
      const since = late ? Number(late.from.slice(0, 4)) : dated.since;
      const validFrom = late?.from ?? tieStart(dated.since, dated.recordedAt);
      const ended = endedMemberships.get(key);
      if (!ended) return { ...dated, ...(since === undefined ? {} : { since }), validFrom };
      used.add(`membership ${key}`);
      return {
        ...dated,
        source: ended.record.source,
        recordedAt: ended.record.recordedAt,
        validFrom,
        validTo: ended.to,
      };
    });
    return { ...actor, interests, memberships, ...(late ? { validFrom: late.from } : {}) };
  });

  const collaborations = input.collaborations.map((collaboration): SeedCollaboration => {
    for (const id of [collaboration.from, collaboration.to])
      if (!actorIds.has(id)) throw new Error(`history: no actor ${id}`);
    // A tie with a late actor begins when the later of its two actors was first mapped.
    const late = [LATE_ACTORS[collaboration.from], LATE_ACTORS[collaboration.to]]
      .filter((x) => x !== undefined)
      .sort((a, b) => b.from.localeCompare(a.from))[0];
    const dated: SeedCollaboration = late
      ? {
          ...collaboration,
          since: Number(late.from.slice(0, 4)),
          source: late.record.source,
          recordedAt: late.record.recordedAt,
        }
      : collaboration;
    const validFrom = late ? late.from : tieStart(dated.since, dated.recordedAt);
    const key = pairKey(collaboration.from, collaboration.to);
    const ended = endedPairs.get(key);
    if (!ended) return { ...dated, validFrom };
    used.add(`collaboration ${key}`);
    return { ...dated, source: ended.record.source, recordedAt: ended.record.recordedAt, validFrom, validTo: ended.to };
  });

  const activities = input.activities.map((activity): SeedActivity => ({
    ...activity,
    participants: activity.participants.map((p) => ({ ...p, validFrom: activity.date })),
  }));

  const listed = [
    ...ENDED_MEMBERSHIPS.map((e) => `membership ${e.actor}\u0000${e.group}`),
    ...ENDED_COLLABORATIONS.map((e) => `collaboration ${pairKey(...e.actors)}`),
    ...SHIFTS.map((s) => `shift ${s.actor}\u0000${s.theme}`),
  ];
  const missing = listed.filter((key) => !used.has(key));
  if (missing.length > 0) throw new Error(`history: no such link: ${missing.join(', ').replaceAll('\u0000', ' ')}`);
  return { actors, collaborations, activities };
}

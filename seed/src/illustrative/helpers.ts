/**
 * Small constructors that keep the illustrative data literal but compact: every interest,
 * membership, collaboration and participation carries a provenance (where the link was recorded,
 * when, and how sure the mapping is).
 */
import type { Confidence, CountryCode, Position } from '@reform-atlas/vocabulary';

import type { SeedActivity, SeedCollaboration, SeedInterest, SeedMembership } from '../types';
import type { GroupId } from './groups';
import type { ThemeId } from './themes';

/** A recording occasion: the source and the date the mapping team wrote the link down. */
export interface Source {
  source: string;
  recordedAt: string;
}

// National reform actor consultation workshops (CLMV late 2014, Thailand early 2015).
export const KH_WS: Source = {
  source: 'Cambodia reform actor consultation workshop, Phnom Penh, Oct 2014',
  recordedAt: '2014-10-23',
};
export const LA_WS: Source = {
  source: 'Lao PDR reform actor consultation workshop, Vientiane, Nov 2014',
  recordedAt: '2014-11-06',
};
export const MM_WS: Source = { source: 'Myanmar consultation workshop, Yangon, Nov 2014', recordedAt: '2014-11-19' };
export const VN_WS: Source = {
  source: 'Vietnam reform actor consultation workshop, Hanoi, Nov 2014',
  recordedAt: '2014-11-12',
};
export const TH_WS: Source = {
  source: 'Thailand reform actor roundtable, Chiang Mai, Feb 2015',
  recordedAt: '2015-02-17',
};

// Regional sources.
export const RRAM: Source = { source: 'Regional Reform Actor Mapping (RRAM) desk review', recordedAt: '2015-01-30' };
export const REG_WS: Source = {
  source: 'Regional multi-stakeholder workshop, Vientiane, Mar 2015',
  recordedAt: '2015-03-26',
};
export const REG_2016: Source = {
  source: 'Annual regional consultation meeting, Bangkok, Mar 2016',
  recordedAt: '2016-03-16',
};

/** Follow-up notes of the national facilitator, recorded after the first year of activities. */
export const FOLLOWUP: Record<CountryCode, Source> = {
  KH: { source: 'National facilitator follow-up notes, Cambodia', recordedAt: '2016-05-12' },
  LA: { source: 'National facilitator follow-up notes, Lao PDR', recordedAt: '2016-06-02' },
  MM: { source: 'National facilitator follow-up notes, Myanmar', recordedAt: '2016-07-21' },
  VN: { source: 'National facilitator follow-up notes, Vietnam', recordedAt: '2016-08-09' },
  TH: { source: 'National facilitator follow-up notes, Thailand', recordedAt: '2016-09-14' },
  REGIONAL: { source: 'Regional coordinator follow-up notes', recordedAt: '2016-11-25' },
};

/** A key-informant interview, e.g. kii('LA', 7, '2015-02-11') is "Key-informant interview KII-LA-07". */
export function kii(country: CountryCode, n: number, recordedAt: string): Source {
  const code = country === 'REGIONAL' ? 'RG' : country;
  return { source: `Key-informant interview KII-${code}-${String(n).padStart(2, '0')}`, recordedAt };
}

/** An actor's interest in a theme. */
export function i(
  theme: ThemeId,
  position: Position,
  priority: 1 | 2 | 3,
  from: Source,
  confidence: Confidence,
): SeedInterest {
  return { theme, position, priority, source: from.source, recordedAt: from.recordedAt, confidence };
}

/** An actor's membership of a network or coalition. */
export function m(
  group: GroupId,
  role: MembershipRole,
  since: number | undefined,
  from: Source,
  confidence: Confidence,
): SeedMembership {
  const membership: SeedMembership = {
    group,
    role,
    source: from.source,
    recordedAt: from.recordedAt,
    confidence,
  };
  if (since !== undefined) membership.since = since;
  return membership;
}

export type MembershipRole = 'member' | 'founding member' | 'steering committee' | 'secretariat' | 'observer' | 'chair';

export const COLLABORATION_KINDS = [
  'joint research',
  'funding',
  'policy dialogue',
  'learning exchange',
  'joint advocacy',
  'technical support',
] as const;
export type CollaborationKind = (typeof COLLABORATION_KINDS)[number];

/** A collaboration between two actors (undirected in meaning; `from` is the initiator when known). */
export function c(
  from: string,
  to: string,
  kind: CollaborationKind,
  since: number | undefined,
  src: Source,
  confidence: Confidence,
): SeedCollaboration {
  const collaboration: SeedCollaboration = {
    from,
    to,
    kind,
    source: src.source,
    recordedAt: src.recordedAt,
    confidence,
  };
  if (since !== undefined) collaboration.since = since;
  return collaboration;
}

export type ParticipantRole = 'host' | 'participant' | 'facilitator' | 'funder';

/** A participant in a learning-and-alliance activity. */
export function p(
  actor: string,
  role: ParticipantRole,
  src: Source,
  confidence: Confidence,
): SeedActivity['participants'][number] {
  return { actor, role, source: src.source, recordedAt: src.recordedAt, confidence };
}

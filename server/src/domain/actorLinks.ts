import {
  roleCode,
  type ActivityStatus,
  type ActivityType,
  type GroupKind,
  type Level,
  type ParticipantRole,
  type Position,
  type Sector,
} from '@reform-atlas/vocabulary';

import type { Database, Row } from '../db/database';
import { toActorRecord, type ActorRecord } from './actors';
import type { Provenance } from './elements';
import type { HistoryEntry } from './positionHistory';
import { canSeeSensitive, type Viewer } from './viewer';

/** A country, theme or other node as a link shows it. */
export interface NamedRef {
  id: string;
  name: string;
}

/** An actor as a link to it shows it. */
export interface ActorSummary {
  id: string;
  name: string;
  acronym: string | null;
  sector: Sector;
  level: Level | null;
}

/** When a tie held: ISO dates, null when not recorded (from) or while it holds (to). */
export interface Validity {
  validFrom: string | null;
  validTo: string | null;
}

export interface CountryLinkRecord extends Validity {
  country: NamedRef;
  relation: 'BASED_IN' | 'OPERATES_IN';
  provenance: Provenance;
}

export interface MembershipRecord extends Validity {
  group: { id: string; kind: GroupKind; name: string; acronym: string | null };
  role: string | null;
  since: number | null;
  /** Only those who may see sensitive links are ever sent one, so the flag itself leaks nothing. */
  sensitive: boolean;
  provenance: Provenance;
}

/** One dated position on a theme, as setInterest keeps them (positionHistory.ts); never written over. */
export type PositionRecord = HistoryEntry;

export interface InterestRecord extends Validity {
  theme: NamedRef;
  position: Position;
  priority: number;
  sensitive: boolean;
  provenance: Provenance;
  /** Oldest first; the last is the current position. */
  history: PositionRecord[];
}

export interface CollaborationRecord extends Validity {
  actor: ActorSummary;
  kind: string | null;
  since: number | null;
  sensitive: boolean;
  provenance: Provenance;
}

export interface ParticipationRecord {
  activity: {
    id: string;
    name: string;
    type: ActivityType;
    date: string | null;
    endDate: string | null;
    status: ActivityStatus;
  };
  role: string | null;
  roleCode: ParticipantRole | null;
  provenance: Provenance;
}

/** An actor with every link the caller may see, each with its provenance. */
export interface ActorLinks {
  actor: ActorRecord;
  countries: CountryLinkRecord[];
  memberships: MembershipRecord[];
  interests: InterestRecord[];
  collaborators: CollaborationRecord[];
  activities: ParticipationRecord[];
}

/** A row of actor-details.cypher: the actor's properties, and its links as the query projects them. */
type ActorDetailsRow = Omit<ActorLinks, 'actor' | 'activities'> & {
  actor: unknown;
  activities: Array<Omit<ParticipationRecord, 'roleCode'>>;
};

export function toActorLinks(row: Row): ActorLinks {
  const links = row as ActorDetailsRow;
  return {
    ...links,
    actor: toActorRecord(links.actor),
    activities: links.activities.map((p) => ({ ...p, roleCode: roleCode(p.role) })),
  };
}

/** Details of many actors in one round trip, keyed by id; hidden and unknown ids are absent. */
export async function actorDetails(
  db: Database,
  viewer: Viewer,
  ids: readonly string[],
): Promise<Map<string, ActorLinks>> {
  const rows = await db.read('actor-details', { ids: [...new Set(ids)], canSeeSensitive: canSeeSensitive(viewer) });
  return new Map(rows.map(toActorLinks).map((links) => [links.actor.id, links]));
}

/** Every distinct source behind an actor's links, sorted. */
export function linkSources(links: ActorLinks): string[] {
  const sources = new Set<string>();
  for (const list of [links.countries, links.memberships, links.interests, links.collaborators, links.activities]) {
    for (const link of list) if (link.provenance.source) sources.add(link.provenance.source);
  }
  return [...sources].sort();
}

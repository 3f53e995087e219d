import type { ActivityType } from '@reform-atlas/vocabulary';

import type { Database } from '../db/database';
import type { ActorSummary, NamedRef } from './actorLinks';
import type { Provenance } from './elements';
import { canSeeSensitive, type Viewer } from './viewer';

export interface CountryRecord {
  id: string;
  name: string;
  actorCount: number;
}

export async function listCountries(db: Database, viewer: Viewer): Promise<CountryRecord[]> {
  const rows = await db.read('countries-list', { canSeeSensitive: canSeeSensitive(viewer) });
  return rows.map((row) => {
    const { country: c, actorCount } = row as { country: { id: string; name: string }; actorCount?: number | null };
    return { id: String(c.id), name: String(c.name), actorCount: Number(actorCount ?? 0) };
  });
}

/** A learning or alliance activity, where it was held, what it addressed and who took part. */
export interface ActivityRecord {
  id: string;
  name: string;
  type: ActivityType;
  date: string | null;
  description: string | null;
  /** Where it was held (an activity is held in one country). */
  country: NamedRef | null;
  themes: NamedRef[];
  participants: Array<{
    actor: Pick<ActorSummary, 'id' | 'name' | 'sector'>;
    role: string | null;
    provenance: Provenance;
  }>;
}

/** A row of activities-list.cypher: the activity node's properties (date and description may be absent). */
type ActivityRow = Pick<ActivityRecord, 'themes' | 'participants'> & {
  activity: Pick<ActivityRecord, 'id' | 'name' | 'type'> & { date?: string | null; description?: string | null };
  countries: NamedRef[];
};

export async function listActivities(
  db: Database,
  viewer: Viewer,
  args: { type?: ActivityType | null; country?: string | null },
): Promise<ActivityRecord[]> {
  const rows = await db.read('activities-list', {
    type: args.type ?? null,
    country: args.country ?? null,
    canSeeSensitive: canSeeSensitive(viewer),
  });
  return rows.map((row) => {
    const { activity, countries, themes, participants } = row as ActivityRow;
    return {
      id: activity.id,
      name: activity.name,
      type: activity.type,
      date: activity.date ?? null,
      description: activity.description ?? null,
      country: countries[0] ?? null,
      themes,
      participants,
    };
  });
}

export interface DatasetInfo {
  label: string | null;
  kind: string | null;
  loadedAt: string | null;
  actors: number;
  groups: number;
  themes: number;
}

/** Counts cover what the viewer may see: a sensitive actor is not counted for those who may not see it. */
export async function datasetInfo(db: Database, viewer: Viewer | 'system'): Promise<DatasetInfo> {
  const [row] = await db.read('dataset-info', { canSeeSensitive: viewer === 'system' || canSeeSensitive(viewer) });
  const info = row as Partial<Record<'label' | 'kind' | 'loadedAt', string | null>> | undefined;
  return {
    label: info?.label ?? null,
    kind: info?.kind ?? null,
    loadedAt: info?.loadedAt ?? null,
    actors: Number(row?.actors ?? 0),
    groups: Number(row?.groups ?? 0),
    themes: Number(row?.themes ?? 0),
  };
}

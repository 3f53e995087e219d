import type { ActivityType } from '@reform-atlas/vocabulary';

import type { Database, Row } from '../db/database';
import { canSeeSensitive, type Viewer } from './viewer';

export interface CountryRecord {
  id: string;
  name: string;
  actorCount: number;
}

export async function listCountries(db: Database, viewer: Viewer): Promise<CountryRecord[]> {
  const rows = await db.read('countries-list', { canSeeSensitive: canSeeSensitive(viewer) });
  return rows.map((row) => {
    const c = row.country as Record<string, unknown>;
    return { id: String(c.id), name: String(c.name), actorCount: Number(row.actorCount ?? 0) };
  });
}

export async function listActivities(
  db: Database,
  viewer: Viewer,
  args: { type?: ActivityType | null; country?: string | null },
): Promise<Row[]> {
  return db.read('activities-list', {
    type: args.type ?? null,
    country: args.country ?? null,
    canSeeSensitive: canSeeSensitive(viewer),
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
  return {
    label: (row?.label as string | null) ?? null,
    kind: (row?.kind as string | null) ?? null,
    loadedAt: (row?.loadedAt as string | null) ?? null,
    actors: Number(row?.actors ?? 0),
    groups: Number(row?.groups ?? 0),
    themes: Number(row?.themes ?? 0),
  };
}

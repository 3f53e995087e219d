import type { Database } from '../db/database';
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

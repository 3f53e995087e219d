import DataLoader from 'dataloader';

import type { Database, Row } from '../db/database';
import { actorDetails } from '../domain/actors';
import type { Viewer } from '../domain/viewer';

export interface Loaders {
  /** Details of actors requested anywhere in one operation, fetched in one round trip. */
  actorDetails: DataLoader<string, Row | null>;
}

export interface Context {
  db: Database;
  viewer: Viewer;
  loaders: Loaders;
}

export function createContext(db: Database, viewer: Viewer): Context {
  return {
    db,
    viewer,
    loaders: {
      actorDetails: new DataLoader(async (ids) => {
        const found = await actorDetails(db, viewer, ids);
        return ids.map((id) => found.get(id) ?? null);
      }),
    },
  };
}

import DataLoader from 'dataloader';

import type { Database } from '../db/database';
import { actorDetails, type ActorLinks } from '../domain/actorLinks';
import { addressFailureWindow } from '../domain/auth/accounts';
import type { FailureWindow } from '../domain/auth/rateLimit';
import { ANONYMOUS, type Viewer } from '../domain/viewer';

export interface Loaders {
  /** Links of actors requested anywhere in one operation, fetched in one round trip. */
  actorDetails: DataLoader<string, ActorLinks | null>;
}

/** What the HTTP layer lends a request: its session cookie and the means to set or clear it. */
export interface SessionPort {
  secret?: string;
  /** The client's address: the socket's peer, or what a trusted proxy forwarded (RA_TRUSTED_PROXIES). */
  address: string;
  /** Failed sign-ins per address, kept by the server instance. */
  addressFailures: FailureWindow;
  start(secret: string, expiresAt: Date): void;
  end(): void;
}

/** Lent by the HTTP response cache on a miss: takes the serialized answer when it may be shared. */
export interface ResponseCachePort {
  store(body: string): void;
}

export interface Context {
  db: Database;
  viewer: Viewer;
  loaders: Loaders;
  session: SessionPort;
  responseCache?: ResponseCachePort;
}

const NO_SESSION: SessionPort = {
  address: 'local',
  addressFailures: addressFailureWindow(),
  start: () => undefined,
  end: () => undefined,
};

export function createContext(
  db: Database,
  viewer: Viewer = ANONYMOUS,
  session: SessionPort = NO_SESSION,
  responseCache?: ResponseCachePort,
): Context {
  return {
    db,
    viewer,
    session,
    ...(responseCache ? { responseCache } : {}),
    loaders: {
      actorDetails: new DataLoader(async (ids) => {
        const found = await actorDetails(db, viewer, ids);
        return ids.map((id) => found.get(id) ?? null);
      }),
    },
  };
}

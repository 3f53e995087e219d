import { createHash } from 'node:crypto';

import type { NextFunction, Request, Response } from 'express';
import { LRUCache } from 'lru-cache';

import type { ResponseCacheOptions } from '../config';
import { writesInThisProcess, type Database } from '../db/database';
import type { Viewer } from '../domain/viewer';
import type { ResponseCachePort } from '../graphql/context';
import { responseMediaType } from '../graphql/mediaType';

/** Answers larger than this are not kept: one of them would push out hundreds of small ones. */
const MAX_ENTRY_BYTES = 8 * 2 ** 20;

/**
 * The version of the data: writes made by this process (counted by Database as they end) and the count-store
 * fingerprint of cypher/queries/data-fingerprint.cypher, read at most once per interval so that writes by other
 * instances or the CLI are seen within that interval. It is also read again after a write of this process: the
 * counts move with that write too, and a fingerprint from before it, once read again, would change the version a
 * second time for the same write (the answer stored in between would never be asked for under its key again).
 */
class DataVersion {
  private fingerprint: string | undefined;
  private checkedAt = 0;
  private checkedAtWrites = -1;
  private pending: Promise<string> | undefined;

  constructor(
    private readonly db: Database,
    private readonly intervalMs: number,
  ) {}

  async current(): Promise<string> {
    const writes = writesInThisProcess();
    const fresh =
      this.fingerprint !== undefined &&
      this.checkedAtWrites === writes &&
      Date.now() - this.checkedAt < this.intervalMs;
    const fingerprint = fresh ? (this.fingerprint as string) : await this.refresh();
    return `${writes}|${fingerprint}`;
  }

  private refresh(): Promise<string> {
    const writes = writesInThisProcess();
    this.pending ??= this.db
      .read('data-fingerprint')
      .then(([row]) => {
        this.fingerprint = JSON.stringify(row?.fingerprint ?? null);
        this.checkedAt = Date.now();
        this.checkedAtWrites = writes;
        return this.fingerprint;
      })
      .finally(() => {
        this.pending = undefined;
      });
    return this.pending;
  }
}

/**
 * Who may share an answer: callers of the same role see exactly the same data (visibility is decided by role
 * in every query), and anonymous callers are kept apart from signed-in viewers so a cached answer never skips
 * the sign-in check.
 */
const audienceOf = (viewer: Viewer): string => (viewer.anonymous ? 'anonymous' : viewer.role);

/**
 * Whole-answer cache for read queries over the shared data (which root fields: graphql/responseCachePlugin.ts).
 * Mounted after the JSON body parser and before Apollo: a hit is answered here, without parsing, validation or
 * execution; a miss goes on to Apollo with a port that stores the answer when it qualifies. Only POSTed JSON
 * bodies are looked up (those cannot be sent cross-site without CORS, the same CSRF rule as Apollo's), and an
 * entry exists only for a body that Apollo has answered without errors for the same audience and data version.
 */
export function responseCache(db: Database, options: ResponseCacheOptions) {
  const version = new DataVersion(db, options.checkIntervalMs);
  // Bytes ready to write: a hit costs no encoding and no ETag hashing (Express's res.send would do both).
  const cache = new LRUCache<string, Buffer>({
    maxSize: Math.max(1, options.maxMegabytes * 2 ** 20),
    sizeCalculation: (body, key) => body.length + key.length,
  });
  const enabled = options.maxMegabytes > 0;
  /** Keys whose first request is being answered now, settled when its response ends. */
  const inFlight = new Map<string, Promise<void>>();

  return {
    /** Express middleware; `viewerOf` resolves the caller once, for the cache and for Apollo's context. */
    middleware(viewerOf: (req: Request, res: Response) => Promise<Viewer>) {
      return async (req: Request, res: Response, next: NextFunction): Promise<void> => {
        try {
          const viewer = await viewerOf(req, res);
          res.locals.viewer = viewer;
          // The same answer goes out under the media type the caller accepts, so that is part of the key.
          const mediaType = responseMediaType(req.headers.accept);
          // A caller who must change a one-time password may read nothing, cached or not (Apollo refuses it).
          if (
            !enabled ||
            !mediaType ||
            viewer.mustChangePassword ||
            req.method !== 'POST' ||
            !req.is('application/json') ||
            typeof req.body !== 'object' ||
            req.body === null
          ) {
            return next();
          }
          const key = createHash('sha256')
            .update(
              `${await version.current()}\u0000${audienceOf(viewer)}\u0000${mediaType}\u0000${JSON.stringify(req.body)}`,
            )
            .digest('base64');
          const send = (body: Buffer, how: 'hit' | 'shared'): void => {
            res.writeHead(200, {
              'content-type': `${mediaType}; charset=utf-8`,
              'content-length': body.length,
              'x-response-cache': how,
            });
            res.end(body);
          };
          const hit = cache.get(key);
          if (hit !== undefined) return send(hit, 'hit');
          // The same question already being answered (a meeting opening one shared link, every open page after a
          // restart): wait for that answer rather than do the same work again. If it was not stored (an error, an
          // answer too large), this request does its own work.
          const pending = inFlight.get(key);
          if (pending) {
            await pending;
            const shared = cache.get(key);
            if (shared !== undefined) return send(shared, 'shared');
          } else {
            let answered = (): void => undefined;
            inFlight.set(key, new Promise<void>((resolve) => (answered = resolve)));
            // 'close' follows the end of the response, and an abandoned request too: waiters are never left behind.
            res.once('close', () => {
              inFlight.delete(key);
              answered();
            });
          }
          const port: ResponseCachePort = {
            store: (body) => {
              const bytes = Buffer.from(body, 'utf8');
              if (bytes.length <= MAX_ENTRY_BYTES) cache.set(key, bytes);
            },
          };
          res.locals.responseCache = port;
          next();
        } catch {
          // A refused token, or Neo4j unreachable for the version check: no caching; Apollo's context resolves the
          // caller again and answers with the error's code and status.
          next();
        }
      };
    },
    clear: () => cache.clear(),
    get size(): number {
      return cache.size;
    },
  };
}

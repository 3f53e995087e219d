/**
 * /embed/<view id>: the page without its chrome, showing one embedded view (client/src/views/embed). Only the
 * origins an administrator lists may show it in a frame: the Content-Security-Policy's frame-ancestors names them
 * ('none' when the list is empty), and X-Frame-Options, which cannot name other sites, is left out here.
 */
import { join } from 'node:path';

import { Router } from 'express';

import type { Database } from '../db/database';
import { embedOrigins } from '../domain/embeds';
import { policyWithFrameAncestors } from './contentPolicy';

export function embedRouter(db: Database, clientDist: string): Router {
  const router = Router();
  router.get('/embed/:id', async (_req, res, next) => {
    try {
      const origins = await embedOrigins(db);
      res.removeHeader('X-Frame-Options');
      res.setHeader('Content-Security-Policy', policyWithFrameAncestors(origins));
      // The list can change at any time: no copy of this answer may be reused.
      res.setHeader('Cache-Control', 'no-store');
      res.sendFile(join(clientDist, 'index.html'));
    } catch (error) {
      next(error);
    }
  });
  return router;
}

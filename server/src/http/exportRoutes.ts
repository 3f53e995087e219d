import express, { Router, type Request, type Response } from 'express';

import type { SecurityConfig } from '../config';
import type { Database } from '../db/database';
import { parseInput } from '../domain/validation';
import { requirePasswordChanged, Viewer } from '../domain/viewer';
import { DomainError } from '../errors';
import { exportGraph, exportRequestSchema } from '../export/exportGraph';
import { FORMAT_INFO } from '../export/formats';
import { sendError } from './errors';
import { requestCaller } from './session';

/** The caller, resolved exactly as /graphql does; anonymous callers only where anonymous reading is on. */
export async function requestViewer(
  db: Database,
  req: Request,
  res: Response,
  security: SecurityConfig,
): Promise<Viewer> {
  const viewer = await requestCaller(db, req, res, security.secureCookies);
  if (viewer.anonymous && !security.anonymousRead) throw new DomainError('UNAUTHENTICATED', 'Sign in to export data');
  requirePasswordChanged(viewer);
  return viewer;
}

/**
 * GET  /api/export?format=graphml|gexf|cyjs|csv[&actors=id,id…][&measures=true]  — whole database, or the listed actors.
 * POST /api/export {format, actorIds, measures}                                     — the current view (long id lists).
 * measures=true adds each actor's network measures (CSV, GraphML, GEXF).
 * The body streams as Neo4j returns rows, so the whole database never sits in memory.
 */
export function exportRouter(db: Database, security: SecurityConfig): Router {
  const router = Router();
  const handle = async (req: Request, res: Response, input: unknown): Promise<void> => {
    let started = false;
    try {
      const viewer = await requestViewer(db, req, res, security);
      const request = parseInput(exportRequestSchema, input);
      const info = FORMAT_INFO[request.format];
      const scope = request.actorIds ? 'view' : 'all';
      res.status(200).type(info.contentType);
      res.attachment(`reform-atlas-${scope}-${new Date().toISOString().slice(0, 10)}.${info.extension}`);
      res.setHeader('cache-control', 'no-store');
      started = true;
      await exportGraph(db, viewer, request, res);
    } catch (error) {
      // Once bytes are out the status cannot change: cut the connection so the file is visibly incomplete.
      if (started && res.headersSent) res.destroy(error instanceof Error ? error : new Error(String(error)));
      else sendError(res, error);
    }
  };
  router.get('/export', (req, res) => {
    const actors =
      typeof req.query.actors === 'string' ? req.query.actors.split(',').filter((s) => s.length > 0) : null;
    const measures = req.query.measures === 'true' || req.query.measures === '1';
    return handle(req, res, { format: req.query.format, actorIds: actors, measures });
  });
  router.post('/export', express.json({ limit: '2mb' }), (req, res) => handle(req, res, req.body));
  return router;
}

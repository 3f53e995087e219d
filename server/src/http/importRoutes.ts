import { randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';

import { Router } from 'express';

import type { SecurityConfig } from '../config';
import type { Database } from '../db/database';
import { requirePasswordChanged } from '../domain/auth/accounts';
import { requireEditor } from '../domain/actors';
import { DomainError } from '../domain/errors';
import { importFiles } from '../import/importer';
import { sendError } from './errors';
import { requestCaller } from './session';

export const MAX_IMPORT_BYTES = 60 * 1024 * 1024;

/**
 * POST /api/import?filename=sheet.xlsx[&commit=true] with the file as the raw request body.
 * Analysts and administrators only. The body streams to a temporary file and goes through the same
 * importFiles() as the CLI; without commit=true it is a dry run. Answers the ImportReport as JSON.
 */
export function importRouter(db: Database, security: SecurityConfig): Router {
  const router = Router();
  router.post('/import', async (req, res) => {
    let dir: string | null = null;
    try {
      const viewer = await requestCaller(db, req, res, security.secureCookies);
      requireEditor(viewer);
      requirePasswordChanged(viewer);
      const filename = typeof req.query.filename === 'string' ? basename(req.query.filename) : '';
      if (!filename) throw new DomainError('BAD_USER_INPUT', 'filename: give the file name (e.g. ?filename=actors.csv) so its type is known', 'filename');
      dir = await mkdtemp(join(tmpdir(), 'ra-import-'));
      const path = join(dir, `${randomUUID()}-${filename}`);
      let bytes = 0;
      const limit = new Transform({
        transform(chunk: Buffer, _enc, done) {
          bytes += chunk.length;
          if (bytes > MAX_IMPORT_BYTES) done(new DomainError('BAD_USER_INPUT', `file: larger than ${MAX_IMPORT_BYTES / 1024 / 1024} MB`, 'file'));
          else done(null, chunk);
        },
      });
      await pipeline(req, limit, createWriteStream(path));
      const report = await importFiles(db, viewer, [{ path, name: filename }], { dryRun: req.query.commit !== 'true' });
      res.status(report.issueCount > 0 ? 422 : 200).json(report);
    } catch (error) {
      sendError(res, error);
    } finally {
      if (dir) await rm(dir, { recursive: true, force: true });
    }
  });
  return router;
}

import { createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';

import { Router, type Request, type Response } from 'express';

import type { SecurityConfig } from '../config';
import type { Database } from '../db/database';
import { requireEditor, requirePasswordChanged } from '../domain/viewer';
import { DomainError } from '../errors';
import { importFiles } from '../import/importer';
import { sendError } from './errors';
import { requestCaller } from './session';

export const MAX_IMPORT_BYTES = 60 * 1024 * 1024;
const MAX_NAME_LENGTH = 255;
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001F\u007F]/;

/** The uploaded file's name (it decides how the file is read): its last path segment, of a sane length. */
function uploadName(query: unknown): string {
  const name = typeof query === 'string' ? basename(query.replace(/\\/g, '/')) : '';
  if (!name)
    throw new DomainError(
      'BAD_USER_INPUT',
      'filename: give the file name (e.g. ?filename=actors.csv) so its type is known',
      'filename',
    );
  if (name.length > MAX_NAME_LENGTH)
    throw new DomainError('BAD_USER_INPUT', `filename: at most ${MAX_NAME_LENGTH} characters`, 'filename');
  if (CONTROL.test(name))
    throw new DomainError('BAD_USER_INPUT', 'filename: must not contain control characters', 'filename');
  return name;
}

function tooLarge(res: Response): void {
  res.status(413).json({
    errors: [
      {
        message: `file: larger than ${MAX_IMPORT_BYTES / 1024 / 1024} MB`,
        extensions: { code: 'BAD_USER_INPUT', field: 'file' },
      },
    ],
  });
}

/**
 * Streams the body to `path`. Past the limit it answers false and reads the rest of the body without keeping it:
 * the answer can then be sent whole, where cutting the connection would leave the client with a reset instead.
 */
function receive(req: Request, path: string): Promise<boolean> {
  return new Promise((resolve, reject) => {
    const out = createWriteStream(path);
    let bytes = 0;
    let over = false;
    const fail = (error: Error): void => {
      out.destroy();
      reject(error);
    };
    req.on('data', (chunk: Buffer) => {
      if (over) return;
      bytes += chunk.length;
      if (bytes > MAX_IMPORT_BYTES) {
        over = true;
        out.destroy();
        resolve(false);
      } else if (!out.write(chunk)) {
        req.pause();
        out.once('drain', () => req.resume());
      }
    });
    req.on('end', () => {
      if (!over) out.end();
    });
    req.on('close', () => {
      if (!over && !req.complete) fail(new DomainError('BAD_USER_INPUT', 'file: the upload was interrupted', 'file'));
    });
    req.on('error', (error) => {
      if (!over) fail(error);
    });
    out.on('finish', () => resolve(true));
    out.on('error', (error) => {
      if (!over) fail(error);
    });
  });
}

/**
 * POST /api/import?filename=sheet.xlsx[&commit=true] with the file as the raw request body.
 * Analysts and administrators only. The body streams to a temporary file and goes through the same
 * importFiles() as the CLI; without commit=true it is a dry run. Answers the ImportReport as JSON
 * (422 when it lists issues), 413 for a body over 60 MB.
 */
export function importRouter(db: Database, security: SecurityConfig): Router {
  const router = Router();
  router.post('/import', async (req, res) => {
    let dir: string | null = null;
    let reply: () => void;
    try {
      const viewer = await requestCaller(db, req, res, security.secureCookies);
      requireEditor(viewer);
      requirePasswordChanged(viewer);
      const filename = uploadName(req.query.filename);
      if (Number(req.headers['content-length'] ?? 0) > MAX_IMPORT_BYTES) {
        req.resume();
        reply = () => tooLarge(res);
      } else {
        dir = await mkdtemp(join(tmpdir(), 'ra-import-'));
        // The user's name is kept for messages and to choose the reader; the file on disk has a fixed name.
        const path = join(dir, 'upload');
        if (!(await receive(req, path))) {
          reply = () => tooLarge(res);
        } else {
          const report = await importFiles(db, viewer, [{ path, name: filename }], {
            dryRun: req.query.commit !== 'true',
          });
          reply = () => res.status(report.issueCount > 0 ? 422 : 200).json(report);
        }
      }
    } catch (error) {
      // An answer before the body was read (401, 403, a bad name): the rest of the body is read and dropped.
      req.resume();
      reply = () => sendError(res, error);
    }
    // The scratch folder goes before the answer: once a client has its answer, nothing of its upload is on disk.
    if (dir) await rm(dir, { recursive: true, force: true });
    reply();
  });
  return router;
}

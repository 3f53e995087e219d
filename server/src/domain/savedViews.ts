import { randomUUID } from 'node:crypto';

import { z } from 'zod';

import type { Database, Row } from '../db/database';
import { requireEditor } from './actors';
import { auditedWrite } from './audit';
import { DomainError, notFound } from './errors';
import { nameSchema, parseInput } from './validation';
import { canSeeSensitive, type Viewer } from './viewer';

export interface SavedViewRecord {
  id: string;
  name: string;
  description: string | null;
  /** The explorer's view state as JSON (filters, layout, selection, focus, path). */
  state: string;
  createdBy: string | null;
  createdAt: string;
}

const MAX_STATE = 64 * 1024;

const saveViewSchema = z.object({
  name: nameSchema,
  description: z.string().trim().max(2000).nullish().transform((v) => v || null),
  state: z.string().max(MAX_STATE, `must be at most ${MAX_STATE} characters`),
});

function toRecord(row: Row): SavedViewRecord {
  const v = row.view as Record<string, unknown>;
  return {
    id: String(v.id),
    name: String(v.name),
    description: (v.description as string | null | undefined) ?? null,
    state: String(v.state),
    createdBy: (v.createdBy as string | null | undefined) ?? null,
    createdAt: String(v.createdAt),
  };
}

function decoded(text: string): string {
  try {
    return decodeURIComponent(text.replace(/\+/g, ' '));
  } catch {
    return text;
  }
}

/**
 * Every string in the state, split the way URL query strings and lists are, and the actor id inside
 * "actor:<id>" keys: anything that could name an actor.
 */
function stringsIn(value: unknown, out: Set<string>): Set<string> {
  if (typeof value === 'string') {
    for (const part of decoded(value).split(/[\s,;|&=?#]+/)) {
      out.add(part);
      if (part.startsWith('actor:')) out.add(part.slice('actor:'.length));
    }
  } else if (Array.isArray(value)) {
    for (const v of value) stringsIn(v, out);
  } else if (value && typeof value === 'object') {
    for (const v of Object.values(value)) stringsIn(v, out);
  }
  return out;
}

export async function listSavedViews(db: Database, viewer: Viewer): Promise<SavedViewRecord[]> {
  return (await db.read('saved-views-list', { canSeeSensitive: canSeeSensitive(viewer) })).map(toRecord);
}

export async function getSavedView(db: Database, viewer: Viewer, id: string): Promise<SavedViewRecord> {
  const [row] = await db.read('saved-view-get', { id, canSeeSensitive: canSeeSensitive(viewer) });
  if (!row) throw notFound('Saved view', id);
  return toRecord(row);
}

export async function saveView(db: Database, viewer: Viewer, input: unknown): Promise<SavedViewRecord> {
  requireEditor(viewer);
  const data = parseInput(saveViewSchema, input, 'input');
  let state: unknown;
  try {
    state = JSON.parse(data.state);
  } catch {
    throw new DomainError('BAD_USER_INPUT', 'input.state: must be JSON', 'input.state');
  }
  const id = randomUUID();
  return auditedWrite(db, viewer, { kind: 'savedView', id, action: 'saveView', summary: data.name }, async (tx) => {
    const [row] = await tx.run('saved-view-create', {
      view: { id, name: data.name, description: data.description, state: data.state, createdBy: viewer.userId ?? null },
      candidateIds: [...stringsIn(state, new Set())],
      now: new Date().toISOString(),
    });
    if (!row) throw new Error('saved-view-create returned no row');
    return toRecord(row);
  });
}

/** Deletes a view and records it, with the view as it was, in the same transaction; nothing is recorded if it is absent. */
export async function deleteSavedView(db: Database, viewer: Viewer, id: string): Promise<string> {
  requireEditor(viewer);
  return auditedWrite(db, viewer, { kind: 'savedView', id, action: 'deleteSavedView' }, async (tx) => {
    const [row] = await tx.run('saved-view-delete', { id, canSeeSensitive: canSeeSensitive(viewer) });
    if (!row) throw notFound('Saved view', id);
    return String(row.id);
  });
}

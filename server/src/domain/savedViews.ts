import { randomUUID } from 'node:crypto';

import { savedViewReferences } from '@reform-atlas/client/src/core/view/savedViewRefs';
import { z } from 'zod';

import type { Database, Row } from '../db/database';
import { DomainError, notFound } from '../errors';
import { auditedWrite } from './audit';
import { isViewVisible, type HiddenActor } from './savedViewVisibility';
import { nameSchema, parseInput } from './validation';
import { canSeeSensitive, requireEditor, type Viewer } from './viewer';

export interface SavedViewRecord {
  id: string;
  name: string;
  description: string | null;
  /** The explorer's view state as JSON (filters, layout, selection, focus, path). */
  state: string;
  createdBy: string | null;
  createdAt: string;
  /** Whether it may be embedded, and how (server/src/domain/embeds.ts). */
  embed: 'OFF' | 'LIVE' | 'FROZEN';
  frozenAt: string | null;
}

const MAX_STATE = 64 * 1024;

const saveViewSchema = z.object({
  name: nameSchema,
  description: z
    .string()
    .trim()
    .max(2000)
    .nullish()
    .transform((v) => v || null),
  state: z.string().max(MAX_STATE, `must be at most ${MAX_STATE} characters`),
});

/** A saved view's node as the queries return it: what it shows, and what it refers to (for visibility). */
export type StoredView = {
  id: string;
  name: string;
  description?: string | null;
  state: string;
  createdBy?: string | null;
  createdAt: string;
  actorRefs?: string[] | null;
  searchTexts?: string[] | null;
  embedMode?: 'LIVE' | 'FROZEN' | null;
  frozenAt?: string | null;
};

export function toRecord(v: StoredView): SavedViewRecord {
  return {
    id: String(v.id),
    name: String(v.name),
    description: v.description ?? null,
    state: String(v.state),
    createdBy: v.createdBy ?? null,
    createdAt: String(v.createdAt),
    embed: v.embedMode ?? 'OFF',
    frozenAt: v.frozenAt ? String(v.frozenAt) : null,
  };
}

/** Views read at most, newest first, before those the reader may not see are left out. */
const READ_LIMIT = 2_000;
const LIST_LIMIT = 500;

export function hiddenOf(row: Row | undefined): HiddenActor[] {
  return ((row?.hidden as Array<{ id: string; searchKey?: string | null }> | undefined) ?? []).map((a) => ({
    id: String(a.id),
    searchKey: a.searchKey ?? null,
  }));
}

export function visible(view: StoredView, hidden: readonly HiddenActor[]): boolean {
  return isViewVisible(
    {
      name: String(view.name ?? ''),
      description: view.description ?? null,
      state: String(view.state ?? ''),
      actorRefs: view.actorRefs ?? null,
      searchTexts: view.searchTexts ?? null,
    },
    hidden,
  );
}

/** Views the viewer may see, newest first: visibility is decided now, from what each view refers to now. */
export async function listSavedViews(db: Database, viewer: Viewer): Promise<SavedViewRecord[]> {
  const [row] = await db.read('saved-views-list', { canSeeSensitive: canSeeSensitive(viewer), limit: READ_LIMIT });
  const hidden = hiddenOf(row);
  return ((row?.views as StoredView[] | undefined) ?? [])
    .filter((view) => visible(view, hidden))
    .slice(0, LIST_LIMIT)
    .map(toRecord);
}

/** One view; a view the viewer may not see answers NOT_FOUND, word for word as a view that does not exist. */
export async function getSavedView(db: Database, viewer: Viewer, id: string): Promise<SavedViewRecord> {
  const [row] = await db.read('saved-view-get', { id, canSeeSensitive: canSeeSensitive(viewer) });
  const view = row?.view as StoredView | undefined;
  if (!view || !visible(view, hiddenOf(row))) throw notFound('Saved view', id);
  return toRecord(view);
}

export async function saveView(db: Database, viewer: Viewer, input: unknown): Promise<SavedViewRecord> {
  requireEditor(viewer);
  const data = parseInput(saveViewSchema, input, 'input');
  try {
    JSON.parse(data.state);
  } catch {
    throw new DomainError('BAD_USER_INPUT', 'input.state: must be JSON', 'input.state');
  }
  const refs = savedViewReferences(data.state);
  const id = randomUUID();
  return auditedWrite(db, viewer, { kind: 'savedView', id, action: 'saveView', summary: data.name }, async (tx) => {
    const [row] = await tx.run('saved-view-create', {
      view: {
        id,
        name: data.name,
        description: data.description,
        state: data.state,
        createdBy: viewer.userId ?? null,
        actorRefs: refs.actorIds,
        searchTexts: refs.searchTexts,
      },
      now: new Date().toISOString(),
    });
    if (!row) throw new Error('saved-view-create returned no row');
    return toRecord(row.view as StoredView);
  });
}

/** Deletes a view and records it, with the view as it was, in the same transaction; nothing is recorded if it is absent. */
export async function deleteSavedView(db: Database, viewer: Viewer, id: string): Promise<string> {
  requireEditor(viewer);
  return auditedWrite(db, viewer, { kind: 'savedView', id, action: 'deleteSavedView' }, async (tx) => {
    const [row] = await tx.run('saved-view-delete', { id });
    if (!row) throw notFound('Saved view', id);
    return String(row.id);
  });
}

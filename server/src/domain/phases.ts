import { z } from 'zod';

import type { Database } from '../db/database';
import { conflict, DomainError, notFound } from '../errors';
import { slugOf } from './actorIds';
import { auditedWrite } from './audit';
import { idSchema, isoDateSchema, nameSchema, parseInput } from './validation';
import { requireEditor, type Viewer } from './viewer';

/** A programme phase: a named span on the same time axis as activities. */
export interface PhaseRecord {
  id: string;
  name: string;
  /** ISO dates; end null while the phase runs. */
  start: string;
  end: string | null;
  description: string | null;
}

const phaseInputSchema = z.object({
  id: idSchema.nullish(),
  name: nameSchema,
  start: isoDateSchema,
  end: isoDateSchema.nullish().transform((v) => v ?? null),
  description: z
    .string()
    .trim()
    .max(2000, 'must be at most 2000 characters')
    .nullish()
    .transform((v) => v || null),
});

function parsePhase(input: unknown) {
  const data = parseInput(phaseInputSchema, input, 'input');
  if (data.end && data.end < data.start) {
    throw new DomainError('BAD_USER_INPUT', `input.end: must not be before start (${data.start})`, 'input.end');
  }
  return data;
}

/** Phases are public programme structure: everyone who may read the map may read them. */
export async function listPhases(db: Database): Promise<PhaseRecord[]> {
  const rows = await db.read('phases-list', {});
  return rows.map((r) => r.phase as PhaseRecord);
}

async function savePhase(db: Database, viewer: Viewer, id: string, input: unknown, create: boolean) {
  requireEditor(viewer);
  const data = parsePhase(input);
  const { name, start, end, description } = data;
  return auditedWrite(
    db,
    viewer,
    { kind: 'phase', id, action: create ? 'createPhase' : 'updatePhase', summary: name },
    async (tx) => {
      const [row] = await tx.run('phase-save', { id, create, phase: { name, start, end, description } });
      if (row?.nameTaken) throw conflict(`Another phase is already called '${name}'`);
      if (create && row?.existed) throw conflict(`A phase with id '${id}' already exists`);
      if (!row?.phase) throw notFound('Phase', id);
      return row.phase as PhaseRecord;
    },
  );
}

export function createPhase(db: Database, viewer: Viewer, input: unknown): Promise<PhaseRecord> {
  const given = (input as { id?: unknown } | null)?.id;
  const name = (input as { name?: unknown } | null)?.name;
  const id = typeof given === 'string' && given ? given : `phase-${slugOf(String(name ?? '')) || 'unnamed'}`;
  return savePhase(db, viewer, parseInput(idSchema, id, 'input.id'), input, true);
}

export function updatePhase(db: Database, viewer: Viewer, id: string, input: unknown): Promise<PhaseRecord> {
  return savePhase(db, viewer, id, input, false);
}

export async function deletePhase(db: Database, viewer: Viewer, id: string): Promise<string> {
  requireEditor(viewer);
  return auditedWrite(db, viewer, { kind: 'phase', id, action: 'deletePhase' }, async (tx) => {
    const [row] = await tx.run('phase-delete', { id });
    if (!row) throw notFound('Phase', id);
    return String(row.id);
  });
}

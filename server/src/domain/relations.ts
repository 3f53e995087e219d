import type { Confidence, Position } from '@reform-atlas/vocabulary';
import { z } from 'zod';

import type { Database, Row, Tx } from '../db/database';
import { badInput, DomainError, notFound } from '../errors';
import { auditedWrite } from './audit';
import { historyLists, withPosition, type HistoryEntry } from './positionHistory';
import {
  defaultProvenance,
  idSchema,
  isoDateSchema,
  optionalYearSchema,
  orDefault,
  parseInput,
  positionSchema,
  prioritySchema,
  provenanceSchema,
} from './validation';
import { canSeeSensitive, requireEditor, type Viewer } from './viewer';

const now = (): string => new Date().toISOString();
const optionalDay = isoDateSchema.nullish().transform((v) => v ?? null);

/** A tie's last day may not come before its first (both inclusive). */
const endNotBeforeStart = (v: { validFrom?: string | null; validTo: string | null }, ctx: z.RefinementCtx): void => {
  if (v.validFrom && v.validTo && v.validTo < v.validFrom) {
    ctx.addIssue({ code: 'custom', path: ['validTo'], message: `must not be before validFrom (${v.validFrom})` });
  }
};

/** A membership's role or a collaboration's kind. */
export const linkLabelSchema = z.string().trim().max(100, 'must be at most 100 characters');

export const membershipSchema = z
  .object({
    actorId: idSchema,
    groupId: idSchema,
    role: linkLabelSchema.nullish().transform((v) => v || 'member'),
    since: optionalYearSchema,
    provenance: orDefault(provenanceSchema, defaultProvenance),
    sensitive: orDefault(z.boolean(), () => false),
    validFrom: optionalDay,
    validTo: optionalDay,
  })
  .superRefine(endNotBeforeStart);

export const interestSchema = z.object({
  actorId: idSchema,
  themeId: idSchema,
  position: positionSchema,
  priority: orDefault(prioritySchema, () => 2),
  provenance: orDefault(provenanceSchema, defaultProvenance),
  sensitive: orDefault(z.boolean(), () => false),
  positionFrom: optionalDay,
  validTo: optionalDay,
});

export const collaborationSchema = z
  .object({
    fromId: idSchema,
    toId: idSchema,
    kind: linkLabelSchema.nullish().transform((v) => v || 'collaboration'),
    since: optionalYearSchema,
    provenance: orDefault(provenanceSchema, defaultProvenance),
    sensitive: orDefault(z.boolean(), () => false),
    validFrom: optionalDay,
    validTo: optionalDay,
  })
  .superRefine(endNotBeforeStart);

/** Returns the actor id whose record changed, for the caller to read back. */
export async function addMembership(db: Database, viewer: Viewer, input: unknown): Promise<string> {
  requireEditor(viewer);
  const data = parseInput(membershipSchema, input, 'input');
  await auditedWrite(
    db,
    viewer,
    { kind: 'actor', id: data.actorId, action: 'addMembership', summary: `member of ${data.groupId}` },
    async (tx) => {
      const rows = await tx.run('membership-add', { ...data, canSeeSensitive: canSeeSensitive(viewer), now: now() });
      if (!rows[0]?.actorFound) throw notFound('Actor', data.actorId);
      if (!rows[0].groupFound) throw notFound('Network or coalition', data.groupId);
      return rows;
    },
  );
  return data.actorId;
}

export async function removeMembership(
  db: Database,
  viewer: Viewer,
  actorId: string,
  groupId: string,
): Promise<string> {
  requireEditor(viewer);
  await auditedWrite(
    db,
    viewer,
    { kind: 'actor', id: actorId, action: 'removeMembership', summary: `left ${groupId}` },
    async (tx) => {
      const rows = await tx.run('membership-remove', {
        actorId,
        groupId,
        canSeeSensitive: canSeeSensitive(viewer),
        now: now(),
      });
      if (!rows[0] || Number(rows[0].removed) === 0)
        throw new DomainError('NOT_FOUND', `'${actorId}' is not a member of '${groupId}'`);
      return rows;
    },
  );
  return actorId;
}

/** What writeInterest records: an interest as setInterest and an accepted capture give it. */
export interface InterestWrite {
  actorId: string;
  themeId: string;
  position: Position;
  priority: number;
  provenance: { source: string; recordedAt: string; confidence: Confidence };
  sensitive: boolean;
  positionFrom?: string | null;
  validTo?: string | null;
}

/**
 * Records an interest in the caller's transaction: its position is added to the dated history (read in the same
 * transaction, so nothing between the read and the write is lost), never written over it.
 */
export async function writeInterest(tx: Tx, data: InterestWrite, canSee: boolean): Promise<Row[]> {
  const [recorded] = await tx.run('interest-history', {
    actorId: data.actorId,
    themeId: data.themeId,
    canSeeSensitive: canSee,
  });
  const before = (recorded?.history as HistoryEntry[] | undefined) ?? [];
  const history = withPosition(before, {
    position: data.position,
    from: data.positionFrom ?? data.provenance.recordedAt,
    source: data.provenance.source,
    confidence: data.provenance.confidence,
  });
  const first = history[0]?.from;
  if (data.validTo && first && data.validTo < first) {
    throw badInput('validTo', `must not be before the interest's first day (${first})`);
  }
  return tx.run('interest-set', {
    actorId: data.actorId,
    themeId: data.themeId,
    priority: data.priority,
    provenance: data.provenance,
    sensitive: data.sensitive,
    history: historyLists(history),
    validTo: data.validTo ?? null,
    canSeeSensitive: canSee,
    now: now(),
  });
}

export async function setInterest(db: Database, viewer: Viewer, input: unknown): Promise<string> {
  requireEditor(viewer);
  const data = parseInput(interestSchema, input, 'input');
  await auditedWrite(
    db,
    viewer,
    { kind: 'actor', id: data.actorId, action: 'setInterest', summary: `${data.position} ${data.themeId}` },
    async (tx) => {
      const rows = await writeInterest(tx, data, canSeeSensitive(viewer));
      if (!rows[0]?.actorFound) throw notFound('Actor', data.actorId);
      if (!rows[0].themeFound) throw notFound('Theme', data.themeId);
      return rows;
    },
  );
  return data.actorId;
}

export async function removeInterest(db: Database, viewer: Viewer, actorId: string, themeId: string): Promise<string> {
  requireEditor(viewer);
  await auditedWrite(
    db,
    viewer,
    { kind: 'actor', id: actorId, action: 'removeInterest', summary: `no longer ${themeId}` },
    async (tx) => {
      const rows = await tx.run('interest-remove', {
        actorId,
        themeId,
        canSeeSensitive: canSeeSensitive(viewer),
        now: now(),
      });
      if (!rows[0] || Number(rows[0].removed) === 0)
        throw new DomainError('NOT_FOUND', `'${actorId}' has no recorded interest in '${themeId}'`);
      return rows;
    },
  );
  return actorId;
}

export async function addCollaboration(db: Database, viewer: Viewer, input: unknown): Promise<string> {
  requireEditor(viewer);
  const data = parseInput(collaborationSchema, input, 'input');
  if (data.fromId === data.toId) throw badInput('toId', 'an actor cannot collaborate with itself');
  await auditedWrite(
    db,
    viewer,
    { kind: 'actor', id: data.fromId, action: 'addCollaboration', summary: `with ${data.toId}` },
    async (tx) => {
      const rows = await tx.run('collaboration-add', { ...data, canSeeSensitive: canSeeSensitive(viewer), now: now() });
      if (!rows[0]?.fromFound) throw notFound('Actor', data.fromId);
      if (!rows[0].toFound) throw notFound('Actor', data.toId);
      return rows;
    },
  );
  return data.fromId;
}

export async function removeCollaboration(db: Database, viewer: Viewer, fromId: string, toId: string): Promise<string> {
  requireEditor(viewer);
  await auditedWrite(
    db,
    viewer,
    { kind: 'actor', id: fromId, action: 'removeCollaboration', summary: `no longer with ${toId}` },
    async (tx) => {
      const rows = await tx.run('collaboration-remove', {
        fromId,
        toId,
        canSeeSensitive: canSeeSensitive(viewer),
        now: now(),
      });
      if (!rows[0] || Number(rows[0].removed) === 0)
        throw new DomainError('NOT_FOUND', `No collaboration between '${fromId}' and '${toId}'`);
      return rows;
    },
  );
  return fromId;
}

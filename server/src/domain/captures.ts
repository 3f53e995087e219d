import { randomUUID } from 'node:crypto';

import {
  CONFIDENCE_LABELS,
  COUNTRY_NAMES,
  LEVEL_LABELS,
  POSITION_LABELS,
  SECTOR_LABELS,
  type Confidence,
  type CountryCode,
  type Position,
} from '@reform-atlas/vocabulary';
import { z } from 'zod';

import type { Database, Row, Tx } from '../db/database';
import { conflict, DomainError, notFound, type FieldIssue } from '../errors';
import { newActorId, randomIdSuffix } from './actorIds';
import { auditedWrite } from './audit';
import { linkLabelSchema, writeInterest } from './relations';
import { normaliseSearchText, actorSearchKey } from './searchText';
import {
  actorFieldsSchema,
  idSchema,
  optionalText,
  optionalYearSchema,
  orDefault,
  parseInput,
  positionSchema,
  prioritySchema,
  provenanceSchema,
  type ProvenanceInput,
} from './validation';
import { requireEditor, type Viewer } from './viewer';

/**
 * Capture in the room: entries typed during a workshop are stored as pending :Capture nodes (who, when, the session,
 * the session's provenance, the proposed change as JSON, and what was recorded about its target at that moment). They
 * change nothing on the map until an analyst accepts one; accepting applies it with the same Cypher the editing
 * mutations run (actor-create, interest-set, membership-add, collaboration-add), audited like them, in one write
 * transaction that also marks the capture accepted. A rejected capture stays, marked rejected, as the record.
 */
export type CaptureKind = 'ACTOR' | 'POSITION' | 'COLLABORATION' | 'MEMBERSHIP';
export type CaptureStatus = 'PENDING' | 'ACCEPTED' | 'REJECTED';

export interface CaptureDiffLine {
  label: string;
  before: string | null;
  after: string | null;
}

export interface CaptureRecord {
  id: string;
  sessionId: string;
  kind: CaptureKind;
  status: CaptureStatus;
  summary: string;
  provenance: { source: string; recordedAt: string; confidence: Confidence };
  sensitive: boolean;
  capturedBy: string | null;
  capturedAt: string;
  reviewedBy: string | null;
  reviewedAt: string | null;
  note: string | null;
  actorId: string | null;
  diff: CaptureDiffLine[];
  conflict: string | null;
}

const MAX_LIST = 500;

const flag = orDefault(z.boolean(), () => false);
const actorEntrySchema = actorFieldsSchema
  .pick({ name: true, altNames: true, acronym: true, sector: true, level: true, influence: true, sensitive: true })
  .extend({
    basedIn: actorFieldsSchema.shape.basedIn,
    description: optionalText(5000),
  });
const positionEntrySchema = z.object({
  actorId: idSchema,
  themeId: idSchema,
  position: positionSchema,
  priority: orDefault(prioritySchema, () => 2),
  sensitive: flag,
});
const collaborationEntrySchema = z.object({
  actorId: idSchema,
  partnerId: idSchema,
  kind: linkLabelSchema.nullish().transform((v) => v || 'collaboration'),
  since: optionalYearSchema,
  sensitive: flag,
});
const membershipEntrySchema = z.object({
  actorId: idSchema,
  groupId: idSchema,
  role: linkLabelSchema.nullish().transform((v) => v || 'member'),
  since: optionalYearSchema,
  sensitive: flag,
});

const ENTRY_KEYS = ['actor', 'position', 'collaboration', 'membership'] as const;
const captureSchema = z
  .object({
    session: z.object({ id: idSchema, provenance: provenanceSchema }),
    actor: actorEntrySchema.nullish(),
    position: positionEntrySchema.nullish(),
    collaboration: collaborationEntrySchema.nullish(),
    membership: membershipEntrySchema.nullish(),
  })
  .refine((c) => ENTRY_KEYS.filter((k) => c[k]).length === 1, {
    message: 'give exactly one entry: an actor, a position, a collaboration or a membership',
    path: ['entry'],
  })
  .refine((c) => !c.collaboration || c.collaboration.actorId !== c.collaboration.partnerId, {
    message: 'an actor cannot collaborate with itself',
    path: ['collaboration', 'partnerId'],
  });

type ActorEntry = z.output<typeof actorEntrySchema>;
type PositionEntry = z.output<typeof positionEntrySchema>;
type CollaborationEntry = z.output<typeof collaborationEntrySchema>;
type MembershipEntry = z.output<typeof membershipEntrySchema>;
type Entry =
  | { kind: 'ACTOR'; actor: ActorEntry }
  | { kind: 'POSITION'; position: PositionEntry }
  | { kind: 'COLLABORATION'; collaboration: CollaborationEntry }
  | { kind: 'MEMBERSHIP'; membership: MembershipEntry };

/** What a capture points at, as capture-targets.cypher looks it up. */
interface Target {
  key: string;
  actorId: string | null;
  partnerId: string | null;
  groupId: string | null;
  themeId: string | null;
  nameKey: string | null;
  basedIn: string | null;
}

interface Named {
  id: string;
  name: string;
  sensitive?: boolean | null;
}
type Link = Record<string, unknown>;
/** A row of capture-targets.cypher. */
interface TargetState {
  actor: (Named & { version: number }) | null;
  partner: Named | null;
  theme: Named | null;
  grp: Named | null;
  interest: Link | null;
  membership: Link | null;
  collaboration: Link | null;
  duplicate: Named | null;
}

function targetOf(key: string, entry: Entry): Target {
  const none = { key, actorId: null, partnerId: null, groupId: null, themeId: null, nameKey: null, basedIn: null };
  switch (entry.kind) {
    case 'ACTOR':
      return { ...none, nameKey: normaliseSearchText(entry.actor.name), basedIn: entry.actor.basedIn };
    case 'POSITION':
      return { ...none, actorId: entry.position.actorId, themeId: entry.position.themeId };
    case 'COLLABORATION':
      return { ...none, actorId: entry.collaboration.actorId, partnerId: entry.collaboration.partnerId };
    case 'MEMBERSHIP':
      return { ...none, actorId: entry.membership.actorId, groupId: entry.membership.groupId };
  }
}

async function readTargets(run: (params: Record<string, unknown>) => Promise<Row[]>, targets: Target[]) {
  const states = new Map<string, TargetState>();
  if (targets.length === 0) return states;
  for (const row of await run({ targets })) states.set(String(row.key), row as unknown as TargetState);
  return states;
}

/** The recorded link an entry would add or change (or, for a new actor, the namesake it would duplicate). */
function recordedNow(entry: Entry, state: TargetState): Link | Named | null {
  switch (entry.kind) {
    case 'ACTOR':
      return state.duplicate;
    case 'POSITION':
      return state.interest;
    case 'COLLABORATION':
      return state.collaboration;
    case 'MEMBERSHIP':
      return state.membership;
  }
}

/** A stable fingerprint: what accepting compares with what was recorded when the entry was captured. */
const fingerprint = (value: unknown): string =>
  JSON.stringify(value, (_k, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b)))
      : v,
  );

/** The parts of an entry that must still exist, each with the words for when it does not. */
function missingParts(entry: Entry, state: TargetState | undefined): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const need = (present: unknown, field: string, what: string): void => {
    if (!present) issues.push({ field, message: `no ${what} with this id is recorded` });
  };
  switch (entry.kind) {
    case 'ACTOR':
      break;
    case 'POSITION':
      need(state?.actor, 'input.position.actorId', 'actor');
      need(state?.theme, 'input.position.themeId', 'theme');
      break;
    case 'COLLABORATION':
      need(state?.actor, 'input.collaboration.actorId', 'actor');
      need(state?.partner, 'input.collaboration.partnerId', 'actor');
      break;
    case 'MEMBERSHIP':
      need(state?.actor, 'input.membership.actorId', 'actor');
      need(state?.grp, 'input.membership.groupId', 'network or coalition');
      break;
  }
  return issues;
}

const provenanceWords = (p: { source?: unknown; recordedAt?: unknown; confidence?: unknown }): string =>
  [
    p.source ? String(p.source) : null,
    p.recordedAt ? String(p.recordedAt).slice(0, 10) : null,
    p.confidence ? `${CONFIDENCE_LABELS[p.confidence as Confidence] ?? String(p.confidence)} confidence` : null,
  ]
    .filter(Boolean)
    .join(', ');

const sensitiveWords = (sensitive: unknown): string => (sensitive === true ? '; sensitive' : '');

function positionWords(link: Link, provenance: Link): string {
  const position = POSITION_LABELS[link.position as Position] ?? String(link.position);
  return `${position}, priority ${String(link.priority)} (${provenanceWords(provenance)})${sensitiveWords(link.sensitive)}`;
}

function tieWords(label: unknown, since: unknown, link: Link, provenance: Link): string {
  const sinceWords = since === null || since === undefined ? '' : `, since ${String(since)}`;
  return `${String(label)}${sinceWords} (${provenanceWords(provenance)})${sensitiveWords(link.sensitive)}`;
}

/** The entry as a diff against what is recorded now: one line per field or link it would add or change. */
function diffOf(entry: Entry, provenance: ProvenanceInput, state: TargetState | undefined): CaptureDiffLine[] {
  const p = provenance as unknown as Link;
  switch (entry.kind) {
    case 'ACTOR': {
      const a = entry.actor;
      const lines: CaptureDiffLine[] = [
        { label: 'Name', before: null, after: a.name },
        { label: 'Local-script names', before: null, after: a.altNames.length ? a.altNames.join(', ') : null },
        { label: 'Acronym', before: null, after: a.acronym },
        { label: 'Sector', before: null, after: SECTOR_LABELS[a.sector] },
        { label: 'Level', before: null, after: LEVEL_LABELS[a.level] },
        {
          label: 'Based in',
          before: null,
          after: a.basedIn ? `${COUNTRY_NAMES[a.basedIn as CountryCode]} (${provenanceWords(p)})` : null,
        },
        { label: 'Influence', before: null, after: String(a.influence) },
        { label: 'Description', before: null, after: a.description },
        { label: 'Sensitive', before: null, after: a.sensitive ? 'yes' : null },
      ];
      return lines.filter((l) => l.after !== null);
    }
    case 'POSITION': {
      const e = entry.position;
      const now = state?.interest ?? null;
      return [
        {
          label: `Position on ${state?.theme?.name ?? e.themeId}`,
          before: now ? positionWords(now, now) : null,
          after: positionWords(e, p),
        },
      ];
    }
    case 'COLLABORATION': {
      const e = entry.collaboration;
      const now = state?.collaboration ?? null;
      return [
        {
          label: `Collaboration with ${state?.partner?.name ?? e.partnerId}`,
          before: now ? tieWords(now.kind, now.since, now, now) : null,
          after: tieWords(e.kind, e.since, e, p),
        },
      ];
    }
    case 'MEMBERSHIP': {
      const e = entry.membership;
      const now = state?.membership ?? null;
      return [
        {
          label: `Member of ${state?.grp?.name ?? e.groupId}`,
          before: now ? tieWords(now.role, now.since, now, now) : null,
          after: tieWords(e.role, e.since, e, p),
        },
      ];
    }
  }
}

/** What the audit trail says an accepted entry did, in the words of the editing mutations' summaries. */
function auditWords(entry: Entry): string {
  switch (entry.kind) {
    case 'ACTOR':
      return entry.actor.name;
    case 'POSITION':
      return `${entry.position.position} ${entry.position.themeId}`;
    case 'COLLABORATION':
      return `with ${entry.collaboration.partnerId}`;
    case 'MEMBERSHIP':
      return `member of ${entry.membership.groupId}`;
  }
}

function summaryOf(entry: Entry, state: TargetState | undefined): string {
  const who = state?.actor?.name ?? (entry.kind === 'ACTOR' ? entry.actor.name : payloadActorId(entry));
  switch (entry.kind) {
    case 'ACTOR':
      return `New actor: ${entry.actor.name}`;
    case 'POSITION':
      return `${who} ${POSITION_LABELS[entry.position.position].toLowerCase()} ${state?.theme?.name ?? entry.position.themeId}`;
    case 'COLLABORATION':
      return `${who} works with ${state?.partner?.name ?? entry.collaboration.partnerId}`;
    case 'MEMBERSHIP':
      return `${who} is a member of ${state?.grp?.name ?? entry.membership.groupId}`;
  }
}

function payloadActorId(entry: Exclude<Entry, { kind: 'ACTOR' }>): string {
  switch (entry.kind) {
    case 'POSITION':
      return entry.position.actorId;
    case 'COLLABORATION':
      return entry.collaboration.actorId;
    case 'MEMBERSHIP':
      return entry.membership.actorId;
  }
}

/** Why accepting would be refused now (the target changed since the capture), or null. */
function conflictOf(entry: Entry, base: string, state: TargetState | undefined): string | null {
  const missing = missingParts(entry, state);
  if (missing.length > 0) {
    return `Something this entry refers to was deleted since it was captured (${missing.map((m) => m.field.split('.').pop()).join(', ')}).`;
  }
  if (!state || fingerprint(recordedNow(entry, state)) === base) return null;
  if (entry.kind === 'ACTOR') {
    return `An actor with this name in this country was recorded since this entry was captured (${state.duplicate?.name ?? ''}, ${state.duplicate?.id ?? ''}): record the position or tie against it instead.`;
  }
  return 'What is recorded about this link changed since this entry was captured: compare the two and capture it again if it still holds.';
}

/** A Capture node's properties as the capture queries return them. */
interface CaptureProps {
  id: string;
  sessionId: string;
  kind: CaptureKind;
  status: CaptureStatus;
  payload: string;
  base: string;
  actorId?: string | null;
  appliedTo?: string | null;
  sensitive?: boolean | null;
  source: string;
  recordedAt: string;
  confidence: Confidence;
  capturedBy?: string | null;
  capturedAt: string;
  reviewedBy?: string | null;
  reviewedAt?: string | null;
  note?: string | null;
}

const entryOf = (c: CaptureProps): Entry => {
  const data = JSON.parse(c.payload) as unknown;
  return { kind: c.kind, [c.kind.toLowerCase()]: data } as Entry;
};

const provenanceOf = (c: CaptureProps): ProvenanceInput => ({
  source: c.source,
  recordedAt: String(c.recordedAt).slice(0, 10),
  confidence: c.confidence,
});

/** Only the names of what an entry is about: a reviewed entry's diff is against nothing recorded. */
const names = (state: TargetState | undefined): TargetState | undefined =>
  state && { ...state, interest: null, membership: null, collaboration: null, duplicate: null };

function toCaptureRecord(c: CaptureProps, state: TargetState | undefined): CaptureRecord {
  const entry = entryOf(c);
  const pending = c.status === 'PENDING';
  return {
    id: c.id,
    sessionId: c.sessionId,
    kind: c.kind,
    status: c.status,
    summary: summaryOf(entry, state),
    provenance: provenanceOf(c),
    sensitive: c.sensitive === true || state?.actor?.sensitive === true || state?.partner?.sensitive === true,
    capturedBy: c.capturedBy ?? null,
    capturedAt: String(c.capturedAt),
    reviewedBy: c.reviewedBy ?? null,
    reviewedAt: c.reviewedAt ?? null,
    note: c.note ?? null,
    actorId: c.appliedTo ?? c.actorId ?? null,
    // Once reviewed, the diff and the conflict are history: the capture's own values, against nothing (the names of
    // what it is about are still read now).
    diff: diffOf(entry, provenanceOf(c), pending ? state : names(state)),
    conflict: pending ? conflictOf(entry, c.base, state) : null,
  };
}

/** Reviewing, and reading what was captured, is for those who may see everything: analysts and administrators. */
function requireReviewer(viewer: Viewer): void {
  if (viewer.anonymous) throw new DomainError('UNAUTHENTICATED', 'Sign in to see captured entries');
  if (viewer.role !== 'analyst' && viewer.role !== 'admin') {
    throw new DomainError('FORBIDDEN', 'Only analysts and administrators may see or review captured entries');
  }
}

function parseEntry(input: unknown): { entry: Entry; sessionId: string; provenance: ProvenanceInput } {
  const data = parseInput(captureSchema, input, 'input');
  const entry: Entry = data.actor
    ? { kind: 'ACTOR', actor: data.actor }
    : data.position
      ? { kind: 'POSITION', position: data.position }
      : data.collaboration
        ? { kind: 'COLLABORATION', collaboration: data.collaboration }
        : { kind: 'MEMBERSHIP', membership: data.membership as MembershipEntry };
  return { entry, sessionId: data.session.id, provenance: data.session.provenance };
}

const payloadOf = (entry: Entry): unknown => {
  switch (entry.kind) {
    case 'ACTOR':
      return entry.actor;
    case 'POSITION':
      return entry.position;
    case 'COLLABORATION':
      return entry.collaboration;
    case 'MEMBERSHIP':
      return entry.membership;
  }
};

/**
 * Captures one entry in a session: checked at once (every invalid field, then every id that names nothing), then
 * stored pending with what is recorded about its target now. Analysts and administrators only.
 */
export async function captureEntry(db: Database, viewer: Viewer, input: unknown): Promise<CaptureRecord> {
  requireEditor(viewer);
  const { entry, sessionId, provenance } = parseEntry(input);
  const id = randomUUID();
  const target = targetOf(id, entry);
  return db.writeTransaction(async (tx) => {
    const state = (await readTargets((p) => tx.run('capture-targets', p), [target])).get(id);
    const missing = missingParts(entry, state);
    if (entry.kind === 'ACTOR' && state?.duplicate) {
      missing.push({
        field: 'input.actor.name',
        message: `is already recorded (${state.duplicate.name}, ${state.duplicate.id}): capture a position or tie for it instead`,
      });
    }
    if (missing.length > 0) {
      const [first] = missing;
      throw new DomainError('BAD_USER_INPUT', `${first!.field}: ${first!.message}`, first!.field, missing);
    }
    const sensitive =
      ('actor' in entry && entry.actor.sensitive) ||
      ('position' in entry && entry.position.sensitive) ||
      ('collaboration' in entry && entry.collaboration.sensitive) ||
      ('membership' in entry && entry.membership.sensitive);
    const [row] = await tx.run('capture-create', {
      capture: {
        id,
        sessionId,
        kind: entry.kind,
        payload: JSON.stringify(payloadOf(entry)),
        base: fingerprint(state ? recordedNow(entry, state) : null),
        actorId: target.actorId,
        partnerId: target.partnerId,
        groupId: target.groupId,
        themeId: target.themeId,
        nameKey: target.nameKey,
        basedIn: target.basedIn,
        sensitive: Boolean(sensitive),
        source: provenance.source,
        recordedAt: provenance.recordedAt,
        confidence: provenance.confidence,
        capturedBy: viewer.username ?? null,
        capturedById: viewer.userId ?? null,
      },
      now: new Date().toISOString(),
    });
    return toCaptureRecord(row?.capture as CaptureProps, state);
  });
}

const listSchema = z.object({
  status: z.enum(['PENDING', 'ACCEPTED', 'REJECTED']).nullish(),
  sessionId: idSchema.nullish(),
  limit: z.number().int().min(1).max(MAX_LIST).nullish(),
});

/** Captured entries, newest first, each as a diff against what is recorded now. Analysts and administrators only. */
export async function listCaptures(
  db: Database,
  viewer: Viewer,
  args: { status?: CaptureStatus | null; sessionId?: string | null; limit?: number | null },
): Promise<CaptureRecord[]> {
  requireReviewer(viewer);
  const filter = parseInput(listSchema, args);
  const rows = await db.read('captures-list', {
    status: filter.status ?? 'PENDING',
    sessionId: filter.sessionId ?? null,
    limit: filter.limit ?? 100,
  });
  const captures = rows.map((r) => r.capture as CaptureProps);
  const states = await readTargets(
    (p) => db.read('capture-targets', p),
    captures.map((c) => targetOf(c.id, entryOf(c))),
  );
  return captures.map((c) => toCaptureRecord(c, states.get(c.id)));
}

/** A capture's provenance with every part an interest's history needs (its day, its confidence). */
const provenanceFor = (p: ProvenanceInput, now: string) => ({
  source: p.source,
  recordedAt: p.recordedAt ?? now.slice(0, 10),
  confidence: p.confidence ?? 'MEDIUM',
});

/** Applies an accepted entry with the queries the editing mutations run; returns the actor it changed or created. */
async function applyEntry(tx: Tx, entry: Entry, provenance: ProvenanceInput, actorId: string): Promise<void> {
  const now = new Date().toISOString();
  const common = { provenance, canSeeSensitive: true, now };
  switch (entry.kind) {
    case 'ACTOR': {
      const a = entry.actor;
      const fields = {
        name: a.name,
        altNames: a.altNames,
        acronym: a.acronym,
        sector: a.sector,
        level: a.level,
        influence: a.influence,
        description: a.description,
        website: null,
        sensitive: a.sensitive,
      };
      await tx.run('actor-create', {
        actor: {
          id: actorId,
          ...fields,
          altNamesText: fields.altNames.join(' | '),
          searchKey: actorSearchKey(fields),
        },
        basedIn: a.basedIn,
        operatesIn: [],
        provenance,
        validFrom: null,
        validTo: null,
        now,
      });
      return;
    }
    case 'POSITION':
      await writeInterest(tx, { ...entry.position, provenance: provenanceFor(provenance, now) }, true);
      return;
    case 'COLLABORATION': {
      const { actorId: fromId, partnerId: toId, ...rest } = entry.collaboration;
      await tx.run('collaboration-add', { fromId, toId, ...rest, ...common, validFrom: null, validTo: null });
      return;
    }
    case 'MEMBERSHIP':
      await tx.run('membership-add', { ...entry.membership, ...common, validFrom: null, validTo: null });
      return;
  }
}

async function lockPending(tx: Tx, id: string): Promise<CaptureProps> {
  const [row] = await tx.run('capture-lock', { id });
  if (!row) throw notFound('Captured entry', id);
  const c = row.capture as CaptureProps;
  if (c.status !== 'PENDING') {
    throw conflict(
      `This entry was ${c.status.toLowerCase()} already${c.reviewedBy ? ` by ${c.reviewedBy}` : ''}; it cannot be reviewed again`,
    );
  }
  return c;
}

const reviewParams = (viewer: Viewer, id: string) => ({
  id,
  reviewedBy: viewer.username ?? null,
  reviewedById: viewer.userId ?? null,
  now: new Date().toISOString(),
});

/**
 * Accepts a pending entry: in one write transaction, checks it is still pending and that its target is as it was
 * when captured (else CONFLICT), applies it through the editing queries, records the change in the audit trail
 * (on the actor it is about, as the editing mutations do: `acceptCapture`) and marks the capture accepted.
 */
export async function acceptCapture(db: Database, viewer: Viewer, id: string): Promise<CaptureRecord> {
  requireReviewer(viewer);
  const key = parseInput(idSchema, id, 'id');
  // The capture is read first only to know which actor the audit trail records the change on; everything is checked
  // again inside the write, after the capture's lock.
  const [peek] = await db.read('captures-by-id', { ids: [key] });
  if (!peek) throw notFound('Captured entry', key);
  const seen = peek.capture as CaptureProps;
  const entry = entryOf(seen);
  const actorId =
    entry.kind === 'ACTOR' ? newActorId(entry.actor.name, entry.actor.basedIn, randomIdSuffix()) : String(seen.actorId);
  return auditedWrite(
    db,
    viewer,
    { kind: 'actor', id: actorId, action: 'acceptCapture', summary: `${auditWords(entry)} (captured: ${seen.source})` },
    async (tx) => {
      const c = await lockPending(tx, key);
      const state = (await readTargets((p) => tx.run('capture-targets', p), [targetOf(c.id, entry)])).get(c.id);
      const why = conflictOf(entry, c.base, state);
      if (why) throw conflict(why);
      await applyEntry(tx, entry, provenanceOf(c), actorId);
      const [row] = await tx.run('capture-review', {
        ...reviewParams(viewer, key),
        status: 'ACCEPTED',
        note: null,
        appliedTo: actorId,
      });
      return toCaptureRecord(row?.capture as CaptureProps, state);
    },
  );
}

const noteSchema = optionalText(1000);

/** Rejects a pending entry: nothing on the map changes; the capture stays, marked rejected, with who and why. */
export async function rejectCapture(
  db: Database,
  viewer: Viewer,
  id: string,
  note?: string | null,
): Promise<CaptureRecord> {
  requireReviewer(viewer);
  const { id: key, note: why } = parseInput(z.object({ id: idSchema, note: noteSchema }), { id, note });
  return db.writeTransaction(async (tx) => {
    const c = await lockPending(tx, key);
    const state = (await readTargets((p) => tx.run('capture-targets', p), [targetOf(c.id, entryOf(c))])).get(c.id);
    const [row] = await tx.run('capture-review', {
      ...reviewParams(viewer, key),
      status: 'REJECTED',
      note: why,
      appliedTo: null,
    });
    return toCaptureRecord(row?.capture as CaptureProps, state);
  });
}

/**
 * Learning and alliance activities: recorded, edited and deleted like actors (versions, CONFLICT, every write in the
 * audit trail with the activity's state before and after), their participants added, changed and removed, listed
 * with filters, and who holds which role in them. What a caller may see is decided in the Cypher: a sensitive actor
 * or a sensitive participation is never sent to a viewer or an anonymous caller.
 */
import {
  ACTIVITY_STATUSES,
  ACTIVITY_TYPES,
  PARTICIPANT_ROLES,
  roleCode,
  storedRole,
  type ActivityStatus,
  type ActivityType,
  type Level,
  type ParticipantRole,
  type Sector,
} from '@reform-atlas/vocabulary';
import { z } from 'zod';

import type { Database, Row, Tx } from '../db/database';
import { conflict, DomainError, notFound, type FieldIssue } from '../errors';
import { randomIdSuffix, slugOf } from './actorIds';
import type { NamedRef } from './actorLinks';
import { auditedWrite } from './audit';
import type { Provenance } from './elements';
import {
  countryCodeSchema,
  defaultProvenance,
  idSchema,
  isoDateSchema,
  nameSchema,
  optionalText,
  orDefault,
  parseInput,
  provenanceSchema,
} from './validation';
import { canSeeSensitive, requireEditor, type Viewer } from './viewer';

/** An actor as a participation shows it. */
export interface ParticipantActor {
  id: string;
  name: string;
  acronym: string | null;
  sector: Sector;
  level: Level | null;
}

export interface ActivityParticipantRecord {
  actor: ParticipantActor;
  /** The actor's base country. */
  country: NamedRef | null;
  /** As recorded ('facilitator', or an import's own words). */
  role: string | null;
  roleCode: ParticipantRole | null;
  /** Only those who may see sensitive links are ever sent one, so the flag itself leaks nothing. */
  sensitive: boolean;
  provenance: Provenance;
}

/** A learning or alliance activity, where it is held, what it addresses and who takes part. */
export interface ActivityRecord {
  id: string;
  name: string;
  type: ActivityType;
  date: string | null;
  endDate: string | null;
  status: ActivityStatus;
  description: string | null;
  outcomes: string | null;
  /** Where it is held: a country, or REGIONAL. */
  country: NamedRef | null;
  themes: NamedRef[];
  participants: ActivityParticipantRecord[];
  sources: string[];
  version: number;
  createdAt: string | null;
  updatedAt: string | null;
}

/** An activity as a list of them shows it (an actor's, a role holder's, reach). */
export interface ActivityBrief {
  id: string;
  name: string;
  type: ActivityType;
  date: string | null;
  endDate: string | null;
  status: ActivityStatus;
}

// ------------------------------------------------------------------------------------------------ validation

export const activityStatusSchema = z.enum(ACTIVITY_STATUSES);
export const participantRoleSchema = z.enum(PARTICIPANT_ROLES);
const activityTypeSchema = z.enum(ACTIVITY_TYPES);

/** A last day that may be left out: omitted, null and empty are all "a one-day activity". */
const optionalDateSchema = z.preprocess((v) => (v === '' ? null : v), isoDateSchema.nullish());
const themesSchema = z.array(idSchema).max(50, 'must have at most 50 items');

/** Both days are dates: only then is their order worth checking (and reported beside the other problems). */
const datesReadable = (value: unknown): boolean => {
  const v = (value ?? {}) as { date?: unknown; endDate?: unknown };
  return isoDateSchema.safeParse(v.date).success && optionalDateSchema.safeParse(v.endDate).success;
};

const createActivitySchema = z
  .object({
    id: idSchema.nullish(),
    type: activityTypeSchema,
    name: nameSchema,
    date: isoDateSchema,
    endDate: optionalDateSchema,
    status: activityStatusSchema.nullish(),
    country: countryCodeSchema,
    themes: orDefault(themesSchema, () => []),
    description: optionalText(5000),
    outcomes: optionalText(5000),
  })
  .refine((v) => !v.endDate || v.endDate >= v.date, {
    path: ['endDate'],
    message: 'must not be before the first day',
    when: (payload) => datesReadable(payload.value),
  });

const updateActivitySchema = z.object({
  id: idSchema,
  version: z.number().int().min(1, 'must be the version you read'),
  patch: z.object({
    type: activityTypeSchema.nullish(),
    name: nameSchema.nullish(),
    date: isoDateSchema.nullish(),
    // Omitted: unchanged; null or empty: cleared (a one-day activity).
    endDate: z.preprocess((v) => (v === '' ? null : v), isoDateSchema.nullable().optional()),
    status: activityStatusSchema.nullish(),
    country: countryCodeSchema.nullish(),
    themes: themesSchema.nullish(),
    description: optionalText(5000).optional(),
    outcomes: optionalText(5000).optional(),
  }),
});

const participantSchema = z.object({
  activityId: idSchema,
  actorId: idSchema,
  role: participantRoleSchema,
  provenance: orDefault(provenanceSchema, defaultProvenance),
  sensitive: orDefault(z.boolean(), () => false),
});

const dateSchema = isoDateSchema.nullish().transform((v) => v ?? null);

export const activityFilterSchema = z
  .object({
    types: z.array(activityTypeSchema).max(20).nullish(),
    countries: z.array(countryCodeSchema).max(20).nullish(),
    themes: z.array(idSchema).max(100).nullish(),
    statuses: z.array(activityStatusSchema).max(10).nullish(),
    participants: z.array(idSchema).max(100).nullish(),
    roles: z.array(participantRoleSchema).max(20).nullish(),
    from: dateSchema,
    to: dateSchema,
  })
  .refine((f) => !f.from || !f.to || f.from <= f.to, {
    path: ['to'],
    message: 'must not be before from',
    when: (payload) => {
      const v = (payload.value ?? {}) as { from?: unknown; to?: unknown };
      return dateSchema.safeParse(v.from).success && dateSchema.safeParse(v.to).success;
    },
  })
  .nullish();

/** An unbounded date range, as the queries take it (they never take a null: see activities-list.cypher). */
export const FIRST_DAY = '0001-01-01';
export const LAST_DAY = '9999-12-31';

/**
 * Both conditions at once: the values of `extra` (an older single-value argument) that `list` also allows (an empty
 * list is no filter); null when none can match.
 */
function bothOf<T>(list: readonly T[], extra: readonly T[] | undefined): readonly T[] | null {
  if (!extra || extra.length === 0) return list;
  if (list.length === 0) return extra;
  const both = list.filter((v) => extra.includes(v));
  return both.length > 0 ? both : null;
}

/** The filter parameters of activities-list and activity-roles (an empty list is no filter); null: nothing matches. */
function filterParams(
  filter: z.output<typeof activityFilterSchema>,
  extra: { types?: readonly string[]; countries?: readonly string[] } = {},
) {
  const types = bothOf<string>(filter?.types ?? [], extra.types);
  const countries = bothOf<string>(filter?.countries ?? [], extra.countries);
  if (!types || !countries) return null;
  return {
    types,
    countries,
    themes: filter?.themes ?? [],
    statuses: filter?.statuses ?? [],
    participants: filter?.participants ?? [],
    roles: filter?.roles ?? [],
    from: filter?.from ?? FIRST_DAY,
    to: filter?.to ?? LAST_DAY,
  };
}

// ------------------------------------------------------------------------------------------------ reading

/** A row of activities-list.cypher's activities. */
interface ActivityRow {
  activity: {
    id: string;
    name: string;
    type: ActivityType;
    status: ActivityStatus;
    version: number;
    date?: string | null;
    endDate?: string | null;
    description?: string | null;
    outcomes?: string | null;
    createdAt?: string | null;
    updatedAt?: string | null;
  };
  country: NamedRef | null;
  themes: NamedRef[];
  participants: Array<Omit<ActivityParticipantRecord, 'roleCode' | 'actor'> & { actor: ParticipantActor }>;
}

function toActivityRecord(row: ActivityRow): ActivityRecord {
  const { activity: x, country, themes, participants } = row;
  const people = participants.map((p) => ({
    actor: { ...p.actor, acronym: p.actor.acronym ?? null, level: p.actor.level ?? null },
    country: p.country ?? null,
    role: p.role ?? null,
    roleCode: roleCode(p.role),
    sensitive: p.sensitive === true,
    provenance: p.provenance,
  }));
  const sources = new Set(people.map((p) => p.provenance.source).filter((s): s is string => !!s));
  return {
    id: String(x.id),
    name: String(x.name),
    type: x.type,
    date: x.date ?? null,
    endDate: x.endDate ?? x.date ?? null,
    status: x.status,
    description: x.description ?? null,
    outcomes: x.outcomes ?? null,
    country: country ?? null,
    themes,
    participants: people,
    sources: [...sources].sort(),
    version: Number(x.version),
    createdAt: x.createdAt ?? null,
    updatedAt: x.updatedAt ?? null,
  };
}

export const MAX_ACTIVITY_PAGE = 500;
/** "Every match": far above any programme's count of activities, and a valid LIMIT. */
const ALL = 1_000_000;

const listSchema = z.object({
  type: activityTypeSchema.nullish(),
  country: countryCodeSchema.nullish(),
  filter: activityFilterSchema,
  order: z.enum(['NEWEST_FIRST', 'OLDEST_FIRST']).nullish(),
  first: z
    .number()
    .int('must be a whole number')
    .min(1, `must be between 1 and ${MAX_ACTIVITY_PAGE}`)
    .max(MAX_ACTIVITY_PAGE, `must be between 1 and ${MAX_ACTIVITY_PAGE}`)
    .nullish(),
  after: idSchema.nullish(),
});

export async function listActivities(db: Database, viewer: Viewer, args: unknown): Promise<ActivityRecord[]> {
  const a = parseInput(listSchema, args);
  const filter = filterParams(a.filter, {
    types: a.type ? [a.type] : undefined,
    countries: a.country ? [a.country] : undefined,
  });
  // `type` and `filter.types` (or `country` and `filter.countries`) that exclude each other: no activity is both.
  if (!filter) return [];
  const [row] = await db.read('activities-list', {
    filter: { ids: [], ...filter },
    oldestFirst: a.order === 'OLDEST_FIRST',
    after: a.after ?? '',
    first: a.first ?? ALL,
    canSeeSensitive: canSeeSensitive(viewer),
  });
  if (row?.cursorFound === false) {
    throw new DomainError(
      'BAD_USER_INPUT',
      `after: there is no activity '${a.after ?? ''}' any more; start again from the first page`,
      'after',
    );
  }
  return ((row?.activities as ActivityRow[] | undefined) ?? []).map(toActivityRecord);
}

/** One activity as the caller may see it, or NOT_FOUND. */
export async function getActivity(db: Database, viewer: Viewer, id: string): Promise<ActivityRecord> {
  const [row] = await db.read('activities-list', {
    filter: { ids: [id], ...filterParams(null) },
    oldestFirst: false,
    after: '',
    first: 1,
    canSeeSensitive: canSeeSensitive(viewer),
  });
  const [found] = (row?.activities as ActivityRow[] | undefined) ?? [];
  if (!found) throw notFound('Activity', id);
  return toActivityRecord(found);
}

// ------------------------------------------------------------------------------------------------ writing

const today = (): string => new Date().toISOString().slice(0, 10);

/** Country, themes and duplicates, checked in the write's transaction; every problem named at once. */
async function checkReferences(
  tx: Tx,
  prefix: string,
  fields: { id: string; name: string; date: string; country: string | null; themes: string[] | null },
  /** Look for another activity of the same title, first day and country (not when none of them changes). */
  duplicates = true,
): Promise<void> {
  const [row] = await tx.run('activity-check', { ...fields, themes: fields.themes ?? [] });
  const issues: FieldIssue[] = [];
  if (row?.countryFound !== true)
    issues.push({ field: `${prefix}.country`, message: `country '${fields.country ?? ''}' is not in the database` });
  const found = new Set((row?.themes as string[] | undefined) ?? []);
  const missing = (fields.themes ?? []).filter((t) => !found.has(t));
  if (missing.length > 0)
    issues.push({
      field: `${prefix}.themes`,
      message: `${missing.length === 1 ? 'theme' : 'themes'} ${missing.map((t) => `'${t}'`).join(', ')} ${missing.length === 1 ? 'does' : 'do'} not exist`,
    });
  const [first] = issues;
  if (first) throw new DomainError('BAD_USER_INPUT', `${first.field}: ${first.message}`, first.field, issues);
  if (duplicates && row?.duplicateOf)
    throw conflict(
      `An activity with the title '${fields.name}' on ${fields.date} in ${fields.country ?? 'no country'} is already recorded (${String(row.duplicateOf)})`,
    );
}

export async function createActivity(db: Database, viewer: Viewer, input: unknown): Promise<ActivityRecord> {
  requireEditor(viewer);
  const data = parseInput(createActivitySchema, input, 'input');
  const id =
    data.id ?? ['act', data.country.toLowerCase(), slugOf(data.name) || 'activity', randomIdSuffix()].join('-');
  const endDate = data.endDate && data.endDate !== data.date ? data.endDate : null;
  await auditedWrite(db, viewer, { kind: 'activity', id, action: 'createActivity', summary: data.name }, async (tx) => {
    await checkReferences(tx, 'input', { ...data, id });
    await tx.run('activity-create', {
      activity: {
        id,
        name: data.name,
        type: data.type,
        status: data.status ?? (data.date <= today() ? 'HELD' : 'PLANNED'),
        description: data.description,
        outcomes: data.outcomes,
      },
      date: data.date,
      endDate,
      country: data.country,
      themes: [...new Set(data.themes)],
      now: new Date().toISOString(),
    });
  });
  return getActivity(db, viewer, id);
}

/** An activity's own properties as activity-lock returns them. */
interface StoredActivity {
  name: string;
  type: ActivityType;
  date: string;
  endDate?: string | null;
  status?: ActivityStatus | null;
  description?: string | null;
  outcomes?: string | null;
}

export async function updateActivity(db: Database, viewer: Viewer, input: unknown): Promise<ActivityRecord> {
  requireEditor(viewer);
  const { id, version, patch } = parseInput(updateActivitySchema, input, 'input');
  const changed = Object.entries(patch)
    .filter(([, v]) => v !== undefined)
    .map(([k]) => k)
    .join(', ');
  await auditedWrite(db, viewer, { kind: 'activity', id, action: 'updateActivity', summary: changed }, async (tx) => {
    const [locked] = await tx.run('activity-lock', { id });
    if (!locked) throw notFound('Activity', id);
    if (Number(locked.version) !== version) {
      throw conflict(
        `Activity '${id}' was changed by someone else (version ${String(locked.version)}, you edited version ${version}); reload it and apply your change again`,
      );
    }
    const before = locked.activity as StoredActivity;
    const date = patch.date ?? String(before.date);
    const endDate = patch.endDate !== undefined ? patch.endDate : (before.endDate ?? null);
    if (endDate && endDate < date) {
      const field = patch.endDate ? 'input.patch.endDate' : 'input.patch.date';
      const message = patch.endDate
        ? `must not be before the first day (${date})`
        : `must not be after the last day (${endDate}); change endDate too`;
      throw new DomainError('BAD_USER_INPUT', `${field}: ${message}`, field, [{ field, message }]);
    }
    const name = patch.name ?? before.name;
    await checkReferences(
      tx,
      'input.patch',
      {
        id,
        name,
        date,
        country: patch.country ?? (locked.country as string | null) ?? null,
        themes: patch.themes ?? null,
      },
      !!(patch.name ?? patch.date ?? patch.country),
    );
    const [row] = await tx.run('activity-update', {
      id,
      version,
      props: {
        name,
        type: patch.type ?? before.type,
        status: patch.status ?? before.status ?? 'HELD',
        description: patch.description !== undefined ? patch.description : (before.description ?? null),
        outcomes: patch.outcomes !== undefined ? patch.outcomes : (before.outcomes ?? null),
      },
      date,
      endDate: endDate && endDate !== date ? endDate : null,
      country: patch.country ?? null,
      themes: patch.themes ? [...new Set(patch.themes)] : null,
      now: new Date().toISOString(),
    });
    if (!row) throw conflict(`Activity '${id}' was changed by someone else; reload it and apply your change again`);
  });
  return getActivity(db, viewer, id);
}

export async function deleteActivity(db: Database, viewer: Viewer, id: string): Promise<string> {
  requireEditor(viewer);
  return auditedWrite(db, viewer, { kind: 'activity', id, action: 'deleteActivity', removes: true }, async (tx) => {
    const [row] = await tx.run('activity-delete', { id });
    if (!row) throw notFound('Activity', id);
    return String(row.id);
  });
}

const roleLabel = (role: string | null | undefined): string => (role ?? '').trim() || 'a participant';

/** Adds an actor to an activity; returns the activity as the caller sees it. */
export async function addParticipant(db: Database, viewer: Viewer, input: unknown): Promise<ActivityRecord> {
  requireEditor(viewer);
  const data = parseInput(participantSchema, input, 'input');
  await auditedWrite(
    db,
    viewer,
    { kind: 'activity', id: data.activityId, action: 'addParticipant', summary: `${data.actorId} as ${data.role}` },
    async (tx) => {
      const [row] = await tx.run('participant-add', {
        ...participationParams(data),
        canSeeSensitive: canSeeSensitive(viewer),
      });
      if (!row?.activityFound) throw notFound('Activity', data.activityId);
      if (!row.actorFound) throw notFound('Actor', data.actorId);
      if (row.existing !== null && row.existing !== undefined)
        throw conflict(
          `'${data.actorId}' already takes part in '${data.activityId}' (as ${roleLabel(row.existing as string)}); change the participation instead`,
        );
    },
  );
  return getActivity(db, viewer, data.activityId);
}

export async function updateParticipant(db: Database, viewer: Viewer, input: unknown): Promise<ActivityRecord> {
  requireEditor(viewer);
  const data = parseInput(participantSchema, input, 'input');
  await auditedWrite(
    db,
    viewer,
    { kind: 'activity', id: data.activityId, action: 'updateParticipant', summary: `${data.actorId} as ${data.role}` },
    async (tx) => {
      const [row] = await tx.run('participant-update', {
        ...participationParams(data),
        canSeeSensitive: canSeeSensitive(viewer),
      });
      if (!row || Number(row.updated) === 0)
        throw new DomainError('NOT_FOUND', `'${data.actorId}' does not take part in '${data.activityId}'`);
    },
  );
  return getActivity(db, viewer, data.activityId);
}

export async function removeParticipant(
  db: Database,
  viewer: Viewer,
  activityId: string,
  actorId: string,
): Promise<ActivityRecord> {
  requireEditor(viewer);
  await auditedWrite(
    db,
    viewer,
    { kind: 'activity', id: activityId, action: 'removeParticipant', summary: `without ${actorId}` },
    async (tx) => {
      const [row] = await tx.run('participant-remove', {
        activityId,
        actorId,
        canSeeSensitive: canSeeSensitive(viewer),
      });
      if (!row || Number(row.removed) === 0)
        throw new DomainError('NOT_FOUND', `'${actorId}' does not take part in '${activityId}'`);
    },
  );
  return getActivity(db, viewer, activityId);
}

function participationParams(data: z.output<typeof participantSchema>): Record<string, unknown> {
  return {
    activityId: data.activityId,
    actorId: data.actorId,
    role: storedRole(data.role),
    provenance: data.provenance,
    sensitive: data.sensitive,
  };
}

// ------------------------------------------------------------------------------------------------ roles

export interface ActivityRoleHolder {
  actor: ParticipantActor;
  country: NamedRef | null;
  role: ParticipantRole;
  activityCount: number;
  activities: ActivityBrief[];
}

const rolesSchema = z.object({
  role: participantRoleSchema,
  filter: activityFilterSchema,
  limit: z
    .number()
    .int('must be a whole number')
    .min(1, 'must be between 1 and 500')
    .max(500, 'must be between 1 and 500')
    .nullish()
    .transform((v) => v ?? 100),
});

/** Who holds a role in the activities of a filter ("who facilitates in Lao PDR"), most activities first. */
export async function activityRoles(db: Database, viewer: Viewer, input: unknown): Promise<ActivityRoleHolder[]> {
  const args = parseInput(rolesSchema, input);
  const filter = filterParams(args.filter);
  if (!filter) return [];
  const rows = await db.read('activity-roles', {
    role: args.role,
    filter,
    limit: args.limit,
    canSeeSensitive: canSeeSensitive(viewer),
  });
  return rows.map((row: Row) => {
    const { actor, country, activities } = row as {
      actor: ParticipantActor;
      country: NamedRef | null;
      activities: ActivityBrief[];
    };
    return {
      actor: { ...actor, acronym: actor.acronym ?? null, level: actor.level ?? null },
      country: country ?? null,
      role: args.role,
      activityCount: activities.length,
      activities: activities.map(toBrief),
    };
  });
}

/** An activity projection ({id, name, type, date, endDate, status}) as the API shows it. */
export function toBrief(x: ActivityBrief): ActivityBrief {
  return {
    id: String(x.id),
    name: String(x.name),
    type: x.type,
    date: x.date ?? null,
    endDate: x.endDate ?? x.date ?? null,
    status: x.status,
  };
}

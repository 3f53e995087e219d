import type { Level, Sector } from '@reform-atlas/vocabulary';

import type { Database, Tx } from '../db/database';
import { conflict, DomainError, notFound } from '../errors';
import { newActorId, randomIdSuffix } from './actorIds';
import { auditedWrite } from './audit';
import { decodeCursor, encodeCursor } from './cursor';
import { actorFilterParams } from './filters';
import { actorSearchKey } from './searchText';
import { checkValidity, createActorSchema, defaultProvenance, parseInput, updateActorSchema } from './validation';
import { canSeeSensitive, requireEditor, type Viewer } from './viewer';

export interface ActorRecord {
  id: string;
  name: string;
  altNames: string[];
  acronym: string | null;
  sector: Sector;
  level: Level;
  influence: number;
  description: string | null;
  website: string | null;
  sensitive: boolean;
  illustrative: boolean;
  createdAt: string;
  updatedAt: string;
  version: number;
  /** First and last day on the map (ISO dates), null when not recorded / while active. */
  validFrom: string | null;
  validTo: string | null;
}

export interface ActorPage {
  totalCount: number;
  actors: ActorRecord[];
  endCursor: string | null;
  hasNextPage: boolean;
}

export const MAX_PAGE_SIZE = 500;

/** An actor node's properties as the queries return them (optional ones may be absent). */
interface ActorProps {
  id: string;
  name: string;
  altNames?: string[] | null;
  acronym?: string | null;
  sector: Sector;
  level: Level;
  influence?: number | null;
  description?: string | null;
  website?: string | null;
  sensitive?: boolean | null;
  illustrative?: boolean | null;
  createdAt?: string | null;
  updatedAt?: string | null;
  version?: number | null;
  validFrom?: string | null;
  validTo?: string | null;
}

export function toActorRecord(props: unknown): ActorRecord {
  const p = props as ActorProps;
  return {
    id: String(p.id),
    name: String(p.name),
    altNames: Array.isArray(p.altNames) ? p.altNames.map(String) : [],
    acronym: p.acronym ?? null,
    sector: p.sector,
    level: p.level,
    influence: Number(p.influence ?? 3),
    description: p.description ?? null,
    website: p.website ?? null,
    sensitive: p.sensitive === true,
    illustrative: p.illustrative === true,
    createdAt: String(p.createdAt ?? ''),
    updatedAt: String(p.updatedAt ?? ''),
    version: Number(p.version ?? 1),
    validFrom: p.validFrom ?? null,
    validTo: p.validTo ?? null,
  };
}

export async function listActors(
  db: Database,
  viewer: Viewer,
  args: { filter?: unknown; first?: number | null; after?: string | null },
): Promise<ActorPage> {
  const first = args.first ?? 50;
  if (!Number.isInteger(first) || first < 0 || first > MAX_PAGE_SIZE) {
    throw new DomainError('BAD_USER_INPUT', `first: must be between 0 and ${MAX_PAGE_SIZE}`, 'first');
  }
  const after = args.after ? decodeCursor(args.after) : null;
  const [row] = await db.read('actors-list', {
    ...actorFilterParams(viewer, args.filter),
    afterName: after?.name ?? null,
    afterId: after?.id ?? null,
    first: first + 1,
  });
  const found = ((row?.actors as unknown[]) ?? []).map(toActorRecord);
  const actors = found.slice(0, first);
  const last = actors[actors.length - 1];
  return {
    totalCount: Number(row?.total ?? 0),
    actors,
    endCursor: last ? encodeCursor({ name: last.name, id: last.id }) : null,
    hasNextPage: found.length > first,
  };
}

type EditableActorFields = Pick<
  ActorRecord,
  'name' | 'altNames' | 'acronym' | 'sector' | 'level' | 'influence' | 'description' | 'website' | 'sensitive'
>;

function storedActorProps(fields: EditableActorFields): Record<string, unknown> {
  return {
    ...fields,
    altNamesText: fields.altNames.join(' | '),
    searchKey: actorSearchKey(fields),
  };
}

async function checkCountries(tx: Tx, codes: string[]): Promise<void> {
  if (codes.length === 0) return;
  const [row] = await tx.run('countries-exist', { codes });
  const found = new Set((row?.found as string[]) ?? []);
  const missing = codes.find((c) => !found.has(c));
  if (missing) throw new DomainError('BAD_USER_INPUT', `country '${missing}' is not in the database`, 'basedIn');
}

export async function createActor(db: Database, viewer: Viewer, input: unknown): Promise<ActorRecord> {
  requireEditor(viewer);
  const data = parseInput(createActorSchema, input, 'input');
  const id = data.id ?? newActorId(data.name, data.basedIn, randomIdSuffix());
  checkValidity(data.validFrom, data.validTo);
  const now = new Date().toISOString();
  return auditedWrite(db, viewer, { kind: 'actor', id, action: 'createActor', summary: data.name }, async (tx) => {
    await checkCountries(tx, [...(data.basedIn ? [data.basedIn] : []), ...data.operatesIn]);
    const [row] = await tx.run('actor-create', {
      actor: {
        id,
        ...storedActorProps({
          name: data.name,
          altNames: data.altNames,
          acronym: data.acronym,
          sector: data.sector,
          level: data.level,
          influence: data.influence,
          description: data.description,
          website: data.website,
          sensitive: data.sensitive,
        }),
      },
      basedIn: data.basedIn,
      operatesIn: data.operatesIn,
      provenance: data.provenance,
      validFrom: data.validFrom ?? null,
      validTo: data.validTo ?? null,
      now,
    });
    if (!row) throw new Error('actor-create returned no row');
    return toActorRecord(row.actor);
  });
}

export async function updateActor(db: Database, viewer: Viewer, input: unknown): Promise<ActorRecord> {
  requireEditor(viewer);
  const { id, version, patch } = parseInput(updateActorSchema, input, 'input');
  const now = new Date().toISOString();
  const changed = Object.keys(patch).join(', ');
  return auditedWrite(db, viewer, { kind: 'actor', id, action: 'updateActor', summary: changed }, async (tx) => {
    const [locked] = await tx.run('actor-lock', { id, canSeeSensitive: canSeeSensitive(viewer) });
    if (!locked) throw notFound('Actor', id);
    if (Number(locked.version) !== version) {
      throw conflict(
        `Actor '${id}' was changed by someone else (version ${String(locked.version)}, you edited version ${version}); reload it and apply your change again`,
      );
    }
    const [current] = await tx.run('actor-details', { ids: [id], canSeeSensitive: true });
    const before = toActorRecord(current?.actor);
    const merged = {
      name: patch.name ?? before.name,
      altNames: patch.altNames ?? before.altNames,
      acronym: patch.acronym !== undefined ? patch.acronym : before.acronym,
      sector: patch.sector ?? before.sector,
      level: patch.level ?? before.level,
      influence: patch.influence ?? before.influence,
      description: patch.description !== undefined ? patch.description : before.description,
      website: patch.website !== undefined ? patch.website : before.website,
      sensitive: patch.sensitive ?? before.sensitive,
    };
    const validFrom = patch.validFrom !== undefined ? patch.validFrom : before.validFrom;
    const validTo = patch.validTo !== undefined ? patch.validTo : before.validTo;
    checkValidity(validFrom, validTo);
    const countries = [...(patch.basedIn ? [patch.basedIn] : []), ...(patch.operatesIn ?? [])];
    await checkCountries(tx, countries);
    const [row] = await tx.run('actor-update', {
      id,
      version,
      props: storedActorProps(merged),
      basedIn: patch.basedIn ?? null,
      operatesIn: patch.operatesIn ?? null,
      provenance: patch.provenance ?? defaultProvenance(),
      validFrom,
      validTo,
      now,
    });
    if (!row) throw conflict(`Actor '${id}' was changed by someone else; reload it and apply your change again`);
    return toActorRecord(row.actor);
  });
}

export async function deleteActor(db: Database, viewer: Viewer, id: string): Promise<string> {
  requireEditor(viewer);
  return auditedWrite(db, viewer, { kind: 'actor', id, action: 'deleteActor' }, async (tx) => {
    const [row] = await tx.run('actor-delete', { id, canSeeSensitive: canSeeSensitive(viewer) });
    if (!row) throw notFound('Actor', id);
    return String(row.id);
  });
}

/**
 * What an import row does to an actor: a new actor gets every value (with defaults), an existing one only the
 * values the row gives that differ from what is stored. A blank cell never clears a stored value, and a name is
 * not rewritten for a difference of case (nor at all by a row that found its actor by name). Pure: the dry run
 * and the commit (inside its transaction, after locking) run the same comparison.
 */
import type { ImportUpdate } from '@reform-atlas/vocabulary';

import type { QueryName, Row } from '../db/database';
import { actorSearchKey, normaliseSearchText } from '../domain/searchText';
import type { ActorRec, ActorRow } from './records';

export interface StoredActor {
  id: string;
  name: string;
  altNames: string[];
  acronym: string | null;
  sector: string;
  level: string;
  influence: number;
  description: string | null;
  website: string | null;
  sensitive: boolean;
  version: number;
  basedIn: string | null;
  operatesIn: string[];
  /** First and last day on the map (ISO dates). */
  validFrom: string | null;
  validTo: string | null;
}

export interface ActorWrite {
  /** The columns whose stored value changes (empty for a new actor, which is written whole). */
  fields: string[];
  /** What import-actors.cypher sets; null when nothing changes. */
  row: {
    id: string;
    props: Record<string, unknown>;
    /** Written as DATEs, outside props (which are set as they are). */
    validFrom: string | null;
    validTo: string | null;
    basedIn: string | null;
    addOperatesIn: string[];
  } | null;
}

export function toStoredActor(row: Record<string, unknown>): StoredActor {
  const a = row.actor as Record<string, unknown>;
  const text = (v: unknown): string | null => (v === null || v === undefined || v === '' ? null : String(v));
  return {
    id: String(a.id),
    name: String(a.name ?? ''),
    altNames: Array.isArray(a.altNames) ? a.altNames.map(String) : [],
    acronym: text(a.acronym),
    sector: String(a.sector ?? ''),
    level: String(a.level ?? ''),
    influence: Number(a.influence ?? 3),
    description: text(a.description),
    website: text(a.website),
    sensitive: a.sensitive === true,
    version: Number(a.version ?? 1),
    basedIn: text(row.basedIn),
    operatesIn: Array.isArray(row.operatesIn) ? row.operatesIn.map(String) : [],
    validFrom: text(a.validFrom),
    validTo: text(a.validTo),
  };
}

const sameList = (a: readonly string[], b: readonly string[]): boolean =>
  a.length === b.length && a.every((x, i) => x === b[i]);

function props(
  a: Omit<StoredActor, 'id' | 'version' | 'basedIn' | 'operatesIn' | 'validFrom' | 'validTo'>,
): Record<string, unknown> {
  return {
    name: a.name,
    altNames: a.altNames,
    altNamesText: a.altNames.join(' | '),
    acronym: a.acronym,
    sector: a.sector,
    level: a.level,
    influence: a.influence,
    // Stored as '' when absent, as the seed does.
    description: a.description ?? '',
    website: a.website,
    sensitive: a.sensitive,
    searchKey: actorSearchKey(a),
  };
}

/** The write for one row; `stored` is null for a new actor (whose required cells the importer has checked). */
export function actorWrite(row: ActorRow, stored: StoredActor | null): ActorWrite {
  if (!stored) {
    const basedIn = row.country ?? '';
    return {
      fields: [],
      row: {
        id: row.id,
        props: props({
          name: row.name ?? '',
          altNames: row.altNames ?? [],
          acronym: row.acronym,
          sector: row.sector ?? '',
          level: row.level ?? '',
          influence: row.influence ?? 3,
          description: row.description,
          website: row.website,
          sensitive: row.sensitive ?? false,
        }),
        validFrom: row.validFrom,
        validTo: row.validTo,
        basedIn,
        addOperatesIn: row.operatesIn.filter((c) => c !== basedIn),
      },
    };
  }
  const fields: string[] = [];
  const pick = <T>(
    column: string,
    given: T | null,
    current: T,
    same: (a: T, b: T) => boolean = (a, b) => a === b,
  ): T => {
    if (given === null || same(given, current)) return current;
    fields.push(column);
    return given;
  };
  const sameName = (a: string, b: string): boolean =>
    a.toLowerCase() === b.toLowerCase() || (!row.givenId && normaliseSearchText(a) === normaliseSearchText(b));
  const merged = {
    name: pick(row.columns.name, row.name, stored.name, sameName),
    altNames: pick('altNames', row.altNames, stored.altNames, sameList),
    acronym: pick('acronym', row.acronym, stored.acronym),
    sector: pick('sector', row.sector, stored.sector),
    level: pick('level', row.level, stored.level),
    influence: pick('influence', row.influence, stored.influence),
    sensitive: pick('sensitive', row.sensitive, stored.sensitive),
    description: pick('description', row.description, stored.description),
    website: pick('website', row.website, stored.website),
  };
  const validFrom = pick('validFrom', row.validFrom, stored.validFrom);
  const validTo = pick('validTo', row.validTo, stored.validTo);
  const basedIn = pick(row.columns.country, row.country, stored.basedIn);
  const addOperatesIn = row.operatesIn.filter((c) => c !== basedIn && !stored.operatesIn.includes(c));
  if (addOperatesIn.length > 0) fields.push('operatesIn');
  if (fields.length === 0) return { fields, row: null };
  return {
    fields,
    row: {
      id: stored.id,
      props: props(merged),
      validFrom,
      validTo,
      basedIn: basedIn !== stored.basedIn ? basedIn : null,
      addOperatesIn,
    },
  };
}

/** The existing actors the rows change, each with its columns, against the stored values given. */
export function actorUpdates(
  actors: readonly ActorRec[],
  stored: ReadonlyMap<string, StoredActor>,
): { updates: ImportUpdate[]; writes: Map<ActorRec, ActorWrite> } {
  const updates: ImportUpdate[] = [];
  const writes = new Map<ActorRec, ActorWrite>();
  for (const a of actors) {
    if (a.id === null) continue;
    const current = stored.get(a.id) ?? null;
    const write = actorWrite({ ...a, id: a.id }, current);
    writes.set(a, write);
    if (current && write.fields.length > 0)
      updates.push({
        file: a.origin.file,
        sheet: a.origin.sheet,
        line: a.origin.line,
        actorId: a.id,
        name: current.name,
        fields: write.fields,
      });
  }
  return { updates, writes };
}

/** The stored fields of the existing actors among the plan's, read in batches (in the commit's transaction, or not). */
export async function storedActors(
  run: (name: QueryName, params: Record<string, unknown>) => Promise<Row[]>,
  ids: readonly string[],
  size = 1_000,
): Promise<Map<string, StoredActor>> {
  const stored = new Map<string, StoredActor>();
  for (let i = 0; i < ids.length; i += size) {
    for (const row of await run('import-actors-current', { ids: ids.slice(i, i + size) })) {
      const actor = toStoredActor(row);
      stored.set(actor.id, actor);
    }
  }
  return stored;
}

import type { Confidence, Level, Position, Sector } from '@reform-atlas/vocabulary';

import { DateParam } from '../../db/convert';
import type { Database, Row } from '../../db/database';
import { todayIso } from '../asOf';
import type { ActorBrief } from './common';
import {
  interestVector,
  packVectors,
  themeSpace,
  type InterestVector,
  type PackedVectors,
  type ThemeInterest,
  type ThemeSpace,
} from './score';

/** What the API shows of an actor (ActorBrief, whose `country` is the base country), plus what scoring needs. */
export interface IndexedActor extends ActorBrief {
  /** Codes of the countries it is based or operates in. */
  countries: readonly string[];
  interests: readonly ThemeInterest[];
  vector: InterestVector;
  /** Ids of the actors it visibly collaborates with (any confidence). */
  collaborators: ReadonlySet<string>;
}

/** Every actor one kind of caller may see, with its interest vector, in one theme space. */
export interface ActorIndex {
  fingerprint: string;
  space: ThemeSpace;
  actors: ReadonlyMap<string, IndexedActor>;
  /** The same actors ordered by id, for scans whose ties must break the same way every time. */
  byId: readonly IndexedActor[];
  /** Position of each actor id in byId, which is also its row in packed. */
  position: ReadonlyMap<string, number>;
  packed: PackedVectors;
  /**
   * Per row of byId, for scans that should not touch every actor object (scanCodes): its sector as a number, and
   * its base country as a number, -1 when it has none or is the region as a whole.
   */
  sectorCodes: Int32Array;
  baseCodes: Int32Array;
}

/**
 * Interest vectors of all visible actors, kept per process and per (visibility, confidence levels).
 * Why a cache: at 10k actors every partner suggestion needs every candidate's vector (a target shares
 * some theme with nearly everyone), i.e. ~100k links, which costs hundreds of milliseconds to read; the
 * index is read once per data version instead. Each alignment query returns the data fingerprint (actor,
 * change and interest counts from Neo4j's count store, theme names, dataset load time) in the same
 * transaction, and a changed fingerprint reloads the index. Every write goes through the audit trail
 * (server/src/domain/audit.ts, the importer), which adds a Change node, so the index is never stale; seeding
 * moves the load time. Visibility stays in Cypher: the index itself
 * is read with $canSeeSensitive, and callers take the actors of a request from their own query.
 */
const MAX_INDEXES = 8;
const indexes = new WeakMap<Database, Map<string, Promise<ActorIndex>>>();

export const fingerprintOf = (row: Row | undefined): string => JSON.stringify(row?.fingerprint ?? null);

export async function actorIndex(
  db: Database,
  canSeeSensitive: boolean,
  confidences: readonly Confidence[],
  fingerprint: string,
  asOf: DateParam = new DateParam(todayIso()),
): Promise<ActorIndex> {
  let perDb = indexes.get(db);
  if (!perDb) indexes.set(db, (perDb = new Map()));
  const key = `${String(canSeeSensitive)}|${confidences.join(',')}|${asOf.iso}`;
  const cached = perDb.get(key);
  if (cached) {
    const index = await cached.catch(() => null);
    if (index && index.fingerprint === fingerprint) return index;
  }
  const loading = loadIndex(db, canSeeSensitive, confidences, asOf);
  perDb.delete(key);
  perDb.set(key, loading);
  // A timeline played through past dates would otherwise keep an index per day it stopped at: keep the most
  // recently used few (a Map iterates in insertion order, and a use re-inserts).
  for (const old of perDb.keys()) {
    if (perDb.size <= MAX_INDEXES) break;
    perDb.delete(old);
  }
  // A failed load must not stay cached.
  loading.catch(() => perDb.delete(key));
  return loading;
}

async function loadIndex(
  db: Database,
  canSeeSensitive: boolean,
  confidences: readonly Confidence[],
  asOf: DateParam,
): Promise<ActorIndex> {
  const rows = await db.read('alignment-index', { canSeeSensitive, confidences, asOf });
  const row = rows.find((r) => r.fingerprint !== null);
  const themes = (row?.themes as Array<{ id: string; name: string }>) ?? [];
  const raw = rows
    .flatMap((r) => (r.actor ? [r.actor as Row] : []))
    .map((a) => ({
      row: a,
      interests: ((a.interests as Array<[string, Position, number]>) ?? []).map(
        ([theme, position, priority]): ThemeInterest => ({ theme, position, priority }),
      ),
    }));
  const interested = new Map<string, number>();
  let population = 0;
  for (const { interests } of raw) {
    if (interests.length > 0) population += 1;
    for (const i of interests) interested.set(i.theme, (interested.get(i.theme) ?? 0) + 1);
  }
  const space = themeSpace(
    population,
    themes.map((t) => ({ id: t.id, name: t.name, interested: interested.get(t.id) ?? 0 })),
  );
  const actors = new Map<string, IndexedActor>();
  for (const { row: a, interests } of raw) {
    const id = String(a.id);
    actors.set(id, {
      id,
      name: String(a.name),
      acronym: (a.acronym as string | null) ?? null,
      sector: a.sector as Sector,
      level: a.level as Level,
      influence: Number(a.influence ?? 3),
      country: (a.country as { id: string; name: string } | null) ?? null,
      countries: (a.countries as string[]) ?? [],
      interests,
      vector: interestVector(space, interests),
      collaborators: new Set((a.collaborators as string[]) ?? []),
    });
  }
  const byId = [...actors.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const position = new Map(byId.map((a, i) => [a.id, i]));
  const packed = packVectors(
    space,
    byId.map((a) => a.vector),
  );
  const { sectorCodes, baseCodes } = scanCodes(byId);
  return { fingerprint: fingerprintOf(row), space, actors, byId, position, packed, sectorCodes, baseCodes };
}

/**
 * Sectors and base countries as numbers, for ActorIndex.sectorCodes and baseCodes: two actors' sector codes are equal
 * exactly when their sectors are, and isCrossBorder (partners.ts) holds exactly when both base codes are ≥ 0 and differ.
 */
export function scanCodes(actors: readonly IndexedActor[]): { sectorCodes: Int32Array; baseCodes: Int32Array } {
  const codes = new Map<string, number>();
  const codeOf = (key: string): number => {
    let code = codes.get(key);
    if (code === undefined) codes.set(key, (code = codes.size));
    return code;
  };
  const sectorCodes = Int32Array.from(actors, (a) => codeOf(`sector:${a.sector}`));
  const baseCodes = Int32Array.from(actors, (a) => {
    const base = a.country?.id;
    return base && base !== 'REGIONAL' ? codeOf(`country:${base}`) : -1;
  });
  return { sectorCodes, baseCodes };
}

/** An indexed actor as the API shows it in alignment results. */
export const briefOf = (a: IndexedActor): ActorBrief => ({
  id: a.id,
  name: a.name,
  acronym: a.acronym,
  sector: a.sector,
  level: a.level,
  influence: a.influence,
  country: a.country,
});

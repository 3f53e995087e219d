import type { Confidence } from '@reform-atlas/vocabulary';

import type { DateParam } from '../../db/convert';
import type { Database } from '../../db/database';
import { notFound } from '../../errors';
import { actorFilterParams } from '../filters';
import { canSeeSensitive, type Viewer } from '../viewer';
import { actorIndex, fingerprintOf, type ActorIndex, type IndexedActor } from './actorIndex';

/** A set of actors to compare, read in one round trip (their collaborations are in the actor index). */
export interface Population {
  index: ActorIndex;
  actors: IndexedActor[];
  /** Actors matching the filter, before the cap. */
  total: number;
}

/** The actors chosen by id; a missing or hidden one is NOT_FOUND, worded alike for both. */
export async function populationById(
  db: Database,
  viewer: Viewer,
  ids: readonly string[],
  confidences: Confidence[],
  asOf: DateParam,
): Promise<Population> {
  const unique = [...new Set(ids)];
  const canSee = canSeeSensitive(viewer);
  const [row] = await db.read('alignment-actors-by-id', { ids: unique, canSeeSensitive: canSee });
  const found = new Set((row?.ids as string[]) ?? []);
  const missing = unique.find((id) => !found.has(id));
  if (missing !== undefined) throw notFound('Actor', missing);
  // An actor not on the map that day is left out of the set, as one outside the filter would be.
  const index = await actorIndex(db, canSee, confidences, fingerprintOf(row), asOf);
  return { index, actors: pick(index, unique), total: unique.length };
}

/** The actors matching a filter, most influential first, at most `cap`. */
export async function populationByFilter(
  db: Database,
  viewer: Viewer,
  filter: unknown,
  confidences: Confidence[],
  cap: number,
  asOf: DateParam,
): Promise<Population> {
  const params = actorFilterParams(viewer, filter);
  const canSee = canSeeSensitive(viewer);
  const [row] = await db.read('alignment-actors-by-filter', { ...params, limit: cap, asOf });
  const index = await actorIndex(db, canSee, confidences, fingerprintOf(row), asOf);
  return { index, actors: pick(index, (row?.ids as string[]) ?? []), total: Number(row?.total ?? 0) };
}

function pick(index: ActorIndex, ids: readonly string[]): IndexedActor[] {
  const actors: IndexedActor[] = [];
  for (const id of ids) {
    const actor = index.actors.get(id);
    if (actor) actors.push(actor);
  }
  return actors;
}

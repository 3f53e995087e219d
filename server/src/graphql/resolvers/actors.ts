import type { Row } from '../../db/database';
import {
  createActor,
  deleteActor,
  listActors,
  toActorRecord,
  updateActor,
  type ActorRecord,
} from '../../domain/actors';
import { notFound } from '../../errors';
import type { Context } from '../context';

type Args = Record<string, unknown>;

async function details(parent: ActorRecord, ctx: Context): Promise<Row> {
  const row = await ctx.loaders.actorDetails.load(parent.id);
  if (!row) throw notFound('Actor', parent.id);
  return row;
}

const detailList = (key: string) => async (parent: ActorRecord, _: Args, ctx: Context) =>
  ((await details(parent, ctx))[key] as unknown[]) ?? [];

/** Reads an actor back after a change, through the same visibility rules as any read. */
export async function readActor(ctx: Context, id: string): Promise<ActorRecord> {
  const row = await ctx.loaders.actorDetails.load(id);
  if (!row) throw notFound('Actor', id);
  return toActorRecord(row.actor);
}

export const actorResolvers = {
  Query: {
    actors: async (_: unknown, args: Args, ctx: Context) => {
      const page = await listActors(ctx.db, ctx.viewer, {
        filter: args.filter,
        first: args.first as number | null,
        after: args.after as string | null,
      });
      return {
        totalCount: page.totalCount,
        nodes: page.actors,
        pageInfo: { endCursor: page.endCursor, hasNextPage: page.hasNextPage },
      };
    },
    actor: (_: unknown, args: Args, ctx: Context) => readActor(ctx, String(args.id)),
  },
  Mutation: {
    createActor: (_: unknown, args: Args, ctx: Context) => createActor(ctx.db, ctx.viewer, args.input),
    updateActor: (_: unknown, args: Args, ctx: Context) =>
      updateActor(ctx.db, ctx.viewer, { id: args.id, version: args.version, patch: args.patch }),
    deleteActor: (_: unknown, args: Args, ctx: Context) => deleteActor(ctx.db, ctx.viewer, String(args.id)),
  },
  Actor: {
    basedIn: async (parent: ActorRecord, _: Args, ctx: Context) => {
      const countries = (await details(parent, ctx)).countries as Array<{ relation: string; country: unknown }>;
      return countries.find((c) => c.relation === 'BASED_IN')?.country ?? null;
    },
    countries: detailList('countries'),
    memberships: detailList('memberships'),
    interests: detailList('interests'),
    collaborators: detailList('collaborators'),
    activities: detailList('activities'),
    sources: async (parent: ActorRecord, _: Args, ctx: Context) => {
      const row = await details(parent, ctx);
      const sources = new Set<string>();
      for (const key of ['countries', 'memberships', 'interests', 'collaborators', 'activities']) {
        for (const link of (row[key] as Array<{ provenance?: { source?: string | null } }>) ?? []) {
          if (link.provenance?.source) sources.add(link.provenance.source);
        }
      }
      return [...sources].sort();
    },
  },
};

import { linkSources, type ActorLinks } from '../../domain/actorLinks';
import { createActor, deleteActor, listActors, updateActor, type ActorRecord } from '../../domain/actors';
import { notFound } from '../../errors';
import type { Context } from '../context';
import type { Actor, ActorResolvers, MutationResolvers, QueryResolvers } from '../generated/resolvers';

/** An actor's links, batched with every other actor of the operation into one round trip. */
async function linksOf(ctx: Context, id: string): Promise<ActorLinks> {
  const links = await ctx.loaders.actorDetails.load(id);
  if (!links) throw notFound('Actor', id);
  return links;
}

/** Reads an actor back after a change, through the same visibility rules as any read. */
export async function readActor(ctx: Context, id: string): Promise<ActorRecord> {
  return (await linksOf(ctx, id)).actor;
}

export const actorQueries: QueryResolvers = {
  actors: async (_, { filter, first, after }, ctx) => {
    const page = await listActors(ctx.db, ctx.viewer, { filter, first, after });
    return {
      totalCount: page.totalCount,
      nodes: page.actors,
      pageInfo: { endCursor: page.endCursor, hasNextPage: page.hasNextPage },
    };
  },
  actor: (_, { id }, ctx) => readActor(ctx, id),
};

export const actorMutations: MutationResolvers = {
  createActor: (_, { input }, ctx) => createActor(ctx.db, ctx.viewer, input),
  updateActor: (_, { id, version, patch }, ctx) => updateActor(ctx.db, ctx.viewer, { id, version, patch }),
  deleteActor: (_, { id }, ctx) => deleteActor(ctx.db, ctx.viewer, id),
};

/** The fields of Actor that are links: the record (ActorRecord) carries the rest. */
export const actorFields = {
  basedIn: async (actor, _, ctx) =>
    (await linksOf(ctx, actor.id)).countries.find((c) => c.relation === 'BASED_IN')?.country ?? null,
  countries: async (actor, _, ctx) => (await linksOf(ctx, actor.id)).countries,
  memberships: async (actor, _, ctx) => (await linksOf(ctx, actor.id)).memberships,
  interests: async (actor, _, ctx) => (await linksOf(ctx, actor.id)).interests,
  collaborators: async (actor, _, ctx) => (await linksOf(ctx, actor.id)).collaborators,
  activities: async (actor, _, ctx) => (await linksOf(ctx, actor.id)).activities,
  sources: async (actor, _, ctx) => linkSources(await linksOf(ctx, actor.id)),
} satisfies ActorResolvers;

// A mapper is trusted as it is: this fails to compile when ActorRecord lacks a field of Actor that no resolver above
// computes, which GraphQL would otherwise answer with null (an error for a non-null field) at run time.
type CoveredBy<Fields, Record extends Fields> = Record;
export type ActorRecordCoversActor = CoveredBy<Omit<Actor, keyof typeof actorFields>, ActorRecord>;

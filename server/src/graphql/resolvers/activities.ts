import {
  activityRoles,
  addParticipant,
  createActivity,
  deleteActivity,
  getActivity,
  listActivities,
  removeParticipant,
  updateActivity,
  updateParticipant,
} from '../../domain/activities';
import { activityReach } from '../../domain/activityReach';
import { suggestParticipants } from '../../domain/alignment/participants';
import type { MutationResolvers, QueryResolvers } from '../generated/resolvers';

export const activityQueries: QueryResolvers = {
  activities: (_, args, ctx) => listActivities(ctx.db, ctx.viewer, args),
  activity: (_, { id }, ctx) => getActivity(ctx.db, ctx.viewer, id),
  activityRoles: (_, args, ctx) => activityRoles(ctx.db, ctx.viewer, args),
  suggestParticipants: (_, args, ctx) => suggestParticipants(ctx.db, ctx.viewer, args),
  reach: (_, args, ctx) => activityReach(ctx.db, ctx.viewer, args),
};

/** Each change answers with the activity as the caller now sees it (a deletion with its id). */
export const activityMutations: MutationResolvers = {
  createActivity: (_, { input }, ctx) => createActivity(ctx.db, ctx.viewer, input),
  updateActivity: (_, { id, version, patch }, ctx) => updateActivity(ctx.db, ctx.viewer, { id, version, patch }),
  deleteActivity: (_, { id }, ctx) => deleteActivity(ctx.db, ctx.viewer, id),
  addParticipant: (_, { input }, ctx) => addParticipant(ctx.db, ctx.viewer, input),
  updateParticipant: (_, { input }, ctx) => updateParticipant(ctx.db, ctx.viewer, input),
  removeParticipant: (_, { activityId, actorId }, ctx) => removeParticipant(ctx.db, ctx.viewer, activityId, actorId),
};

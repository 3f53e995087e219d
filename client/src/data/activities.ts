/** Learning and alliance activities on the page: one function per document (documents/activities.graphql). */
import { ApiError, request } from './client';
import {
  ActivitiesDocument,
  ActivityDocument,
  AddParticipantDocument,
  CreateActivityDocument,
  DeleteActivityDocument,
  ReachDocument,
  RemoveParticipantDocument,
  SuggestParticipantsDocument,
  UpdateActivityDocument,
  type ActivityFilter,
  type ActivityItemFragment,
  type ActivityPatch,
  type CreateActivityInput,
  type ParticipantInput,
  type ReachQuery,
  type ReachScope,
  type SuggestParticipantsQuery,
} from './generated/graphql';

export type ActivityItem = ActivityItemFragment;
export type ParticipantSuggestion = SuggestParticipantsQuery['suggestParticipants'][number];
export type ReachResult = ReachQuery['reach'];

/** The list holds at most this many activities, newest first (the API pages by 500 at most). */
export const LIST_LIMIT = 500;

export async function fetchActivities(filter: ActivityFilter | null): Promise<ActivityItem[]> {
  return (await request(ActivitiesDocument, { filter, order: 'NEWEST_FIRST', first: LIST_LIMIT })).activities;
}

/** The activity as it is now, or null when it no longer exists (deleted meanwhile). */
export async function fetchActivity(id: string): Promise<ActivityItem | null> {
  try {
    return (await request(ActivityDocument, { id })).activity;
  } catch (e) {
    if (e instanceof ApiError && e.code === 'NOT_FOUND') return null;
    throw e;
  }
}

export async function suggestParticipants(activityId: string, limit = 8): Promise<ParticipantSuggestion[]> {
  return (await request(SuggestParticipantsDocument, { activityId, limit })).suggestParticipants;
}

export async function fetchReach(scope: ReachScope | null, limit = 20): Promise<ReachResult> {
  return (await request(ReachDocument, { scope, limit })).reach;
}

export async function createActivity(input: CreateActivityInput): Promise<ActivityItem> {
  return (await request(CreateActivityDocument, { input })).createActivity;
}

export async function updateActivity(id: string, version: number, patch: ActivityPatch): Promise<ActivityItem> {
  return (await request(UpdateActivityDocument, { id, version, patch })).updateActivity;
}

export async function deleteActivity(id: string): Promise<string> {
  return (await request(DeleteActivityDocument, { id })).deleteActivity;
}

export async function addParticipant(input: ParticipantInput): Promise<ActivityItem> {
  return (await request(AddParticipantDocument, { input })).addParticipant;
}

export async function removeParticipant(activityId: string, actorId: string): Promise<ActivityItem> {
  return (await request(RemoveParticipantDocument, { activityId, actorId })).removeParticipant;
}

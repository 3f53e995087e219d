/** Time on the page (issue 17): phases, the timeline's activities and changesBetween, one round trip each. */
import { request } from './client';
import {
  ChangesBetweenDocument,
  CreatePhaseDocument,
  DeletePhaseDocument,
  PhasesDocument,
  TimelineActivitiesDocument,
  UpdatePhaseDocument,
  type ActorFilter,
  type ChangesBetweenQuery,
  type Confidence,
  type PhaseInput,
  type PhaseItemFragment,
  type TieChangeItemFragment,
  type TimelineActivitiesQuery,
} from './generated/graphql';
import { useQuery } from './useQuery';

export type Phase = PhaseItemFragment;
export type MapChanges = ChangesBetweenQuery['changesBetween'];
export type TieChange = TieChangeItemFragment;
/** An activity with its first day (an undated one cannot stand on the timeline). */
export type TimelineActivity = TimelineActivitiesQuery['activities'][number] & { date: string };

/** The timeline draws every activity up to this many (the API pages by 500 at most). */
export const TIMELINE_ACTIVITIES = 500;

/** Items per list in the "what changed" panel and on the map; the counts cover all. */
export const CHANGES_LIMIT = 200;

export async function fetchPhases(): Promise<Phase[]> {
  return (await request(PhasesDocument)).phases;
}

export async function createPhase(input: PhaseInput): Promise<Phase> {
  return (await request(CreatePhaseDocument, { input })).createPhase;
}

export async function updatePhase(id: string, input: PhaseInput): Promise<Phase> {
  return (await request(UpdatePhaseDocument, { id, input })).updatePhase;
}

export async function deletePhase(id: string): Promise<string> {
  return (await request(DeletePhaseDocument, { id })).deletePhase;
}

export async function fetchTimelineActivities(): Promise<TimelineActivity[]> {
  const { activities } = await request(TimelineActivitiesDocument, { first: TIMELINE_ACTIVITIES });
  return activities.filter((a): a is TimelineActivity => a.date !== null);
}

export async function fetchChanges(args: {
  from: string;
  to: string | null;
  filter: ActorFilter | null;
  minConfidence: Confidence | null;
}): Promise<MapChanges> {
  const data = await request(ChangesBetweenDocument, {
    from: args.from,
    to: args.to,
    filter: args.filter,
    min: args.minConfidence && args.minConfidence !== 'LOW' ? args.minConfidence : null,
    limit: CHANGES_LIMIT,
  });
  return data.changesBetween;
}

/**
 * What the timeline and the comparison read: the phases and activities (once per data version) and, with a
 * comparison day, one changesBetween for the whole map (never one per element).
 */
export function useTimeData(args: {
  since: string | null;
  asOf: string | null;
  filter: ActorFilter | null;
  minConfidence: Confidence | null;
  version: number;
}) {
  const { since, asOf, filter, minConfidence, version } = args;
  const phases = useQuery(`phases#${version}`, fetchPhases);
  const activities = useQuery(`timeline-activities#${version}`, fetchTimelineActivities);
  const changes = useQuery(
    since ? `changes:${since}>${asOf ?? ''}|${JSON.stringify(filter)}|${minConfidence ?? ''}#${version}` : null,
    () => fetchChanges({ from: since ?? '', to: asOf, filter, minConfidence }),
  );
  // The previous answer is kept while the next loads; it is used only while it answers the same comparison day.
  const current = changes.data && changes.data.from === since ? changes.data : null;
  return { phases, activities, changes: { ...changes, data: current } };
}

export type TimeData = ReturnType<typeof useTimeData>;

/**
 * Reach of the learning and alliance activities in a scope (a period, countries, themes, types): who took part, who
 * took part for the first time, who was invited and never came. The definitions, written once:
 *
 * - The activities counted are the HELD ones of the scope (a planned one has not happened, a cancelled one never
 *   will). One is in the period when it overlaps it, before it when it ended before `from`.
 * - An actor took part in an activity when it holds any role in it but INVITED.
 * - First time: took part in the period and in none of the scope's activities before it (without `from`, everyone
 *   who took part is there for the first time).
 * - Invited and never came: holds the INVITED role in an activity of the period (the activity was held, the invitation
 *   was never turned into a role) and took part in none of the period's activities.
 *
 * One round trip (activity-reach.cypher) gives every actor concerned; the counting is here. Only what the caller may
 * see is counted: a sensitive actor or participation is left out in the Cypher for viewers and anonymous callers.
 */
import { ACTIVITY_TYPES, SECTORS, type Sector } from '@reform-atlas/vocabulary';
import { z } from 'zod';

import type { Database } from '../db/database';
import { FIRST_DAY, LAST_DAY, toBrief, type ActivityBrief, type ParticipantActor } from './activities';
import type { NamedRef } from './actorLinks';
import { countryCodeSchema, idSchema, isoDateSchema, parseInput } from './validation';
import { canSeeSensitive, type Viewer } from './viewer';

export interface ReachCounts {
  actors: number;
  firstTime: number;
  invitedNeverCame: number;
}

export interface ReachParticipant {
  actor: ParticipantActor;
  country: NamedRef | null;
  activityCount: number;
  firstActivity: ActivityBrief;
}

export interface ReachInvitee {
  actor: ParticipantActor;
  country: NamedRef | null;
  invitations: ActivityBrief[];
}

export interface Reach {
  from: string | null;
  to: string | null;
  activityCount: number;
  actorCount: number;
  bySector: Array<ReachCounts & { sector: Sector }>;
  byCountry: Array<ReachCounts & { country: NamedRef | null }>;
  firstTimeCount: number;
  firstTime: ReachParticipant[];
  invitedNeverCameCount: number;
  invitedNeverCame: ReachInvitee[];
}

const dateSchema = isoDateSchema.nullish().transform((v) => v ?? null);

const reachSchema = z.object({
  scope: z
    .object({
      from: dateSchema,
      to: dateSchema,
      countries: z.array(countryCodeSchema).max(20).nullish(),
      themes: z.array(idSchema).max(100).nullish(),
      types: z.array(z.enum(ACTIVITY_TYPES)).max(20).nullish(),
    })
    .refine((s) => !s.from || !s.to || s.from <= s.to, {
      path: ['to'],
      message: 'must not be before from',
      when: (payload) => {
        const v = (payload.value ?? {}) as { from?: unknown; to?: unknown };
        return dateSchema.safeParse(v.from).success && dateSchema.safeParse(v.to).success;
      },
    })
    .nullish(),
  limit: z
    .number()
    .int('must be a whole number')
    .min(1, 'must be between 1 and 1000')
    .max(1000, 'must be between 1 and 1000')
    .nullish()
    .transform((v) => v ?? 100),
});

/** One actor of activity-reach.cypher's answer. */
interface ReachRow {
  actor: ParticipantActor;
  country: NamedRef | null;
  tookPart: ActivityBrief[];
  invitedTo: ActivityBrief[];
  cameBefore: boolean;
}

/** By UTF-16 code units, as everywhere an order must not depend on the machine's locale. */
const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
/** Earliest first, then by title and id: the order every list of activities here is given in. */
const byDate = (a: ActivityBrief, b: ActivityBrief): number =>
  cmp(a.date ?? '', b.date ?? '') || cmp(a.name, b.name) || cmp(a.id, b.id);
const byName = (a: { actor: ParticipantActor }, b: { actor: ParticipantActor }): number =>
  cmp(a.actor.name, b.actor.name) || cmp(a.actor.id, b.actor.id);

export async function activityReach(db: Database, viewer: Viewer, input: unknown): Promise<Reach> {
  const { scope, limit } = parseInput(reachSchema, input);
  const s = scope ?? { from: null, to: null };
  const [row] = await db.read('activity-reach', {
    filter: {
      from: s.from ?? FIRST_DAY,
      to: s.to ?? LAST_DAY,
      countries: scope?.countries ?? [],
      themes: scope?.themes ?? [],
      types: scope?.types ?? [],
    },
    canSeeSensitive: canSeeSensitive(viewer),
  });
  const rows = ((row?.actors as ReachRow[] | undefined) ?? []).map((r) => ({
    actor: { ...r.actor, acronym: r.actor.acronym ?? null, level: r.actor.level ?? null },
    country: r.country ?? null,
    tookPart: r.tookPart.map(toBrief).sort(byDate),
    invitedTo: r.invitedTo.map(toBrief).sort(byDate),
    cameBefore: r.cameBefore === true,
  }));
  const came = rows.filter((r) => r.tookPart.length > 0);
  const firstTime = came.filter((r) => !r.cameBefore);
  const neverCame = rows.filter((r) => r.tookPart.length === 0 && r.invitedTo.length > 0);

  const count = (list: typeof rows, keep: (r: (typeof rows)[number]) => boolean) => list.filter(keep).length;
  const countsOf = (keep: (r: (typeof rows)[number]) => boolean): ReachCounts => ({
    actors: count(came, keep),
    firstTime: count(firstTime, keep),
    invitedNeverCame: count(neverCame, keep),
  });
  const countries = new Map<string, NamedRef | null>();
  for (const r of [...came, ...neverCame]) countries.set(r.country?.id ?? '', r.country);

  return {
    from: s.from,
    to: s.to,
    activityCount: Number(row?.activityCount ?? 0),
    actorCount: came.length,
    bySector: SECTORS.map((sector) => ({ sector, ...countsOf((r) => r.actor.sector === sector) })),
    byCountry: [...countries.entries()]
      .map(([id, country]) => ({ country, ...countsOf((r) => (r.country?.id ?? '') === id) }))
      .sort(
        (a, b) =>
          b.actors - a.actors ||
          b.invitedNeverCame - a.invitedNeverCame ||
          cmp(a.country?.id ?? '~', b.country?.id ?? '~'),
      ),
    firstTimeCount: firstTime.length,
    firstTime: firstTime
      .map((r) => ({
        actor: r.actor,
        country: r.country,
        activityCount: r.tookPart.length,
        firstActivity: r.tookPart[0] as ActivityBrief,
      }))
      .sort((a, b) => byDate(a.firstActivity, b.firstActivity) || byName(a, b))
      .slice(0, limit),
    invitedNeverCameCount: neverCame.length,
    invitedNeverCame: neverCame
      .map((r) => ({ actor: r.actor, country: r.country, invitations: r.invitedTo }))
      .sort(byName)
      .slice(0, limit),
  };
}

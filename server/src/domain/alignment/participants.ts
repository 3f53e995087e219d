/**
 * Who to invite to an activity: actors who would widen its reach. The partner score (score.ts) rates a pair of
 * actors; an invitation is about one actor and a group of participants, so its parts are taken to the group's level:
 *
 *   themes    = agendaCoverage(activity's themes, candidate)          the coalition-gaps stake
 *   alignment = max over participants P of score(candidate, P)        the alignment score, with the closest participant
 *   sector    = 1 / (1 + participants of the candidate's sector)      sector complementarity, for a group
 *   country   = 1 / (1 + participants based in its base country)      crossing a border, for a group (0 without a base)
 *   reach     = 1 if it collaborates with a participant, 0.5 if it shares a network or coalition with one, else 0
 *                                                                     shared networks and distance, one step out
 *   score     = 0.4·themes + 0.1·alignment + 0.2·sector + 0.15·country + 0.15·reach
 *
 * Candidates are the actors the caller may see who take no part in the activity (in any role, invitations included)
 * and hold at least one of its themes; ties go by id. Everything is computed over what the caller may see: for a
 * viewer, a hidden participant is simply not there.
 */
import { SECTOR_LABELS, type Sector } from '@reform-atlas/vocabulary';
import { z } from 'zod';

import type { Database } from '../../db/database';
import { notFound } from '../../errors';
import { idSchema, parseInput } from '../validation';
import { canSeeSensitive, type Viewer } from '../viewer';
import { actorIndex, briefOf, fingerprintOf, type IndexedActor } from './actorIndex';
import {
  confidencesFor,
  limitSchema,
  minConfidenceSchema,
  round,
  themeAt,
  type ActorBrief,
  type ThemeBrief,
} from './common';
import { agendaCoverage, packedAlignment } from './score';

export const PARTICIPANT_WEIGHTS = {
  themes: 0.4,
  alignment: 0.1,
  sector: 0.2,
  country: 0.15,
  reach: 0.15,
} as const;

export type ParticipantComponents = Record<keyof typeof PARTICIPANT_WEIGHTS, number>;

export function participantScore(c: ParticipantComponents): number {
  let score = 0;
  for (const key of Object.keys(PARTICIPANT_WEIGHTS) as Array<keyof ParticipantComponents>)
    score += PARTICIPANT_WEIGHTS[key] * c[key];
  return score;
}

export const MAX_PARTICIPANT_SUGGESTIONS = 50;

const inputSchema = z.object({
  activityId: idSchema,
  limit: limitSchema(10, MAX_PARTICIPANT_SUGGESTIONS),
  minConfidence: minConfidenceSchema,
});

export interface ParticipantSuggestion {
  actor: ActorBrief;
  score: number;
  components: ParticipantComponents;
  themes: ThemeBrief[];
  fillsSector: boolean;
  fillsCountry: boolean;
  via: string[];
  reasons: string[];
  explanation: string;
}

/** How a candidate is reached from the participants: who it works with, and through which groups. */
interface Ties {
  collaborators: Set<string>;
  /** Participant id → names of the groups they share. */
  coMembers: Map<string, Set<string>>;
}

/** "A", "A and B", "A, B and C", "A, B, C and 2 more". */
function listOf(names: readonly string[], max = 3): string {
  const shown = names.slice(0, max);
  const rest = names.length - shown.length;
  if (rest > 0) return `${shown.join(', ')} and ${rest} more`;
  return shown.length <= 1 ? (shown[0] ?? '') : `${shown.slice(0, -1).join(', ')} and ${shown[shown.length - 1]}`;
}

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Ranked actors to invite to an activity, each with its reasons. One round trip (two when the actor index must be
 * reloaded): the activity, its participants and the actors one step from them; interests from the actor index.
 */
export async function suggestParticipants(
  db: Database,
  viewer: Viewer,
  input: unknown,
): Promise<ParticipantSuggestion[]> {
  const args = parseInput(inputSchema, input);
  const canSee = canSeeSensitive(viewer);
  const [row] = await db.read('suggest-participants', {
    activityId: args.activityId,
    canSeeSensitive: canSee,
    confidences: confidencesFor(args.minConfidence),
  });
  if (!row) throw notFound('Activity', args.activityId);
  const index = await actorIndex(db, canSee, confidencesFor(args.minConfidence), fingerprintOf(row));
  const space = index.space;
  const agenda = ((row.agenda as string[] | undefined) ?? [])
    .map((id) => space.index.get(id))
    .filter((t): t is number => t !== undefined);
  const participants = ((row.participants as string[] | undefined) ?? [])
    .map((id) => index.actors.get(id))
    .filter((a): a is IndexedActor => !!a);
  const engaged = new Set((row.participants as string[] | undefined) ?? []);
  const perSector = new Map<Sector, number>();
  const perCountry = new Map<string, number>();
  for (const p of participants) {
    perSector.set(p.sector, (perSector.get(p.sector) ?? 0) + 1);
    if (p.country) perCountry.set(p.country.id, (perCountry.get(p.country.id) ?? 0) + 1);
  }
  const ties = new Map<string, Ties>();
  const tiesOf = (id: string): Ties => {
    let t = ties.get(id);
    if (!t) ties.set(id, (t = { collaborators: new Set(), coMembers: new Map() }));
    return t;
  };
  for (const [actorId, participantId] of (row.collaborators as Array<[string, string]> | undefined) ?? [])
    tiesOf(actorId).collaborators.add(participantId);
  for (const [actorId, participantId, group] of (row.coMembers as Array<[string, string, string]> | undefined) ?? []) {
    const shared = tiesOf(actorId).coMembers;
    shared.set(participantId, (shared.get(participantId) ?? new Set()).add(group));
  }
  // In id order, so that of two equally close participants the same one is named every time.
  const participantRows = participants
    .map((p) => index.position.get(p.id) ?? -1)
    .filter((i) => i >= 0)
    .sort((a, b) => a - b);

  const ranked: Array<{ actor: IndexedActor; components: ParticipantComponents; score: number; closest: string }> = [];
  index.byId.forEach((actor, i) => {
    if (engaged.has(actor.id)) return;
    const themes = agendaCoverage(space, agenda, actor.vector);
    if (!(themes > 0)) return;
    let alignment = 0;
    let closest = '';
    for (const j of participantRows) {
      const a = packedAlignment(index.packed, i, j);
      if (a > alignment) {
        alignment = a;
        closest = index.byId[j]?.id ?? '';
      }
    }
    const t = ties.get(actor.id);
    const components: ParticipantComponents = {
      themes,
      alignment,
      sector: 1 / (1 + (perSector.get(actor.sector) ?? 0)),
      country: actor.country ? 1 / (1 + (perCountry.get(actor.country.id) ?? 0)) : 0,
      reach: t && t.collaborators.size > 0 ? 1 : t && t.coMembers.size > 0 ? 0.5 : 0,
    };
    ranked.push({ actor, components, score: participantScore(components), closest });
  });
  ranked.sort((a, b) => b.score - a.score || cmp(a.actor.id, b.actor.id));

  const nameOf = (id: string): string => index.actors.get(id)?.name ?? id;
  return ranked.slice(0, args.limit).map(({ actor, components, score, closest }) => {
    const held = agenda
      .filter((t) => (actor.vector.strength[t] ?? 0) > 0)
      .map((t) => ({ t, weight: (space.weights[t] ?? 0) * (actor.vector.strength[t] ?? 0) }))
      .sort((a, b) => b.weight - a.weight || a.t - b.t)
      .map(({ t }) => themeAt(space, t));
    const sectorCount = perSector.get(actor.sector) ?? 0;
    const countryCount = actor.country ? (perCountry.get(actor.country.id) ?? 0) : 0;
    const t = ties.get(actor.id);
    const workingWith = [...(t?.collaborators ?? [])].map(nameOf).sort(cmp);
    const groups = [...(t?.coMembers.entries() ?? [])]
      .filter(([p]) => !t?.collaborators.has(p))
      .map(([p, names]) => ({ participant: nameOf(p), groups: [...names].sort(cmp) }))
      .sort((a, b) => cmp(a.participant, b.participant));
    const sector = SECTOR_LABELS[actor.sector] ?? actor.sector;

    const heldNames = listOf(held.map((h) => h.name));
    const reasons = [
      agenda.length === 1
        ? `holds its theme, ${heldNames}`
        : held.length === agenda.length
          ? `holds all ${agenda.length} of its themes: ${heldNames}`
          : `holds ${heldNames}, ${held.length} of its ${agenda.length} themes`,
    ];
    if (sectorCount === 0) reasons.push(`brings ${sector}, a sector no participant is from`);
    else if (sectorCount === 1) reasons.push(`${sector} has only one participant so far`);
    if (actor.country && countryCount === 0)
      reasons.push(`based in ${actor.country.name}, where no participant is based`);
    else if (actor.country && countryCount === 1)
      reasons.push(`based in ${actor.country.name}, where only one participant is based`);
    if (workingWith.length > 0)
      reasons.push(`works with ${listOf(workingWith)}, who ${workingWith.length === 1 ? 'takes' : 'take'} part`);
    for (const g of groups.slice(0, 2)) reasons.push(`in ${listOf(g.groups)} with ${g.participant}, who takes part`);
    if (workingWith.length === 0 && groups.length === 0) reasons.push('no participant works with it yet');
    if (closest && components.alignment > 0)
      reasons.push(`closest in interests to ${nameOf(closest)} (alignment ${Math.round(components.alignment * 100)}%)`);

    return {
      actor: briefOf(actor),
      score: round(score),
      components: {
        themes: round(components.themes),
        alignment: round(components.alignment),
        sector: round(components.sector),
        country: round(components.country),
        reach: round(components.reach),
      },
      themes: held,
      fillsSector: sectorCount === 0,
      fillsCountry: !!actor.country && countryCount === 0,
      via: [...new Set([...workingWith, ...groups.map((g) => g.participant)])].sort(cmp),
      reasons,
      explanation: reasons.join('; '),
    };
  });
}

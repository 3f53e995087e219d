import type { GroupKind, Sector } from '@reform-atlas/vocabulary';
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
import { agendaCoverage } from './score';

const gapsInputSchema = z.object({
  coalitionId: idSchema,
  minConfidence: minConfidenceSchema,
  limit: limitSchema(20, 200),
});

export interface GapCandidate {
  actor: ActorBrief;
  /** Weighted share of the agenda the actor holds, in [0, 1] (score.ts agendaCoverage). */
  stake: number;
  themes: ThemeBrief[];
  fillsSector: boolean;
  fillsCountry: boolean;
}

export interface CoalitionGaps {
  coalition: { id: string; name: string; acronym: string | null; kind: GroupKind };
  agenda: ThemeBrief[];
  memberCount: number;
  missingSectors: Array<{ sector: Sector; actorsWithStake: number }>;
  missingCountries: Array<{ country: { id: string; name: string }; actorsWithStake: number }>;
  candidates: GapCandidate[];
}

/**
 * Sectors and base countries with a stake in a coalition's focus themes but no member, and the actors
 * best placed to fill them. One round trip (two when the actor index must be reloaded).
 */
export async function coalitionGaps(db: Database, viewer: Viewer, input: unknown): Promise<CoalitionGaps> {
  const args = parseInput(gapsInputSchema, input);
  const canSee = canSeeSensitive(viewer);
  const [row] = await db.read('coalition-gaps', { groupId: args.coalitionId, canSeeSensitive: canSee });
  if (!row) throw notFound('Coalition', args.coalitionId);
  const index = await actorIndex(db, canSee, confidencesFor(args.minConfidence), fingerprintOf(row));
  const space = index.space;
  const agenda = ((row.agenda as string[]) ?? [])
    .map((id) => space.index.get(id))
    .filter((t): t is number => t !== undefined);
  const members = ((row.members as string[]) ?? [])
    .map((id) => index.actors.get(id))
    .filter((a): a is IndexedActor => !!a);
  const memberIds = new Set(members.map((a) => a.id));
  const memberSectors = new Set(members.map((a) => a.sector));
  const memberCountries = new Set(members.map((a) => a.country?.id).filter(Boolean));

  const sectorStake = new Map<Sector, number>();
  const countryStake = new Map<string, { country: { id: string; name: string }; n: number }>();
  const candidates: GapCandidate[] = [];
  for (const actor of index.actors.values()) {
    if (memberIds.has(actor.id)) continue;
    const held = agenda.filter((t) => (actor.vector.strength[t] ?? 0) > 0);
    if (held.length === 0) continue;
    const fillsSector = !memberSectors.has(actor.sector);
    const fillsCountry = !!actor.country && !memberCountries.has(actor.country.id);
    if (fillsSector) sectorStake.set(actor.sector, (sectorStake.get(actor.sector) ?? 0) + 1);
    if (fillsCountry && actor.country) {
      const entry = countryStake.get(actor.country.id) ?? { country: actor.country, n: 0 };
      entry.n += 1;
      countryStake.set(actor.country.id, entry);
    }
    if (fillsSector || fillsCountry) {
      candidates.push({
        actor: briefOf(actor),
        stake: agendaCoverage(space, agenda, actor.vector),
        themes: held.map((t) => themeAt(space, t)),
        fillsSector,
        fillsCountry,
      });
    }
  }
  candidates.sort(
    (x, y) =>
      y.stake - x.stake ||
      Number(y.fillsSector) + Number(y.fillsCountry) - Number(x.fillsSector) - Number(x.fillsCountry) ||
      (x.actor.id < y.actor.id ? -1 : 1),
  );
  return {
    coalition: row.group as CoalitionGaps['coalition'],
    agenda: agenda.map((t) => themeAt(space, t)),
    memberCount: members.length,
    missingSectors: [...sectorStake]
      .map(([sector, actorsWithStake]) => ({ sector, actorsWithStake }))
      .sort((x, y) => y.actorsWithStake - x.actorsWithStake || x.sector.localeCompare(y.sector)),
    missingCountries: [...countryStake.values()]
      .map(({ country, n }) => ({ country, actorsWithStake: n }))
      .sort((x, y) => y.actorsWithStake - x.actorsWithStake || x.country.id.localeCompare(y.country.id)),
    candidates: candidates.slice(0, args.limit).map((c) => ({ ...c, stake: round(c.stake) })),
  };
}

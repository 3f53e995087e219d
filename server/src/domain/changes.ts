import type { Position } from '@reform-atlas/vocabulary';
import { z } from 'zod';

import { DateParam } from '../db/convert';
import type { Database, Row } from '../db/database';
import { DomainError } from '../errors';
import { todayIso } from './asOf';
import {
  linkTupleToRow,
  toGraphEdge,
  toGraphNode,
  type GraphEdge,
  type GraphNode,
  type LinkTuple,
  type NodeEntry,
  type Provenance,
  type RelationType,
} from './elements';
import { actorFilterParams } from './filters';
import { isoDateSchema, parseInput } from './validation';
import type { Viewer } from './viewer';

export interface TieChange {
  edgeId: string;
  kind: RelationType;
  source: GraphNode;
  target: GraphNode;
  label: string | null;
  validFrom: string | null;
  validTo: string | null;
  provenance: Provenance;
}

export interface MapChanges {
  from: string;
  to: string;
  newTies: TieChange[];
  newTieCount: number;
  endedTies: TieChange[];
  endedTieCount: number;
  newActors: Array<{ actor: GraphNode; validFrom: string | null }>;
  newActorCount: number;
  positionShifts: Array<{
    actor: GraphNode;
    theme: GraphNode;
    before: Position;
    after: Position;
    on: string;
    provenance: Provenance;
  }>;
  positionShiftCount: number;
  firstEngagements: Array<{
    actor: GraphNode;
    activity: GraphNode;
    date: string;
    role: string | null;
    provenance: Provenance;
  }>;
  firstEngagementCount: number;
  truncated: boolean;
}

const changesInputSchema = z.object({
  from: isoDateSchema,
  to: isoDateSchema.nullish(),
  filter: z.unknown().nullish(),
  minConfidence: z.string().nullish(),
  limit: z
    .number()
    .int('must be a whole number')
    .min(1, 'must be between 1 and 2000')
    .max(2_000, 'must be between 1 and 2000')
    .nullish()
    .transform((v) => v ?? 500),
});

interface TieRow {
  source: NodeEntry;
  target: NodeEntry;
  link: LinkTuple;
}

function toTieChange(row: TieRow): TieChange {
  const edge: GraphEdge = toGraphEdge(linkTupleToRow(row.link));
  return {
    edgeId: edge.id,
    kind: edge.kind,
    source: toGraphNode(row.source),
    target: toGraphNode(row.target),
    label: edge.label,
    validFrom: edge.validFrom,
    validTo: edge.validTo,
    provenance: edge.provenance,
  };
}

const emptyToNull = (p: Provenance): Provenance => ({ ...p, source: p.source || null });

/**
 * What changed on the map between two days, as the caller may see it: one round trip. The filter's actor
 * conditions choose the actors; its minimum confidence (or minConfidence) leaves weak links out.
 */
export async function changesBetween(db: Database, viewer: Viewer, input: unknown): Promise<MapChanges> {
  const args = parseInput(changesInputSchema, input);
  const to = args.to ?? todayIso();
  if (to < args.from) throw new DomainError('BAD_USER_INPUT', `to: must not be before from (${args.from})`, 'to');
  const rawFilter = (args.filter ?? {}) as Record<string, unknown>;
  const params = actorFilterParams(viewer, {
    ...rawFilter,
    minConfidence: args.minConfidence ?? rawFilter.minConfidence ?? null,
  });
  const filtered = ['text', 'countries', 'sectors', 'levels', 'themes', 'networks', 'coalitions'].some(
    (key) => params[key] !== null,
  );
  const [row] = await db.read('changes-between', {
    ...params,
    filtered,
    from: new DateParam(args.from),
    to: new DateParam(to),
    limit: args.limit,
  });
  const ties = (row?.ties as Array<{ change: 'NEW' | 'ENDED'; total: number; items: TieRow[] }>) ?? [];
  const tiesOf = (change: 'NEW' | 'ENDED') => ties.find((t) => t.change === change);
  const shifts = (row?.shifts as Row[]) ?? [];
  const engagements = (row?.engagements as Row[]) ?? [];
  const counts = {
    newTieCount: Number(tiesOf('NEW')?.total ?? 0),
    endedTieCount: Number(tiesOf('ENDED')?.total ?? 0),
    newActorCount: Number(row?.newActorTotal ?? 0),
    positionShiftCount: Number(row?.shiftTotal ?? 0),
    firstEngagementCount: Number(row?.engagementTotal ?? 0),
  };
  return {
    from: args.from,
    to,
    newTies: (tiesOf('NEW')?.items ?? []).map(toTieChange),
    endedTies: (tiesOf('ENDED')?.items ?? []).map(toTieChange),
    newActors: ((row?.newActors as NodeEntry[]) ?? []).map((entry) => {
      const actor = toGraphNode(entry);
      return { actor, validFrom: actor.validFrom };
    }),
    positionShifts: shifts.map((s) => ({
      actor: toGraphNode(s.actor as NodeEntry),
      theme: toGraphNode(s.theme as NodeEntry),
      before: s.before as Position,
      after: s.after as Position,
      on: String(s.on),
      provenance: emptyToNull(s.provenance as Provenance),
    })),
    firstEngagements: engagements.map((e) => ({
      actor: toGraphNode(e.actor as NodeEntry),
      activity: toGraphNode(e.activity as NodeEntry),
      date: String(e.date),
      role: (e.role as string | null) ?? null,
      provenance: e.provenance as Provenance,
    })),
    ...counts,
    truncated: Object.values(counts).some((n) => n > args.limit),
  };
}

import { CONFIDENCES } from '@reform-atlas/vocabulary';
import { z } from 'zod';

import { DateParam } from '../db/convert';
import type { Database } from '../db/database';
import { notFound } from '../errors';
import { parseAsOf, todayIso } from './asOf';
import {
  linkTupleToRow,
  parseNodeKey,
  RELATION_TYPES,
  toGraphEdge,
  toGraphNode,
  type GraphElements,
  type GraphNode,
  type LinkEntry,
  type LinkTuple,
  type NodeEntry,
} from './elements';
import { confidencesFrom, actorFilterParams } from './filters';
import { orDefault, parseInput } from './validation';
import { canSeeSensitive, type Viewer } from './viewer';

const includeFields = z.object({
  groups: orDefault(z.boolean(), () => true),
  countries: orDefault(z.boolean(), () => true),
  themes: orDefault(z.boolean(), () => true),
  collaborations: orDefault(z.boolean(), () => true),
  activities: orDefault(z.boolean(), () => false),
});
/** Without an `include`, every field's default. */
const includeSchema = orDefault(includeFields, () => includeFields.parse({}));

export const MAX_GRAPH_ACTORS = 20_000;

/** The explorer's subgraph: filtered actors and, as asked, what they link to. One round trip. */
export async function subgraph(
  db: Database,
  viewer: Viewer,
  args: { filter?: unknown; include?: unknown; limit?: number | null; asOf?: string | null },
): Promise<GraphElements & { actorCount: number; total: number }> {
  const limit = parseInput(z.number().int().min(1).max(MAX_GRAPH_ACTORS).nullish(), args.limit, 'limit') ?? 2_000;
  const include = parseInput(includeSchema, args.include, 'include');
  const [row] = await db.read('graph', {
    ...actorFilterParams(viewer, args.filter),
    limit,
    includeGroups: include.groups,
    includeCountries: include.countries,
    includeThemes: include.themes,
    includeCollaborations: include.collaborations,
    includeActivities: include.activities,
    ...asOfParams(args.asOf),
  });
  const entries = (row?.nodes as Array<NodeEntry & { country: string | null }>) ?? [];
  const nodes = new Map<string, GraphNode>();
  for (const entry of entries) {
    const node = toGraphNode(entry, { country: entry.country ?? null });
    nodes.set(node.id, node);
  }
  const actorKeys = new Set(nodes.keys());
  const others = new Map<string, GraphNode>();
  for (const other of (row?.others as NodeEntry[]) ?? []) {
    const node = toGraphNode(other);
    others.set(node.id, node);
  }
  const edges = new Map<string, ReturnType<typeof toGraphEdge>>();
  for (const tuple of (row?.links as LinkTuple[]) ?? []) {
    const edge = toGraphEdge(linkTupleToRow(tuple));
    // Links of the actor cut by the limit, and collaborations with actors outside the set, are dropped;
    // a group, country, theme or activity is shown only through a link that is kept.
    if (!actorKeys.has(edge.source)) continue;
    if (!nodes.has(edge.target)) {
      const other = others.get(edge.target);
      if (!other) continue;
      nodes.set(other.id, other);
    }
    edges.set(edge.id, edge);
  }
  return {
    nodes: [...nodes.values()],
    edges: [...edges.values()],
    truncated: Number(row?.total ?? 0) > limit,
    actorCount: entries.length,
    total: Number(row?.total ?? 0),
  };
}

const neighbourhoodSchema = z.object({
  id: z.string().min(1, 'must not be empty').max(200),
  depth: orDefault(z.number().int().min(1, 'must be between 1 and 3').max(3, 'must be between 1 and 3'), () => 1),
  limit: orDefault(z.number().int().min(1).max(2_000, 'must be at most 2000'), () => 200),
  relations: z.array(z.enum(RELATION_TYPES)).min(1).nullish(),
  minConfidence: z.enum(CONFIDENCES).nullish(),
  asOf: z.string().nullish(),
});

/** The day a map query reads the map as of, and today (past maps leave out activities not yet held). */
export function asOfParams(asOf: unknown): { asOf: DateParam; today: DateParam } {
  return { asOf: parseAsOf(asOf), today: new DateParam(todayIso()) };
}

/**
 * How many candidates one node of the previous hop may offer for the next. The next hop keeps the `limit` most
 * influential candidates; letting every frontier node offer `limit` of them made a depth-2 request sort
 * tens of thousands of rows to keep 200.
 */
export function perFrontierLimit(limit: number): number {
  return Math.max(20, Math.ceil(limit / 10));
}

export async function neighbourhood(db: Database, viewer: Viewer, input: unknown): Promise<GraphElements> {
  const args = parseInput(neighbourhoodSchema, input);
  const { kind, id } = parseNodeKey(args.id, 'id');
  const [row] = await db.read('neighbourhood', {
    kind,
    id,
    depth: args.depth,
    limit: args.limit,
    perFrontier: perFrontierLimit(args.limit),
    types: args.relations ?? RELATION_TYPES,
    confidences: confidencesFrom(args.minConfidence),
    canSeeSensitive: canSeeSensitive(viewer),
    ...asOfParams(args.asOf),
  });
  if (!row) throw notFound('Node', args.id);
  const entries = (row.nodes as Array<NodeEntry & { hop: number }>) ?? [];
  const nodes = entries.map((entry) => toGraphNode(entry, { hop: Number(entry.hop) }));
  const perHop = new Map<number, number>();
  for (const n of nodes) perHop.set(n.hop ?? 0, (perHop.get(n.hop ?? 0) ?? 0) + 1);
  return {
    nodes,
    edges: ((row.links as LinkTuple[]) ?? []).map((tuple) => toGraphEdge(linkTupleToRow(tuple))),
    truncated: [...perHop.entries()].some(([hop, count]) => hop > 0 && count >= args.limit),
  };
}

const pathSchema = z.object({
  from: z.string().min(1, 'must not be empty').max(200),
  to: z.string().min(1, 'must not be empty').max(200),
  relations: z.array(z.enum(RELATION_TYPES)).min(1).nullish(),
  minConfidence: z.enum(CONFIDENCES).nullish(),
  asOf: z.string().nullish(),
});

/** By default paths run through working ties (collaborations, memberships, joint activities), not shared countries. */
export const DEFAULT_PATH_RELATIONS = ['COLLABORATES_WITH', 'MEMBER_OF', 'PARTICIPATED_IN'] as const;

export async function shortestPath(
  db: Database,
  viewer: Viewer,
  input: unknown,
): Promise<GraphElements & { connected: boolean }> {
  const args = parseInput(pathSchema, input);
  const from = parseNodeKey(args.from, 'from');
  const to = parseNodeKey(args.to, 'to');
  const [row] = await db.read('path', {
    fromKind: from.kind,
    fromId: from.id,
    toKind: to.kind,
    toId: to.id,
    types: args.relations ?? DEFAULT_PATH_RELATIONS,
    confidences: confidencesFrom(args.minConfidence),
    canSeeSensitive: canSeeSensitive(viewer),
    ...asOfParams(args.asOf),
  });
  // No row: one end is missing or hidden; the same answer for both so hidden actors stay unknowable.
  if (!row) throw notFound('Node', `${args.from}' or '${args.to}`);
  return {
    connected: row.connected === true,
    nodes: ((row.nodes as NodeEntry[]) ?? []).map((entry) => toGraphNode(entry)),
    edges: ((row.links as LinkEntry[]) ?? []).map(toGraphEdge),
    truncated: false,
  };
}

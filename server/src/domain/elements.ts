import type { Row } from '../db/database';
import { DomainError } from '../errors';

/** What a graph element is; the client styles by it. */
export type NodeKind = 'ACTOR' | 'NETWORK' | 'COALITION' | 'COUNTRY' | 'THEME' | 'ACTIVITY';
/** How a node is looked up: networks and coalitions share the GROUP id space. */
export type LookupKind = 'ACTOR' | 'GROUP' | 'COUNTRY' | 'THEME' | 'ACTIVITY';

export interface GraphNode {
  /** Unique across kinds, stable across requests: "actor:<id>", "group:<id>", "country:KH", … */
  id: string;
  entityId: string;
  kind: NodeKind;
  label: string;
  name: string;
  acronym: string | null;
  altNames: string[];
  sector: string | null;
  level: string | null;
  influence: number | null;
  country: string | null;
  activityType: string | null;
  sensitive: boolean;
  hop: number | null;
}

export interface Provenance {
  source: string | null;
  recordedAt: string | null;
  confidence: string | null;
}

export interface GraphEdge {
  id: string;
  kind: string;
  source: string;
  target: string;
  label: string | null;
  position: string | null;
  priority: number | null;
  role: string | null;
  provenance: Provenance;
}

export interface GraphElements {
  nodes: GraphNode[];
  edges: GraphEdge[];
  truncated: boolean;
}

const KEY_PREFIX: Record<LookupKind, string> = {
  ACTOR: 'actor',
  GROUP: 'group',
  COUNTRY: 'country',
  THEME: 'theme',
  ACTIVITY: 'activity',
};

export function kindOfLabels(labels: readonly string[]): NodeKind {
  if (labels.includes('Actor')) return 'ACTOR';
  if (labels.includes('Network')) return 'NETWORK';
  if (labels.includes('Coalition')) return 'COALITION';
  if (labels.includes('Country')) return 'COUNTRY';
  if (labels.includes('Theme')) return 'THEME';
  return 'ACTIVITY';
}

export function lookupKindOf(kind: NodeKind): LookupKind {
  return kind === 'NETWORK' || kind === 'COALITION' ? 'GROUP' : kind;
}

export function nodeKey(labels: readonly string[], id: string): string {
  return `${KEY_PREFIX[lookupKindOf(kindOfLabels(labels))]}:${id}`;
}

/** Accepts a node key from `graph` ("group:x") or a bare actor id. */
export function parseNodeKey(key: string, field: string): { kind: LookupKind; id: string } {
  const colon = key.indexOf(':');
  if (colon < 0) return { kind: 'ACTOR', id: key };
  const prefix = key.slice(0, colon);
  const id = key.slice(colon + 1);
  const kind = (Object.keys(KEY_PREFIX) as LookupKind[]).find((k) => KEY_PREFIX[k] === prefix);
  if (!kind || id.length === 0) {
    throw new DomainError(
      'BAD_USER_INPUT',
      `${field}: expected a node id such as "actor:<id>", "group:<id>", "country:KH" or "theme:<id>"`,
      field,
    );
  }
  return { kind, id };
}

export function toGraphNode(entry: Row, extra: { country?: string | null; hop?: number | null } = {}): GraphNode {
  const labels = (entry.labels as string[]) ?? [];
  const p = (entry.props as Record<string, unknown>) ?? {};
  const kind = kindOfLabels(labels);
  const id = String(p.id);
  const name = String(p.name ?? id);
  const acronym = (p.acronym as string | null | undefined) ?? null;
  return {
    id: nodeKey(labels, id),
    entityId: id,
    kind,
    label: kind === 'COUNTRY' ? name : acronym && name.length > 40 ? acronym : name,
    name,
    acronym,
    altNames: Array.isArray(p.altNames) ? p.altNames.map(String) : [],
    sector: (p.sector as string | undefined) ?? null,
    level: (p.level as string | undefined) ?? null,
    influence: p.influence === undefined || p.influence === null ? null : Number(p.influence),
    country: extra.country ?? (kind === 'COUNTRY' ? id : null),
    activityType: (p.type as string | undefined) ?? null,
    sensitive: p.sensitive === true,
    hop: extra.hop ?? null,
  };
}

/**
 * A link as the bulk queries (graph, neighbourhood) return it: [type, fromLabels, from, toLabels, to, position,
 * priority, role, kind, source, recordedAt, confidence].
 */
export type LinkTuple = readonly unknown[];

export function linkTupleToRow(t: LinkTuple): Row {
  return {
    type: t[0],
    fromLabels: t[1],
    from: t[2],
    toLabels: t[3],
    to: t[4],
    props: {
      position: t[5],
      priority: t[6],
      role: t[7],
      kind: t[8],
      source: t[9],
      recordedAt: t[10],
      confidence: t[11],
    },
  };
}

export function toGraphEdge(link: Row): GraphEdge {
  const p = (link.props as Record<string, unknown>) ?? {};
  const source = nodeKey(link.fromLabels as string[], String(link.from));
  const target = nodeKey(link.toLabels as string[], String(link.to));
  const kind = String(link.type);
  const position = (p.position as string | undefined) ?? null;
  const role = (p.role as string | undefined) ?? null;
  return {
    id: `${kind}:${source}:${target}`,
    kind,
    source,
    target,
    label: position ?? role ?? (p.kind as string | undefined) ?? null,
    position,
    priority: p.priority === undefined || p.priority === null ? null : Number(p.priority),
    role,
    provenance: {
      source: (p.source as string | undefined) ?? null,
      recordedAt: (p.recordedAt as string | undefined) ?? null,
      confidence: (p.confidence as string | undefined) ?? null,
    },
  };
}

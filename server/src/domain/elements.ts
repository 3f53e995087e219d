import type { ActivityType, Confidence, Level, Position, Sector } from '@reform-atlas/vocabulary';

import { DomainError } from '../errors';

/** What a graph element is; the client styles by it. */
export type NodeKind = 'ACTOR' | 'NETWORK' | 'COALITION' | 'COUNTRY' | 'THEME' | 'ACTIVITY';

export const RELATION_TYPES = [
  'MEMBER_OF',
  'BASED_IN',
  'OPERATES_IN',
  'INTERESTED_IN',
  'COLLABORATES_WITH',
  'PARTICIPATED_IN',
  'ACTIVE_IN',
  'FOCUSES_ON',
  'HELD_IN',
  'ADDRESSES',
] as const;
export type RelationType = (typeof RELATION_TYPES)[number];
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
  sector: Sector | null;
  level: Level | null;
  influence: number | null;
  country: string | null;
  activityType: ActivityType | null;
  sensitive: boolean;
  hop: number | null;
  /** An actor's first and last day on the map (ISO dates), null when not recorded / while active. */
  validFrom: string | null;
  validTo: string | null;
}

export interface Provenance {
  source: string | null;
  recordedAt: string | null;
  confidence: Confidence | null;
}

export interface GraphEdge {
  id: string;
  kind: RelationType;
  source: string;
  target: string;
  label: string | null;
  position: Position | null;
  priority: number | null;
  role: string | null;
  provenance: Provenance;
  /** First and last day the tie held (ISO dates), null when not recorded / while it holds. */
  validFrom: string | null;
  validTo: string | null;
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

/**
 * A node as graph, neighbourhood and path return it: its labels and the properties an element shows (path returns
 * all of them; a property the node lacks is absent or null).
 */
export interface NodeEntry {
  labels: string[] | null;
  props: NodeProps | null;
}

interface NodeProps {
  id?: string;
  name?: string | null;
  acronym?: string | null;
  altNames?: string[] | null;
  sector?: Sector | null;
  level?: Level | null;
  influence?: number | null;
  /** An activity's type. */
  type?: ActivityType | null;
  sensitive?: boolean | null;
  validFrom?: string | null;
  validTo?: string | null;
}

export function toGraphNode(entry: NodeEntry, extra: { country?: string | null; hop?: number | null } = {}): GraphNode {
  const labels = entry.labels ?? [];
  const p = entry.props ?? {};
  const kind = kindOfLabels(labels);
  const id = String(p.id);
  const name = String(p.name ?? id);
  const acronym = p.acronym ?? null;
  return {
    id: nodeKey(labels, id),
    entityId: id,
    kind,
    label: kind === 'COUNTRY' ? name : acronym && name.length > 40 ? acronym : name,
    name,
    acronym,
    altNames: Array.isArray(p.altNames) ? p.altNames.map(String) : [],
    sector: p.sector ?? null,
    level: p.level ?? null,
    influence: p.influence === undefined || p.influence === null ? null : Number(p.influence),
    country: extra.country ?? (kind === 'COUNTRY' ? id : null),
    activityType: p.type ?? null,
    sensitive: p.sensitive === true,
    hop: extra.hop ?? null,
    validFrom: p.validFrom ?? null,
    validTo: p.validTo ?? null,
  };
}

/** A link's properties as path returns them (all of them), and as linkTupleToRow makes them of a tuple. */
interface LinkProps {
  position?: Position | null;
  priority?: number | null;
  role?: string | null;
  kind?: string | null;
  source?: string | null;
  recordedAt?: string | null;
  confidence?: Confidence | null;
  validFrom?: string | null;
  validTo?: string | null;
}

/** A link as path returns it. */
export interface LinkEntry {
  type: RelationType;
  fromLabels: string[];
  from: string;
  toLabels: string[];
  to: string;
  props: LinkProps | null;
}

/** A link as the bulk queries (graph, neighbourhood) return it, a tuple: the JavaScript driver decodes maps slowly. */
export type LinkTuple = readonly [
  type: RelationType,
  fromLabels: string[],
  from: string,
  toLabels: string[],
  to: string,
  position: Position | null,
  priority: number | null,
  role: string | null,
  kind: string | null,
  source: string | null,
  recordedAt: string | null,
  confidence: Confidence | null,
  validFrom: string | null,
  validTo: string | null,
];

export function linkTupleToRow(t: LinkTuple): LinkEntry {
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
      validFrom: t[12],
      validTo: t[13],
    },
  };
}

export function toGraphEdge(link: LinkEntry): GraphEdge {
  const p = link.props ?? {};
  const source = nodeKey(link.fromLabels, String(link.from));
  const target = nodeKey(link.toLabels, String(link.to));
  const kind = link.type;
  const position = p.position ?? null;
  const role = p.role ?? null;
  return {
    id: `${kind}:${source}:${target}`,
    kind,
    source,
    target,
    label: position ?? role ?? p.kind ?? null,
    position,
    priority: p.priority === undefined || p.priority === null ? null : Number(p.priority),
    role,
    provenance: {
      source: p.source ?? null,
      recordedAt: p.recordedAt ?? null,
      confidence: p.confidence ?? null,
    },
    validFrom: p.validFrom ?? null,
    validTo: p.validTo ?? null,
  };
}

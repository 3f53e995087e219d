import type { Row } from '../db/database';

/** The attribute types the graph formats share (GraphML attr.type, GEXF type, CSV text). */
export type AttrType = 'string' | 'int' | 'double' | 'boolean' | 'list';

export interface AttrSpec {
  name: string;
  type: AttrType;
}

/** Node attributes in export order; `id` and `label` are written as each format's own id and label. */
export const NODE_ATTRS: readonly AttrSpec[] = [
  { name: 'kind', type: 'string' },
  { name: 'acronym', type: 'string' },
  { name: 'altNames', type: 'list' },
  { name: 'sector', type: 'string' },
  { name: 'level', type: 'string' },
  { name: 'influence', type: 'int' },
  { name: 'sensitive', type: 'boolean' },
  { name: 'basedIn', type: 'string' },
  { name: 'operatesIn', type: 'list' },
  { name: 'description', type: 'string' },
  { name: 'website', type: 'string' },
  { name: 'founded', type: 'int' },
  { name: 'activeIn', type: 'list' },
  { name: 'focusThemes', type: 'list' },
  // Learning activities: their type, first and last day (YYYY-MM-DD; no last day for a one-day activity), status,
  // country, the themes they address and their outcomes (their source is the node's provenance).
  { name: 'activityType', type: 'string' },
  { name: 'activityDate', type: 'string' },
  { name: 'activityEndDate', type: 'string' },
  { name: 'activityStatus', type: 'string' },
  { name: 'heldIn', type: 'string' },
  { name: 'themes', type: 'list' },
  { name: 'outcomes', type: 'string' },
  { name: 'provenance', type: 'string' },
  { name: 'recordedAt', type: 'string' },
  { name: 'confidence', type: 'string' },
  // An actor's first and last day on the map (YYYY-MM-DD; absent: always, still there). GEXF also gives them as the
  // node's start and end, for Gephi's timeline.
  { name: 'validFrom', type: 'string' },
  { name: 'validTo', type: 'string' },
];

/**
 * Network measures of an actor (domain/metrics), written after NODE_ATTRS when an export asks for them
 * (`measures=true`): over the whole map the caller may see, at any confidence, as of today. Other nodes leave them
 * empty.
 */
export const MEASURE_ATTRS: readonly AttrSpec[] = [
  { name: 'degree', type: 'int' },
  { name: 'weightedDegree', type: 'double' },
  { name: 'betweenness', type: 'double' },
  { name: 'closeness', type: 'double' },
  { name: 'pagerank', type: 'double' },
  { name: 'community', type: 'int' },
];

/** Edge attributes in export order; `source` and `target` are the endpoints' application ids. */
export const EDGE_ATTRS: readonly AttrSpec[] = [
  { name: 'relation', type: 'string' },
  { name: 'role', type: 'string' },
  { name: 'since', type: 'int' },
  { name: 'kind', type: 'string' },
  { name: 'position', type: 'string' },
  { name: 'priority', type: 'int' },
  /** true for a link only analysts and administrators see (absent otherwise). */
  { name: 'sensitive', type: 'boolean' },
  { name: 'provenance', type: 'string' },
  { name: 'recordedAt', type: 'string' },
  { name: 'confidence', type: 'string' },
  /** The first and last day the link held, inclusive (YYYY-MM-DD; absent: always, still holds). */
  { name: 'validFrom', type: 'string' },
  { name: 'validTo', type: 'string' },
  /**
   * An interest's dated positions, oldest first, as JSON: [{"position","from","source","confidence"}] (the last is
   * `position`). JSON rather than a list: a source may hold any character, the list separator among them. The CSV
   * export writes them to positions.csv instead, one row each.
   */
  { name: 'positionHistory', type: 'string' },
];

/** One dated position of an interest, as the export writes it and the importer reads it. */
export interface PositionRecord {
  position: string;
  from: string;
  source: string | null;
  confidence: string | null;
}

export type AttrValue = string | number | boolean | string[] | null;

export interface ExportNode {
  id: string;
  label: string;
  attrs: Record<string, AttrValue>;
}

export interface ExportEdge {
  id: string;
  source: string;
  target: string;
  /**
   * A collaboration: symmetric, stored and exported once per pair in its stored direction. Each format says
   * so in its own way (GraphML and GEXF: a `mutual` attribute on a directed edge; CSV: Type Undirected;
   * Cytoscape JSON: `directed: false`).
   */
  mutual: boolean;
  attrs: Record<string, AttrValue>;
}

/** Lists travel as one cell/attribute joined with " | " (a separator no name or code contains). */
export const LIST_SEPARATOR = ' | ';

function value(spec: AttrSpec, raw: unknown): AttrValue {
  if (raw === null || raw === undefined) return null;
  switch (spec.type) {
    case 'list':
      return Array.isArray(raw) ? raw.map(String) : [String(raw)];
    case 'int':
      return typeof raw === 'number' ? Math.trunc(raw) : Number.parseInt(String(raw), 10);
    case 'double':
      return typeof raw === 'number' ? raw : Number.parseFloat(String(raw));
    case 'boolean':
      return raw === true;
    default:
      return String(raw);
  }
}

export function toExportNode(row: Row): ExportNode {
  const attrs: Record<string, AttrValue> = {};
  for (const spec of NODE_ATTRS) attrs[spec.name] = value(spec, row[spec.name]);
  return { id: String(row.id), label: String(row.label ?? row.id), attrs };
}

/** An interest's history as export-edges returns it (a list of maps), as the positionHistory attribute's JSON. */
function historyJson(raw: unknown): string | null {
  if (!Array.isArray(raw) || raw.length === 0) return null;
  const records: PositionRecord[] = raw.map((entry: Record<string, unknown>) => ({
    position: String(entry.position),
    from: String(entry.from),
    source: entry.source === null || entry.source === undefined ? null : String(entry.source),
    confidence: entry.confidence === null || entry.confidence === undefined ? null : String(entry.confidence),
  }));
  return JSON.stringify(records);
}

export function toExportEdge(row: Row): ExportEdge {
  const attrs: Record<string, AttrValue> = {};
  for (const spec of EDGE_ATTRS) attrs[spec.name] = value(spec, row[spec.name]);
  attrs.positionHistory = historyJson(row.history);
  const relation = String(row.relation);
  const source = String(row.source);
  const target = String(row.target);
  return { id: `${relation}:${source}:${target}`, source, target, mutual: relation === 'COLLABORATES_WITH', attrs };
}

/** A value as plain text (CSV cell, XML data): lists joined, absent values empty. */
export function attrText(v: AttrValue): string {
  if (v === null) return '';
  if (Array.isArray(v)) return v.join(LIST_SEPARATOR);
  return String(v);
}

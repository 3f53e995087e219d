/**
 * What the alignment graph draws, as plain data: actors, weighted overlap or suggestion edges and the
 * theme regions (bubble sets). Pure, so the choices (which themes get a region, how an edge is
 * labelled) are tested without Cytoscape; client/src/graph/ turns this into elements.
 */
import type { ActorBriefFragment, OverlapEdgeFragment, PartnersQuery } from '../../data/generated/graphql';
import type { Sector } from '../vocabulary';

export interface AlignNode {
  id: string;
  label: string;
  name: string;
  sector: Sector;
  country: string | null;
  /** 1–5 when known: drawn as size. */
  influence: number | null;
  /** The partner finder's asking actor, drawn in the centre. */
  anchor?: boolean;
  /** Rank among suggestions (1 = best). */
  rank?: number;
}

export interface AlignEdge {
  id: string;
  source: string;
  target: string;
  kind: 'overlap' | 'suggestion';
  label: string;
  /** 1 (thin) … 10 (thick). */
  strength: number;
  crossSector: boolean;
  /** More disagreement than agreement in the score. */
  contested: boolean;
  linked: boolean;
}

export interface ThemeRegion {
  id: string;
  name: string;
  colour: string;
  members: string[];
}

export interface AlignGraph {
  nodes: AlignNode[];
  edges: AlignEdge[];
}

/** Region colours, distinct from the sector fills (light, translucent over the canvas). */
export const REGION_COLOURS = ['#4E79A7', '#59A14F', '#B07AA1', '#F28E2B', '#76B7B2', '#EDC948'];
export const MAX_REGIONS = REGION_COLOURS.length;

/** The fields of an actor brief that the graph draws. */
type BriefLike = Pick<ActorBriefFragment, 'id' | 'name' | 'acronym' | 'sector'> & {
  country: Pick<NonNullable<ActorBriefFragment['country']>, 'id'> | null;
};

export function toAlignNode(a: BriefLike, influence: Map<string, number>): AlignNode {
  return {
    id: a.id,
    label: a.acronym ?? a.name,
    name: a.name,
    sector: a.sector,
    country: a.country?.id ?? null,
    influence: influence.get(a.id) ?? null,
  };
}

/** "4 themes · 0.62": shared themes from the API's weight, the alignment score to two decimals. */
export function overlapLabel(weight: number, score: number): string {
  return `${weight} theme${weight === 1 ? '' : 's'} · ${score.toFixed(2)}`;
}

export function overlapGraph(
  net: { nodes: BriefLike[]; edges: OverlapEdgeFragment[] },
  influence: Map<string, number>,
): AlignGraph {
  return {
    nodes: net.nodes.map((n) => toAlignNode(n, influence)),
    edges: net.edges.map((e) => ({
      id: `o:${e.source}|${e.target}`,
      source: e.source,
      target: e.target,
      kind: 'overlap',
      label: overlapLabel(e.weight, e.score),
      strength: Math.min(10, e.weight),
      crossSector: e.crossSector,
      contested: e.disagreement > e.agreement,
      linked: e.linked,
    })),
  };
}

/**
 * Themes to draw as regions by default: those shared by the most overlap edges on the graph, but
 * not the ones (nearly) everybody holds, whose region would cover the whole canvas and say nothing.
 */
export function defaultRegions(
  edges: Array<{ source: string; target: string; themes: Array<{ id: string }> }>,
  nodeCount: number,
  count = 3,
): string[] {
  const members = new Map<string, Set<string>>();
  const uses = new Map<string, number>();
  for (const e of edges) {
    for (const t of e.themes) {
      uses.set(t.id, (uses.get(t.id) ?? 0) + 1);
      const m = members.get(t.id) ?? new Set<string>();
      m.add(e.source);
      m.add(e.target);
      members.set(t.id, m);
    }
  }
  const cap = Math.max(3, Math.ceil(nodeCount * 0.6));
  return [...uses]
    .filter(([id]) => (members.get(id)?.size ?? 0) <= cap)
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, count)
    .map(([id]) => id);
}

/** The regions to draw: each chosen theme with the actors on the graph who hold it. */
export function themeRegions(
  chosen: string[],
  themes: Array<{ theme: { id: string; name: string }; positions: Array<{ actor: { id: string } }> }>,
  onGraph: Set<string>,
): ThemeRegion[] {
  const byId = new Map(themes.map((t) => [t.theme.id, t]));
  return chosen.slice(0, MAX_REGIONS).flatMap((id, i) => {
    const t = byId.get(id);
    if (!t) return [];
    const members = t.positions.map((p) => p.actor.id).filter((a) => onGraph.has(a));
    return members.length > 0
      ? [{ id, name: t.theme.name, colour: REGION_COLOURS[i % REGION_COLOURS.length] ?? '#4E79A7', members }]
      : [];
  });
}

/** Actors sitting inside more than one drawn region: what a room wants to spot first. */
export function multiRegionActors(regions: ThemeRegion[]): Map<string, number> {
  const count = new Map<string, number>();
  for (const r of regions) for (const m of r.members) count.set(m, (count.get(m) ?? 0) + 1);
  return new Map([...count].filter(([, n]) => n > 1));
}

type Suggestion = PartnersQuery['suggestPartners'][number];

/** The fields of a partner suggestion that the graph draws. */
type SuggestionLike = Pick<Suggestion, 'score' | 'crossBorder'> & {
  actor: BriefLike;
  sharedThemes: Array<Pick<Suggestion['sharedThemes'][number], 'position' | 'partnerPosition'>>;
};

/** The partner finder's graph: the asking actor in the middle, a spoke to each suggestion. */
export function partnerGraph(
  anchor: BriefLike,
  suggestions: SuggestionLike[],
  influence: Map<string, number>,
): AlignGraph {
  const nodes: AlignNode[] = [{ ...toAlignNode(anchor, influence), anchor: true }];
  const edges: AlignEdge[] = [];
  suggestions.forEach((s, i) => {
    nodes.push({ ...toAlignNode(s.actor, influence), rank: i + 1 });
    const contested = s.sharedThemes.filter(
      (t) =>
        (t.position === 'SUPPORTS' && t.partnerPosition === 'OPPOSES') ||
        (t.position === 'OPPOSES' && t.partnerPosition === 'SUPPORTS'),
    ).length;
    edges.push({
      id: `s:${anchor.id}|${s.actor.id}`,
      source: anchor.id,
      target: s.actor.id,
      kind: 'suggestion',
      label: `#${i + 1} · ${s.score.toFixed(2)}`,
      strength: Math.max(1, Math.round(s.score * 10)),
      crossSector: s.actor.sector !== anchor.sector,
      contested: contested * 2 > s.sharedThemes.length,
      linked: false,
    });
  });
  return { nodes, edges };
}

/** The ids of the edges among a set of actors ("those actors and their ties"). */
export function tiesAmong(edges: AlignEdge[], ids: Set<string>): string[] {
  return edges.filter((e) => ids.has(e.source) && ids.has(e.target)).map((e) => e.id);
}

export type SpokeSide = 'above' | 'below' | 'left' | 'right';

/**
 * Where a suggestion's label goes on the partner graph: on the far side of its node from the asking actor, so it
 * never sits on its own spoke (the edge and its label) nor faces the centre where the spokes meet. (dx, dy) is the
 * node's position relative to the anchor, y down.
 */
export function spokeSide(dx: number, dy: number): SpokeSide {
  // Within 30° of vertical, above or below; otherwise beside.
  if (Math.abs(dx) < Math.abs(dy) * Math.tan(Math.PI / 6)) return dy < 0 ? 'above' : 'below';
  return dx < 0 ? 'left' : 'right';
}

/**
 * "Grouped by network / coalition": each network or coalition on the map is a translucent region around its node
 * and its members (drawn with bubble sets, as the alignment view draws themes). Regions may overlap, so an actor in
 * two coalitions stands in both and the overlap between coalitions shows at a glance; compound boxes could hold each
 * actor once only.
 */
import type { GraphElementsFragment as GraphElements } from '../../data/generated/graphql';
import type { ThemeRegion } from '../alignment/overlap';

/** Regions beyond this many (the largest first) would cover the map in colour; their nodes still show. */
export const MAX_GROUP_REGIONS = 12;

/** Distinct hues that stay apart from the sector colours when translucent. */
const PALETTE = [
  '#1f77b4',
  '#2ca02c',
  '#9467bd',
  '#8c564b',
  '#e377c2',
  '#17becf',
  '#bcbd22',
  '#7f7f7f',
  '#d62728',
  '#ff7f0e',
  '#393b79',
  '#637939',
];

export function groupRegions(graph: Pick<GraphElements, 'nodes' | 'edges'>): ThemeRegion[] {
  const groups = new Map(
    graph.nodes
      .filter((n) => n.kind === 'NETWORK' || n.kind === 'COALITION')
      .map((n) => [n.id, { id: n.id, name: n.acronym ?? n.name, members: [n.id] }]),
  );
  for (const e of graph.edges) {
    if (e.kind === 'MEMBER_OF') groups.get(e.target)?.members.push(e.source);
  }
  return [...groups.values()]
    .filter((g) => g.members.length > 1)
    .sort((a, b) => b.members.length - a.members.length || (a.id < b.id ? -1 : 1))
    .slice(0, MAX_GROUP_REGIONS)
    .map((g, i) => ({ ...g, colour: PALETTE[i % PALETTE.length] ?? '#7f7f7f' }));
}

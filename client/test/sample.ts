import type {
  GraphEdgeFragment as GraphEdge,
  GraphElementsFragment as GraphElements,
  GraphNodeFragment as GraphNode,
} from '../src/data/generated/graphql';

function node(id: string, kind: GraphNode['kind'], name: string, extra: Partial<GraphNode> = {}): GraphNode {
  return {
    id,
    entityId: id.split(':')[1] ?? id,
    kind,
    label: name,
    name,
    acronym: null,
    altNames: [],
    sector: null,
    level: null,
    influence: null,
    country: null,
    activityType: null,
    sensitive: false,
    ...extra,
  };
}
function edge(kind: GraphEdge['kind'], source: string, target: string, extra: Partial<GraphEdge> = {}): GraphEdge {
  return {
    id: `${kind}:${source}:${target}`,
    kind,
    source,
    target,
    label: null,
    position: null,
    priority: null,
    role: null,
    provenance: { source: 'Workshop', recordedAt: '2014-10-23', confidence: 'HIGH' },
    validFrom: null,
    validTo: null,
    ...extra,
  };
}

export const sample: GraphElements = {
  truncated: false,
  nodes: [
    node('actor:kfca', 'ACTOR', 'Khmer Forest Communities Alliance', {
      acronym: 'KFCA',
      altNames: ['សម្ព័ន្ធសហគមន៍ព្រៃឈើខ្មែរ'],
      sector: 'CIVIL_SOCIETY',
      level: 'NATIONAL',
      influence: 3,
      country: 'KH',
    }),
    node('actor:lagov', 'ACTOR', 'Lao Land Ministry', {
      altNames: ['ກະຊວງທີ່ດິນ'],
      sector: 'GOVERNMENT',
      level: 'NATIONAL',
      influence: 4,
      country: 'LA',
    }),
    node('group:net', 'NETWORK', 'Forest Network'),
    node('theme:forest', 'THEME', 'Community forestry'),
    node('country:KH', 'COUNTRY', 'Cambodia', { country: 'KH' }),
    node('country:LA', 'COUNTRY', 'Lao PDR', { country: 'LA' }),
  ],
  edges: [
    edge('BASED_IN', 'actor:kfca', 'country:KH'),
    edge('BASED_IN', 'actor:lagov', 'country:LA'),
    edge('MEMBER_OF', 'actor:kfca', 'group:net', { role: 'member' }),
    edge('INTERESTED_IN', 'actor:kfca', 'theme:forest', { position: 'SUPPORTS', priority: 3 }),
    edge('COLLABORATES_WITH', 'actor:lagov', 'actor:kfca'),
  ],
};

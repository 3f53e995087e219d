/**
 * The closed vocabularies of the API (mirrors the GraphQL enums) with their labels and the visual
 * encoding used by the graph, the legend and the table. Colours are the Okabe–Ito palette, which
 * stays distinguishable under the common colour-vision deficiencies; every sector also has its own
 * shape so colour is never the only cue.
 */
// The lists themselves have one source, shared with the server, the seed and the importer.
import { CONFIDENCES, LEVELS, POSITIONS, SECTORS } from '@reform-atlas/seed/src/vocabulary';
import type { Confidence, Level, Position, Sector } from '@reform-atlas/seed/src/vocabulary';

export { CONFIDENCES, LEVELS, POSITIONS, SECTORS };
export type { Confidence, Level, Position, Sector };

export type NodeKind = 'ACTOR' | 'NETWORK' | 'COALITION' | 'COUNTRY' | 'THEME' | 'ACTIVITY';
export type RelationType =
  | 'MEMBER_OF'
  | 'BASED_IN'
  | 'OPERATES_IN'
  | 'INTERESTED_IN'
  | 'COLLABORATES_WITH'
  | 'PARTICIPATED_IN'
  | 'ACTIVE_IN'
  | 'FOCUSES_ON'
  | 'HELD_IN'
  | 'ADDRESSES';

/** Shapes are Cytoscape shape names; the legend draws the same shapes in SVG. */
export type Shape =
  | 'ellipse'
  | 'rectangle'
  | 'diamond'
  | 'triangle'
  | 'star'
  | 'hexagon'
  | 'vee'
  | 'octagon'
  | 'round-rectangle'
  | 'cut-rectangle'
  | 'barrel'
  | 'tag'
  | 'round-diamond';

export interface Encoding {
  label: string;
  colour: string;
  shape: Shape;
}

export const SECTOR_ENCODING: Record<Sector, Encoding> = {
  CIVIL_SOCIETY: { label: 'Civil society', colour: '#E69F00', shape: 'ellipse' },
  GOVERNMENT: { label: 'Government', colour: '#0072B2', shape: 'rectangle' },
  PRIVATE_SECTOR: { label: 'Private sector', colour: '#D55E00', shape: 'diamond' },
  RESEARCH: { label: 'Research / academia', colour: '#009E73', shape: 'triangle' },
  DONOR: { label: 'Donor / development partner', colour: '#CC79A7', shape: 'star' },
  COMMUNITY: { label: 'Community organisation', colour: '#F0E442', shape: 'hexagon' },
  MEDIA: { label: 'Media', colour: '#56B4E9', shape: 'vee' },
  REGIONAL_BODY: { label: 'Regional / intergovernmental', colour: '#555555', shape: 'octagon' },
};

export const KIND_ENCODING: Record<Exclude<NodeKind, 'ACTOR'>, Encoding> = {
  NETWORK: { label: 'Network', colour: '#1F4E5F', shape: 'round-rectangle' },
  COALITION: { label: 'Coalition', colour: '#6A3D9A', shape: 'cut-rectangle' },
  COUNTRY: { label: 'Country', colour: '#8C8C8C', shape: 'barrel' },
  THEME: { label: 'Theme', colour: '#3B7A3B', shape: 'tag' },
  ACTIVITY: { label: 'Learning activity', colour: '#9A6324', shape: 'round-diamond' },
};

export const POSITION_ENCODING: Record<Position, { label: string; colour: string; line: 'solid' | 'dashed' | 'dotted' }> = {
  SUPPORTS: { label: 'Supports', colour: '#0072B2', line: 'solid' },
  OPPOSES: { label: 'Opposes', colour: '#D55E00', line: 'dashed' },
  MIXED: { label: 'Mixed', colour: '#CC79A7', line: 'dotted' },
  UNKNOWN: { label: 'Unknown', colour: '#999999', line: 'dotted' },
};

export const LEVEL_LABELS: Record<Level, string> = {
  LOCAL: 'Local',
  NATIONAL: 'National',
  REGIONAL: 'Regional',
  INTERNATIONAL: 'International',
};

export const COUNTRY_NAMES: Record<string, string> = {
  KH: 'Cambodia',
  LA: 'Lao PDR',
  MM: 'Myanmar',
  VN: 'Vietnam',
  TH: 'Thailand',
  REGIONAL: 'Regional',
};

export const RELATION_WORDS: Record<RelationType, string> = {
  MEMBER_OF: 'is a member of',
  BASED_IN: 'is based in',
  OPERATES_IN: 'operates in',
  INTERESTED_IN: 'has a position on',
  COLLABORATES_WITH: 'collaborates with',
  PARTICIPATED_IN: 'took part in',
  ACTIVE_IN: 'is active in',
  FOCUSES_ON: 'focuses on',
  HELD_IN: 'was held in',
  ADDRESSES: 'addresses',
};

export const KIND_LABELS: Record<NodeKind, string> = {
  ACTOR: 'Actor',
  NETWORK: 'Network',
  COALITION: 'Coalition',
  COUNTRY: 'Country',
  THEME: 'Theme',
  ACTIVITY: 'Activity',
};

export function isSector(value: string): value is Sector {
  return (SECTORS as readonly string[]).includes(value);
}
export function isLevel(value: string): value is Level {
  return (LEVELS as readonly string[]).includes(value);
}

/**
 * The closed vocabularies of the API (the GraphQL enums) with their labels and the visual
 * encoding used by the graph, the legend and the table. Colours are the Okabe–Ito palette, which
 * stays distinguishable under the common colour-vision deficiencies; every sector also has its own
 * shape so colour is never the only cue.
 */
// The lists and the words the page shows for them have one source, shared with the server, the seed and the
// importer (which accepts these words as well as the codes), so the page and the importer cannot drift apart.
import {
  ACTIVITY_TYPE_LABELS,
  ACTIVITY_TYPES,
  CONFIDENCE_LABELS,
  CONFIDENCES,
  COUNTRY_NAMES as COUNTRY_LABELS,
  GROUP_KIND_LABELS,
  LEVEL_LABELS,
  LEVELS,
  POSITION_LABELS,
  POSITIONS,
  SECTOR_LABELS,
  SECTORS,
} from '@reform-atlas/vocabulary';
import type { ActivityType, Confidence, Level, Position, Sector } from '@reform-atlas/vocabulary';

// The graph's enums come from the SDL, through the generated types.
import type { NodeKind, RelationType } from '../data/generated/graphql';
import { glyphShape, type GlyphShape } from './activities/glyphs';

export {
  ACTIVITY_TYPE_LABELS,
  ACTIVITY_TYPES,
  CONFIDENCE_LABELS,
  CONFIDENCES,
  GROUP_KIND_LABELS,
  LEVEL_LABELS,
  LEVELS,
  POSITION_LABELS,
  POSITIONS,
  SECTOR_LABELS,
  SECTORS,
};
export type { ActivityType, Confidence, Level, NodeKind, Position, RelationType, Sector };

/** By country code; looked up with codes that come from the server, hence the string keys. */
export const COUNTRY_NAMES: Readonly<Record<string, string>> = COUNTRY_LABELS;

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
  | 'round-diamond'
  /** An activity type's own glyph (core/activities/glyphs.ts). */
  | GlyphShape;

export interface Encoding {
  label: string;
  colour: string;
  shape: Shape;
}

export const SECTOR_ENCODING: Record<Sector, Encoding> = {
  CIVIL_SOCIETY: { label: SECTOR_LABELS.CIVIL_SOCIETY, colour: '#E69F00', shape: 'ellipse' },
  GOVERNMENT: { label: SECTOR_LABELS.GOVERNMENT, colour: '#0072B2', shape: 'rectangle' },
  PRIVATE_SECTOR: { label: SECTOR_LABELS.PRIVATE_SECTOR, colour: '#D55E00', shape: 'diamond' },
  RESEARCH: { label: SECTOR_LABELS.RESEARCH, colour: '#009E73', shape: 'triangle' },
  DONOR: { label: SECTOR_LABELS.DONOR, colour: '#CC79A7', shape: 'star' },
  COMMUNITY: { label: SECTOR_LABELS.COMMUNITY, colour: '#F0E442', shape: 'hexagon' },
  MEDIA: { label: SECTOR_LABELS.MEDIA, colour: '#56B4E9', shape: 'vee' },
  REGIONAL_BODY: { label: SECTOR_LABELS.REGIONAL_BODY, colour: '#555555', shape: 'octagon' },
};

export const KIND_ENCODING: Record<Exclude<NodeKind, 'ACTOR'>, Encoding> = {
  NETWORK: { label: GROUP_KIND_LABELS.NETWORK, colour: '#1F4E5F', shape: 'round-rectangle' },
  COALITION: { label: GROUP_KIND_LABELS.COALITION, colour: '#6A3D9A', shape: 'cut-rectangle' },
  COUNTRY: { label: 'Country', colour: '#8C8C8C', shape: 'barrel' },
  THEME: { label: 'Theme', colour: '#3B7A3B', shape: 'tag' },
  ACTIVITY: { label: 'Learning activity', colour: '#9A6324', shape: 'round-diamond' },
};

/**
 * Every activity type in the activities' one colour with a glyph of its own, so the shape alone tells the type
 * (and the colour tells an activity from an actor). The generic ACTIVITY encoding above stands for an activity of
 * unknown type.
 */
export const ACTIVITY_ENCODING = Object.fromEntries(
  ACTIVITY_TYPES.map((t) => [
    t,
    { label: ACTIVITY_TYPE_LABELS[t], colour: KIND_ENCODING.ACTIVITY.colour, shape: glyphShape(t) },
  ]),
) as Record<ActivityType, Encoding>;

export const POSITION_ENCODING: Record<
  Position,
  { label: string; colour: string; line: 'solid' | 'dashed' | 'dotted' }
> = {
  SUPPORTS: { label: POSITION_LABELS.SUPPORTS, colour: '#0072B2', line: 'solid' },
  OPPOSES: { label: POSITION_LABELS.OPPOSES, colour: '#D55E00', line: 'dashed' },
  MIXED: { label: POSITION_LABELS.MIXED, colour: '#CC79A7', line: 'dotted' },
  UNKNOWN: { label: POSITION_LABELS.UNKNOWN, colour: '#999999', line: 'dotted' },
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
  NETWORK: GROUP_KIND_LABELS.NETWORK,
  COALITION: GROUP_KIND_LABELS.COALITION,
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

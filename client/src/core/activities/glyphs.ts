/**
 * One glyph per activity type, so the eight types are told apart on the map, in the legend and in exports by shape
 * alone (greyscale prints, colour-blind readers) at the map's 28 px. Each is a silhouette none of the sector shapes
 * has (those are ellipse, square, diamond, triangle, star, hexagon, vee and octagon), with a hint of its meaning:
 *
 * - information work: a speech bubble (information shared)
 * - case studies: a page with a folded corner (a written case)
 * - targeted research: a laboratory flask
 * - learning visit: a house (visiting someone's place)
 * - cross-border learning: a double arrow (across a border, both ways)
 * - training: an arrow up (capacities raised)
 * - coaching and pairing: a bow tie (two sides joined at one point)
 * - convening and collaboration: a plus (people brought together)
 *
 * Points are x, y pairs in [-1, 1] with y downwards: Cytoscape's `shape-polygon-points` convention, and what
 * core/export/shapes.ts and the legend's icons draw from, so the three show one geometry.
 */
import type { ActivityType } from '@reform-atlas/vocabulary';

export const ACTIVITY_GLYPHS: Readonly<Record<ActivityType, readonly number[]>> = {
  INFORMATION_WORK: [-1, -0.8, 1, -0.8, 1, 0.45, -0.05, 0.45, -0.6, 1, -0.5, 0.45, -1, 0.45],
  CASE_STUDIES: [-0.75, -1, 0.2, -1, 0.75, -0.45, 0.75, 1, -0.75, 1],
  TARGETED_RESEARCH: [-0.28, -1, 0.28, -1, 0.28, -0.3, 1, 1, -1, 1, -0.28, -0.3],
  LEARNING_VISIT: [0, -1, 1, -0.05, 0.68, -0.05, 0.68, 1, -0.68, 1, -0.68, -0.05, -1, -0.05],
  CROSS_BORDER_LEARNING: [
    -1, 0, -0.35, -0.85, -0.35, -0.3, 0.35, -0.3, 0.35, -0.85, 1, 0, 0.35, 0.85, 0.35, 0.3, -0.35, 0.3, -0.35, 0.85,
  ],
  TRAINING: [0, -1, 1, 0.05, 0.36, 0.05, 0.36, 1, -0.36, 1, -0.36, 0.05, -1, 0.05],
  COACHING_PAIRING: [-1, -0.85, 0, -0.2, 1, -0.85, 1, 0.85, 0, 0.2, -1, 0.85],
  CONVENING_COLLABORATION: [
    -0.34, -1, 0.34, -1, 0.34, -0.34, 1, -0.34, 1, 0.34, 0.34, 0.34, 0.34, 1, -0.34, 1, -0.34, 0.34, -1, 0.34, -1,
    -0.34, -0.34, -0.34,
  ],
};

/** The shape name the vocabulary, the legend and the exports use for a type's glyph. */
export type GlyphShape = `glyph:${ActivityType}`;

export function glyphShape(type: ActivityType): GlyphShape {
  return `glyph:${type}`;
}

/** The glyph's points as pairs, or null when `shape` is not a glyph. */
export function glyphPoints(shape: string): Array<[number, number]> | null {
  const flat = shape.startsWith('glyph:')
    ? ACTIVITY_GLYPHS[shape.slice('glyph:'.length) as ActivityType]
    : shape.startsWith('polygon:')
      ? shape
          .slice('polygon:'.length)
          .trim()
          .split(/[\s,]+/)
          .map(Number)
      : undefined;
  if (!flat || flat.length < 6 || flat.some((n) => !Number.isFinite(n))) return null;
  const out: Array<[number, number]> = [];
  for (let i = 0; i + 1 < flat.length; i += 2) out.push([flat[i] ?? 0, flat[i + 1] ?? 0]);
  return out;
}

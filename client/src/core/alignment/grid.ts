/**
 * The influence × alignment grid (the classic stakeholder matrix). x: stance on the chosen theme,
 * from −1 (opposes) to +1 (supports), mixed at 0, priority pulling it outward; y: influence 1–5.
 * Pure: the page draws the points and the quadrants, the graph highlights the chosen quadrant.
 */
import type { Position } from '../vocabulary';
import type { Quadrant } from './alignState';

export interface GridPoint {
  id: string;
  /** Short label (acronym when there is one). */
  label: string;
  name: string;
  position: Position;
  priority: number;
  stance: number;
  influence: number;
  quadrant: Quadrant;
  /** Deterministic nudge so equal points do not hide each other; it never moves a point out of its quadrant. */
  jx: number;
  jy: number;
}

export const QUADRANT_LABELS: Record<Quadrant, { title: string; hint: string }> = {
  champions: { title: 'Champions', hint: 'influential and supportive: involve closely' },
  blockers: { title: 'Potential blockers', hint: 'influential and opposed or mixed: engage, address concerns' },
  supporters: { title: 'Supporters to mobilise', hint: 'supportive, less influential: inform, connect' },
  watch: { title: 'Keep watching', hint: 'less influential, opposed or mixed: monitor' },
};

/** Influence at or above this is "high" (the scale is 1–5). */
export const HIGH_INFLUENCE = 3;

const VALUE: Record<Position, number | null> = { SUPPORTS: 1, OPPOSES: -1, MIXED: 0, UNKNOWN: null };

function hash(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i += 1) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 16777619);
  }
  return (h >>> 0) / 4294967296;
}

export function quadrantOf(stance: number, influence: number): Quadrant {
  const high = influence >= HIGH_INFLUENCE;
  const supportive = stance > 0;
  if (high) return supportive ? 'champions' : 'blockers';
  return supportive ? 'supporters' : 'watch';
}

/**
 * One point per actor with a known position on the theme (priority 1–3 scales the stance to 0.6–1).
 * Mixed sits on the line (stance 0) and counts as not supportive, so its nudge only goes left.
 */
export function gridPoints(
  positions: Array<{ actor: { id: string }; position: Position; priority: number }>,
  influence: Map<string, number>,
  labelOf: (id: string) => string,
  nameOf: (id: string) => string = labelOf,
): GridPoint[] {
  return positions.flatMap((p) => {
    const v = VALUE[p.position];
    if (v === null) return [];
    const id = p.actor.id;
    const stance = v * (0.4 + 0.2 * Math.min(3, Math.max(1, p.priority)));
    const inf = influence.get(id) ?? 2;
    const nudge = (hash(id) - 0.5) * 0.18;
    const jx = stance === 0 ? -0.03 - Math.abs(nudge) : nudge;
    return [
      {
        id,
        label: labelOf(id),
        name: nameOf(id),
        position: p.position,
        priority: p.priority,
        stance,
        influence: inf,
        quadrant: quadrantOf(stance, inf),
        jx,
        jy: (hash(`${id}#y`) - 0.5) * 0.5,
      },
    ];
  });
}

/** A quadrant's actors as listed beside the grid: most influential first, then strongest stance, then by name. */
export function quadrantMembers(points: GridPoint[], q: Quadrant): GridPoint[] {
  return points
    .filter((p) => p.quadrant === q)
    .sort(
      (a, b) => b.influence - a.influence || Math.abs(b.stance) - Math.abs(a.stance) || a.name.localeCompare(b.name),
    );
}

export function inQuadrant(points: GridPoint[], q: Quadrant | null): Set<string> {
  return new Set(points.filter((p) => p.quadrant === q).map((p) => p.id));
}

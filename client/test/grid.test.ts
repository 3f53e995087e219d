/** The influence × alignment grid's placement without React: every dot and its name, none covering another. */
import {
  gridGeometry,
  gridPoints,
  labelLines,
  placeGrid,
  type Box,
  type GridFrame,
  type PlacedPoint,
} from '../src/core/alignment/grid';
import { estimateWidth } from '../src/core/export/frame';
import type { Position, Sector } from '../src/core/vocabulary';

const STAGE: GridFrame = {
  width: 1888,
  height: 900,
  left: 74,
  right: 12,
  top: 6,
  bottom: 76,
  title: 42,
  dot: 10,
  fontPx: 20,
  labelWidth: 250,
};
const PANEL: GridFrame = {
  width: 448,
  height: 403,
  left: 40,
  right: 6,
  top: 4,
  bottom: 40,
  title: 22,
  dot: 5,
  fontPx: 11,
  labelWidth: 84,
};
const measure = (text: string, px: number) => estimateWidth(text, px, true);

/** A crowd like the seed's most held theme: most actors supportive and of middling influence, long names. */
function crowd(n: number) {
  const positions: Array<{ actor: { id: string }; position: Position; priority: number }> = [];
  const influence = new Map<string, number>();
  const sectors: Sector[] = ['CIVIL_SOCIETY', 'GOVERNMENT', 'PRIVATE_SECTOR', 'COMMUNITY'];
  for (let i = 0; i < n; i += 1) {
    const id = `actor-${i}`;
    const position: Position = i % 9 === 0 ? 'MIXED' : i % 7 === 0 ? 'OPPOSES' : 'SUPPORTS';
    positions.push({ actor: { id }, position, priority: 1 + (i % 3) });
    influence.set(id, i % 5 === 0 ? 2 : 2 + (i % 3));
  }
  return gridPoints(
    positions,
    influence,
    (id) =>
      Number(id.slice(6)) % 4 === 0 ? `A${id.slice(6)}` : `Provincial Farmers Association number ${id.slice(6)}`,
    (id) => id,
    (id) => sectors[Number(id.slice(6)) % sectors.length] ?? null,
  );
}

const overlaps = (a: Box, b: Box) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;
const dotBox = (p: PlacedPoint, r: number): Box => ({ x1: p.x - r, y1: p.y - r, x2: p.x + r, y2: p.y + r });

function clashes(placed: PlacedPoint[], r: number): string[] {
  const boxes = placed.flatMap((p) => [
    { id: `dot ${p.point.id}`, box: dotBox(p, r) },
    ...(p.label ? [{ id: `name ${p.point.id}`, box: p.label.box }] : []),
  ]);
  const out: string[] = [];
  for (const [i, a] of boxes.entries())
    for (const b of boxes.slice(i + 1)) if (overlaps(a.box, b.box)) out.push(`${a.id} × ${b.id}`);
  return out;
}

describe('placeGrid', () => {
  const points = crowd(60);

  it('names every dot in meeting mode, and no dot or name covers another', () => {
    const placed = placeGrid(points, STAGE, measure, { everyLabel: true });
    expect(placed.map((p) => p.point.id)).toEqual(points.map((p) => p.id));
    expect(placed.filter((p) => !p.label).map((p) => p.point.id)).toEqual([]);
    expect(clashes(placed, STAGE.dot)).toEqual([]);
  });

  it('keeps each dot in its quadrant and its influence row, and each name in its quadrant', () => {
    const g = gridGeometry(STAGE, points);
    for (const p of placeGrid(points, STAGE, measure, { everyLabel: true })) {
      const q = g.quadrants[p.point.quadrant];
      const row = g.rowOf(p.point.influence);
      expect(p.x).toBeGreaterThan(q.x1);
      expect(p.x).toBeLessThan(q.x2);
      expect(p.y).toBeGreaterThanOrEqual(row.y1);
      expect(p.y).toBeLessThanOrEqual(row.y2);
      if (p.label) {
        expect(p.label.box.x1).toBeGreaterThanOrEqual(q.x1);
        expect(p.label.box.x2).toBeLessThanOrEqual(q.x2);
      }
    }
  });

  it('spreads mixed positions through their band left of the centre line instead of piling them on it', () => {
    const mixed = Array.from({ length: 8 }, (_, i) => ({
      actor: { id: `m${i}` },
      position: 'MIXED' as const,
      priority: 2,
    }));
    const pts = gridPoints(mixed, new Map(mixed.map((m) => [m.actor.id, 4])), (id) => id);
    const g = gridGeometry(STAGE, pts);
    const band = g.columnOf({ position: 'MIXED', priority: 2 });
    const placed = placeGrid(pts, STAGE, measure, { everyLabel: true });
    for (const p of placed) {
      expect(p.x).toBeLessThan(g.midX);
      expect(p.x).toBeGreaterThanOrEqual(band.x1 - STAGE.dot);
    }
    // Eight dots, eight places: none on another.
    expect(new Set(placed.map((p) => `${p.x},${p.y}`)).size).toBe(8);
    expect(clashes(placed, STAGE.dot)).toEqual([]);
  });

  it('in the panel, names what fits and leaves no dot or name over another', () => {
    const placed = placeGrid(points, PANEL, measure);
    expect(clashes(placed, PANEL.dot)).toEqual([]);
    expect(placed.filter((p) => p.label).length).toBeGreaterThan(points.length / 3);
  });

  it('is deterministic', () => {
    const a = placeGrid(points, STAGE, measure, { everyLabel: true });
    const b = placeGrid([...points], STAGE, measure, { everyLabel: true });
    expect(b).toEqual(a);
  });
});

describe('gridGeometry', () => {
  it('gives the crowded rows and half more room, and stays even without points', () => {
    const even = gridGeometry(STAGE);
    expect(even.midX).toBeCloseTo((STAGE.left + STAGE.width - STAGE.right) / 2);
    const heights = [1, 2, 3, 4, 5].map((l) => even.rowOf(l).y2 - even.rowOf(l).y1);
    for (const h of heights) expect(h).toBeCloseTo(heights[0] ?? 0);
    const g = gridGeometry(STAGE, crowd(60));
    // Mostly supportive: the right half is wider, up to 68% of the plot.
    const plot = STAGE.width - STAGE.right - STAGE.left;
    expect(STAGE.width - STAGE.right - g.midX).toBeGreaterThan(plot / 2);
    expect(STAGE.width - STAGE.right - g.midX).toBeLessThanOrEqual(plot * 0.68 + 1e-9);
  });

  it('orders the stance columns: opposing high to low, mixed, then supporting low to high', () => {
    const g = gridGeometry(STAGE);
    const xs = g.columns.map((c) => [c.key, c.x1] as const).sort((a, b) => a[1] - b[1]);
    expect(xs.map(([k]) => k)).toEqual([
      'OPPOSES-3',
      'OPPOSES-2',
      'OPPOSES-1',
      'MIXED',
      'SUPPORTS-1',
      'SUPPORTS-2',
      'SUPPORTS-3',
    ]);
  });
});

describe('labelLines', () => {
  it('wraps a long name into two lines and cuts the rest', () => {
    expect(labelLines('KFCA', 100, 10, estimateWidth)).toEqual(['KFCA']);
    const lines = labelLines('Mekong Food Security Ministers Forum Secretariat', 100, 10, estimateWidth);
    expect(lines).toHaveLength(2);
    for (const l of lines) expect(estimateWidth(l, 10)).toBeLessThanOrEqual(100);
    expect(lines[1]?.endsWith('…')).toBe(true);
  });
});

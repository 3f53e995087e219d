/**
 * Cytoscape's node shapes as SVG path data, centred on (cx, cy) with body size w×h. The same string
 * feeds an SVG <path> and a canvas Path2D, so the legend and the vector export draw one geometry.
 */
import { glyphPoints } from '../activities/glyphs';

type Pt = [number, number];

const f = (n: number) => (Math.round(n * 100) / 100).toString();

function poly(points: Pt[], cx: number, cy: number, w: number, h: number): string {
  return `${points.map(([px, py], i) => `${i === 0 ? 'M' : 'L'}${f(cx + (px * w) / 2)},${f(cy + (py * h) / 2)}`).join(' ')} Z`;
}

function ngon(sides: number, rotate: number): Pt[] {
  const raw: Pt[] = Array.from({ length: sides }, (_, i) => {
    const a = rotate + (i * 2 * Math.PI) / sides;
    return [Math.cos(a), Math.sin(a)];
  });
  // Stretch to fill the box as Cytoscape does (its "fit to square" polygons).
  const sx = Math.max(...raw.map((p) => Math.abs(p[0])));
  const sy = Math.max(...raw.map((p) => Math.abs(p[1])));
  return raw.map(([x, y]) => [x / sx, y / sy]);
}

function starPoints(): Pt[] {
  const inner = 0.4;
  return Array.from({ length: 10 }, (_, i) => {
    const r = i % 2 === 0 ? 1 : inner;
    const a = -Math.PI / 2 + (i * Math.PI) / 5;
    return [r * Math.cos(a), r * Math.sin(a)] as Pt;
  });
}

function roundRect(cx: number, cy: number, w: number, h: number, r: number): string {
  const x = cx - w / 2;
  const y = cy - h / 2;
  const rr = Math.min(r, w / 2, h / 2);
  return [
    `M${f(x + rr)},${f(y)}`,
    `H${f(x + w - rr)}`,
    `Q${f(x + w)},${f(y)} ${f(x + w)},${f(y + rr)}`,
    `V${f(y + h - rr)}`,
    `Q${f(x + w)},${f(y + h)} ${f(x + w - rr)},${f(y + h)}`,
    `H${f(x + rr)}`,
    `Q${f(x)},${f(y + h)} ${f(x)},${f(y + h - rr)}`,
    `V${f(y + rr)}`,
    `Q${f(x)},${f(y)} ${f(x + rr)},${f(y)}`,
    'Z',
  ].join(' ');
}

export function shapePath(shape: string, cx: number, cy: number, w: number, h: number): string {
  const rx = w / 2;
  const ry = h / 2;
  switch (shape) {
    case 'ellipse':
      return `M${f(cx - rx)},${f(cy)} A${f(rx)},${f(ry)} 0 1,0 ${f(cx + rx)},${f(cy)} A${f(rx)},${f(ry)} 0 1,0 ${f(cx - rx)},${f(cy)} Z`;
    case 'rectangle':
      return poly(
        [
          [-1, -1],
          [1, -1],
          [1, 1],
          [-1, 1],
        ],
        cx,
        cy,
        w,
        h,
      );
    case 'round-rectangle':
      return roundRect(cx, cy, w, h, Math.min(w, h) / 4);
    case 'barrel':
      return roundRect(cx, cy, w, h, Math.min(w, h) * 0.35);
    case 'diamond':
    case 'round-diamond':
      return poly(
        [
          [0, -1],
          [1, 0],
          [0, 1],
          [-1, 0],
        ],
        cx,
        cy,
        w,
        h,
      );
    case 'triangle':
      return poly(
        [
          [0, -1],
          [1, 1],
          [-1, 1],
        ],
        cx,
        cy,
        w,
        h,
      );
    case 'star':
      return poly(starPoints(), cx, cy, w, h);
    case 'hexagon':
      return poly(ngon(6, 0), cx, cy, w, h);
    case 'octagon':
      return poly(ngon(8, Math.PI / 8), cx, cy, w, h);
    case 'vee':
      return poly(
        [
          [-1, -1],
          [0, -1 / 3],
          [1, -1],
          [0, 1],
        ],
        cx,
        cy,
        w,
        h,
      );
    case 'cut-rectangle': {
      const c = Math.min(8, w / 4, h / 4);
      const x = (c * 2) / w;
      const y = (c * 2) / h;
      return poly(
        [
          [-1 + x, -1],
          [1 - x, -1],
          [1, -1 + y],
          [1, 1 - y],
          [1 - x, 1],
          [-1 + x, 1],
          [-1, 1 - y],
          [-1, -1 + y],
        ],
        cx,
        cy,
        w,
        h,
      );
    }
    case 'tag': {
      const tip = Math.min(1, (h / w) * 0.8);
      return poly(
        [
          [-1, -1],
          [1 - tip, -1],
          [1, 0],
          [1 - tip, 1],
          [-1, 1],
        ],
        cx,
        cy,
        w,
        h,
      );
    }
    default: {
      // An activity type's glyph, by name (legend entries) or as the polygon Cytoscape drew (captured scenes).
      const glyph = glyphPoints(shape);
      return glyph ? poly(glyph, cx, cy, w, h) : roundRect(cx, cy, w, h, 0);
    }
  }
}

export function dashArray(dash: string, width: number): string | null {
  if (dash === 'dashed') return `${f(width * 3)} ${f(width * 2)}`;
  if (dash === 'dotted') return `${f(Math.max(width, 1))} ${f(Math.max(width, 1) * 1.5)}`;
  return null;
}

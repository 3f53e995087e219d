/** The same shapes as the graph, drawn in SVG for the legend and the table. */
import { glyphPoints } from '../core/activities/glyphs';
import type { Shape } from '../core/vocabulary';

function polygon(n: number, rotate = -Math.PI / 2, r = 9): string {
  return Array.from({ length: n }, (_, i) => {
    const a = rotate + (i * 2 * Math.PI) / n;
    return `${(10 + r * Math.cos(a)).toFixed(1)},${(10 + r * Math.sin(a)).toFixed(1)}`;
  }).join(' ');
}

function star(): string {
  return Array.from({ length: 10 }, (_, i) => {
    const r = i % 2 === 0 ? 9.5 : 4;
    const a = -Math.PI / 2 + (i * Math.PI) / 5;
    return `${(10 + r * Math.cos(a)).toFixed(1)},${(10 + r * Math.sin(a)).toFixed(1)}`;
  }).join(' ');
}

const POINTS: Partial<Record<Shape, string>> = {
  diamond: '10,1 19,10 10,19 1,10',
  triangle: '10,1.5 19,18 1,18',
  star: star(),
  hexagon: polygon(6, 0),
  octagon: polygon(8, Math.PI / 8),
  vee: '1,2 10,8 19,2 10,18',
  'cut-rectangle': '5,3 15,3 19,7 19,13 15,17 5,17 1,13 1,7',
  tag: '1,4 14,4 19,10 14,16 1,16',
  'round-diamond': '10,2 18,10 10,18 2,10',
};

export interface ShapeIconProps {
  shape: Shape;
  fill: string;
  stroke?: string;
  dashed?: boolean;
  size?: number;
}

export function ShapeIcon({ shape, fill, stroke = '#ffffff', dashed = false, size = 18 }: ShapeIconProps) {
  const common = {
    fill,
    stroke,
    strokeWidth: stroke === '#ffffff' ? 1 : 2.2,
    strokeDasharray: dashed ? '3 2' : undefined,
  };
  let body;
  if (shape === 'ellipse') body = <circle cx={10} cy={10} r={8.5} {...common} />;
  else if (shape === 'rectangle') body = <rect x={2} y={2} width={16} height={16} {...common} />;
  else if (shape === 'round-rectangle') body = <rect x={1.5} y={4} width={17} height={12} rx={3.5} {...common} />;
  else if (shape === 'barrel') body = <rect x={1.5} y={3} width={17} height={14} rx={6} {...common} />;
  else {
    const glyph = glyphPoints(shape);
    const points = glyph
      ? glyph.map(([x, y]) => `${(10 + x * 9).toFixed(1)},${(10 + y * 9).toFixed(1)}`).join(' ')
      : null;
    body = <polygon points={points ?? POINTS[shape] ?? polygon(4)} {...common} />;
  }
  return (
    <svg width={size} height={size} viewBox="0 0 20 20" aria-hidden="true" focusable="false" className="shape-icon">
      {body}
    </svg>
  );
}

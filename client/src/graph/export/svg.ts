/**
 * The vector export: a Scene and its decorations as one standalone SVG. Labels are <text> elements
 * (selectable, searchable, shaped by the viewer's text engine), so the fonts that cover Khmer, Lao
 * and Burmese are embedded as @font-face data URLs when the page can provide them (see fontCss.ts).
 */
import { FRAME, layoutFrame, type Decorations, type Measure } from '../../core/export/frame';
import type { LegendEntry } from '../../core/export/legend';
import { LABEL_FONT } from '../style';
import { labelBox, type Scene, type SceneEdge, type SceneNode } from './scene';
import { dashArray, shapePath } from './shapes';

/** Padding around the graph's bounds, in model units. */
export const GRAPH_PADDING = 20;

const XML_INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g; // eslint-disable-line no-control-regex

export function xml(text: string): string {
  return text
    .replace(XML_INVALID, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

const n2 = (v: number) => (Math.round(v * 100) / 100).toString();
const op = (v: number) => (v >= 0.999 ? '' : ` opacity="${n2(v)}"`);

function edgeSvg(e: SceneEdge): string {
  const dash = dashArray(e.dash, e.width);
  return `<line x1="${n2(e.x1)}" y1="${n2(e.y1)}" x2="${n2(e.x2)}" y2="${n2(e.y2)}" stroke="${xml(e.colour)}" stroke-width="${n2(e.width)}"${dash ? ` stroke-dasharray="${dash}"` : ''}${op(e.opacity)}/>`;
}

function bodySvg(n: SceneNode): string {
  const d = shapePath(n.shape, n.x, n.y, n.w, n.h);
  const dash = n.strokeDash === 'dashed' || n.strokeDash === 'dotted' ? dashArray(n.strokeDash, n.strokeWidth) : null;
  const stroke =
    n.strokeWidth > 0
      ? ` stroke="${xml(n.stroke)}" stroke-width="${n2(n.strokeWidth)}"${dash ? ` stroke-dasharray="${dash}"` : ''}`
      : '';
  const fillOpacity = n.fillOpacity < 0.999 ? ` fill-opacity="${n2(n.fillOpacity)}"` : '';
  return `<path d="${d}" fill="${xml(n.fill)}"${fillOpacity}${stroke}${op(n.opacity)}/>`;
}

function labelSvg(n: SceneNode): string {
  if (n.lines.length === 0 || n.textOpacity * n.opacity <= 0.001) return '';
  const box = labelBox(n);
  const outline =
    n.outlineWidth > 0
      ? ` stroke="${xml(n.outlineColour)}" stroke-width="${n2(n.outlineWidth * 2)}" stroke-opacity="${n2(n.outlineOpacity)}" stroke-linejoin="round" paint-order="stroke"`
      : '';
  const style = `${n.fontWeight !== 'normal' ? ` font-weight="${xml(n.fontWeight)}"` : ''}${n.fontStyle !== 'normal' ? ` font-style="${xml(n.fontStyle)}"` : ''}`;
  const spans = n.lines
    .map((line, i) => `<tspan x="${n2(box.x)}" y="${n2(box.y + i * box.lineHeight)}">${xml(line)}</tspan>`)
    .join('');
  return `<text font-size="${n2(n.fontSize)}"${style} fill="${xml(n.textColour)}"${outline}${op(n.textOpacity * n.opacity)} text-anchor="${box.anchor}" dominant-baseline="central">${spans}</text>`;
}

function legendSvg(entries: LegendEntry[], x: number, y: number): string {
  const parts = [
    `<text x="${n2(x)}" y="${n2(y + FRAME.legendTitlePx)}" font-size="${FRAME.legendTitlePx}" font-weight="bold" fill="#1d2733">Legend</text>`,
  ];
  entries.forEach((entry, i) => {
    const cy = y + FRAME.legendTitlePx + 14 + i * FRAME.legendRow + FRAME.legendRow / 2;
    if (entry.type === 'node') {
      const dash = entry.dashed ? ' stroke-dasharray="3 2"' : '';
      parts.push(
        `<path d="${shapePath(entry.shape, x + 9, cy, 16, 16)}" fill="${xml(entry.fill)}" stroke="${xml(entry.stroke)}" stroke-width="1.8"${dash}/>`,
      );
    } else {
      const dash = dashArray(entry.dash, entry.width);
      parts.push(
        `<line x1="${n2(x)}" y1="${n2(cy)}" x2="${n2(x + 22)}" y2="${n2(cy)}" stroke="${xml(entry.colour)}" stroke-width="${entry.width}"${dash ? ` stroke-dasharray="${dash}"` : ''}/>`,
      );
    }
    parts.push(
      `<text x="${n2(x + 30)}" y="${n2(cy)}" font-size="${FRAME.legendPx}" fill="#1d2733" dominant-baseline="central">${xml(entry.label)}</text>`,
    );
  });
  return `<g class="legend">${parts.join('')}</g>`;
}

export interface SvgOptions {
  decor: Decorations;
  legend: LegendEntry[];
  /** @font-face rules (data URLs) to embed; empty: the viewer's installed fonts are used. */
  fontCss: string;
  measure?: Measure;
}

export function writeSvg(scene: Scene, options: SvgOptions): string {
  const { decor, legend } = options;
  const gw = scene.bounds.w + 2 * GRAPH_PADDING;
  const gh = scene.bounds.h + 2 * GRAPH_PADDING;
  const frame = layoutFrame(gw, gh, decor, legend.length, options.measure);
  const tx = frame.graph.x + GRAPH_PADDING - scene.bounds.x;
  const ty = frame.graph.y + GRAPH_PADDING - scene.bounds.y;
  const boxes = scene.nodes.filter((n) => n.compound);
  const others = scene.nodes.filter((n) => !n.compound);
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg xmlns="http://www.w3.org/2000/svg" width="${frame.width}" height="${frame.height}" viewBox="0 0 ${frame.width} ${frame.height}" font-family="${xml(LABEL_FONT)}">`,
    `<title>${xml(decor.title.trim() || 'Reform Atlas network map')}</title>`,
  ];
  if (options.fontCss) out.push(`<defs><style>${options.fontCss}</style></defs>`);
  if (decor.background === 'white') out.push(`<rect width="100%" height="100%" fill="#ffffff"/>`);
  if (frame.title)
    out.push(
      `<text class="title" x="${frame.title.x}" y="${n2(frame.title.y)}" font-size="${FRAME.titlePx}" font-weight="bold" fill="#1d2733">${xml(decor.title.trim())}</text>`,
    );
  if (frame.date && decor.date)
    out.push(
      `<text class="date" x="${frame.date.x}" y="${n2(frame.date.y)}" font-size="${FRAME.datePx}" fill="#5b6673">${xml(decor.date)}</text>`,
    );
  out.push(`<g class="graph" transform="translate(${n2(tx)} ${n2(ty)})">`);
  if (scene.clip) {
    const b = scene.bounds;
    out.push(
      `<clipPath id="view"><rect x="${n2(b.x)}" y="${n2(b.y)}" width="${n2(b.w)}" height="${n2(b.h)}"/></clipPath><g clip-path="url(#view)">`,
    );
  }
  out.push(`<g class="boxes">${boxes.map((n) => bodySvg(n) + labelSvg(n)).join('')}</g>`);
  out.push(`<g class="edges">${scene.edges.map(edgeSvg).join('')}</g>`);
  out.push(`<g class="nodes">${others.map(bodySvg).join('')}</g>`);
  out.push(`<g class="labels">${others.map(labelSvg).join('')}</g>`);
  out.push(scene.clip ? '</g></g>' : '</g>');
  if (frame.legend) out.push(legendSvg(legend, frame.legend.x, frame.legend.y));
  if (frame.caption) {
    const c = frame.caption;
    const spans = c.lines
      .map((line, i) => `<tspan x="${c.x}" y="${n2(c.y + i * c.lineHeight)}">${xml(line)}</tspan>`)
      .join('');
    out.push(`<text class="caption" font-size="${FRAME.captionPx}" fill="#5b6673">${spans}</text>`);
  }
  out.push('</svg>');
  return `${out.join('\n')}\n`;
}

/**
 * The report-grade exports without a browser: figures framed and cut into A4 pages with a 7 pt floor,
 * the matrix, grid and partner figures drawn from their data, font runs, WOFF → TrueType, PNG text.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TextEncoder } from 'node:util';
import { inflateSync } from 'node:zlib';

import { gridPoints } from '../src/core/alignment/grid';
import { buildMatrix } from '../src/core/alignment/matrix';
import { A4_LANDSCAPE, MIN_TEXT_PT, parseColour, pdfPages, PT_PER_PX, writeFigureSvg } from '../src/core/export/figure';
import { faceFor, splitRuns, type RunFace } from '../src/core/export/fontRuns';
import { estimateWidth, type Decorations } from '../src/core/export/frame';
import { gridFigure } from '../src/core/export/gridFigure';
import { overlapLegend } from '../src/core/export/legend';
import { matrixFigure } from '../src/core/export/matrixFigure';
import { partnersFigure, partnersLegend } from '../src/core/export/partnersFigure';
import { crc32, withPngText } from '../src/core/export/png';
import { tableChecksum, woffToSfnt } from '../src/core/export/woff';
import type { Scene, SceneNode } from '../src/graph/export/scene';
import { sceneFigure } from '../src/graph/export/svg';

// jsdom leaves out TextEncoder, which every browser has.
Object.assign(globalThis, { TextEncoder });

const DECOR: Decorations = {
  title: 'Mekong land reform — ที่ดิน',
  legend: true,
  date: 'Exported 2025-05-07',
  caption: 'Source: Reform Atlas — test',
  background: 'white',
};

const parse = (svg: string) => new DOMParser().parseFromString(svg, 'image/svg+xml');
const texts = (svg: string) => Array.from(parse(svg).getElementsByTagName('text')).map((t) => t.textContent ?? '');
/** Every font-size in the document, times the scale of the group it sits in. */
function drawnSizes(svg: string): number[] {
  const doc = parse(svg);
  return Array.from(doc.querySelectorAll('[font-size]')).map((el) => {
    let scale = 1;
    for (let e: Element | null = el; e; e = e.parentElement) {
      const m = /scale\(([\d.]+)\)/.exec(e.getAttribute('transform') ?? '');
      if (m) scale *= Number(m[1]);
    }
    return Number(el.getAttribute('font-size')) * scale;
  });
}

const ACTORS = Array.from({ length: 70 }, (_, i) => ({
  id: `a${i}`,
  name: i === 3 ? 'Hội Nông dân Lâm Đồng' : `Actor number ${i}`,
  acronym: i % 2 === 0 ? `AC${i}` : null,
  sector: (['CIVIL_SOCIETY', 'GOVERNMENT', 'RESEARCH'] as const)[i % 3] ?? 'CIVIL_SOCIETY',
  country: { id: 'KH', name: 'Cambodia' },
}));
const THEMES = ['Land titling', 'Community forestry', 'Fisheries access'].map((name, t) => ({
  theme: { id: `t${t}`, name },
  actorCount: 70,
  positions: ACTORS.filter((_, i) => (i + t) % 2 === 0).map((a, i) => ({
    actor: { id: a.id },
    position: (['SUPPORTS', 'OPPOSES', 'MIXED'] as const)[i % 3] ?? 'SUPPORTS',
    priority: 1 + (i % 3),
  })),
}));

describe('figures on A4 pages', () => {
  const matrix = buildMatrix({ actors: ACTORS, themes: THEMES }, 'actor');
  const figure = matrixFigure({ matrix, sort: 'name', rowsLabel: 'Actors', picked: null, measure: estimateWidth });

  test('a long matrix runs over pages, each row once, the header and the page count on every page', () => {
    const pages = pdfPages(figure, DECOR);
    expect(pages.length).toBeGreaterThan(1);
    const rows = pages.flatMap((p) => texts(p.svg).filter((t) => /^(AC\d+|Actor number|Hội)/.test(t)));
    expect(rows).toHaveLength(ACTORS.length);
    pages.forEach((p, i) => {
      const t = texts(p.svg);
      expect(t).toContain(`${DECOR.title} (page ${i + 1} of ${pages.length})`);
      expect(t).toEqual(expect.arrayContaining(['Land titling', 'Community forestry', 'Fisheries access', 'Legend']));
      // The page fits A4 landscape.
      expect(p.width * PT_PER_PX).toBeLessThanOrEqual(A4_LANDSCAPE.width * PT_PER_PX + 1);
      expect(p.height).toBeLessThanOrEqual(A4_LANDSCAPE.height + 1);
    });
  });

  test('no text on a page is under 7 pt', () => {
    for (const p of pdfPages(figure, DECOR))
      expect(Math.min(...drawnSizes(p.svg)) * PT_PER_PX).toBeGreaterThanOrEqual(MIN_TEXT_PT - 0.01);
  });

  test('a big graph is scaled down to the page and its labels raised to 7 pt; colliding ones are left out', () => {
    const nodes: SceneNode[] = Array.from({ length: 60 }, (_, i) =>
      node(`n${i}`, (i % 10) * 300, Math.floor(i / 10) * 300, i),
    );
    const scene: Scene = {
      bounds: { x: -50, y: -50, w: 2800, h: 1600 },
      nodes,
      edges: [],
      present: { sectors: new Set(['CIVIL_SOCIETY']), kinds: new Set(['ACTOR']), relations: new Set() },
      regions: [],
      clip: false,
    };
    const [page] = pdfPages(sceneFigure(scene, []), DECOR);
    if (!page) throw new Error('no page');
    expect(page.scale).toBeLessThan(0.5);
    const labels = Array.from(parse(page.svg).querySelectorAll('g.labels text'));
    expect(labels.length).toBeGreaterThan(20);
    expect(Math.min(...drawnSizes(page.svg)) * PT_PER_PX).toBeGreaterThanOrEqual(MIN_TEXT_PT - 0.01);
    // The SVG (scale 1) keeps every label at its own size.
    const svg = writeFigureSvg(sceneFigure(scene, []), { decor: DECOR }).svg;
    expect(parse(svg).querySelectorAll('g.labels text')).toHaveLength(60);
    // Halos: a white stroke under the glyphs.
    const halo = parse(svg).querySelector('g.labels text');
    expect([halo?.getAttribute('stroke'), halo?.getAttribute('paint-order')]).toEqual(['#ffffff', 'stroke']);
  });
});

function node(id: string, x: number, y: number, i: number): SceneNode {
  return {
    id,
    kind: 'ACTOR',
    x,
    y,
    w: 20,
    h: 20,
    shape: 'ellipse',
    fill: '#E69F00',
    fillOpacity: 1,
    stroke: '#ffffff',
    strokeWidth: 1,
    strokeDash: 'solid',
    opacity: 1,
    lines: [`Actor ${i}`, 'with a long name'],
    fontSize: 10 + (i % 5),
    fontWeight: 'bold',
    fontStyle: 'normal',
    fontFamily: 'Noto Sans',
    textColour: '#1d2733',
    textOpacity: 1,
    valign: 'bottom',
    marginY: 3,
    halign: 'center',
    marginX: 0,
    outlineColour: 'rgb(255, 255, 255)',
    outlineWidth: 2,
    outlineOpacity: 1,
    background: null,
    compound: false,
  };
}

describe('figures drawn from data', () => {
  test('matrix: every actor a row, cells by position, the picked cell outlined', () => {
    const matrix = buildMatrix({ actors: ACTORS.slice(0, 6), themes: THEMES }, 'actor');
    const f = matrixFigure({ matrix, sort: 'name', rowsLabel: 'Actors', picked: 'a0@t0', measure: estimateWidth });
    const svg = writeFigureSvg(f, { decor: DECOR }).svg;
    const t = texts(svg);
    expect(t).toEqual(expect.arrayContaining(['Actors (6)', 'Supports', 'Opposes', DECOR.title]));
    expect(t.join(' ')).toContain('Hội Nông dân Lâm Đồng');
    expect(parse(svg).querySelectorAll('rect[stroke="#111111"]')).toHaveLength(1);
    // Grouped rows show counts.
    const bySector = matrixFigure({
      matrix: buildMatrix({ actors: ACTORS, themes: THEMES }, 'sector'),
      sort: 'name',
      rowsLabel: 'Sectors',
      picked: null,
      measure: estimateWidth,
    });
    expect(texts(writeFigureSvg(bySector, { decor: DECOR }).svg)).toContain('Civil society');
  });

  test('grid: quadrants with counts, every dot, names that fit, legend by position', () => {
    const influence = new Map(ACTORS.map((a, i) => [a.id, 1 + (i % 5)]));
    const points = gridPoints(THEMES[0]?.positions ?? [], influence, (id) => `P${id}`);
    const f = gridFigure({ points, themeName: 'Land titling', quadrant: 'champions', measure: estimateWidth });
    const svg = writeFigureSvg(f, { decor: DECOR }).svg;
    expect(parse(svg).querySelectorAll('circle')).toHaveLength(points.length);
    const t = texts(svg);
    expect(t).toContain('Stance on Land titling');
    expect(t.some((x) => /^Champions \(\d+\)$/.test(x))).toBe(true);
    expect(t.filter((x) => x.startsWith('Pa')).length).toBeGreaterThan(points.length / 2);
    expect(f.legend.map((e) => e.label)).toEqual(['Supports the theme', 'Opposes the theme', 'Mixed position']);
  });

  test('partners: the ranked list beside the graph, reasons and shared themes in words', () => {
    const f = partnersFigure({
      anchor: { ...row('Khmer Forest Communities Alliance'), score: 0 },
      rows: [row('Land Policy Watch', true), row('ສະມາຄົມແມ່ຍິງ')],
      graph: null,
      legend: partnersLegend(new Set(['CIVIL_SOCIETY'])),
      measure: estimateWidth,
    });
    const t = texts(writeFigureSvg(f, { decor: DECOR }).svg).join('\n');
    expect(t).toContain('Partners for Khmer Forest Communities Alliance');
    expect(t).toContain('1. Land Policy Watch');
    expect(t).toContain('2. ສະມາຄົມແມ່ຍິງ');
    expect(t).toContain('on the shortlist');
    expect(t).toContain('Shared themes: Land titling (supports / mixed)');
    expect(f.legend.map((e) => e.label)).toContain('Suggested partnership');
  });

  test('overlap legend: sectors, the kinds of overlap and each theme region', () => {
    const labels = overlapLegend(new Set(['GOVERNMENT']), [{ name: 'Land titling', colour: '#4E79A7' }]).map(
      (e) => e.label,
    );
    expect(labels).toEqual([
      'Government',
      'Overlap across sectors',
      'Overlap within a sector',
      'More disagreement than agreement',
      'Theme region: Land titling',
    ]);
  });
});

function row(name: string, shortlisted = false) {
  return {
    name,
    sector: 'CIVIL_SOCIETY' as const,
    country: { id: 'LA', name: 'Laos' },
    score: 0.72,
    crossBorder: true,
    explanation: 'shares 2 themes, works in another sector',
    themes: [{ name: 'Land titling', position: 'SUPPORTS' as const, partnerPosition: 'MIXED' as const }],
    shortlisted,
  };
}

describe('font runs for the PDF', () => {
  const faces: RunFace[] = [
    { id: 'latin', family: 'Noto Sans', weight: 400, ranges: [[0, 0xff]] },
    { id: 'latin-bold', family: 'Noto Sans', weight: 700, ranges: [[0, 0xff]] },
    {
      id: 'viet',
      family: 'Noto Sans',
      weight: 400,
      ranges: [
        [0x1ea0, 0x1ef9],
        [0x0110, 0x0111],
      ],
    },
    { id: 'khmer', family: 'Noto Sans Khmer', weight: 400, ranges: [[0x1780, 0x17ff]] },
    { id: 'khmer-latin', family: 'Noto Sans Khmer', weight: 400, ranges: [[0, 0xff]] },
    { id: 'thai', family: 'Noto Sans Thai', weight: 400, ranges: [[0x0e01, 0x0e5b]] },
  ];
  test('the first family of the stack that has a character, at the nearest weight', () => {
    expect(faceFor(65, 700, faces)?.id).toBe('latin-bold');
    expect(faceFor(65, 400, faces)?.id).toBe('latin');
    expect(faceFor(0x1780, 700, faces)?.id).toBe('khmer');
    expect(faceFor(0x4e00, 400, faces)).toBeNull();
  });
  test('runs: Vietnamese letters in their subset, a Khmer cluster whole, a space stays with its run', () => {
    const runs = splitRuns('Đất ที่ดิน សម្ព័ន្ធ', 400, faces).map((r) => [r.face?.id, r.text]);
    expect(runs).toEqual([
      ['viet', 'Đấ'],
      ['latin', 't '],
      ['thai', 'ที่ดิน'],
      ['latin', ' '],
      ['khmer', 'សម្ព័ន្ធ'],
    ]);
    // Decomposed input is composed first: one precomposed letter, one face.
    expect(splitRuns('e\u0302\u0301', 400, faces).map((r) => r.text)).toEqual(['ế']);
  });
});

describe('WOFF to TrueType', () => {
  const dir = join(__dirname, '..', '..', 'node_modules', '@fontsource');
  const inflate = async (d: Uint8Array) => new Uint8Array(inflateSync(d));
  test.each([
    ['noto-sans', 'noto-sans-vietnamese-400-normal.woff'],
    ['noto-sans-khmer', 'noto-sans-khmer-khmer-400-normal.woff'],
    ['noto-sans-thai', 'noto-sans-thai-thai-400-normal.woff'],
  ])('%s: a valid sfnt whose tables match the WOFF checksums', async (pkg, file) => {
    const woff = new Uint8Array(readFileSync(join(dir, pkg, 'files', file)));
    const ttf = await woffToSfnt(woff, inflate);
    const view = new DataView(ttf.buffer);
    expect(view.getUint32(0)).toBe(0x00010000);
    const tables = view.getUint16(4);
    const tags: string[] = [];
    for (let i = 0; i < tables; i += 1) {
      const at = 12 + i * 16;
      const tag = String.fromCharCode(...ttf.subarray(at, at + 4));
      tags.push(tag);
      const offset = view.getUint32(at + 8);
      const length = view.getUint32(at + 12);
      expect(offset % 4).toBe(0);
      if (tag !== 'head') expect(tableChecksum(ttf.subarray(offset, offset + length))).toBe(view.getUint32(at + 4));
    }
    expect(tags).toEqual([...tags].sort());
    expect(tags).toEqual(expect.arrayContaining(['cmap', 'glyf', 'head', 'hmtx', 'loca']));
  });
  test('refuses what is not a WOFF, and a cut-off one', async () => {
    await expect(woffToSfnt(new Uint8Array(64), inflate)).rejects.toThrow('Not a WOFF');
    const woff = new Uint8Array(readFileSync(join(dir, 'noto-sans-lao', 'files', 'noto-sans-lao-lao-400-normal.woff')));
    await expect(woffToSfnt(woff.subarray(0, 200), inflate)).rejects.toThrow('cut-off');
  });
});

describe('PNG text chunks', () => {
  // A 1×1 PNG.
  const PNG = Uint8Array.from(
    Buffer.from(
      'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
      'base64',
    ),
  );
  test('CRC-32 as PNG computes it', () => {
    expect(crc32(new TextEncoder().encode('IEND'))).toBe(0xae426082);
  });
  test('the title goes in as UTF-8 iTXt after IHDR, the image unchanged', () => {
    const out = withPngText(PNG, { Title: 'ที่ดิน Đất đai', Description: null });
    const text = Buffer.from(out).toString('latin1');
    expect(text.indexOf('iTXt')).toBeGreaterThan(text.indexOf('IHDR'));
    expect(text.indexOf('iTXt')).toBeLessThan(text.indexOf('IDAT'));
    expect(Buffer.from(out).includes(Buffer.from('Title\0\0\0\0\0ที่ดิน Đất đai', 'utf8'))).toBe(true);
    expect(out.length - PNG.length).toBe(12 + 'Title'.length + 5 + Buffer.byteLength('ที่ดิน Đất đai'));
    expect(() => withPngText(new Uint8Array(40), { Title: 'x' })).toThrow('Not a PNG');
  });
});

describe('colours', () => {
  test('rgb() and rgba() as hex and alpha', () => {
    expect(parseColour('rgba(78, 121, 167, 0.16)')).toEqual({ hex: '#4e79a7', alpha: 0.16 });
    expect(parseColour('rgb(255,255,255)')).toEqual({ hex: '#ffffff', alpha: 1 });
    expect(parseColour('#0072B2')).toEqual({ hex: '#0072B2', alpha: 1 });
  });
});

/** The export helpers without a browser: names, captions, CSV cells, scale limits, frame, legend, SVG. */
import { describeFilters } from '../src/core/export/caption';
import { estimateWidth, layoutFrame, wrapText, type Decorations } from '../src/core/export/frame';
import {
  describeCounts,
  describeUpdate,
  isImportable,
  isImportReport,
  issuesCsv,
  type ImportReport,
} from '../src/core/export/importReport';
import { legendEntries } from '../src/core/export/legend';
import { clampScale, csvCell, csvRow, defaultCaption, exportFileName } from '../src/core/export/names';
import { shapePath } from '../src/core/export/shapes';
import { EMPTY_FILTERS } from '../src/core/filters/filters';
import { parseUnicodeRange, usesRange } from '../src/graph/export/fontCss';
import { labelBox, type Scene, type SceneNode } from '../src/graph/export/scene';
import { writeSvg } from '../src/graph/export/svg';

const DAY = new Date(2025, 4, 7, 12);

describe('file names', () => {
  test('default stem by scope, ISO date, the extension', () => {
    expect(exportFileName('png', DAY)).toBe('reform-atlas-view-2025-05-07.png');
    expect(exportFileName('zip', DAY, { scope: 'all' })).toBe('reform-atlas-all-2025-05-07.zip');
  });
  test('a title becomes an ASCII slug; Vietnamese loses its accents; other scripts keep the default', () => {
    expect(exportFileName('svg', DAY, { title: 'Land alliances: Mekong / 2025' })).toBe(
      'reform-atlas-land-alliances-mekong-2025-2025-05-07.svg',
    );
    expect(exportFileName('pdf', DAY, { title: 'Đất đai và cải cách' })).toBe(
      'reform-atlas-dat-dai-va-cai-cach-2025-05-07.pdf',
    );
    expect(exportFileName('png', DAY, { title: 'សម្ព័ន្ធសហគមន៍' })).toBe('reform-atlas-view-2025-05-07.png');
  });
});

describe('CSV cells', () => {
  test('quotes separators and quotes, defuses formulas, keeps numbers', () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell(-3)).toBe('-3');
    expect(csvCell(null)).toBe('');
    expect(csvRow(['ក', 2, true, undefined])).toBe('ក,2,true,');
  });
});

describe('scale limits', () => {
  test('keeps the asked scale when small, lowers it past the canvas limits', () => {
    expect(clampScale(1000, 800, 3)).toBe(3);
    expect(clampScale(8000, 1000, 4)).toBeCloseTo(16384 / 8000);
    const s = clampScale(5000, 5000, 4);
    expect(5000 * 5000 * s * s).toBeLessThanOrEqual(120_000_000 + 1);
  });
});

describe('captions', () => {
  test('names the source, the counts and the filters', () => {
    const filters = describeFilters(
      { ...EMPTY_FILTERS, countries: ['KH'], sectors: ['GOVERNMENT'], themes: ['t1'], text: 'forest' },
      { themes: new Map([['t1', 'Land titling']]), groups: new Map() },
    );
    expect(filters).toEqual(['country: Cambodia', 'sector: Government', 'theme: Land titling', 'search “forest”']);
    expect(
      describeFilters({ ...EMPTY_FILTERS, minConfidence: 'HIGH' }, { themes: new Map(), groups: new Map() }),
    ).toEqual(['links of high confidence']);
    expect(defaultCaption({ datasetLabel: null, datasetKind: 'illustrative', actors: 12, links: 30, filters })).toBe(
      'Source: Reform Atlas — Illustrative data (fictional organisations) · 12 actors, 30 links shown · filtered by country: Cambodia; sector: Government; theme: Land titling; search “forest”',
    );
  });
});

describe('frame', () => {
  const decor: Decorations = {
    title: 'Title',
    legend: true,
    date: 'Exported 2025-05-07',
    caption: 'Source: x',
    background: 'white',
  };
  test('places header, graph, legend and caption without overlap', () => {
    const f = layoutFrame(800, 600, decor, 5);
    expect(f.title && f.date && f.legend && f.caption).toBeTruthy();
    expect(f.graph.y).toBeGreaterThan(f.date?.y ?? 0);
    expect(f.legend?.x).toBeGreaterThanOrEqual(f.graph.x + f.graph.w);
    expect(f.caption?.y).toBeGreaterThan(f.graph.y + f.graph.h);
    expect(f.width).toBeGreaterThan(800 + 250);
    expect(f.height).toBeGreaterThan(600);
  });
  test('nothing but the graph when every decoration is off', () => {
    const f = layoutFrame(
      800,
      600,
      { title: ' ', legend: false, date: null, caption: null, background: 'transparent' },
      5,
    );
    expect([f.title, f.date, f.legend, f.caption]).toEqual([null, null, null, null]);
    expect(f.width).toBe(848);
  });
  test('wraps on spaces and keeps unspaced scripts whole', () => {
    expect(wrapText('aaa bbb ccc', 30, 10, estimateWidth)).toEqual(['aaa', 'bbb', 'ccc']);
    expect(wrapText('សម្ព័ន្ធសហគមន៍ព្រៃឈើ', 20, 10, estimateWidth)).toEqual(['សម្ព័ន្ធសហគមន៍ព្រៃឈើ']);
    expect(wrapText('KFCA\nសម្ព័ន្ធ', 200, 10, estimateWidth)).toEqual(['KFCA', 'សម្ព័ន្ធ']);
  });
});

describe('legend', () => {
  test('lists only what the view shows, in the page legend’s order', () => {
    const entries = legendEntries({
      sectors: new Set(['GOVERNMENT', 'CIVIL_SOCIETY']),
      kinds: new Set(['ACTOR', 'COALITION']),
      relations: new Set(['MEMBER_OF', 'INTERESTED_IN:OPPOSES']),
    });
    expect(entries.map((e) => e.label)).toEqual([
      'Civil society',
      'Government',
      'Coalition',
      'Theme position: opposes',
      'Membership',
    ]);
  });
});

describe('import report', () => {
  const report: ImportReport = {
    dryRun: true,
    committed: false,
    files: ['actors.xlsx'],
    counts: {
      actors: 3,
      newActors: 1,
      groups: 0,
      themes: 0,
      memberships: 2,
      interests: 0,
      collaborations: 0,
      activities: 0,
      participations: 0,
    },
    issues: [
      { file: 'actors.xlsx', sheet: 'actors', line: 4, column: 'sector', message: 'sector: =cmd is not a sector' },
    ],
    issueCount: 1,
    updates: [
      {
        file: 'actors.xlsx',
        sheet: 'actors',
        line: 2,
        actorId: 'kh-cso-a',
        name: 'Forest Voices Cambodia',
        fields: ['level'],
      },
    ],
    updateCount: 1,
    changeId: null,
    millis: 5,
  };
  test('recognises the server’s report and describes it', () => {
    expect(isImportReport(report)).toBe(true);
    expect(isImportReport({ errors: [] })).toBe(false);
    // A report without the updates the dry run lists is not one this page can show.
    const { updates: _updates, ...withoutUpdates } = report;
    expect(isImportReport(withoutUpdates)).toBe(false);
    expect(report.updates.map(describeUpdate)).toEqual(['Forest Voices Cambodia (kh-cso-a): level']);
    expect(describeCounts(report.counts)).toBe('3 actors (1 new), 2 memberships');
    expect(describeCounts({ ...report.counts, activities: 2, participations: 5 })).toBe(
      '3 actors (1 new), 2 memberships, 2 activities, 5 participations',
    );
    expect(describeCounts({ ...report.counts, actors: 0, memberships: 0, activities: 3 })).toBe('3 activities');
    expect(isImportable('A.XLSX')).toBe(true);
    expect(isImportable('a.xls')).toBe(false);
  });
  test('problems as CSV: one row per issue, formula-safe', () => {
    expect(issuesCsv(report)).toBe(
      'file,sheet,row,column,problem\r\nactors.xlsx,actors,4,sector,sector: =cmd is not a sector\r\n',
    );
  });
});

describe('font embedding helpers', () => {
  test('parses unicode-range and matches the characters used', () => {
    const khmer = parseUnicodeRange('U+1780-17FF, U+19E0-19FF, U+200C-200D, U+25CC');
    expect(khmer[0]).toEqual([0x1780, 0x17ff]);
    expect(usesRange(new Set([...'ក'].map((c) => c.codePointAt(0) ?? 0)), khmer)).toBe(true);
    expect(usesRange(new Set([65]), khmer)).toBe(false);
    expect(parseUnicodeRange('U+4??')).toEqual([[0x400, 0x4ff]]);
    expect(parseUnicodeRange('')).toEqual([[0, 0x10ffff]]);
  });
});

function node(over: Partial<SceneNode>): SceneNode {
  return {
    id: 'n',
    kind: 'ACTOR',
    x: 0,
    y: 0,
    w: 40,
    h: 40,
    shape: 'ellipse',
    fill: '#E69F00',
    fillOpacity: 1,
    stroke: '#ffffff',
    strokeWidth: 1,
    strokeDash: 'solid',
    opacity: 1,
    lines: [],
    fontSize: 12,
    fontWeight: 'normal',
    fontStyle: 'normal',
    fontFamily: 'Noto Sans',
    textColour: '#1d2733',
    textOpacity: 1,
    valign: 'bottom',
    marginY: 3,
    halign: 'center',
    marginX: 0,
    outlineColour: '#ffffff',
    outlineWidth: 2,
    outlineOpacity: 0.9,
    background: null,
    compound: false,
    ...over,
  };
}

const LABELS = ['KFCA', 'សម្ព័ន្ធសហគមន៍ព្រៃឈើ', 'ສະມາຄົມແມ່ຍິງ', 'မြေယာ ကွန်ရက်', 'Liên minh Đất đai'];

describe('label placement in exports', () => {
  test("a label written beside its node starts at the node's edge, on that side; one below is centred", () => {
    const beside = (halign: 'left' | 'right', marginX: number) =>
      labelBox(
        node({ x: 100, y: 50, w: 40, strokeWidth: 2, lines: ['ADCA'], valign: 'center', halign, marginX, marginY: 0 }),
      );
    expect(beside('right', 3)).toMatchObject({ x: 100 + 21 + 3, y: 50, anchor: 'start' });
    expect(beside('left', -3)).toMatchObject({ x: 100 - 21 - 3, y: 50, anchor: 'end' });
    expect(labelBox(node({ x: 100, y: 50, lines: ['ADCA'] }))).toMatchObject({ x: 100, anchor: 'middle' });
  });
});

describe('SVG writer', () => {
  const scene: Scene = {
    bounds: { x: -100, y: -60, w: 300, h: 200 },
    nodes: [
      node({ id: 'a', lines: [LABELS[0] ?? '', LABELS[1] ?? ''] }),
      node({
        id: 'b',
        x: 150,
        y: 80,
        shape: 'star',
        fill: '#CC79A7',
        lines: [LABELS[2] ?? ''],
        opacity: 0.12,
        textOpacity: 0.2,
      }),
      node({ id: 'c', x: -80, y: 100, shape: 'hexagon', lines: [LABELS[3] ?? ''] }),
      node({
        id: 'd',
        x: 60,
        y: -40,
        shape: 'cut-rectangle',
        lines: [LABELS[4] ?? ''],
        strokeDash: 'dashed',
        strokeWidth: 4,
        fill: '#ffffff',
        stroke: '#6A3D9A',
      }),
    ],
    edges: [
      {
        id: 'e',
        kind: 'MEMBER_OF',
        x1: 0,
        y1: 0,
        x2: 150,
        y2: 80,
        colour: '#a9b0b7',
        width: 1,
        dash: 'dotted',
        opacity: 0.55,
        label: null,
      },
    ],
    present: {
      sectors: new Set(['CIVIL_SOCIETY', 'DONOR']),
      kinds: new Set(['ACTOR', 'COALITION']),
      relations: new Set(['MEMBER_OF']),
    },
    regions: [],
    clip: false,
  };
  const decor: Decorations = {
    title: 'Alliances <Mekong> & co',
    legend: true,
    date: 'Exported 2025-05-07',
    caption: 'Source: Reform Atlas — test',
    background: 'white',
  };

  test('is well-formed XML with its size, shapes, and every label as text', () => {
    const svg = writeSvg(scene, {
      decor,
      legend: legendEntries(scene.present),
      fontCss: '@font-face{font-family:"Noto Sans Khmer";src:url(data:font/woff2;base64,AAAA)}',
    });
    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
    expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
    const root = doc.documentElement;
    expect(root.tagName).toBe('svg');
    expect(Number(root.getAttribute('width'))).toBeGreaterThan(340 + 250);
    expect(Number(root.getAttribute('height'))).toBeGreaterThan(240);
    const texts = Array.from(doc.getElementsByTagName('text')).map((t) => t.textContent ?? '');
    for (const label of LABELS) expect(texts.join('\n')).toContain(label);
    expect(texts).toContain('Alliances <Mekong> & co');
    expect(texts).toContain('Exported 2025-05-07');
    expect(texts).toContain('Source: Reform Atlas — test');
    expect(texts).toEqual(
      expect.arrayContaining(['Legend', 'Civil society', 'Donor / development partner', 'Coalition', 'Membership']),
    );
    expect(doc.getElementsByTagName('line').length).toBeGreaterThanOrEqual(2);
    expect(doc.querySelectorAll('g.nodes path')).toHaveLength(4);
    expect(doc.getElementsByTagName('style')[0]?.textContent).toContain('Noto Sans Khmer');
    expect(root.getAttribute('font-family')).toContain('Noto Sans Myanmar');
    // The dimmed node keeps its dimming.
    expect(doc.querySelectorAll('g.nodes path')[1]?.getAttribute('opacity')).toBe('0.12');
  });

  test('transparent background and no decorations: only the graph', () => {
    const svg = writeSvg(scene, {
      decor: { title: '', legend: false, date: null, caption: null, background: 'transparent' },
      legend: [],
      fontCss: '',
    });
    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
    expect(doc.querySelector('rect')).toBeNull();
    expect(doc.querySelector('g.legend')).toBeNull();
    expect(doc.querySelector('style')).toBeNull();
    expect(doc.documentElement.getAttribute('width')).toBe(String(300 + 40 + 48));
  });

  test('every shape has path data', () => {
    for (const shape of [
      'ellipse',
      'rectangle',
      'round-rectangle',
      'barrel',
      'diamond',
      'round-diamond',
      'triangle',
      'star',
      'hexagon',
      'octagon',
      'vee',
      'cut-rectangle',
      'tag',
      'unknown',
    ]) {
      expect(shapePath(shape, 0, 0, 20, 20)).toMatch(/^M[-\d.]+,[-\d.]+ .*Z$/);
    }
  });
});

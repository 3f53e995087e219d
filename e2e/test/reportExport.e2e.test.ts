/**
 * Report-grade pictures from every alignment page, in Debian's Chromium against the real stack: a report
 * writer exports the matrix and the overlap network as PDF and reads them as a PDF reader would (poppler:
 * the title and actors' names are text, every font is embedded, no text under 7 pt), exports the overlap
 * network as SVG (labels keep their white halo), and the matrix, the influence grid and the partner
 * finder as PNG and SVG carrying the title. Files and renderings of the PDF pages go to
 * e2e/artifacts/report-*.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';

import type { Download, Page } from 'playwright-core';

import { ARTIFACTS, pageAction } from '../src/browser';
import { pdfFonts, pdfWords, poppler, requirePoppler } from '../src/poppler';
import { startStack, type Stack } from '../src/stack';

jest.setTimeout(180_000);

let stack: Stack;
let page: Page;

const TITLE = 'Mekong land reform — សម្ព័ន្ធ ສະມາຄົມ မြေယာ ที่ดิน Đất đai';
const SCRIPTS: Array<[string, RegExp]> = [
  ['Khmer', /[\u1780-\u17FF]/],
  ['Lao', /[\u0E80-\u0EFF]/],
  ['Burmese', /[\u1000-\u109F]/],
  ['Thai', /[\u0E00-\u0E7F]/],
  ['Vietnamese', /[Đđạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/],
];

beforeAll(async () => {
  requirePoppler();
  stack = await startStack();
  page = await stack.openPage({ acceptDownloads: true });
});

afterAll(async () => {
  await stack?.close();
});

const dialog = () => page.getByTestId('export-dialog');

async function api<T>(query: string): Promise<T> {
  const response = await page.request.post(`${stack.url}graphql`, { data: { query } });
  const body = (await response.json()) as { data?: T; errors?: unknown[] };
  if (!body.data || body.errors) throw new Error(`API error: ${JSON.stringify(body.errors)}`);
  return body.data;
}

const graphReady = () =>
  page.waitForSelector('[data-testid="alignment-graph"][data-graph-ready="true"]', { timeout: 60_000 });

async function openAlignmentPage(name: string): Promise<void> {
  await page.goto(`${stack.url}?page=${name}`);
  // The partner finder draws its graph once an actor is picked.
  if (name !== 'partners') await graphReady();
}

/** Opens Export… from the top bar, sets the format and the title, downloads to e2e/artifacts/<name>. */
async function exportAs(format: 'PNG' | 'SVG' | 'PDF', name: string): Promise<{ path: string; bytes: Buffer }> {
  if (!(await dialog().isVisible())) await pageAction(page, 'Export…');
  await dialog()
    .getByRole('radio', { name: new RegExp(`^${format}`) })
    .check();
  await dialog().getByLabel('Title (optional)').fill(TITLE);
  const [file] = await Promise.all([
    page.waitForEvent('download', { timeout: 90_000 }),
    dialog()
      .getByRole('button', { name: `Download ${format}` })
      .click(),
  ]);
  const path = join(ARTIFACTS, name);
  await (file as Download).saveAs(path);
  await dialog()
    .getByTestId('export-status')
    .getByText(/^Saved /)
    .waitFor();
  return { path, bytes: readFileSync(path) };
}

async function closeDialog(): Promise<void> {
  await dialog().getByRole('button', { name: 'Close export' }).click();
}

/** The texts of an SVG, read by the browser's own parser; with the halo attributes of labels. */
async function svgTexts(source: string) {
  return page.evaluate((svg) => {
    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
    const texts = Array.from(doc.querySelectorAll('text'));
    return {
      errors: doc.getElementsByTagName('parsererror').length,
      texts: texts.map((t) => t.textContent ?? ''),
      labels: Array.from(doc.querySelectorAll('g.labels text')).map((t) => ({
        stroke: t.getAttribute('stroke'),
        width: Number(t.getAttribute('stroke-width')),
        order: t.getAttribute('paint-order'),
      })),
      fonts: (doc.querySelector('style')?.textContent ?? '').match(/@font-face/g)?.length ?? 0,
    };
  }, source);
}

/** The PNG's iTXt/tEXt chunks as keyword → text. */
function pngText(bytes: Buffer): Record<string, string> {
  const out: Record<string, string> = {};
  for (let at = 8; at < bytes.length;) {
    const length = bytes.readUInt32BE(at);
    const type = bytes.toString('ascii', at + 4, at + 8);
    const data = bytes.subarray(at + 8, at + 8 + length);
    if (type === 'iTXt') {
      // keyword \0 compression flag, method, language \0 translated keyword \0 text
      const k = data.indexOf(0);
      const flag = data[k + 1];
      const lang = data.indexOf(0, k + 3);
      const translated = data.indexOf(0, lang + 1);
      const text = data.subarray(translated + 1);
      out[data.toString('latin1', 0, k)] = (flag ? inflateSync(text) : text).toString('utf8');
    }
    at += 12 + length;
  }
  return out;
}

function renderPages(pdf: string, stem: string): void {
  poppler('pdftoppm', ['-png', '-r', '90', pdf, join(ARTIFACTS, stem)]);
}

/**
 * The size in points of the smallest of `wanted` on the pages (actors' acronyms: bold Noto Sans, as the title):
 * word heights scaled by the title's, which is set at 18 pt.
 */
function smallestText(pdf: string, wanted: ReadonlySet<string>): number {
  const words = pdfWords(pdf);
  const titleWord = words.find((w) => w.page === 1 && w.text === 'Mekong');
  if (!titleWord) throw new Error('The title is not on the first page');
  const perPt = titleWord.height / 18;
  const found = words.filter((w) => wanted.has(w.text));
  expect(found.length).toBeGreaterThan(5);
  return Math.min(...found.map((w) => w.height / perPt));
}

const acronyms = (actors: Array<{ acronym: string | null }>) =>
  new Set(actors.flatMap((a) => (a.acronym && /^[A-Z]{3,}$/.test(a.acronym) ? [a.acronym] : [])));

function expectReportPdf(path: string): { text: string; pages: number } {
  const bytes = readFileSync(path);
  expect(bytes.subarray(0, 5).toString('ascii')).toBe('%PDF-');
  const fonts = pdfFonts(path);
  expect(fonts.length).toBeGreaterThan(0);
  // Every font is embedded (a subset of the bundled Noto faces) and maps back to Unicode: no reader substitutes one.
  expect(fonts.filter((f) => !f.embedded || !f.unicode)).toEqual([]);
  expect(fonts.some((f) => /NotoSans/.test(f.name))).toBe(true);
  // Reading order, as a reader copies it: a label wrapped over two lines comes out as its words in a row.
  const text = poppler('pdftotext', [path, '-']);
  const pages = Number(/Pages:\s+(\d+)/.exec(poppler('pdfinfo', [path]))?.[1] ?? 0);
  return { text, pages };
}

test('the overlap network as a vector PDF: title, actors and local scripts as text, fonts embedded, ≥ 7 pt', async () => {
  await openAlignmentPage('overlap');
  await page.waitForFunction(
    () => Number(document.querySelector('[data-testid="alignment-graph"]')?.getAttribute('data-region-count')) > 0,
  );
  const pdf = await exportAs('PDF', 'report-overlap.pdf');
  await closeDialog();
  const { text } = expectReportPdf(pdf.path);
  renderPages(pdf.path, 'report-overlap-page');
  const squeezed = text.replace(/\s+/g, ' ');
  expect(squeezed).toContain('Mekong land reform');
  for (const [script, pattern] of SCRIPTS)
    expect({ script, found: pattern.test(text) }).toEqual({ script, found: true });
  const { overlaps } = await api<{
    overlaps: { nodes: Array<{ name: string; acronym: string | null; influence: number }> };
  }>('{ overlaps(filter: null, minShared: 2, limit: 300) { nodes { name acronym influence } } }');
  // A label wrapped over lines comes out among its neighbours' words: a name is there when all its words are.
  const words = new Set(text.split(/\s+/));
  const labelled = (n: { name: string; acronym: string | null; influence: number }) =>
    (n.acronym ?? n.name).split(/\s+/).every((w) => words.has(w));
  // Set at 7 pt on A4, a label that finds no free side of its node is left out, the smaller (less influential)
  // ones first: 140-odd names cannot all fit; a third or more do, and nearly all of the most influential.
  expect(overlaps.nodes.filter(labelled).length).toBeGreaterThan(overlaps.nodes.length / 3);
  const leading = overlaps.nodes.filter((n) => n.influence === 5);
  expect(leading.filter(labelled).length).toBeGreaterThanOrEqual(leading.length * 0.8);
  expect(squeezed).toContain('Legend');
  expect(squeezed).toContain('Source: Reform Atlas');
  expect(smallestText(pdf.path, acronyms(overlaps.nodes))).toBeGreaterThanOrEqual(6.9);
});

test('the matrix as a vector PDF over several A4 pages: every row’s actor named, header repeated, ≥ 7 pt', async () => {
  await openAlignmentPage('matrix');
  await page.getByTestId('matrix').waitFor();
  const pdf = await exportAs('PDF', 'report-matrix.pdf');
  await closeDialog();
  const { text, pages } = expectReportPdf(pdf.path);
  renderPages(pdf.path, 'report-matrix-page');
  const squeezed = text.replace(/\s+/g, ' ');
  expect(squeezed).toContain('Mekong land reform');
  const { alignment } = await api<{
    alignment: { actors: Array<{ name: string; acronym: string | null }>; themes: Array<{ theme: { name: string } }> };
  }>('{ alignment(filter: {}) { actors { name acronym } themes { theme { name } } } }');
  const rows = alignment.actors.map((a) => a.acronym ?? a.name);
  expect(rows.filter((r) => !squeezed.includes(r))).toEqual([]);
  expect(pages).toBeGreaterThan(1);
  expect(squeezed).toContain(`page ${pages} of ${pages}`);
  // The theme names head every page, as words a reader can search.
  const firstTheme = alignment.themes[0]?.theme.name ?? '';
  expect(text.split('\f').filter((p) => p.replace(/\s+/g, ' ').includes(firstTheme)).length).toBe(pages);
  expect(smallestText(pdf.path, acronyms(alignment.actors))).toBeGreaterThanOrEqual(6.9);
});

test('the overlap network as SVG: labels keep their white halo, fonts embedded', async () => {
  await openAlignmentPage('overlap');
  const svg = await exportAs('SVG', 'report-overlap.svg');
  await closeDialog();
  const parsed = await svgTexts(svg.bytes.toString('utf8'));
  expect(parsed.errors).toBe(0);
  expect(parsed.texts).toContain(TITLE);
  expect(parsed.labels.length).toBeGreaterThan(10);
  for (const halo of parsed.labels) {
    expect(halo.stroke).toBe('#ffffff');
    expect(halo.width).toBeGreaterThanOrEqual(2);
    expect(halo.order).toBe('stroke');
  }
  expect(parsed.fonts).toBeGreaterThanOrEqual(4);
});

test('matrix, influence grid and partner finder as PNG and SVG, each with its title', async () => {
  const views: Array<[string, () => Promise<void>]> = [
    ['matrix', async () => page.getByTestId('matrix').waitFor()],
    ['grid', async () => page.getByTestId('influence-grid').waitFor()],
    [
      'partners',
      async () => {
        await page.getByTestId('partner-for').fill('Khmer Forest');
        await page.getByRole('option').filter({ hasText: 'Khmer Forest Communities Alliance' }).click();
        await page.getByTestId('partner').first().waitFor();
        await graphReady();
      },
    ],
  ];
  for (const [name, ready] of views) {
    await openAlignmentPage(name);
    await ready();
    const svg = await exportAs('SVG', `report-${name}.svg`);
    const parsed = await svgTexts(svg.bytes.toString('utf8'));
    expect({ name, errors: parsed.errors }).toEqual({ name, errors: 0 });
    expect({ name, title: parsed.texts.includes(TITLE) }).toEqual({ name, title: true });
    expect(parsed.texts).toContain('Legend');
    const png = await exportAs('PNG', `report-${name}.png`);
    expect(png.bytes.subarray(1, 4).toString('ascii')).toBe('PNG');
    expect({ name, title: pngText(png.bytes).Title }).toEqual({ name, title: TITLE });
    expect(png.bytes.readUInt32BE(16)).toBeGreaterThan(1000);
    await closeDialog();
  }
});

/**
 * Export and import in Debian's Chromium against the real stack: pictures of the current view (PNG,
 * SVG, PDF) and data (view and whole database) come down as real downloads, are checked for size and
 * content, and are saved to e2e/artifacts/export-* (with a rendering of the SVG and of the PDF's first
 * page) to be looked at; then a spreadsheet upload goes through the dry run, the per-row report and
 * the commit, and the graph reloads with the new actor.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';

import type { Download, Page } from 'playwright-core';

import { ARTIFACTS, pageAction, showEveryActor, signInAs, waitForGraph } from '../src/browser';
import { pdfFonts, poppler } from '../src/poppler';
import { ANALYST, startStack, type Stack } from '../src/stack';

jest.setTimeout(150_000);

let stack: Stack;
let page: Page;

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  stack = await startStack();
  page = await stack.openPage({ acceptDownloads: true });
  await page.goto(stack.url);
  await waitForGraph(page);
});

afterAll(async () => {
  await stack?.close();
});

const dialog = () => page.getByTestId('export-dialog');

/**
 * The number of actors the map's toolbar says there are ("80 of 165 actors shown"), once it says so: while an
 * unfiltered answer is on its way the toolbar still shows the filtered one ("61 of 61 matching actors shown").
 */
async function actorsInDatabase(): Promise<number> {
  const count = page.getByTestId('drawn-count').filter({ hasText: /^[\d,]+ of [\d,]+ actors shown/ });
  await count.waitFor();
  const total = /of ([\d,]+) actors shown/.exec((await count.textContent()) ?? '')?.[1] ?? '';
  return Number(total.replace(/,/g, ''));
}
const TITLE = 'Land alliances — សម្ព័ន្ធ ສະມາຄົມ မြေယာ Đất đai';
const KHMER = /[\u1780-\u17FF]/;
const LAO = /[\u0E80-\u0EFF]/;
const MYANMAR = /[\u1000-\u109F]/;

/** Clicks `button` in the export dialog and saves what downloads to e2e/artifacts/<name>. */
async function download(button: string, name: string): Promise<{ path: string; bytes: Buffer; suggested: string }> {
  const [file] = await Promise.all([
    page.waitForEvent('download', { timeout: 60_000 }),
    dialog().getByRole('button', { name: button }).click(),
  ]);
  const path = join(ARTIFACTS, name);
  await (file as Download).saveAs(path);
  return { path, bytes: readFileSync(path), suggested: (file as Download).suggestedFilename() };
}

/** Width, height, colour type and the first pixel (RGBA) of a PNG; the first row's first pixel is raw whatever the filter. */
function pngInfo(bytes: Buffer): { width: number; height: number; colourType: number; firstPixel: number[] } {
  expect(bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))).toBe(true);
  const width = bytes.readUInt32BE(16);
  const height = bytes.readUInt32BE(20);
  const colourType = bytes[25] ?? -1;
  const idat: Buffer[] = [];
  for (let at = 8; at < bytes.length;) {
    const length = bytes.readUInt32BE(at);
    if (bytes.toString('ascii', at + 4, at + 8) === 'IDAT') idat.push(bytes.subarray(at + 8, at + 8 + length));
    at += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(idat));
  return { width, height, colourType, firstPixel: [...raw.subarray(1, 5)] };
}

test('pictures of the current view: PNG at print scale, transparent PNG, SVG with text, PDF', async () => {
  // What the user sees: the whole seed drawn, Cambodia highlighted, the rest dimmed.
  await showEveryActor(page);
  await waitForGraph(page);
  await page.getByRole('checkbox', { name: /^Cambodia \d+ actors$/ }).check();
  await page.getByRole('radio', { name: 'Dim' }).check();
  await pageAction(page, 'Export…');
  await dialog().getByLabel('Title (optional)').fill(TITLE);
  await dialog().getByLabel('Scale').selectOption('3');
  const sizeNote = (await page.getByTestId('png-size').textContent()) ?? '';
  const [, gw = '0', gh = '0'] = /(\d+) × (\d+) px/.exec(sizeNote) ?? [];
  await page.screenshot({ path: join(ARTIFACTS, 'export-dialog.png') });

  const png = await download('Download PNG', 'export-view-3x.png');
  expect(png.suggested).toMatch(/^reform-atlas-land-alliances-dat-dai-\d{4}-\d{2}-\d{2}\.png$/);
  const big = pngInfo(png.bytes);
  // The graph at 3× plus the frame (margins, legend column, header, caption) at 3×.
  expect(big.width).toBeGreaterThan(Number(gw) + 3 * 250);
  expect(big.height).toBeGreaterThan(Number(gh));
  expect(big.firstPixel).toEqual([255, 255, 255, 255]);
  expect(png.bytes.length).toBeGreaterThan(200_000);
  await expect(page.getByTestId('export-status').textContent()).resolves.toMatch(
    /^Saved reform-atlas-.*\.png \(\d+ KB\)\.$/,
  );

  await dialog().getByLabel('Scale').selectOption('1');
  await dialog().getByLabel('Background').selectOption('transparent');
  const clear = pngInfo((await download('Download PNG', 'export-view-1x-transparent.png')).bytes);
  expect(clear.colourType).toBe(6);
  expect(clear.firstPixel[3]).toBe(0);
  expect(clear.width).toBeLessThan(big.width / 2);

  await dialog().getByRole('radio', { name: 'SVG (vector)' }).check();
  await dialog().getByLabel('Background').selectOption('white');
  const svg = await download('Download SVG', 'export-view.svg');
  const text = svg.bytes.toString('utf8');
  const parsed = await page.evaluate((source) => {
    const doc = new DOMParser().parseFromString(source, 'image/svg+xml');
    const texts = Array.from(doc.querySelectorAll('text')).map((t) => t.textContent ?? '');
    return {
      errors: doc.getElementsByTagName('parsererror').length,
      root: doc.documentElement.tagName,
      width: Number(doc.documentElement.getAttribute('width')),
      texts,
      nodes: doc.querySelectorAll('g.nodes path').length,
      dimmed: Array.from(doc.querySelectorAll('g.nodes path')).filter(
        (p) => Number(p.getAttribute('opacity') ?? 1) < 0.5,
      ).length,
      fonts: (doc.querySelector('style')?.textContent ?? '').match(/@font-face/g)?.length ?? 0,
    };
  }, text);
  expect(parsed).toMatchObject({ errors: 0, root: 'svg' });
  expect(parsed.width).toBeGreaterThan(600);
  expect(parsed.texts).toContain(TITLE);
  expect(parsed.texts).toEqual(expect.arrayContaining(['Legend', 'Civil society']));
  const labels = parsed.texts.join('\n');
  expect(labels).toMatch(KHMER);
  expect(labels).toMatch(LAO);
  expect(labels).toMatch(MYANMAR);
  expect(labels).toContain('Source: Reform Atlas');
  expect(parsed.nodes).toBeGreaterThan(150);
  expect(parsed.dimmed).toBeGreaterThan(20);
  expect(parsed.fonts).toBeGreaterThanOrEqual(4);
  // Render the SVG file on its own (embedded fonts only) to look at it.
  const height = Math.ceil((1600 * Number(/height="(\d+)"/.exec(text)?.[1] ?? 1)) / parsed.width);
  const viewer = await stack.browser.newPage({ viewport: { width: 1600, height: Math.min(height, 4000) } });
  await viewer.setContent(
    `<body style="margin:0"><img style="width:1600px;display:block" src="data:image/svg+xml;base64,${svg.bytes.toString('base64')}"></body>`,
  );
  await viewer.locator('img').evaluate((img: HTMLImageElement) => img.decode());
  await viewer.screenshot({ path: join(ARTIFACTS, 'export-svg-rendered.png') });
  await viewer.close();

  await dialog().getByRole('radio', { name: 'PDF (A4, for reports)' }).check();
  const pdf = await download('Download PDF', 'export-view.pdf');
  expect(pdf.bytes.subarray(0, 5).toString('ascii')).toBe('%PDF-');
  // Vector, with the labels as text in embedded fonts (client/src/graph/export/pdf.ts).
  expect(pdfFonts(pdf.path).filter((f) => !f.embedded)).toEqual([]);
  const pdfText = poppler('pdftotext', [pdf.path, '-']);
  expect(pdfText).toContain('Land alliances');
  expect(pdfText).toMatch(KHMER);
  expect(pdfText).toContain('Civil society');
  poppler('pdftoppm', [
    '-png',
    '-r',
    '110',
    '-f',
    '1',
    '-l',
    '1',
    '-singlefile',
    pdf.path,
    join(ARTIFACTS, 'export-pdf-page1'),
  ]);
  expect(pngInfo(readFileSync(join(ARTIFACTS, 'export-pdf-page1.png'))).width).toBeGreaterThan(1200);
});

test('data of the current view (server endpoint with the view’s actors) and of the whole database', async () => {
  await dialog().getByRole('button', { name: 'Close export' }).click();
  await page.getByRole('radio', { name: 'Hide' }).check();
  await pageAction(page, 'Export…');
  const scope =
    (await dialog()
      .getByRole('radio', { name: /The current view/ })
      .locator('..')
      .textContent()) ?? '';
  const viewActors = Number(/\((\d+) actors/.exec(scope)?.[1]);
  expect(viewActors).toBeGreaterThan(10);
  const graphml = await download('Download data', 'export-view.graphml');
  const xml = graphml.bytes.toString('utf8');
  expect(xml).toContain('<graphml');
  expect(xml).toMatch(KHMER);
  expect(xml.match(/<data key="n_kind">ACTOR<\/data>/g)?.length).toBe(viewActors);
  expect(xml).not.toContain('<data key="n_basedIn">LA</data>');

  await dialog().getByLabel('Data format').selectOption('csv');
  await dialog().getByRole('radio', { name: 'The whole database' }).check();
  const zip = await download('Download data', 'export-all.zip');
  expect(zip.suggested).toMatch(/^reform-atlas-all-\d{4}-\d{2}-\d{2}\.zip$/);
  expect(zip.bytes.subarray(0, 2).toString('ascii')).toBe('PK');
  expect(zip.bytes.includes(Buffer.from('nodes.csv'))).toBe(true);
  expect(zip.bytes.includes(Buffer.from('edges.csv'))).toBe(true);
  await dialog().getByRole('button', { name: 'Close export' }).click();
});

test('upload: the dry run reports each bad row, a clean sheet commits and the graph reloads', async () => {
  await signInAs(page, ANALYST);
  await page.getByRole('checkbox', { name: /^Cambodia \d+ actors$/ }).uncheck();
  await pageAction(page, 'Import…');
  const importer = page.getByTestId('import-dialog');
  const header = 'name,country,sector,level,influence,altNames\n';
  await page.getByTestId('import-file').setInputFiles({
    name: 'actors.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(
      `${header}E2E Mekong Tenure Forum,MM,CIVIL_SOCIETY,REGIONAL,3,မြေယာ ဖိုရမ်\nE2E Bad Row,XX,NGO,NATIONAL,9,\n`,
    ),
  });
  await importer.getByRole('alert').filter({ hasText: 'problems' }).waitFor();
  const rows = await importer.locator('tbody tr').allTextContents();
  expect(rows.length).toBeGreaterThanOrEqual(2);
  expect(rows.every((r) => r.startsWith('actors.csv—3'))).toBe(true);
  const importButton = importer.getByRole('button', { name: 'Import', exact: true });
  expect(await importButton.isDisabled()).toBe(true);
  // It looks disabled too: not the accent colour of a button ready to press, and no pointer.
  const looks = () =>
    importButton.evaluate((b) => {
      const style = getComputedStyle(b);
      return { background: style.backgroundColor, cursor: style.cursor };
    });
  const disabledLook = await looks();
  expect(disabledLook.cursor).toBe('not-allowed');
  await page.screenshot({ path: join(ARTIFACTS, 'export-import-dry-run.png') });

  await page.getByTestId('import-file').setInputFiles({
    name: 'actors.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(`${header}E2E Mekong Tenure Forum,MM,CIVIL_SOCIETY,REGIONAL,3,မြေယာ ဖိုရမ်\n`),
  });
  await importer.getByText(/no problems\. Importing would write 1 actors \(1 new\)/).waitFor();
  const enabledLook = await looks();
  expect(enabledLook.cursor).toBe('pointer');
  expect(enabledLook.background).not.toBe(disabledLook.background);
  const before = await actorsInDatabase();
  await importer.getByRole('button', { name: 'Import', exact: true }).click();
  await page.getByTestId('import-result').waitFor();
  // The page reloads its data: the map's count of actors grows by the one imported.
  await page
    .getByTestId('drawn-count')
    .getByText(new RegExp(` of ${before + 1} actors shown$`))
    .waitFor();
  await page.screenshot({ path: join(ARTIFACTS, 'export-import-committed.png') });
  await importer.getByRole('button', { name: 'Done' }).click();
  await waitForGraph(page);
});

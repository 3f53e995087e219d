/**
 * Client rendering benchmark: the page in bench/page (built by Vite, using the client's own toElements, style
 * and layout runner, with its layout worker) in Debian's Chromium through playwright-core, for subgraphs of 500 to 20,000 elements,
 * with the canvas renderer and with Cytoscape's WebGL renderer.
 */
import { createReadStream, existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';

import type { Page } from 'playwright-core';
import { build } from 'vite';

import { GraphDocument, type GraphElementsFragment as Elements } from '../../client/src/data/generated/graphql';
import { launchChromium } from '../../e2e/src/browser';
import type { Neo4jConfig } from '../../server/src/config';
import type { RenderReport } from '../page/report';
import { postDocument } from './latency';
import { row, type ResultRow } from './stats';
import { startChildServer } from './throughput';

const PAGE_DIR = join(__dirname, '..', 'page');
// Under a dist/ folder so the repository's ESLint ignores the bundle.
const OUT_DIR = join(__dirname, '..', '.cache', 'dist');
export const SIZES = [500, 2_000, 5_000, 20_000];

/** The largest prefix of the nodes whose nodes plus edges among them stay within `size` elements. */
export function trimTo(graph: Elements, size: number): Elements {
  const count = (m: number): number => {
    const keep = new Set(graph.nodes.slice(0, m).map((n) => n.id));
    return m + graph.edges.filter((e) => keep.has(e.source) && keep.has(e.target)).length;
  };
  let lo = 0;
  let hi = graph.nodes.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (count(mid) <= size) lo = mid;
    else hi = mid - 1;
  }
  const keep = new Set(graph.nodes.slice(0, lo).map((n) => n.id));
  return {
    nodes: graph.nodes.slice(0, lo),
    edges: graph.edges.filter((e) => keep.has(e.source) && keep.has(e.target)),
    truncated: true,
  };
}

function serveStatic(dir: string): Promise<Server> {
  const types: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' };
  const server = createServer((req, res) => {
    const path = normalize(join(dir, decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)));
    const file = path.endsWith('/') ? join(path, 'index.html') : path;
    if (!file.startsWith(dir) || !existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

/** 'canvas-redraw' is the canvas without level of detail: the baseline for the pan/zoom rows. */
type Renderer = 'canvas' | 'canvas-redraw' | 'webgl';

type GestureWindow = typeof globalThis & {
  benchStartCounting(): { x: number; y: number };
  benchFramesPerSecond(): number;
};

/**
 * Frames drawn per second while a person pans and zooms: a one-second drag from the background, then a second of
 * wheel notches (in, then out) over the middle, through Chromium's own input events. The gesture's first frame
 * (where the renderer takes its snapshot) and the full redraw after the drag are inside the time measured. Each
 * input call returns once the page has taken the event, so input never runs ahead of drawing.
 */
async function gestureFps(page: Page, width: number, height: number): Promise<number> {
  const start = await page.evaluate(() => (globalThis as GestureWindow).benchStartCounting());
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  const dragStart = Date.now();
  for (let step = 0; Date.now() - dragStart < 1_000; step += 1) {
    const phase = step % 40;
    const offset = (phase < 20 ? phase : 40 - phase) * 12;
    await page.mouse.move(start.x + offset, start.y + offset / 2);
  }
  await page.mouse.up();
  await page.mouse.move(width / 2, height / 2);
  const wheelStart = Date.now();
  for (let step = 0; Date.now() - wheelStart < 1_000; step += 1) {
    await page.mouse.wheel(0, step % 20 < 10 ? -40 : 40);
  }
  return page.evaluate(() => (globalThis as GestureWindow).benchFramesPerSecond());
}

export async function measureClient(options: {
  config: Neo4jConfig;
  dataset: string;
  quick: boolean;
  log: (line: string) => void;
  /** A subset of SIZES or renderers (a one-off measurement); all of them by default. */
  sizes?: number[];
  renderers?: Renderer[];
}): Promise<ResultRow[]> {
  const { log, dataset } = options;
  await build({
    root: PAGE_DIR,
    base: './',
    logLevel: 'warn',
    build: { outDir: OUT_DIR, emptyOutDir: true, chunkSizeWarningLimit: 5000 },
  });
  const api = await startChildServer(options.config);
  let graph: Elements;
  try {
    // The explorer's own query, as it asks for its first picture.
    const data = await postDocument(new URL('graphql', api.url).toString(), GraphDocument, { limit: 2_500 });
    if (!data) throw new Error('graph(limit: 2500) answered without data');
    graph = data.graph;
    log(`  client: graph(limit: 2500) gave ${graph.nodes.length} nodes and ${graph.edges.length} edges`);
  } finally {
    await api.close();
  }
  const server = await serveStatic(OUT_DIR);
  const pageUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/index.html`;
  // A fresh browser per measurement: a crash (out of memory at 20,000 elements) costs one figure, not the run.
  const launch = async () => (await launchChromium(['--use-angle=swiftshader', '--enable-unsafe-swiftshader'])).browser;
  const rows: ResultRow[] = [];
  try {
    for (const size of options.sizes ?? SIZES) {
      const json = JSON.stringify(trimTo(graph, size));
      const results: Partial<Record<Renderer, RenderReport & { fps: number }>> = {};
      for (const renderer of options.renderers ?? (['canvas', 'canvas-redraw', 'webgl'] as const)) {
        const browser = await launch();
        try {
          const viewport = { width: 1280, height: 800 };
          const page = await browser.newPage({ viewport });
          await page.goto(pageUrl);
          await page.waitForFunction(() => (globalThis as unknown as { benchReady?: boolean }).benchReady === true);
          const report = await page.evaluate(
            async ([data, webgl, timeout, lod]) =>
              (
                globalThis as unknown as {
                  benchRender(json: string, webgl: boolean, t: number, lod: boolean): Promise<RenderReport>;
                }
              ).benchRender(data, webgl, timeout, lod),
            [json, renderer === 'webgl', options.quick ? 30_000 : 90_000, renderer !== 'canvas-redraw'] as const,
          );
          const fps = await gestureFps(page, viewport.width, viewport.height);
          results[renderer] = { ...report, fps };
          log(
            `  client ${report.elements} elements (${report.nodes} nodes) ${renderer}${renderer === 'webgl' && !report.webglActive ? ' (WebGL NOT active)' : ''}: ` +
              `first paint ${report.firstPaintMs.toFixed(0)} ms (longest task ${report.firstPaintTaskMs.toFixed(0)} ms), layout done ${report.layoutDoneMs.toFixed(0)} ms` +
              `${report.layoutTimedOut ? ' (TIMED OUT)' : ''}${report.workerMs === undefined ? '' : ` (worker ${report.workerMs.toFixed(0)} ms)`}, ` +
              `longest task in layout ${report.longestTaskMs.toFixed(0)} ms, ${fps.toFixed(1)} fps (from zoom ${report.zoom.toFixed(2)})`,
          );
        } catch (error) {
          log(
            `  client ${size} ${renderer}: failed: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`,
          );
        } finally {
          await browser.close().catch(() => undefined);
        }
      }
      const c = results.canvas;
      const w = results.webgl;
      const op = `render ${size} elements`;
      if (c) {
        rows.push(
          row(op, dataset, 'first paint (canvas)', c.firstPaintMs, 'ms'),
          row(op, dataset, 'layout done (canvas)', c.layoutDoneMs, 'ms'),
          row(op, dataset, 'longest task in layout (canvas)', c.longestTaskMs, 'ms'),
          row(op, dataset, 'longest task in first paint (canvas)', c.firstPaintTaskMs, 'ms'),
        );
      }
      if (w) {
        rows.push(
          row(
            op,
            dataset,
            `fps pan/zoom (webgl${w.webglActive ? '' : ' NOT active'})`,
            w.fps,
            'fps',
            c ? { name: 'canvas fps', value: c.fps } : undefined,
          ),
          row(
            op,
            dataset,
            'layout done (webgl)',
            w.layoutDoneMs,
            'ms',
            c ? { name: 'canvas layout done', value: c.layoutDoneMs } : undefined,
          ),
        );
      }
      const plain = results['canvas-redraw'];
      if (c)
        rows.push(
          row(
            op,
            dataset,
            'fps pan/zoom (canvas)',
            c.fps,
            'fps',
            plain ? { name: 'canvas without level of detail', value: plain.fps } : undefined,
          ),
        );
    }
  } finally {
    server.close();
  }
  return rows;
}

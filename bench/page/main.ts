/**
 * The client benchmark page: renders a graph(...) answer with the client's own element conversion, style and
 * layout runner (the same layout worker the explorer uses), and reports timings through window.benchRender
 * (driven by bench/src/client.ts).
 */
import cytoscape, { type Core } from 'cytoscape';
import fcose from 'cytoscape-fcose';

import type { GraphElementsFragment as GraphElements } from '../../client/src/data/generated/graphql';
import { prepareLayout, runFullLayout } from '../../client/src/graph/controllers/layoutRunner';
import { tuneRenderer } from '../../client/src/graph/renderer';
import { applyGraphStyle, graphStyle } from '../../client/src/graph/style';
import { toElements } from '../../client/src/graph/toElements';
import type { RenderReport } from './report';

cytoscape.use(fcose);

let cy: Core | undefined;

const frame = (): Promise<number> => new Promise((resolve) => requestAnimationFrame(resolve));

async function render(json: string, webgl: boolean, layoutTimeoutMs: number): Promise<RenderReport> {
  cy?.destroy();
  const container = document.getElementById('cy') as HTMLElement;
  delete container.dataset.workerMs;
  // As in the explorer: the graph is mounted (and its layout worker loading) while the data is fetched.
  // renderer.webgl (Cytoscape >= 3.31) is not in the bundled typings yet.
  const cyOptions = {
    container,
    style: graphStyle,
    ...(webgl ? { renderer: { name: 'canvas', webgl: true } } : {}),
  } as cytoscape.CytoscapeOptions;
  const instance = cytoscape(cyOptions);
  tuneRenderer(instance);
  cy = instance;
  prepareLayout(instance);
  await new Promise((r) => setTimeout(r, 500));
  const tasks: Array<{ end: number; duration: number }> = [];
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries())
      tasks.push({ end: entry.startTime + entry.duration, duration: entry.duration });
  });
  observer.observe({ type: 'longtask', buffered: false });
  // The data arrives: elements are added and the explorer's own runner lays them out (the seeded arrangement
  // at once; big force-directed layouts in the worker, whose positions are applied when they arrive).
  const t0 = performance.now();
  const graph = JSON.parse(json) as GraphElements;
  const elements = toElements(graph);
  instance.batch(() => {
    applyGraphStyle(instance, elements.length);
    instance.add(elements);
  });
  let resolveDone: () => void = () => undefined;
  const done = new Promise<void>((resolve) => {
    resolveDone = resolve;
  });
  runFullLayout(instance, 'fcose', () => resolveDone());
  await frame();
  await frame();
  const firstPaintMs = performance.now() - t0;
  const layoutStart = performance.now();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const layoutTimedOut = await Promise.race([
    done.then(() => false),
    new Promise<boolean>((resolve) => {
      timer = setTimeout(() => resolve(true), layoutTimeoutMs);
    }),
  ]);
  clearTimeout(timer);
  await frame();
  const layoutDoneMs = performance.now() - t0;
  await new Promise((r) => setTimeout(r, 100));
  observer.disconnect();
  const zoom = instance.zoom();
  // Long tasks that ended after the first paint are the layout's; the first paint's own is reported apart.
  const during = tasks.filter((t) => t.end >= layoutStart).map((t) => t.duration);
  const before = tasks.filter((t) => t.end < layoutStart).map((t) => t.duration);
  // Scripted pan and zoom for two seconds, one step per frame.
  let frames = 0;
  const start = performance.now();
  while (performance.now() - start < 2_000) {
    const k = frames % 60;
    instance.panBy({ x: k < 30 ? 12 : -12, y: k < 30 ? 6 : -6 });
    instance.zoom({ level: instance.zoom() * (k < 30 ? 1.01 : 0.99), renderedPosition: { x: 400, y: 300 } });
    await frame();
    frames += 1;
  }
  const fps = (frames * 1000) / (performance.now() - start);
  // The canvas renderer keeps its contexts in data.contexts; the WebGL one sits at index WEBGL when on.
  const renderer = (instance as unknown as { renderer(): unknown }).renderer() as {
    webgl?: boolean;
    WEBGL?: number;
    data?: { contexts?: unknown[] };
  };
  const webglActive =
    Boolean(renderer.webgl) && renderer.data?.contexts?.[renderer.WEBGL ?? 3] instanceof WebGL2RenderingContext;
  const workerMs = container.dataset.workerMs;
  return {
    elements: elements.length,
    nodes: instance.nodes().length,
    ...(workerMs ? { workerMs: Number(workerMs) } : {}),
    layoutTimedOut,
    firstPaintMs,
    layoutDoneMs,
    longestTaskMs: Math.max(0, ...during),
    firstPaintTaskMs: Math.max(0, ...before),
    fps,
    zoom,
    webglActive,
  };
}

(window as unknown as { benchRender: typeof render }).benchRender = render;
(window as unknown as { benchReady: boolean }).benchReady = true;

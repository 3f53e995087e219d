/**
 * The client benchmark page: renders a graph(...) answer with the client's own element conversion, style and
 * layout choice, and reports timings through window.benchRender (driven by bench/src/client.ts).
 */
import cytoscape, { type Core } from 'cytoscape';
import fcose from 'cytoscape-fcose';

import { layoutOptions, seedPositions } from '../../client/src/graph/layouts';
import { graphStyle } from '../../client/src/graph/style';
import { toElements } from '../../client/src/graph/toElements';
import type { GraphElements } from '../../client/src/data/types';

cytoscape.use(fcose);

export interface RenderReport {
  elements: number;
  firstPaintMs: number;
  layoutDoneMs: number;
  longestTaskMs: number;
  fps: number;
  webglActive: boolean;
}

let cy: Core | undefined;

const frame = (): Promise<number> => new Promise((resolve) => requestAnimationFrame(resolve));

async function render(json: string, webgl: boolean, layoutTimeoutMs: number): Promise<RenderReport> {
  cy?.destroy();
  const tasks: number[] = [];
  let layoutStart = Number.POSITIVE_INFINITY;
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (entry.startTime + entry.duration >= layoutStart) tasks.push(entry.duration);
  });
  observer.observe({ type: 'longtask', buffered: false });
  const t0 = performance.now();
  const graph = JSON.parse(json) as GraphElements;
  const elements = toElements(graph);
  const container = document.getElementById('cy') as HTMLElement;
  // renderer.webgl (Cytoscape >= 3.31) is not in the bundled typings yet.
  const cyOptions = {
    container,
    elements,
    style: graphStyle,
    layout: { name: 'preset' },
    ...(webgl ? { renderer: { name: 'canvas', webgl: true } } : {}),
  } as cytoscape.CytoscapeOptions;
  const instance = cytoscape(cyOptions);
  cy = instance;
  seedPositions(instance);
  instance.fit(undefined, 30);
  await frame();
  await frame();
  const firstPaintMs = performance.now() - t0;
  layoutStart = performance.now();
  const nodeCount = instance.nodes().length;
  await new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, layoutTimeoutMs);
    const layout = instance.layout(layoutOptions('fcose', nodeCount));
    layout.one('layoutstop', () => {
      clearTimeout(timer);
      resolve();
    });
    layout.run();
  });
  await frame();
  const layoutDoneMs = performance.now() - t0;
  await new Promise((r) => setTimeout(r, 100));
  observer.disconnect();
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
  const renderer = (instance as unknown as { renderer(): unknown }).renderer() as { webgl?: boolean; WEBGL?: number; data?: { contexts?: unknown[] } };
  const webglActive = Boolean(renderer.webgl) && renderer.data?.contexts?.[renderer.WEBGL ?? 3] instanceof WebGL2RenderingContext;
  return {
    elements: elements.length,
    firstPaintMs,
    layoutDoneMs,
    longestTaskMs: Math.max(0, ...tasks),
    fps,
    webglActive,
  };
}

(window as unknown as { benchRender: typeof render }).benchRender = render;
(window as unknown as { benchReady: boolean }).benchReady = true;

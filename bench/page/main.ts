/**
 * The client benchmark page: renders a graph(...) answer with the client's own element conversion, style and
 * layout runner (the same layout worker the explorer uses), and reports timings through window.benchRender
 * (driven by bench/src/client.ts).
 */
import cytoscape, { type Core } from 'cytoscape';
import fcose from 'cytoscape-fcose';

import type { GraphElementsFragment as GraphElements } from '../../client/src/data/generated/graphql';
import { prepareLayout, runFullLayout } from '../../client/src/graph/controllers/layoutRunner';
import { placeLabels } from '../../client/src/graph/controllers/useLabels';
import { tuneForSize, tuneRenderer } from '../../client/src/graph/renderer';
import { applyGraphStyle, graphStyle } from '../../client/src/graph/style';
import { toElements } from '../../client/src/graph/toElements';
import type { RenderReport } from './report';

cytoscape.use(fcose);

let cy: Core | undefined;

const frame = (): Promise<number> => new Promise((resolve) => requestAnimationFrame(resolve));

async function render(
  json: string,
  webgl: boolean,
  layoutTimeoutMs: number,
  levelOfDetail: boolean,
): Promise<RenderReport> {
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
  // Without level of detail (the same-run baseline): a full redraw on every frame of a gesture.
  tuneForSize(instance, levelOfDetail ? elements.length : 0);
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
  // As the explorer's label controller does once the layout lands: only labels that do not overlap are drawn.
  placeLabels(instance);
  await frame();
  await new Promise((r) => setTimeout(r, 100));
  observer.disconnect();
  const zoom = instance.zoom();
  // Long tasks that ended after the first paint are the layout's; the first paint's own is reported apart.
  const during = tasks.filter((t) => t.end >= layoutStart).map((t) => t.duration);
  const before = tasks.filter((t) => t.end < layoutStart).map((t) => t.duration);
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
    zoom,
    webglActive,
  };
}

/**
 * Frames Cytoscape draws while bench/src/client.ts drives the mouse (a drag, then the wheel) through Chromium's
 * input pipeline, as a person would: the renderer's level of detail engages only for real gestures, which a
 * scripted cy.pan()/cy.zoom() is not.
 */
let drawn = 0;
let countingSince = 0;
let counting = false;
function startCounting(): { x: number; y: number } {
  if (!cy) throw new Error('nothing rendered');
  drawn = 0;
  countingSince = performance.now();
  counting = true;
  // Frames are counted where the renderer draws to the screen: its render() (the WebGL renderer replaces it and
  // emits no 'render' event), leaving out the nested calls that draw into an off-screen texture.
  const renderer = (
    cy as unknown as { renderer(): { render(options?: { forcedContext?: unknown }): void } }
  ).renderer();
  const draw = renderer.render;
  renderer.render = function countedRender(this: unknown, options?: { forcedContext?: unknown }): void {
    if (counting && !options?.forcedContext) drawn += 1;
    draw.call(this, options);
  };
  // The drag starts on the background, not on a node (which would move the node rather than pan).
  const box = cy.elements().renderedBoundingBox();
  return { x: Math.max(4, Math.floor(box.x1) - 4), y: Math.max(4, Math.floor(box.y1) - 4) };
}
function framesPerSecond(): number {
  counting = false;
  return (drawn * 1000) / (performance.now() - countingSince);
}

Object.assign(window as unknown as Record<string, unknown>, {
  benchRender: render,
  benchStartCounting: startCounting,
  benchFramesPerSecond: framesPerSecond,
});
(window as unknown as { benchReady: boolean }).benchReady = true;

/** What the bench page reports for one render (read by bench/src/client.ts). */
export interface RenderReport {
  elements: number;
  nodes: number;
  /** The worker's own layout time (absent when the layout ran on the main thread or kept the seed). */
  workerMs?: number;
  layoutTimedOut: boolean;
  firstPaintMs: number;
  layoutDoneMs: number;
  /** The longest main-thread task after the first paint, until the positions are applied (+100 ms). */
  longestTaskMs: number;
  /** The longest task up to the first paint (adding the elements, seeding, drawing). */
  firstPaintTaskMs: number;
  /** The zoom the layout was fitted at, where the pan/zoom gesture starts. */
  zoom: number;
  webglActive: boolean;
}

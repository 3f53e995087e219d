/**
 * Canvas-renderer fixes shared by every Cytoscape instance that draws (the explorer, the overlap
 * view and the bench page), applied right after the instance is created.
 */
import type { Core } from 'cytoscape';

/** The parts of Cytoscape's private element and renderer state touched here (Cytoscape 3.35). */
interface LabelledElement {
  _private: Record<string, unknown> & { rscratch: Record<string, unknown> };
}
interface LabelRenderer {
  getLabelText?(ele: LabelledElement, prefix?: string | null): string;
  labelWrapCacheFixed?: boolean;
}

const prefixed = (prefix: string | null | undefined, name: string): string =>
  prefix ? `${prefix}${name.charAt(0).toUpperCase()}${name.slice(1)}` : name;

/**
 * Cytoscape 3.35 keeps a wrapped label ('text-wrap: wrap') under the key `rscratch.labelKey`, but
 * the style code stores that key as `_private.labelKey` and nothing copies it across, so the cache
 * never hits: every style recalculation and every label draw wraps the text again, several canvas
 * measureText calls per label (a quarter of a 2,000-element redraw, profiled). The key is a hash of
 * the label text and every style property that changes its measure (font, size, transform, wrap,
 * max width), so copying it where the cache looks is exactly the cache Cytoscape meant to have.
 * Returns false when the renderer is not the one this was written for (headless, a newer Cytoscape
 * that renamed things): then nothing is changed.
 */
export function fixLabelWrapCache(cy: Core): boolean {
  const renderer = (cy as unknown as { renderer(): LabelRenderer | null | undefined }).renderer();
  if (!renderer || typeof renderer.getLabelText !== 'function') return false;
  if (renderer.labelWrapCacheFixed) return true;
  const original = renderer.getLabelText;
  renderer.getLabelText = function getLabelText(
    this: LabelRenderer,
    ele: LabelledElement,
    prefix?: string | null,
  ): string {
    const p = ele._private;
    const key = p[prefixed(prefix, 'labelKey')];
    if (key !== undefined && p.rscratch) p.rscratch[prefixed(prefix, 'labelKey')] = key;
    return original.call(this, ele, prefix);
  };
  renderer.labelWrapCacheFixed = true;
  return true;
}

interface TextureRenderer {
  matchCanvasSize?(container: unknown): void;
  textureMult?: number;
  canvasWidth?: number;
  canvasHeight?: number;
  TEXTURE_BUFFER?: number;
  data?: { bufferCanvases?: HTMLCanvasElement[] };
  textureAtCanvasResolution?: boolean;
}

/**
 * The snapshot moved while the viewport moves (see tuneForSize) is drawn at twice the canvas's resolution on
 * screens of pixel ratio 1, so that zooming in on it stays sharp for the moment it is shown. On this machine's
 * software canvas, blitting that four-times-larger image each frame cost more than drawing the frame: at 20,000
 * elements, 7 to 16 fps against 27 to 32 at the canvas's own resolution (bench page, same run). High-DPI screens
 * already get it at canvas resolution. Cytoscape sets the multiplier whenever it sizes its canvases, so it is
 * reset right after.
 */
export function textureAtCanvasResolution(cy: Core): boolean {
  const renderer = (cy as unknown as { renderer(): TextureRenderer | null | undefined }).renderer();
  if (!renderer || typeof renderer.matchCanvasSize !== 'function') return false;
  if (renderer.textureAtCanvasResolution) return true;
  const original = renderer.matchCanvasSize;
  const reset = (r: TextureRenderer): void => {
    const texture = r.data?.bufferCanvases?.[r.TEXTURE_BUFFER ?? 0];
    if (r.textureMult === 1 || !texture || !r.canvasWidth || !r.canvasHeight) return;
    r.textureMult = 1;
    texture.width = r.canvasWidth;
    texture.height = r.canvasHeight;
  };
  renderer.matchCanvasSize = function matchCanvasSize(this: TextureRenderer, container: unknown): void {
    original.call(this, container);
    reset(this);
  };
  reset(renderer);
  renderer.textureAtCanvasResolution = true;
  return true;
}

/** What the renderer does while the viewport moves, as it reads it (for the browser tests). */
export function viewportDetail(cy: Core): { snapshot: boolean; hideEdges: boolean; snapshotScale: number | null } {
  const renderer = (
    cy as unknown as { renderer(): (ViewportRenderer & TextureRenderer) | null | undefined }
  ).renderer();
  return {
    snapshot: Boolean(renderer?.textureOnViewport),
    hideEdges: Boolean(renderer?.hideEdgesOnViewport),
    snapshotScale: renderer?.textureMult ?? null,
  };
}

/** Everything above, for a drawing instance. */
export function tuneRenderer(cy: Core): void {
  fixLabelWrapCache(cy);
  textureAtCanvasResolution(cy);
}

/** From this many elements a full redraw takes longer than a frame (measured by the bench's render rows). */
export const VIEWPORT_TEXTURE_ELEMENTS = 3_000;

interface ViewportRenderer {
  textureOnViewport?: boolean;
  hideEdgesOnViewport?: boolean;
}

/**
 * Level of detail while the viewport moves, for big graphs only: during a drag or wheel zoom Cytoscape then
 * moves a snapshot of the canvas (textureOnViewport) instead of redrawing every element each frame, and draws
 * nodes without edges while an animation runs (hideEdgesOnViewport). On small graphs a full redraw is cheap and
 * stays sharp, so they keep it. Both are creation options in Cytoscape's API; the renderer reads them on every
 * frame, which is what lets the size class change as the graph grows and shrinks.
 */
export function tuneForSize(cy: Core, elementCount: number): void {
  const renderer = (cy as unknown as { renderer(): ViewportRenderer | null | undefined }).renderer();
  if (!renderer) return;
  const large = elementCount >= VIEWPORT_TEXTURE_ELEMENTS;
  renderer.textureOnViewport = large;
  renderer.hideEdgesOnViewport = large;
}

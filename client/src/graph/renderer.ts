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

/** Everything above, for a drawing instance. */
export function tuneRenderer(cy: Core): void {
  fixLabelWrapCache(cy);
}

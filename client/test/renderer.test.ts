/**
 * The label-wrap cache fix: the key Cytoscape's style code computes is copied to where its
 * renderer's wrap cache looks, for the main label and the edge end labels; headless instances are
 * left alone.
 */
import cytoscape, { type Core } from 'cytoscape';

import { fixLabelWrapCache } from '../src/graph/renderer';

interface FakeElement {
  _private: Record<string, unknown> & { rscratch: Record<string, unknown> };
}

function fakeCy(seen: Array<unknown>): { cy: Core; renderer: { getLabelText(ele: FakeElement, prefix?: string | null): string } } {
  const renderer = {
    getLabelText(ele: FakeElement, prefix?: string | null): string {
      seen.push(prefix ? ele._private.rscratch[`${prefix}LabelKey`] : ele._private.rscratch.labelKey);
      return 'text';
    },
  };
  return { cy: { renderer: () => renderer } as unknown as Core, renderer };
}

test('the wrap cache sees the label key of the main label and of edge end labels', () => {
  const seen: unknown[] = [];
  const { cy, renderer } = fakeCy(seen);
  expect(fixLabelWrapCache(cy)).toBe(true);
  const ele: FakeElement = { _private: { labelKey: 11, sourceLabelKey: 22, rscratch: {} } };
  expect(renderer.getLabelText(ele)).toBe('text');
  expect(renderer.getLabelText(ele, 'source')).toBe('text');
  expect(seen).toEqual([11, 22]);
  // Installed once: a second call does not wrap the wrapper.
  expect(fixLabelWrapCache(cy)).toBe(true);
  renderer.getLabelText(ele);
  expect(seen).toEqual([11, 22, 11]);
});

test('a headless instance is left alone', () => {
  const cy = cytoscape({ headless: true });
  expect(fixLabelWrapCache(cy)).toBe(false);
  cy.destroy();
});

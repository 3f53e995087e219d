/**
 * The label-wrap cache fix: the key Cytoscape's style code computes is copied to where its
 * renderer's wrap cache looks, for the main label and the edge end labels; headless instances are
 * left alone; and the cheaper sheet for big graphs.
 */
import cytoscape, { type Core } from 'cytoscape';

import {
  fixLabelWrapCache,
  textureAtCanvasResolution,
  tuneForSize,
  VIEWPORT_TEXTURE_ELEMENTS,
  viewportDetail,
} from '../src/graph/renderer';
import { applyGraphStyle, graphStyle, LARGE_STYLE_ELEMENTS, largeGraphStyle } from '../src/graph/style';

interface FakeElement {
  _private: Record<string, unknown> & { rscratch: Record<string, unknown> };
}

function fakeCy(seen: Array<unknown>): {
  cy: Core;
  renderer: { getLabelText(ele: FakeElement, prefix?: string | null): string };
} {
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

test('big graphs get the cheaper sheet, once; small ones keep the full one', () => {
  const cy = cytoscape({ headless: true, styleEnabled: true, style: graphStyle });
  const set = jest.spyOn(cy, 'style');
  applyGraphStyle(cy, LARGE_STYLE_ELEMENTS);
  expect(set).not.toHaveBeenCalled();
  applyGraphStyle(cy, LARGE_STYLE_ELEMENTS + 1);
  applyGraphStyle(cy, LARGE_STYLE_ELEMENTS + 500);
  expect(set).toHaveBeenCalledTimes(1);
  expect(set).toHaveBeenCalledWith(largeGraphStyle);
  cy.add({
    group: 'nodes',
    data: { id: 'a', kind: 'ACTOR', colour: '#123456', shape: 'ellipse', size: 20, label: 'A', fontSize: 10 },
  });
  expect(cy.getElementById('a').style('border-width')).toBe('0px');
  expect(cy.getElementById('a').style('width')).toBe('20px');
  applyGraphStyle(cy, 10);
  expect(set).toHaveBeenLastCalledWith(graphStyle);
  expect(cy.getElementById('a').style('border-width')).toBe('1px');
  cy.destroy();
});

test('big graphs move as a snapshot with edges hidden; small ones redraw', () => {
  const renderer: Record<string, unknown> = {};
  const cy = { renderer: () => renderer } as unknown as Core;
  tuneForSize(cy, VIEWPORT_TEXTURE_ELEMENTS);
  expect(viewportDetail(cy)).toMatchObject({ snapshot: true, hideEdges: true });
  tuneForSize(cy, VIEWPORT_TEXTURE_ELEMENTS - 1);
  expect(viewportDetail(cy)).toMatchObject({ snapshot: false, hideEdges: false });
});

test('the snapshot stays at the canvas resolution each time Cytoscape sizes its canvases', () => {
  const texture = { width: 0, height: 0 } as HTMLCanvasElement;
  const renderer = {
    TEXTURE_BUFFER: 0,
    data: { bufferCanvases: [texture] },
    canvasWidth: 0,
    canvasHeight: 0,
    textureMult: 1,
    // As Cytoscape 3.35 does on a screen of pixel ratio 1: the snapshot buffer at twice the canvas size.
    matchCanvasSize(this: { canvasWidth: number; canvasHeight: number; textureMult: number }, size: number[]): void {
      this.canvasWidth = size[0] ?? 0;
      this.canvasHeight = size[1] ?? 0;
      this.textureMult = 2;
      texture.width = this.canvasWidth * 2;
      texture.height = this.canvasHeight * 2;
    },
  };
  renderer.matchCanvasSize([640, 400]);
  const cy = { renderer: () => renderer } as unknown as Core;
  expect(textureAtCanvasResolution(cy)).toBe(true);
  expect([renderer.textureMult, texture.width, texture.height]).toEqual([1, 640, 400]);
  renderer.matchCanvasSize([1280, 800]);
  expect([renderer.textureMult, texture.width, texture.height]).toEqual([1, 1280, 800]);
  expect(textureAtCanvasResolution(cy)).toBe(true);
  expect(viewportDetail(cy).snapshotScale).toBe(1);
});

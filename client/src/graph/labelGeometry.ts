/**
 * Where a node's name would be drawn on each side of its node, as rendered boxes, worked out from where it is drawn
 * now. Cytoscape writes a label `gap` beyond the node's shape (its size and padding; not its border, which the
 * node's own bounding box includes) and widens the label's box alike on every side (text outline, margin of
 * error), so the box keeps its size and moves exactly with the side. Used by both graphs' label controllers.
 */
import type { NodeSingular, Position } from 'cytoscape';

import type { LabelSide } from '../core/labels/labelPlacement';

export interface SideBoxes {
  width: number;
  height: number;
  /** Top-left corners, rendered pixels. */
  at: Record<LabelSide, { x: number; y: number }>;
}

export function labelSideBoxes(
  node: NodeSingular,
  current: LabelSide,
  gap: number,
  zoom: number,
  pan: Position,
): SideBoxes | null {
  const bb = node.boundingBox({
    includeNodes: false,
    includeEdges: false,
    includeLabels: true,
    includeOverlays: false,
  });
  if (!(bb.w > 0 && bb.h > 0)) return null;
  const pos = node.position();
  const pad = node.numericStyle('padding') || 0;
  const halfW = node.width() / 2 + pad;
  const halfH = node.height() / 2 + pad;
  const shape = { x1: pos.x - halfW, x2: pos.x + halfW, y1: pos.y - halfH, y2: pos.y + halfH };
  // How far the box reaches past the text, read on the side it is drawn now.
  const ext =
    current === 'below'
      ? shape.y2 + gap - bb.y1
      : current === 'above'
        ? bb.y2 - (shape.y1 - gap)
        : current === 'right'
          ? shape.x2 + gap - bb.x1
          : bb.x2 - (shape.x1 - gap);
  const model: Record<LabelSide, { x: number; y: number }> = {
    below: { x: pos.x - bb.w / 2, y: shape.y2 + gap - ext },
    above: { x: pos.x - bb.w / 2, y: shape.y1 - gap + ext - bb.h },
    right: { x: shape.x2 + gap - ext, y: pos.y - bb.h / 2 },
    left: { x: shape.x1 - gap + ext - bb.w, y: pos.y - bb.h / 2 },
  };
  const screen = (p: { x: number; y: number }) => ({ x: p.x * zoom + pan.x, y: p.y * zoom + pan.y });
  return {
    width: bb.w * zoom,
    height: bb.h * zoom,
    at: {
      below: screen(model.below),
      above: screen(model.above),
      right: screen(model.right),
      left: screen(model.left),
    },
  };
}

/** The side a node's label is written on now, from the label controller's classes (`prefix`-above, …). */
export function currentSide(node: NodeSingular, prefix: string): LabelSide {
  if (node.hasClass(`${prefix}-above`)) return 'above';
  if (node.hasClass(`${prefix}-right`)) return 'right';
  if (node.hasClass(`${prefix}-left`)) return 'left';
  return 'below';
}

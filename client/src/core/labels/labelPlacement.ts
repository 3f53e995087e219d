/**
 * Which node labels to draw so that none overlap: the most important first, each kept only where it overlaps no
 * label already kept (as Gephi Lite's sigma.js does with its label grid). Boxes are in rendered pixels, so the answer
 * changes with the zoom: zooming in makes room and more labels appear, most important first.
 */
export interface LabelBox {
  id: string;
  /** Top-left corner and size, in rendered pixels. */
  x: number;
  y: number;
  width: number;
  height: number;
  /** Higher first: the selection and its neighbours, then matches, then by influence and size. */
  priority: number;
  /** The top-left corners, in rendered pixels, of the same label written on another side of its node (tried in
   *  this order when below clashes). */
  sides?: Partial<Record<Exclude<LabelSide, 'below'>, { x: number; y: number }>>;
}

/** Where a shown label is written: its own place (below its node), or above, right or left of it when that was taken. */
export type LabelSide = 'below' | 'above' | 'right' | 'left';

const OTHER_SIDES = ['above', 'right', 'left'] as const;

/** The grid's cell size: a label is tested only against the kept labels of the cells it covers. */
const CELL = 96;

function cellsOf(box: LabelBox, padding: number): string[] {
  const keys: string[] = [];
  const x0 = Math.floor((box.x - padding) / CELL);
  const x1 = Math.floor((box.x + box.width + padding) / CELL);
  const y0 = Math.floor((box.y - padding) / CELL);
  const y1 = Math.floor((box.y + box.height + padding) / CELL);
  for (let cx = x0; cx <= x1; cx += 1) for (let cy = y0; cy <= y1; cy += 1) keys.push(`${cx},${cy}`);
  return keys;
}

function overlap(a: LabelBox, b: LabelBox, padding: number): boolean {
  return (
    a.x - padding < b.x + b.width &&
    b.x - padding < a.x + a.width &&
    a.y - padding < b.y + b.height &&
    b.y - padding < a.y + a.height
  );
}

/**
 * The labels to show and on which side of their node. Ties in priority go to the larger label, then to the id, so
 * the same map and zoom always show the same labels. `always` are shown whatever they overlap (the selection), and
 * the others make way for them. `obstacles` (the nodes' own shapes, by node id) are never covered by another node's
 * label: a name written over a different node reads as that node's. A label that clashes below its node is tried
 * above, right and left of it (the `sides` its box gives), as map labels move around their point before they are
 * dropped (on the 10k map's first view: 3 labels below or above only, 19 with right and left too). With a
 * `viewport` (rendered size), only labels wholly inside it are shown.
 */
export function chooseLabels(
  boxes: readonly LabelBox[],
  always: ReadonlySet<string> = new Set(),
  padding = 2,
  obstacles: readonly LabelBox[] = [],
  viewport?: { width: number; height: number },
): Map<string, LabelSide> {
  const order = [...boxes].sort(
    (a, b) =>
      Number(always.has(b.id)) - Number(always.has(a.id)) ||
      b.priority - a.priority ||
      b.width * b.height - a.width * a.height ||
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
  const grid = new Map<string, LabelBox[]>();
  const shown = new Map<string, LabelSide>();
  const place = (box: LabelBox, cells: string[]) => {
    for (const key of cells) {
      const list = grid.get(key);
      if (list) list.push(box);
      else grid.set(key, [box]);
    }
  };
  const bodies = new Set<LabelBox>();
  for (const body of obstacles) {
    if (body.width <= 0 || body.height <= 0) continue;
    bodies.add(body);
    place(body, cellsOf(body, 0));
  }
  const clashes = (box: LabelBox, cells: string[]): boolean =>
    cells.some((key) =>
      (grid.get(key) ?? []).some(
        // A label may touch its own node, never another node or label.
        (kept) => !(bodies.has(kept) && kept.id === box.id) && overlap(box, kept, padding),
      ),
    );
  // A label cut by the edge of the view cannot be read; a node near the edge may write it on its other side.
  const inView = (box: LabelBox): boolean =>
    !viewport ||
    (box.x >= 0 && box.y >= 0 && box.x + box.width <= viewport.width && box.y + box.height <= viewport.height);
  for (const box of order) {
    if (box.width <= 0 || box.height <= 0) continue;
    const candidates: Array<[LabelSide, LabelBox]> = [['below', box]];
    for (const side of OTHER_SIDES) {
      const at = box.sides?.[side];
      if (at) candidates.push([side, { ...box, x: at.x, y: at.y }]);
    }
    const fits = candidates.find(
      ([, candidate]) => inView(candidate) && !clashes(candidate, cellsOf(candidate, padding)),
    );
    // A label that must show (the selection, a path's ends and steps) takes the first side where it fits, and its
    // own place below when none does.
    const chosen = fits ?? (always.has(box.id) ? candidates[0] : undefined);
    if (!chosen) continue;
    shown.set(box.id, chosen[0]);
    place(chosen[1], cellsOf(chosen[1], padding));
  }
  return shown;
}

/** The ids of the labels chooseLabels shows, whichever side. */
export function visibleLabels(
  boxes: readonly LabelBox[],
  always: ReadonlySet<string> = new Set(),
  padding = 2,
  obstacles: readonly LabelBox[] = [],
): Set<string> {
  return new Set(chooseLabels(boxes, always, padding, obstacles).keys());
}

/** The rendered size, in pixels, a standard label (14 model units) keeps when the view is zoomed far out. */
export const READABLE_LABEL_PX = 12;
/** Labels grow at most this much: beyond it, zoom in to read more. */
export const MOST_LABEL_SCALE = 3.5;

/**
 * How much larger than its own size a label is drawn at this zoom. Labels scale with the map down to the zoom where
 * a standard one would render smaller than `readablePx` (READABLE_LABEL_PX on a screen; meeting mode asks more, for
 * a room); further out they keep that rendered size (up to MOST_LABEL_SCALE), as map viewers keep place names
 * readable, and fewer fit so only the most important show. In quarter steps: a small change of zoom does not restyle
 * every label.
 */
export function labelScaleAt(zoom: number, readablePx = READABLE_LABEL_PX): number {
  if (!(zoom > 0)) return 1;
  const exact = Math.min(MOST_LABEL_SCALE, Math.max(1, readablePx / (14 * zoom)));
  return Math.round(exact * 4) / 4;
}

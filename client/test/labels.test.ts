import {
  chooseLabels,
  labelScaleAt,
  MOST_LABEL_SCALE,
  READABLE_LABEL_PX,
  visibleLabels,
  type LabelBox,
} from '../src/core/labels/labelPlacement';

const box = (id: string, x: number, y: number, priority: number, width = 80, height = 14): LabelBox => ({
  id,
  x,
  y,
  width,
  height,
  priority,
});

describe('label placement', () => {
  test('of two overlapping labels, the more important one is shown', () => {
    expect(visibleLabels([box('small', 0, 0, 1), box('big', 10, 5, 5)])).toEqual(new Set(['big']));
  });

  test('labels apart are all shown', () => {
    expect(visibleLabels([box('a', 0, 0, 1), box('b', 200, 0, 1), box('c', 0, 100, 1)])).toEqual(
      new Set(['a', 'b', 'c']),
    );
  });

  test('none of the shown labels overlap, on a crowded map, and the answer is the same every time', () => {
    let seed = 11;
    const random = (): number => (seed = (seed * 16807) % 2147483647) / 2147483647;
    const boxes = Array.from({ length: 800 }, (_, i) =>
      box(`n${i}`, random() * 1400, random() * 900, Math.floor(random() * 5), 40 + random() * 100, 12),
    );
    const shown = visibleLabels(boxes);
    const kept = boxes.filter((b) => shown.has(b.id));
    for (let i = 0; i < kept.length; i += 1)
      for (let j = i + 1; j < kept.length; j += 1) {
        const [a, b] = [kept[i] as LabelBox, kept[j] as LabelBox];
        const overlaps = a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
        expect(overlaps).toBe(false);
      }
    expect(kept.length).toBeGreaterThan(100);
    expect(visibleLabels([...boxes].reverse())).toEqual(shown);
  });

  test('a label that must show (the selection) is shown, and the others make way', () => {
    expect(visibleLabels([box('hub', 0, 0, 9), box('chosen', 5, 2, 0)], new Set(['chosen']))).toEqual(
      new Set(['chosen']),
    );
  });

  test('zooming in (larger gaps between the same labels) shows more of them', () => {
    const at = (scale: number): Set<string> =>
      visibleLabels(
        Array.from({ length: 50 }, (_, i) =>
          box(`n${i}`, (i % 10) * 30 * scale, Math.floor(i / 10) * 10 * scale, i % 3),
        ),
      );
    expect(at(4).size).toBeGreaterThan(at(1).size);
  });

  test("no label covers another node's shape; a label may touch its own node", () => {
    const label = (id: string, x: number, y: number): LabelBox => ({ id, x, y, width: 60, height: 14, priority: 1 });
    const body = (id: string, x: number, y: number): LabelBox => ({ id, x, y, width: 20, height: 20, priority: 0 });
    // a's label lies over b's shape; c's label touches only its own shape.
    const shown = visibleLabels([label('a', 0, 22), label('c', 200, 22)], new Set(), 2, [
      body('a', 20, 0),
      body('b', 30, 30),
      body('c', 220, 0),
      body('c', 220, 20),
    ]);
    expect(shown).toEqual(new Set(['c']));
  });
});

describe('label sides and the edge of the view', () => {
  const label = (id: string, y: number, aboveY: number, priority: number): LabelBox => ({
    id,
    x: 100,
    y,
    width: 60,
    height: 14,
    priority,
    sides: { above: { x: 100, y: aboveY } },
  });

  test('a label that clashes below its node is written above it, and dropped only when both sides clash', () => {
    // a's label below takes the place of b's above it, so b writes below; both of c's places clash with a's.
    const shown = chooseLabels([label('a', 40, 10, 3), label('b', 70, 42, 2), label('c', 44, 36, 1)]);
    expect([...shown]).toEqual([
      ['a', 'below'],
      ['b', 'below'],
    ]);
    const crowdedBelow = chooseLabels([label('a', 40, 10, 3), label('b', 40, 100, 2)]);
    expect(crowdedBelow.get('b')).toBe('above');
  });

  test('labels that must show (a path) move aside for one another where they can', () => {
    const shown = chooseLabels([label('a', 40, 10, 3), label('b', 40, 100, 1)], new Set(['a', 'b']));
    expect([...shown]).toEqual([
      ['a', 'below'],
      ['b', 'above'],
    ]);
    // With nowhere else to go, a label that must show keeps its own place, over the others.
    const stuck = chooseLabels([label('a', 40, 40, 3), label('b', 40, 40, 1)], new Set(['a', 'b']));
    expect(stuck.get('b')).toBe('below');
  });

  test('the selection keeps its own place whatever it covers', () => {
    const shown = chooseLabels([label('a', 40, 10, 3), label('sel', 40, 100, 1)], new Set(['sel']));
    expect(shown.get('sel')).toBe('below');
    expect(shown.get('a')).toBe('above');
  });

  test('a label cut by the edge of the view is not shown; near the bottom edge it goes above its node', () => {
    const viewport = { width: 400, height: 100 };
    expect(chooseLabels([label('low', 90, 40, 1)], new Set(), 2, [], viewport).get('low')).toBe('above');
    expect(
      chooseLabels(
        [{ ...label('wide', 90, 40, 1), x: 380, sides: { above: { x: 380, y: 40 } } }],
        new Set(),
        2,
        [],
        viewport,
      ).size,
    ).toBe(0);
    expect(chooseLabels([label('low', 90, 40, 1)]).get('low')).toBe('below');
  });
});

describe('labels beside their node', () => {
  test('where below and above are taken, a label goes right of its node, then left, then is dropped', () => {
    // A row of three nodes 100 px apart; x is each label's left edge when centred below its node.
    const at = (id: string, centre: number, priority: number): LabelBox => ({
      id,
      x: centre - 30,
      y: 60,
      width: 60,
      height: 14,
      priority,
      sides: {
        above: { x: centre - 30, y: 20 },
        right: { x: centre + 12, y: 43 },
        left: { x: centre - 72, y: 43 },
      },
    });
    // A wide banner (the selection) covers every place above and below the row.
    const banner: LabelBox = { id: 'banner', x: 0, y: 10, width: 400, height: 80, priority: 0 };
    const hole = { ...banner, y: 10, height: 30 };
    const low = { ...banner, id: 'low', y: 60, height: 30 };
    const shown = chooseLabels(
      [hole, low, at('a', 100, 3), at('b', 200, 2), at('c', 150, 1)],
      new Set(['banner', 'low']),
    );
    expect(shown.get('a')).toBe('right');
    expect(shown.get('b')).toBe('right');
    // c (centre 150) fits neither right (a's label is there) nor left.
    expect(shown.has('c')).toBe(false);
  });
});

describe('labelScaleAt', () => {
  it('leaves labels as they are where a standard one is readable, and keeps it about readable further out', () => {
    expect(labelScaleAt(1)).toBe(1);
    expect(labelScaleAt(READABLE_LABEL_PX / 14)).toBe(1);
    for (const zoom of [0.25, 0.3, 0.45]) {
      expect(Math.abs(14 * labelScaleAt(zoom) * zoom - READABLE_LABEL_PX)).toBeLessThanOrEqual(14 * 0.125 * zoom);
    }
    expect(labelScaleAt(0.01)).toBe(MOST_LABEL_SCALE);
    expect(labelScaleAt(0)).toBe(1);
  });
});

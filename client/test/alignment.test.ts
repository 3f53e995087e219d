/** The alignment core without React or Cytoscape: URL state, matrix, regions, partner graph, grid. */
import {
  decodeAlignState,
  encodeAlignState,
  INITIAL_ALIGN,
  pageOf,
  switchPage,
} from '../src/core/alignment/alignState';
import { gridPoints, inQuadrant, quadrantMembers, quadrantOf } from '../src/core/alignment/grid';
import { buildMatrix, describeCell, pickedCell, sortRows, type MatrixInput } from '../src/core/alignment/matrix';
import {
  defaultRegions,
  multiRegionActors,
  overlapGraph,
  overlapLabel,
  partnerGraph,
  spokeSide,
  themeRegions,
  tiesAmong,
} from '../src/core/alignment/overlap';
import { byWeight, describeStances, gapReasons, stanceSegments } from '../src/core/alignment/stances';
import { toOverlapElements } from '../src/graph/overlapElements';

const A = {
  id: 'a',
  name: 'Alpha Network',
  acronym: 'AN',
  sector: 'CIVIL_SOCIETY' as const,
  country: { id: 'KH', name: 'Cambodia' },
};
const B = {
  id: 'b',
  name: 'Bureau of Land',
  acronym: null,
  sector: 'GOVERNMENT' as const,
  country: { id: 'KH', name: 'Cambodia' },
};
const C = {
  id: 'c',
  name: 'Community Forest',
  acronym: 'CF',
  sector: 'CIVIL_SOCIETY' as const,
  country: { id: 'LA', name: 'Laos' },
};
const input: MatrixInput = {
  actors: [A, B, C],
  themes: [
    {
      theme: { id: 't1', name: 'Land titling' },
      actorCount: 3,
      positions: [
        { actor: { id: 'a' }, position: 'SUPPORTS', priority: 3 },
        { actor: { id: 'b' }, position: 'OPPOSES', priority: 2 },
        { actor: { id: 'c' }, position: 'SUPPORTS', priority: 1 },
      ],
    },
    {
      theme: { id: 't2', name: 'Forestry' },
      actorCount: 2,
      positions: [
        { actor: { id: 'a' }, position: 'MIXED', priority: 1 },
        { actor: { id: 'c' }, position: 'SUPPORTS', priority: 2 },
      ],
    },
  ],
};

describe('alignment URL state', () => {
  it('round-trips, leaves defaults out and keeps the explorer filter keys', () => {
    const state = { ...INITIAL_ALIGN, page: 'partners' as const, anchor: 'a', shortlist: ['b', 'c'], minShared: 3 };
    const qs = encodeAlignState(state, '?country=KH&sel=actor:x');
    expect(qs).toBe('country=KH&sel=actor%3Ax&page=partners&min=3&actor=a&short=b%2Cc');
    expect(decodeAlignState(qs)).toEqual(state);
    expect(pageOf(qs)).toBe('partners');
    expect(switchPage(qs, 'explore')).toBe('country=KH&sel=actor%3Ax');
    expect(decodeAlignState('?page=nope&min=99&quad=bad')).toEqual(INITIAL_ALIGN);
  });

  it('keeps the matrix cell, the partner filters, the coalition and the landscape theme', () => {
    const state = {
      ...INITIAL_ALIGN,
      page: 'partners' as const,
      cell: 'GOVERNMENT@land-titling',
      partnerFilter: { crossBorderOnly: true, sectors: ['PRIVATE_SECTOR', 'DONOR'], themes: ['t1'], countries: ['LA'] },
      coalition: 'c1',
      landscapeTheme: 't2',
    };
    const qs = encodeAlignState(state, '?country=KH');
    expect(qs).toBe(
      'country=KH&page=partners&cell=GOVERNMENT%40land-titling&pcross=1&psector=PRIVATE_SECTOR%2CDONOR&ptheme=t1&pcountry=LA&coalition=c1&ltheme=t2',
    );
    expect(decodeAlignState(qs)).toEqual(state);
    // Back to the explorer, only its own keys stay.
    expect(switchPage(qs, 'explore')).toBe('country=KH');
    expect(pageOf('?page=gaps')).toBe('gaps');
    expect(pageOf('?page=landscape')).toBe('landscape');
  });
});

describe('report pages', () => {
  it('orders a row of stances from support to opposition and says it in words', () => {
    const row = { total: 7, supports: 4, opposes: 2, mixed: 0, unknown: 1 };
    expect(stanceSegments(row).map((s) => [s.position, s.count])).toEqual([
      ['SUPPORTS', 4],
      ['UNKNOWN', 1],
      ['OPPOSES', 2],
    ]);
    expect(stanceSegments(row).reduce((t, s) => t + s.share, 0)).toBeCloseTo(1);
    expect(describeStances(row)).toBe('7 actors: 4 support, 1 unknown, 2 oppose');
    expect(describeStances({ total: 0, supports: 0, opposes: 0, mixed: 0, unknown: 0 })).toBe('0 actors');
    expect(stanceSegments({ total: 0, supports: 0, opposes: 0, mixed: 0, unknown: 0 })).toEqual([]);
  });

  it('puts the biggest rows first and the row without a name last', () => {
    const rows = [
      { name: 'Laos', total: 3 },
      { name: null, total: 9 },
      { name: 'Cambodia', total: 3 },
      { name: 'Vietnam', total: 5 },
    ];
    expect(byWeight(rows, (r) => r.name).map((r) => r.name)).toEqual(['Vietnam', 'Cambodia', 'Laos', null]);
  });

  it("gives a gap candidate's reasons: the sector or country it brings, and the agenda it holds", () => {
    const themes = [{ name: 'Land titling' }, { name: 'Contract farming' }];
    expect(gapReasons({ fillsSector: true, fillsCountry: true, themes }, 'Media', 'Lao PDR', 3)).toEqual([
      'brings the Media sector, which has no member yet',
      'brings Lao PDR, where no member is based',
      'holds 2 of the 3 agenda themes: Land titling, Contract farming',
    ]);
    expect(gapReasons({ fillsSector: false, fillsCountry: true, themes: [] }, 'Media', null, 1)).toEqual([]);
  });
});

describe('partner graph labels', () => {
  it('writes each label on the far side of its node from the asking actor', () => {
    expect(spokeSide(0, -100)).toBe('above');
    expect(spokeSide(40, -100)).toBe('above');
    expect(spokeSide(100, -100)).toBe('right');
    expect(spokeSide(-100, 10)).toBe('left');
    expect(spokeSide(-20, 100)).toBe('below');
  });
});

describe('alignment matrix', () => {
  it('finds the picked cell from the address, and nothing for a cell without actors or unknown', () => {
    const m = buildMatrix(input, 'actor');
    const row = m.rows.find((r) => Object.values(r.cells).some((c) => c.actorIds.length > 0));
    const column = m.columns.find((c) => (row?.cells[c.id]?.actorIds.length ?? 0) > 0);
    const picked = pickedCell(m, `${row?.key}@${column?.id}`);
    expect(picked?.actorIds).toEqual(row?.cells[column?.id ?? '']?.actorIds);
    expect(picked?.column.id).toBe(column?.id);
    expect(pickedCell(m, 'nobody@nothing')).toBeNull();
    expect(pickedCell(m, 'no-at-sign')).toBeNull();
  });

  it('holds one row per actor with its position, and sorts by support on a theme', () => {
    const m = buildMatrix(input, 'actor');
    expect(m.rows.map((r) => r.label)).toEqual(['AN', 'Bureau of Land', 'CF']);
    expect(m.rows[1]?.cells.t1?.position).toBe('OPPOSES');
    expect(sortRows(m.rows, 'theme:t2').map((r) => r.key)).toEqual(['c', 'a', 'b']);
    expect(sortRows(m.rows, 'themes').map((r) => r.key)).toEqual(['a', 'c', 'b']);
  });
  it('aggregates sectors with counts, net support and a readable cell name', () => {
    const m = buildMatrix(input, 'sector');
    const civil = m.rows.find((r) => r.key === 'CIVIL_SOCIETY');
    expect(civil?.actorIds).toEqual(['a', 'c']);
    expect(civil?.cells.t1?.counts).toEqual({ SUPPORTS: 2, OPPOSES: 0, MIXED: 0, UNKNOWN: 0 });
    expect(civil?.cells.t2?.net).toBe(0.5);
    const gov = m.rows.find((r) => r.key === 'GOVERNMENT');
    expect(gov && gov.cells.t1 && describeCell(gov, { name: 'Land titling' }, gov.cells.t1)).toBe(
      'Government on Land titling: 1 opposes',
    );
    expect(
      buildMatrix(input, 'sector-country')
        .rows.map((r) => r.key)
        .sort(),
    ).toEqual(['CIVIL_SOCIETY|KH', 'CIVIL_SOCIETY|LA', 'GOVERNMENT|KH']);
  });
});

describe('overlap graph and regions', () => {
  const net = {
    nodes: [A, B, C],
    edges: [
      {
        source: 'a',
        target: 'b',
        weight: 2,
        score: 0.4,
        agreement: 0.1,
        disagreement: 0.3,
        themes: [{ id: 't1', name: 'Land titling' }],
        crossSector: true,
        linked: false,
      },
      {
        source: 'a',
        target: 'c',
        weight: 1,
        score: 0.61,
        agreement: 0.61,
        disagreement: 0,
        themes: [
          { id: 't2', name: 'Forestry' },
          { id: 't1', name: 'Land titling' },
        ],
        crossSector: false,
        linked: true,
      },
    ],
  };
  it('labels edges with shared themes and score, and flags contested and cross-sector pairs', () => {
    const g = overlapGraph(net, new Map([['a', 4]]));
    expect(g.edges.map((e) => [e.label, e.crossSector, e.contested])).toEqual([
      ['2 themes · 0.40', true, true],
      ['1 theme · 0.61', false, false],
    ]);
    expect(overlapLabel(3, 0.456)).toBe('3 themes · 0.46');
    const els = toOverlapElements(g);
    expect(els.find((e) => e.data.id === 'a')?.data).toMatchObject({ label: 'AN', colour: '#E69F00', size: 40 });
    expect(els.find((e) => e.data.id === 'o:a|b')?.data).toMatchObject({ cross: 'yes', contested: 'yes' });
  });
  it('draws regions for the most shared themes and finds actors inside several', () => {
    expect(defaultRegions(net.edges, 10, 2)).toEqual(['t1', 't2']);
    const regions = themeRegions(['t1', 't2'], input.themes, new Set(['a', 'b', 'c']));
    expect(regions.map((r) => [r.id, r.members])).toEqual([
      ['t1', ['a', 'b', 'c']],
      ['t2', ['a', 'c']],
    ]);
    expect([...multiRegionActors(regions)]).toEqual([
      ['a', 2],
      ['c', 2],
    ]);
    expect(tiesAmong(overlapGraph(net, new Map()).edges, new Set(['a', 'c']))).toEqual(['o:a|c']);
  });
  it('puts the asking actor in the middle of the partner graph with ranked spokes', () => {
    const g = partnerGraph(
      A,
      [
        {
          actor: B,
          score: 0.71,
          sharedThemes: [{ position: 'SUPPORTS', partnerPosition: 'OPPOSES' }],
          crossBorder: false,
        },
      ],
      new Map(),
    );
    expect(g.nodes.map((n) => [n.id, n.anchor ?? false, n.rank ?? 0])).toEqual([
      ['a', true, 0],
      ['b', false, 1],
    ]);
    expect(g.edges[0]).toMatchObject({ label: '#1 · 0.71', kind: 'suggestion', crossSector: true, contested: true });
  });
});

describe('influence × alignment grid', () => {
  it('places actors by stance and influence into quadrants', () => {
    const pts = gridPoints(
      input.themes[0]?.positions ?? [],
      new Map([
        ['a', 4],
        ['b', 5],
        ['c', 1],
      ]),
      (id) => id.toUpperCase(),
    );
    expect(pts.map((p) => [p.id, p.quadrant])).toEqual([
      ['a', 'champions'],
      ['b', 'blockers'],
      ['c', 'supporters'],
    ]);
    expect(quadrantOf(0, 1)).toBe('watch');
    expect([...inQuadrant(pts, 'champions')]).toEqual(['a']);
  });
  it('keeps a mixed position left of the centre line, where its quadrant is drawn', () => {
    const positions = ['m1', 'm2', 'm3', 'm4', 'm5', 'm6'].map((id) => ({
      actor: { id },
      position: 'MIXED' as const,
      priority: 2,
    }));
    const pts = gridPoints(positions, new Map([['m1', 5]]), (id) => id);
    expect(pts.map((p) => p.quadrant)).toEqual(['blockers', 'watch', 'watch', 'watch', 'watch', 'watch']);
    for (const p of pts) expect(p.stance + p.jx).toBeLessThan(0);
  });
  it('lists a quadrant most influential first, then strongest stance, then by name', () => {
    const positions = [
      { actor: { id: 'x' }, position: 'SUPPORTS' as const, priority: 1 },
      { actor: { id: 'y' }, position: 'SUPPORTS' as const, priority: 3 },
      { actor: { id: 'z' }, position: 'SUPPORTS' as const, priority: 3 },
      { actor: { id: 'w' }, position: 'SUPPORTS' as const, priority: 1 },
    ];
    const names: Record<string, string> = { x: 'Xylo', y: 'Yew', z: 'Aster', w: 'Willow' };
    const pts = gridPoints(
      positions,
      new Map([
        ['x', 5],
        ['y', 4],
        ['z', 4],
        ['w', 1],
      ]),
      (id) => id.toUpperCase(),
      (id) => names[id] ?? id,
    );
    expect(quadrantMembers(pts, 'champions').map((p) => p.name)).toEqual(['Xylo', 'Aster', 'Yew']);
    expect(quadrantMembers(pts, 'supporters').map((p) => [p.name, p.label])).toEqual([['Willow', 'W']]);
  });
});

import type { Sector } from '@reform-atlas/vocabulary';

import { scanCodes, type IndexedActor } from '../src/domain/alignment/actorIndex';
import { isCrossBorder, kthSmallest, rankingHead } from '../src/domain/alignment/partners';
import { seededRandom } from '../src/domain/seededRandom';

describe('k-th smallest', () => {
  test('known answers', () => {
    const values = [5, 1, 4, 1, 3, 9, 2, 6];
    const sorted = [...values].sort((x, y) => x - y);
    sorted.forEach((v, k) => expect(kthSmallest(Float64Array.from(values), k)).toBe(v));
    expect(kthSmallest(Float64Array.from([7]), 0)).toBe(7);
    expect(kthSmallest(Float64Array.from([2, 2, 2, 2]), 2)).toBe(2);
  });

  test('equals a full sort on random values with many ties', () => {
    const next = seededRandom(11);
    for (let round = 0; round < 500; round++) {
      const length = 1 + Math.floor(next() * 300);
      const levels = 1 + Math.floor(next() * 40);
      const values = Float64Array.from({ length }, () => Math.floor(next() * levels) / levels);
      const sorted = Float64Array.from(values).sort();
      const k = Math.floor(next() * length);
      expect(kthSmallest(Float64Array.from(values), k)).toBe(sorted[k]);
    }
  });
});

describe('ranking head', () => {
  /** The definition: every position sorted by decreasing bound, ties by position, cut after `size` plus its ties. */
  const byFullSort = (ranked: number[], bound: Float64Array, size: number): number[] => {
    const all = [...ranked].sort((x, y) => (bound[y] as number) - (bound[x] as number) || x - y);
    if (all.length <= size) return all;
    const last = bound[all[size - 1] as number] as number;
    return all.filter((i, k) => k < size || bound[i] === last);
  };

  test('equals the head of a full sort, ties of the last one included', () => {
    const next = seededRandom(5);
    for (let round = 0; round < 500; round++) {
      const pool = 1 + Math.floor(next() * 600);
      const levels = 1 + Math.floor(next() * 50);
      const bound = Float64Array.from({ length: pool }, () => Math.floor(next() * levels) / levels);
      const ranked = Array.from({ length: pool }, (_, i) => i).filter(() => next() < 0.8);
      const size = 1 + Math.floor(next() * 120);
      expect(rankingHead([...ranked], bound, size)).toEqual(byFullSort(ranked, bound, size));
    }
  });

  test('known answer', () => {
    const bound = Float64Array.from([0.2, 0.9, 0.5, 0.9, 0.1, 0.5, 0.5]);
    // By bound: 1 and 3 (0.9), then 2, 5, 6 (0.5): a head of 3 keeps every 0.5.
    expect(rankingHead([0, 1, 2, 3, 4, 5, 6], bound, 3)).toEqual([1, 3, 2, 5, 6]);
    expect(rankingHead([0, 1, 2, 3, 4, 5, 6], bound, 2)).toEqual([1, 3]);
    expect(rankingHead([4, 0], bound, 5)).toEqual([0, 4]);
  });
});

describe('scan codes', () => {
  test('equal sector codes are equal sectors; cross-border from base codes is isCrossBorder', () => {
    const bases = [null, { id: 'REGIONAL', name: 'Region' }, { id: '', name: '' }, { id: 'KH', name: 'Cambodia' }];
    bases.push({ id: 'LA', name: 'Laos' }, { id: 'KH', name: 'Cambodia' });
    const sectors: Sector[] = ['GOVERNMENT', 'RESEARCH', 'GOVERNMENT'];
    const actors = bases.flatMap((country, b) =>
      sectors.map((sector, k) => ({ id: `a${b}-${k}`, sector, country, countries: [] }) as unknown as IndexedActor),
    );
    const { sectorCodes, baseCodes } = scanCodes(actors);
    actors.forEach((a, i) =>
      actors.forEach((b, j) => {
        expect(sectorCodes[i] === sectorCodes[j]).toBe(a.sector === b.sector);
        const x = baseCodes[i] as number;
        const y = baseCodes[j] as number;
        expect(x >= 0 && y >= 0 && x !== y).toBe(isCrossBorder(a, b));
      }),
    );
    expect(isCrossBorder(actors[9] as IndexedActor, actors[12] as IndexedActor)).toBe(true); // KH, LA
  });
});

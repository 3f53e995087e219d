import { POSITIONS, type Position, type Sector } from '@reform-atlas/vocabulary';

import type { IndexedActor } from '../src/domain/alignment/actorIndex';
import { areLinked } from '../src/domain/alignment/common';
import { countByMask, overlapPairs, type OverlapOptions, type Scored } from '../src/domain/alignment/overlaps';
import {
  interestVector,
  scorePair,
  themeSpace,
  type ThemeInterest,
  type ThemeSpace,
} from '../src/domain/alignment/score';
import { seededRandom } from '../src/domain/seededRandom';

const SECTORS: Sector[] = ['CIVIL_SOCIETY', 'GOVERNMENT', 'RESEARCH', 'COMMUNITY'];

/** An actor of the index with these interests: what the overlap scoring reads of it. */
function indexedActor(space: ThemeSpace, id: string, interests: ThemeInterest[], sector: Sector): IndexedActor {
  return {
    id,
    name: `Actor ${id}`,
    acronym: null,
    sector,
    level: 'NATIONAL',
    influence: 3,
    country: null,
    countries: [],
    interests,
    vector: interestVector(space, interests),
    collaborators: new Set<string>(),
  };
}

/** A random set of actors: some with the very same interests (ties), some with none, a few collaborations. */
function randomSet(seed: number): { space: ThemeSpace; actors: IndexedActor[]; options: OverlapOptions } {
  const next = seededRandom(seed);
  const int = (k: number) => Math.floor(next() * k);
  const themeCount = 1 + int(next() < 0.2 ? 45 : 18); // past 32 themes now and then: two mask words
  const n = int(next() < 0.1 ? 8 : 160);
  const density = 0.2 + next() * 0.6;
  const themes = Array.from({ length: themeCount }, (_, t) => ({
    id: `t${t}`,
    name: `Theme ${t}`,
    interested: 1 + int(n + 1),
  }));
  const space = themeSpace(n + 1, themes);
  const interestsOf = (): ThemeInterest[] =>
    themes
      .filter(() => next() < density)
      .map((t) => ({
        theme: t.id,
        position: POSITIONS[int(POSITIONS.length)] as Position,
        priority: 1 + int(3),
      }));
  const pool: ThemeInterest[][] = [];
  const actors: IndexedActor[] = [];
  for (let i = 0; i < n; i++) {
    const copy = pool.length > 0 && next() < 0.15;
    const interests = copy ? (pool[int(pool.length)] as ThemeInterest[]) : next() < 0.03 ? [] : interestsOf();
    pool.push(interests);
    actors.push(
      indexedActor(space, `a${String(i).padStart(4, '0')}`, interests, SECTORS[int(SECTORS.length)] as Sector),
    );
  }
  for (let k = 0; k < n; k++) {
    const a = actors[int(n)] as IndexedActor;
    const b = actors[int(n)] as IndexedActor;
    (a.collaborators as Set<string>).add(b.id);
    (b.collaborators as Set<string>).add(a.id);
  }
  const options: OverlapOptions = {
    minShared: 1 + int(4),
    limit: 1 + int(next() < 0.2 ? 2_000 : 60),
    crossSectorOnly: next() < 0.25,
    unlinkedOnly: next() < 0.25,
  };
  return { space, actors, options };
}

/** The definition, pair by pair: every pair scored, sorted best first (score, shared themes, then positions). */
function straightforward(
  space: ThemeSpace,
  actors: readonly IndexedActor[],
  options: OverlapOptions,
): { pairCount: number; best: Scored[] } {
  const all: Scored[] = [];
  for (let i = 0; i < actors.length; i++) {
    for (let j = i + 1; j < actors.length; j++) {
      const a = actors[i] as IndexedActor;
      const b = actors[j] as IndexedActor;
      const pair = scorePair(space, a.vector, b.vector);
      if (pair.shared < options.minShared) continue;
      if (options.crossSectorOnly && a.sector === b.sector) continue;
      if (options.unlinkedOnly && areLinked(a, b)) continue;
      all.push({ i, j, score: pair.score, shared: pair.shared });
    }
  }
  all.sort((x, y) => y.score - x.score || y.shared - x.shared || x.i - y.i || x.j - y.j);
  return { pairCount: all.length, best: all.slice(0, options.limit) };
}

describe('overlap pairs', () => {
  test('the fast path gives the pair-by-pair answer: same pairs, order, scores and count (300 random sets)', () => {
    let compared = 0;
    for (let seed = 1; seed <= 300; seed++) {
      const { space, actors, options } = randomSet(seed);
      const fast = overlapPairs(space, actors, options);
      const slow = straightforward(space, actors, options);
      expect({ seed, ...fast }).toEqual({ seed, ...slow });
      compared += slow.pairCount;
    }
    expect(compared).toBeGreaterThan(100_000);
  });

  test('ties at the cut keep the earlier positions, whatever the layout', () => {
    // Six actors with the same interests: all 15 pairs score 1 with 2 shared themes; the top 4 are the first pairs.
    const space = themeSpace(10, [
      { id: 'x', name: 'X', interested: 3 },
      { id: 'y', name: 'Y', interested: 7 },
    ]);
    const interests: ThemeInterest[] = [
      { theme: 'x', position: 'SUPPORTS', priority: 2 },
      { theme: 'y', position: 'OPPOSES', priority: 3 },
    ];
    const actors = Array.from({ length: 6 }, (_, i) => indexedActor(space, `a${i}`, interests, 'GOVERNMENT'));
    const { pairCount, best } = overlapPairs(space, actors, { minShared: 2, limit: 4 });
    expect(pairCount).toBe(15);
    expect(best.map(({ i, j }) => [i, j])).toEqual([
      [0, 1],
      [0, 2],
      [0, 3],
      [0, 4],
    ]);
    expect(best.every((p) => p.score === 1 && p.shared === 2)).toBe(true);
  });
});

describe('pairs counted by mask', () => {
  test('known answers', () => {
    // Masks 0b011 ×2, 0b111, 0b100, 0b001: shared bits per pair (5 rows, 10 pairs):
    // 011·011 2, 011·111 2 (×2), 011·100 0 (×2), 011·001 1 (×2), 111·100 1, 111·001 1, 100·001 0.
    const masks = Uint32Array.from([0b011, 0b111, 0b011, 0b100, 0b001]);
    expect(countByMask(masks, 5, 1)).toBe(7);
    expect(countByMask(masks, 5, 2)).toBe(3);
    expect(countByMask(masks, 5, 3)).toBe(0);
    expect(countByMask(Uint32Array.from([0b1, 0b1, 0b1, 0b1]), 4, 1)).toBe(6); // C(4, 2) within one mask
    expect(countByMask(new Uint32Array(0), 0, 1)).toBe(0);
    // The sign bit is a theme like any other.
    expect(countByMask(Uint32Array.from([0x80000001, 0x80000001, 0x80000000]), 3, 2)).toBe(1);
  });

  test('equals the pair-by-pair count on random masks', () => {
    const next = seededRandom(7);
    for (let round = 0; round < 200; round++) {
      const rows = Math.floor(next() * 120);
      const bits = 1 + Math.floor(next() * 32);
      const masks = Uint32Array.from({ length: rows }, () => {
        let m = 0;
        for (let b = 0; b < bits; b++) if (next() < 0.4) m |= 1 << b;
        return m >>> 0;
      });
      const minShared = 1 + Math.floor(next() * 4);
      let expected = 0;
      for (let p = 0; p < rows; p++)
        for (let q = p + 1; q < rows; q++) {
          let x = (masks[p] as number) & (masks[q] as number);
          let shared = 0;
          while (x !== 0) {
            x &= x - 1;
            shared += 1;
          }
          if (shared >= minShared) expected += 1;
        }
      expect(countByMask(masks, rows, minShared)).toBe(expected);
    }
  });
});

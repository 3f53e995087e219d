import { POSITIONS, type Position } from '@reform-atlas/vocabulary';

import {
  PARTNER_WEIGHTS,
  agendaCoverage,
  interestVector,
  packVectors,
  packedAlignment,
  packedShared,
  partnerComponents,
  partnerScore,
  partnerScoreOf,
  scorePair,
  themeSpace,
  themeWeight,
  type ThemeInterest,
  type ThemeSpace,
} from '../src/domain/alignment/score';
import { seededRandom } from '../src/domain/seededRandom';

const THEMES = 12;

function randomCase(seed: number): { space: ThemeSpace; a: ThemeInterest[]; b: ThemeInterest[] } {
  const next = seededRandom(seed);
  const interests = (): ThemeInterest[] =>
    Array.from({ length: THEMES }, (_, t) => t)
      .filter(() => next() < 0.45)
      .map((t) => ({
        theme: `t${t}`,
        position: POSITIONS[Math.floor(next() * POSITIONS.length)] as Position,
        priority: 1 + Math.floor(next() * 3),
      }));
  const population = 10 + Math.floor(next() * 1000);
  const space = themeSpace(
    population,
    Array.from({ length: THEMES }, (_, t) => ({
      id: `t${t}`,
      name: `Theme ${t}`,
      interested: 1 + Math.floor(next() * population),
    })),
  );
  return { space, a: interests(), b: interests() };
}

const CASES = 2_000;

describe('alignment score', () => {
  test('is symmetric, exactly', () => {
    for (let seed = 1; seed <= CASES; seed++) {
      const { space, a, b } = randomCase(seed);
      const va = interestVector(space, a);
      const vb = interestVector(space, b);
      expect(scorePair(space, va, vb)).toEqual(scorePair(space, vb, va));
    }
  });

  test('the packed fast path used to scan many actors gives the score to the last bit, also past 32 themes', () => {
    for (let seed = 1; seed <= CASES; seed++) {
      const { space, a, b } = randomCase(seed);
      const va = interestVector(space, a);
      const vb = interestVector(space, b);
      const packed = packVectors(space, [va, vb]);
      expect(packedAlignment(packed, 0, 1)).toBe(scorePair(space, va, vb).score);
      expect(packedShared(packed, 0, 1)).toBe(scorePair(space, va, vb).shared);
    }
    const next = seededRandom(99);
    const wide = themeSpace(
      500,
      Array.from({ length: 70 }, (_, t) => ({
        id: `w${t}`,
        name: `Wide ${t}`,
        interested: 1 + Math.floor(next() * 500),
      })),
    );
    const pick = (): ThemeInterest[] =>
      wide.ids
        .filter(() => next() < 0.3)
        .map((theme) => ({ theme, position: 'SUPPORTS' as Position, priority: 1 + Math.floor(next() * 3) }));
    for (let k = 0; k < 200; k++) {
      const va = interestVector(wide, pick());
      const vb = interestVector(wide, pick());
      const packed = packVectors(wide, [va, vb]);
      expect(packed.words).toBe(3);
      expect(packedAlignment(packed, 1, 0)).toBe(scorePair(wide, va, vb).score);
      expect(packedShared(packed, 0, 1)).toBe(scorePair(wide, va, vb).shared);
    }
  });

  test('stays within 0 ≤ agreement + disagreement ≤ score ≤ 1', () => {
    for (let seed = 1; seed <= CASES; seed++) {
      const { space, a, b } = randomCase(seed);
      const s = scorePair(space, interestVector(space, a), interestVector(space, b));
      expect(s.score).toBeGreaterThanOrEqual(0);
      expect(s.score).toBeLessThanOrEqual(1);
      expect(s.agreement).toBeGreaterThanOrEqual(0);
      expect(s.disagreement).toBeGreaterThanOrEqual(0);
      expect(s.agreement + s.disagreement).toBeLessThanOrEqual(s.score + 1e-12);
    }
  });

  test('identical interests score 1; agreement 1 when every position is SUPPORTS or OPPOSES', () => {
    for (let seed = 1; seed <= CASES; seed++) {
      const { space, a } = randomCase(seed);
      if (a.length === 0) continue;
      const v = interestVector(space, a);
      expect(scorePair(space, v, v).score).toBeCloseTo(1, 12);
      const decided = a.map((i) => ({ ...i, position: i.priority % 2 ? ('SUPPORTS' as const) : ('OPPOSES' as const) }));
      const d = interestVector(space, decided);
      expect(scorePair(space, d, d).agreement).toBeCloseTo(1, 12);
    }
  });

  test('disjoint interests score 0, and so does an actor without interests', () => {
    for (let seed = 1; seed <= CASES; seed++) {
      const { space, a, b } = randomCase(seed);
      const themesOfA = new Set(a.map((i) => i.theme));
      const disjoint = b.filter((i) => !themesOfA.has(i.theme));
      expect(scorePair(space, interestVector(space, a), interestVector(space, disjoint))).toEqual({
        score: 0,
        agreement: 0,
        disagreement: 0,
        shared: 0,
      });
      expect(scorePair(space, interestVector(space, a), interestVector(space, [])).score).toBe(0);
    }
  });

  test('a worked example: rare themes weigh more, priority counts', () => {
    // N = 10; common theme held by 10 (w = ln 2), rare one by 1 (w = ln 11).
    const space = themeSpace(10, [
      { id: 'common', name: 'Common', interested: 10 },
      { id: 'rare', name: 'Rare', interested: 1 },
    ]);
    const a = interestVector(space, [
      { theme: 'common', position: 'SUPPORTS', priority: 3 },
      { theme: 'rare', position: 'SUPPORTS', priority: 3 },
    ]);
    const sharesRare = interestVector(space, [{ theme: 'rare', position: 'OPPOSES', priority: 3 }]);
    const sharesCommon = interestVector(space, [{ theme: 'common', position: 'SUPPORTS', priority: 3 }]);
    // ln 11 / (ln 2 + ln 11) ≈ 0.775808 versus ln 2 / (ln 2 + ln 11) ≈ 0.224192.
    expect(scorePair(space, a, sharesRare)).toEqual({
      score: Math.log(11) / (Math.log(2) + Math.log(11)),
      agreement: 0,
      disagreement: Math.log(11) / (Math.log(2) + Math.log(11)),
      shared: 1,
    });
    expect(scorePair(space, a, sharesCommon).score).toBeCloseTo(Math.log(2) / (Math.log(2) + Math.log(11)), 12);
    expect(scorePair(space, a, sharesCommon).agreement).toBeCloseTo(Math.log(2) / (Math.log(2) + Math.log(11)), 12);
    // Priority 1 against 3 on the common theme: min 1/3, max 1.
    const weak = interestVector(space, [{ theme: 'common', position: 'SUPPORTS', priority: 1 }]);
    expect(scorePair(space, sharesCommon, weak).score).toBeCloseTo(1 / 3, 12);
    expect(themeWeight(10, 0)).toBe(0);
    expect(agendaCoverage(space, [0, 1], weak)).toBeCloseTo(Math.log(2) / 3 / (Math.log(2) + Math.log(11)), 12);
  });
});

describe('partner score', () => {
  test('weights sum to 1 and every score stays in [0, 1]', () => {
    expect(Object.values(PARTNER_WEIGHTS).reduce((x, y) => x + y, 0)).toBeCloseTo(1, 12);
    const next = seededRandom(7);
    for (let i = 0; i < CASES; i++) {
      const distance = [null, 2, 3][Math.floor(next() * 3)] ?? null;
      const score = partnerScore(
        partnerComponents({
          alignment: next(),
          sameSector: next() < 0.5,
          crossBorder: next() < 0.5,
          sharedGroups: Math.floor(next() * 5),
          distance,
        }),
      );
      expect(score).toBeGreaterThanOrEqual(0);
      expect(score).toBeLessThanOrEqual(1);
    }
    expect(
      partnerScore(
        partnerComponents({ alignment: 1, sameSector: false, crossBorder: true, sharedGroups: 1, distance: 2 }),
      ),
    ).toBeCloseTo(0.5 + 0.15 + 0.1 + 0.075 + 0.1, 12);
  });

  test('the ranking shortcut partnerScoreOf gives exactly partnerScore(partnerComponents(…))', () => {
    const next = seededRandom(11);
    for (let i = 0; i < CASES; i++) {
      const facts = {
        alignment: next(),
        sameSector: next() < 0.5,
        crossBorder: next() < 0.5,
        sharedGroups: Math.floor(next() * 5),
        distance: [null, 2, 3][Math.floor(next() * 3)] ?? null,
      };
      expect(
        partnerScoreOf(facts.alignment, facts.sameSector, facts.crossBorder, facts.sharedGroups, facts.distance),
      ).toBe(partnerScore(partnerComponents(facts)));
    }
  });
});

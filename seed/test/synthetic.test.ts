import { isDeepStrictEqual } from 'node:util';

import { ACTIVITY_TYPES } from '@reform-atlas/vocabulary';

import { type SeedDataset, batches, generateSyntheticDataset, illustrativeDataset, validateDataset } from '../src';

const NON_ASCII_SCRIPT = /[\u1780-\u17FF\u0E80-\u0EFF\u1000-\u109F\u0E00-\u0E7F]/;
const hasVietnameseDiacritics = (text: string): boolean =>
  /[đĐ]/.test(text) || text.normalize('NFD') !== text.normalize('NFD').replace(/\p{M}/gu, '');

describe('generateSyntheticDataset', () => {
  let d: SeedDataset;
  beforeAll(() => {
    d = generateSyntheticDataset({ actors: 2000 });
  });

  // Datasets are compared with isDeepStrictEqual rather than toEqual: on failure Jest would try to
  // print a diff of two 1,000-actor datasets, which takes minutes.
  const same = (a: SeedDataset, b: SeedDataset): boolean => isDeepStrictEqual(a, b);

  it('is deterministic for the same seed', () => {
    expect(same(generateSyntheticDataset({ actors: 1000 }), generateSyntheticDataset({ actors: 1000 }))).toBe(true);
    expect(
      same(generateSyntheticDataset({ actors: 1000, seed: 7 }), generateSyntheticDataset({ actors: 1000, seed: 7 })),
    ).toBe(true);
  });

  it('differs for a different seed', () => {
    const a = generateSyntheticDataset({ actors: 1000, seed: 1 });
    const b = generateSyntheticDataset({ actors: 1000, seed: 2 });
    const c = generateSyntheticDataset({ actors: 1000 });
    expect(same(a, b)).toBe(false);
    expect(same(a, c)).toBe(false);
    // Not merely a permutation of the same records: most actors differ field by field.
    const differing = a.actors.filter(
      (actor, i) => actor.name !== b.actors[i]?.name || actor.sector !== b.actors[i]?.sector,
    );
    expect(differing.length).toBeGreaterThan(500);
  });

  it('is a valid dataset', () => {
    expect(validateDataset(d).slice(0, 10)).toEqual([]);
  });

  it('reuses the illustrative countries and themes and is labelled as synthetic', () => {
    expect(d.label).toBe('Synthetic data — generated for tests and benchmarks');
    expect(d.countries).toEqual(illustrativeDataset.countries);
    expect(d.themes).toEqual(illustrativeDataset.themes);
  });

  it('prefixes every id with syn- so it never collides with the illustrative data', () => {
    for (const a of d.actors) expect(a.id).toMatch(/^syn-a-\d{6}$/);
    for (const g of d.groups) expect(g.id).toMatch(/^syn-g-\d{4}$/);
    for (const a of d.activities) expect(a.id).toMatch(/^syn-act-\d{4}$/);
    const illustrativeIds = new Set([
      ...illustrativeDataset.actors.map((a) => a.id),
      ...illustrativeDataset.groups.map((g) => g.id),
      ...illustrativeDataset.activities.map((a) => a.id),
    ]);
    const merged: SeedDataset = {
      ...illustrativeDataset,
      groups: [...illustrativeDataset.groups, ...d.groups],
      actors: [...illustrativeDataset.actors, ...d.actors],
      collaborations: [...illustrativeDataset.collaborations, ...d.collaborations],
      activities: [...illustrativeDataset.activities, ...d.activities],
    };
    expect([...d.actors, ...d.groups, ...d.activities].filter((x) => illustrativeIds.has(x.id))).toEqual([]);
    expect(validateDataset(merged).slice(0, 10)).toEqual([]);
  });

  it('has the requested number of actors and about max(12, n/100) groups of both kinds', () => {
    expect(d.actors).toHaveLength(2000);
    expect(d.groups).toHaveLength(20);
    expect(d.groups.filter((g) => g.kind === 'NETWORK')).toHaveLength(10);
    expect(d.groups.filter((g) => g.kind === 'COALITION')).toHaveLength(10);
    expect(generateSyntheticDataset({ actors: 300 }).groups).toHaveLength(12);
    for (const g of d.groups) {
      expect(g.activeIn.length).toBeGreaterThanOrEqual(1);
      expect(g.focusThemes.length).toBeGreaterThanOrEqual(2);
    }
  });

  it('gives actors ~10 interests, 0–3 memberships, one base and 1–3 countries of operation', () => {
    const interestCounts = d.actors.map((a) => a.interests.length);
    const mean = interestCounts.reduce((s, n) => s + n, 0) / d.actors.length;
    expect(mean).toBeGreaterThan(9);
    expect(mean).toBeLessThan(11);
    const membershipCounts = new Set<number>();
    for (const a of d.actors) {
      expect(a.memberships.length).toBeLessThanOrEqual(3);
      membershipCounts.add(a.memberships.length);
      expect(a.operatesIn).toContain(a.basedIn);
      expect(a.operatesIn.length).toBeGreaterThanOrEqual(1);
      expect(a.operatesIn.length).toBeLessThanOrEqual(3);
    }
    expect(membershipCounts).toEqual(new Set([0, 1, 2, 3]));
  });

  it('skews theme popularity: some themes common, some rare', () => {
    const counts = new Map<string, number>();
    for (const a of d.actors) for (const i of a.interests) counts.set(i.theme, (counts.get(i.theme) ?? 0) + 1);
    const values = [...counts.values()];
    expect(counts.size).toBe(d.themes.length);
    expect(Math.max(...values)).toBeGreaterThan(0.95 * d.actors.length);
    expect(Math.min(...values)).toBeLessThan(0.25 * d.actors.length);
  });

  it('correlates positions with sectors', () => {
    const share = (sector: string, theme: string, position: string): number => {
      const interests = d.actors
        .filter((a) => a.sector === sector)
        .flatMap((a) => a.interests.filter((i) => i.theme === theme));
      return interests.filter((i) => i.position === position).length / interests.length;
    };
    expect(share('PRIVATE_SECTOR', 'economic-land-concessions', 'OPPOSES')).toBeGreaterThan(0.4);
    expect(share('CIVIL_SOCIETY', 'economic-land-concessions', 'OPPOSES')).toBeLessThan(0.1);
    expect(share('CIVIL_SOCIETY', 'community-forestry', 'SUPPORTS')).toBeGreaterThan(0.7);
    expect(share('PRIVATE_SECTOR', 'smallholder-investment', 'SUPPORTS')).toBeGreaterThan(0.6);
  });

  it('has ~5 collaborations per actor, unique pairs, biased to the same country', () => {
    expect(d.collaborations).toHaveLength(5 * 2000);
    const basedIn = new Map(d.actors.map((a) => [a.id, a.basedIn]));
    const sameCountry = d.collaborations.filter((c) => basedIn.get(c.from) === basedIn.get(c.to)).length;
    expect(sameCountry / d.collaborations.length).toBeGreaterThan(0.6);
    expect(sameCountry / d.collaborations.length).toBeLessThan(0.95);
    const degree = new Map<string, number>();
    for (const c of d.collaborations) {
      degree.set(c.from, (degree.get(c.from) ?? 0) + 1);
      degree.set(c.to, (degree.get(c.to) ?? 0) + 1);
    }
    expect([...degree.values()].reduce((s, n) => s + n, 0) / d.actors.length).toBeCloseTo(10, 5);
    expect(degree.size).toBeGreaterThan(0.98 * d.actors.length);
  });

  it('marks about 1% of actors sensitive', () => {
    const sensitive = d.actors.filter((a) => a.sensitive).length;
    expect(sensitive).toBeGreaterThanOrEqual(5);
    expect(sensitive).toBeLessThanOrEqual(50);
  });

  it('has about n/200 activities of every type with 3–10 participants', () => {
    expect(d.activities).toHaveLength(10);
    expect(new Set(generateSyntheticDataset({ actors: 1600 }).activities.map((a) => a.type))).toEqual(
      new Set(ACTIVITY_TYPES),
    );
    for (const activity of d.activities) {
      expect(activity.participants.length).toBeGreaterThanOrEqual(3);
      expect(activity.participants.length).toBeLessThanOrEqual(10);
      expect(activity.date >= '2015-01-01' && activity.date <= '2016-12-31').toBe(true);
    }
  });

  it('uses local scripts and Vietnamese diacritics in some names', () => {
    expect(d.actors.filter((a) => a.altNames.some((n) => NON_ASCII_SCRIPT.test(n))).length).toBeGreaterThan(100);
    expect(d.actors.filter((a) => a.basedIn === 'VN' && hasVietnameseDiacritics(a.name)).length).toBeGreaterThan(50);
    expect(new Set(d.actors.map((a) => a.name)).size).toBe(d.actors.length);
  });

  it('dates actors and links across 2014-2022 (issue 17), ending about one tie in ten', () => {
    const inProgramme = (day: string | undefined): boolean =>
      day !== undefined && /^\d{4}-\d{2}-\d{2}$/.test(day) && day >= '2014-01-01' && day <= '2022-12-31';
    const dated = d.actors.filter((a) => a.validFrom !== undefined);
    expect(dated.length / d.actors.length).toBeGreaterThan(0.85);
    expect(dated.length).toBeLessThan(d.actors.length);
    expect(dated.filter((a) => !inProgramme(a.validFrom))).toEqual([]);
    expect(new Set(dated.map((a) => a.validFrom?.slice(0, 4)))).toEqual(
      new Set(['2014', '2015', '2016', '2017', '2018', '2019', '2020', '2021', '2022']),
    );

    const actorFrom = new Map(d.actors.map((a) => [a.id, a.validFrom ?? '']));
    const memberships = d.actors.flatMap((a) => a.memberships.map((m) => ({ ...m, ends: [a.id] })));
    const collaborations = d.collaborations.map((c) => ({ ...c, ends: [c.from, c.to] }));
    for (const ties of [memberships, collaborations]) {
      // A tie begins once its actors are on the map, and ends (its last day) after the day it began.
      const broken = ties.filter(
        (tie) =>
          !inProgramme(tie.validFrom) ||
          tie.ends.some((end) => (tie.validFrom ?? '') < (actorFrom.get(end) ?? '')) ||
          (tie.validTo !== undefined && !(inProgramme(tie.validTo) && tie.validTo > (tie.validFrom ?? ''))),
      );
      expect(broken.slice(0, 3)).toEqual([]);
      const ended = ties.filter((tie) => tie.validTo !== undefined).length / ties.length;
      expect(ended).toBeGreaterThan(0.07);
      expect(ended).toBeLessThan(0.13);
    }
    for (const activity of d.activities) {
      expect(activity.participants.filter((p) => p.validFrom !== activity.date)).toEqual([]);
    }
  });

  it('keeps the position history of each interest: oldest first, from its validFrom to its current position', () => {
    const interests = d.actors.flatMap((a) => a.interests.map((i) => ({ ...i, actorFrom: a.validFrom ?? '' })));
    // Checked as one list of the interests that break a rule (an expect per interest takes seconds for 20k).
    const broken = interests.filter((interest) => {
      const history = interest.history ?? [];
      const [first, second] = history;
      const validFrom = interest.validFrom ?? '';
      if (!first || history.length > 2 || validFrom < interest.actorFrom || first.from !== validFrom) return true;
      if (history.at(-1)?.position !== interest.position) return true;
      if (history.some((e) => e.source.length === 0 || !['LOW', 'MEDIUM', 'HIGH'].includes(e.confidence))) return true;
      if (second)
        return !(second.from > first.from && second.from <= '2022-12-31' && first.position !== second.position);
      return !isDeepStrictEqual(first, {
        position: interest.position,
        from: validFrom,
        source: interest.source,
        confidence: interest.confidence,
      });
    });
    expect(broken.slice(0, 3)).toEqual([]);
    const shifted = interests.filter((interest) => interest.history?.length === 2).length / interests.length;
    expect(shifted).toBeGreaterThan(0.08);
    expect(shifted).toBeLessThan(0.12);
  });

  it('handles tiny and empty datasets', () => {
    const empty = generateSyntheticDataset({ actors: 0 });
    expect(empty.actors).toEqual([]);
    expect(empty.collaborations).toEqual([]);
    expect(empty.activities).toEqual([]);
    expect(validateDataset(empty)).toEqual([]);
    const two = generateSyntheticDataset({ actors: 2 });
    expect(two.collaborations).toHaveLength(1);
    const five = generateSyntheticDataset({ actors: 5 });
    expect(five.collaborations).toHaveLength(10);
    expect(validateDataset(five)).toEqual([]);
    expect(() => generateSyntheticDataset({ actors: -1 })).toThrow(RangeError);
    expect(() => generateSyntheticDataset({ actors: 1.5 })).toThrow(RangeError);
  });
});

describe('batches', () => {
  it('splits a list into consecutive slices', () => {
    expect([...batches([1, 2, 3, 4, 5], 2)]).toEqual([[1, 2], [3, 4], [5]]);
    expect([...batches([], 3)]).toEqual([]);
    expect(() => [...batches([1], 0)]).toThrow(RangeError);
  });
});

import { type SeedDataset, illustrativeDataset, isIsoDate, validateDataset } from '../src';

/** A deep copy of the illustrative dataset to break. */
const copy = (): SeedDataset => structuredClone(illustrativeDataset);

describe('validateDataset', () => {
  it('accepts a valid dataset', () => {
    expect(validateDataset(copy())).toEqual([]);
  });

  it('reports unknown references', () => {
    const d = copy();
    const [first, second] = d.actors;
    if (!first || !second) throw new Error('expected actors');
    first.interests.push({ ...first.interests[0]!, theme: 'no-such-theme' });
    first.memberships.push({ ...first.memberships[0]!, group: 'no-such-group' });
    second.basedIn = 'XX' as never;
    d.collaborations.push({ ...d.collaborations[0]!, from: first.id, to: 'no-such-actor' });
    d.activities[0]!.participants.push({ ...d.activities[0]!.participants[0]!, actor: 'ghost' });
    d.groups[0]!.focusThemes.push('missing-theme');
    const problems = validateDataset(d);
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringContaining('unknown theme "no-such-theme"'),
        expect.stringContaining('unknown group "no-such-group"'),
        expect.stringContaining('unknown country "XX"'),
        expect.stringContaining('unknown actor "no-such-actor"'),
        expect.stringContaining('unknown actor "ghost"'),
        expect.stringContaining('unknown theme "missing-theme"'),
      ]),
    );
  });

  it('reports duplicate ids, self collaborations and duplicate pairs in either direction', () => {
    const d = copy();
    d.actors.push({ ...d.actors[0]! });
    d.groups.push({ ...d.groups[0]! });
    d.themes.push({ ...d.themes[0]! });
    d.activities.push({ ...d.activities[0]! });
    const existing = d.collaborations[0]!;
    d.collaborations.push({ ...existing, from: existing.to, to: existing.from });
    d.collaborations.push({ ...existing, to: existing.from });
    const problems = validateDataset(d);
    expect(problems).toEqual(
      expect.arrayContaining([
        `actor ${d.actors[0]!.id}: duplicate id`,
        `group ${d.groups[0]!.id}: duplicate id`,
        `theme ${d.themes[0]!.id}: duplicate id`,
        `activity ${d.activities[0]!.id}: duplicate id`,
        expect.stringMatching(/duplicate pair$/),
        expect.stringMatching(/self collaboration$/),
      ]),
    );
  });

  it('reports out-of-range numbers and bad dates', () => {
    const d = copy();
    const actor = d.actors[0]!;
    actor.influence = 6;
    actor.interests[0]!.priority = 0;
    actor.interests[1]!.recordedAt = '2015-02-30';
    d.actors[1]!.influence = 2.5;
    d.activities[0]!.date = '15 March 2016';
    d.collaborations[0]!.confidence = 'SURE' as never;
    const problems = validateDataset(d);
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringContaining('influence 6 outside 1–5'),
        expect.stringContaining('influence 2.5 outside 1–5'),
        expect.stringContaining('priority 0 outside 1–3'),
        expect.stringContaining('recordedAt "2015-02-30" is not an ISO date'),
        expect.stringContaining('date "15 March 2016" is not an ISO date'),
        expect.stringContaining('unknown confidence "SURE"'),
      ]),
    );
    expect(problems).toHaveLength(6);
  });

  it('reports bad validity, backwards links, phases and position histories out of order', () => {
    const d = copy();
    const actor = d.actors[0]!;
    actor.validFrom = '2019-02-30';
    actor.memberships[0]!.validTo = '1999-12-31';
    d.collaborations[0]!.validFrom = 'soon';
    const interest = actor.interests[0]!;
    const start = interest.validFrom!;
    interest.history = [
      { position: 'UNKNOWN', from: '2013-01-01', source: 'A record', confidence: 'LOW' },
      { position: 'MIXED', from: '2012-06-01', source: 'Another record', confidence: 'MEDIUM' },
    ];
    actor.interests[1]!.history = [];
    d.phases = [
      { id: 'p1', name: 'Phase I', start: '2014-04-01', end: '2014-03-31', description: '' },
      { id: 'p1', name: 'Phase I again', start: '2014-04-31', description: '' },
    ];
    const problems = validateDataset(d);
    expect(problems).toEqual(
      expect.arrayContaining([
        `actor ${actor.id}: validFrom "2019-02-30" is not an ISO date`,
        expect.stringMatching(/membership .*: validTo 1999-12-31 is before validFrom \d{4}-\d{2}-\d{2}$/),
        expect.stringMatching(/collaboration #0 .*: validFrom "soon" is not an ISO date$/),
        expect.stringMatching(/history #1: from 2012-06-01 is not after the previous entry's 2013-01-01$/),
        expect.stringMatching(`history ends on MIXED, the interest holds ${interest.position}$`),
        expect.stringMatching(`history starts on 2013-01-01, the interest on ${start}$`),
        expect.stringMatching(/: empty position history$/),
        'phase p1: end 2014-03-31 is before start 2014-04-01',
        'phase p1: duplicate id',
        'phase p1: start "2014-04-31" is not an ISO date',
      ]),
    );
    expect(problems).toHaveLength(10);
  });
});

describe('isIsoDate', () => {
  it('accepts real calendar dates only', () => {
    expect(isIsoDate('2016-02-29')).toBe(true);
    expect(isIsoDate('2015-02-29')).toBe(false);
    expect(isIsoDate('2015-13-01')).toBe(false);
    expect(isIsoDate('2015-1-01')).toBe(false);
    expect(isIsoDate('2015-01-01T00:00:00Z')).toBe(false);
  });
});

import { activityStart, dayAt, fractionOf, phaseBands, phaseOn, programmeRange } from '../src/core/time/axis';
import { addDays, describeDay, isIsoDate, today } from '../src/core/time/dates';
import {
  classifyChanges,
  describeValidity,
  ghostElements,
  holdsOn,
  interestEdgeId,
  type ChangeNode,
  type MapChangesLike,
  type TieChangeLike,
} from '../src/core/time/mapChanges';
import { advance, nextStep, playStart } from '../src/core/time/playback';
import { decodeTime, encodeTime, setAsOf, withTime } from '../src/core/time/timeState';
import { validateValidity, validityInput } from '../src/core/time/validity';
import { decodeViewState, encodeViewState } from '../src/core/url/urlState';

const phases = [
  { id: 'p1', name: 'Phase I', start: '2014-01-01', end: '2016-12-31' },
  { id: 'p2', name: 'Phase II', start: '2017-01-01', end: '2019-12-31' },
  { id: 'p3', name: 'Phase III', start: '2020-01-01', end: '2022-12-31' },
];
const activities = [
  { id: 'a1', name: 'ການຝຶກອົບຮົມ', type: 'TRAINING', date: '2015-03-10', endDate: '2015-03-12' },
  { id: 'rc', name: 'Regional consultation', type: 'CONSULTATION', date: '2019-06-03', endDate: '2019-06-05' },
];

describe('days', () => {
  it('accepts real calendar days only', () => {
    expect(isIsoDate('2019-06-03')).toBe(true);
    expect(isIsoDate('2019-02-29')).toBe(false);
    expect(isIsoDate('2020-02-29')).toBe(true);
    expect(isIsoDate('2019-6-3')).toBe(false);
    expect(isIsoDate('')).toBe(false);
  });
  it('steps days across months and years in UTC', () => {
    expect(addDays('2019-12-31', 1)).toBe('2020-01-01');
    expect(addDays('2020-03-01', -1)).toBe('2020-02-29');
    expect(describeDay('2019-06-03')).toBe('3 Jun 2019');
    expect(today(new Date(2026, 11, 7, 23, 30))).toBe('2026-12-07');
  });
});

describe('playing the timeline', () => {
  it('steps to the first day of the next month or quarter', () => {
    expect(nextStep('2019-02-14', 'month')).toBe('2019-03-01');
    expect(nextStep('2019-12-01', 'month')).toBe('2020-01-01');
    expect(nextStep('2019-02-14', 'quarter')).toBe('2019-04-01');
    expect(nextStep('2019-01-01', 'quarter')).toBe('2019-04-01');
    expect(nextStep('2019-11-30', 'quarter')).toBe('2020-01-01');
  });
  it('stops at the end of the range, landing on it exactly', () => {
    expect(advance('2022-10-01', 'quarter', '2022-12-31')).toBe('2022-12-31');
    expect(advance('2022-12-31', 'quarter', '2022-12-31')).toBeNull();
    const range = { start: '2014-01-01', end: '2022-12-31' };
    let day: string | null = playStart('2015-01-01', range);
    const seen: string[] = [];
    while (day) {
      seen.push(day);
      day = advance(day, 'quarter', range.end);
    }
    expect(seen[1]).toBe('2015-04-01');
    expect(seen.at(-1)).toBe('2022-12-31');
    expect(seen).toHaveLength(4 * 8 + 1);
  });
  it('replays from the start when the slider is at the end or at today', () => {
    const range = { start: '2014-01-01', end: '2022-12-31' };
    expect(playStart(null, range)).toBe('2014-01-01');
    expect(playStart('2022-12-31', range)).toBe('2014-01-01');
    expect(playStart('2018-05-02', range)).toBe('2018-05-02');
  });
});

describe('the axis', () => {
  it('spans the programme’s whole years', () => {
    const range = programmeRange(phases, activities, '2026-12-07');
    expect(range).toEqual({
      start: '2014-01-01',
      end: '2022-12-31',
      years: [2014, 2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022],
    });
    // A phase still running reaches today.
    expect(programmeRange([{ ...phases[0]!, end: null }], [], '2026-12-07').end).toBe('2026-12-07');
    expect(programmeRange([], [], '2026-12-07').years).toEqual([2022, 2023, 2024, 2025, 2026]);
  });
  it('places days, bands and back again', () => {
    const range = programmeRange(phases, activities, '2026-12-07');
    expect(fractionOf('2014-01-01', range)).toBe(0);
    expect(fractionOf('2022-12-31', range)).toBe(1);
    expect(fractionOf('2030-01-01', range)).toBe(1);
    expect(dayAt(fractionOf('2019-06-03', range), range)).toBe('2019-06-03');
    const bands = phaseBands(phases, range);
    expect(bands.map((b) => b.name)).toEqual(['Phase I', 'Phase II', 'Phase III']);
    expect(bands[0]!.left).toBe(0);
    expect(bands[2]!.left + bands[2]!.width).toBe(1);
    expect(phaseOn(phases, '2019-06-03')?.name).toBe('Phase II');
    expect(activityStart(activities, 'rc')).toBe('2019-06-03');
  });
});

describe('the time view in the URL', () => {
  it('reads asof and since, dropping impossible days and a since after asof', () => {
    expect(decodeTime(new URLSearchParams('asof=2019-06-03&since=2017-01-01'))).toEqual({
      asOf: '2019-06-03',
      since: '2017-01-01',
    });
    expect(decodeTime(new URLSearchParams('asof=2019-02-30'))).toEqual({ asOf: null, since: null });
    expect(decodeTime(new URLSearchParams('asof=2016-01-01&since=2019-01-01'))).toEqual({
      asOf: '2016-01-01',
      since: null,
    });
    const params = new URLSearchParams();
    encodeTime({ asOf: '2019-06-03', since: null }, params);
    expect(params.toString()).toBe('asof=2019-06-03');
    expect(withTime('?page=matrix&asof=2015-01-01', { asOf: null, since: '2019-06-03' })).toBe(
      'page=matrix&since=2019-06-03',
    );
    expect(setAsOf({ asOf: '2020-01-01', since: '2019-06-03' }, '2018-01-01')).toEqual({
      asOf: '2018-01-01',
      since: null,
    });
  });
  it('round-trips with the rest of the explorer’s view', () => {
    const view = decodeViewState('?country=KH&asof=2019-06-03&since=2017-01-01&sel=actor:x');
    expect(view.time).toEqual({ asOf: '2019-06-03', since: '2017-01-01' });
    expect(encodeViewState(view)).toBe('country=KH&sel=actor%3Ax&asof=2019-06-03&since=2017-01-01');
    expect(encodeViewState(decodeViewState(''))).toBe('');
  });
});

const node = (id: string, kind = 'ACTOR'): ChangeNode => ({ id, kind, name: id });
const tie = (kind: TieChangeLike['kind'], s: string, t: string, extra: Partial<TieChangeLike> = {}): TieChangeLike => ({
  edgeId: `${kind}:${s}:${t}`,
  kind,
  source: node(s),
  target: node(t, t.split(':')[0]!.toUpperCase()),
  label: null,
  validFrom: null,
  validTo: null,
  ...extra,
});

describe('the diff on the map', () => {
  const changes: MapChangesLike = {
    from: '2019-06-03',
    to: '2022-12-31',
    newTies: [tie('COLLABORATES_WITH', 'actor:a', 'actor:b', { validFrom: '2020-02-01' })],
    endedTies: [
      tie('MEMBER_OF', 'actor:a', 'group:n', { validTo: '2020-12-31' }),
      tie('COLLABORATES_WITH', 'actor:c', 'actor:gone', { validTo: '2021-01-01' }),
      tie('COLLABORATES_WITH', 'actor:far', 'actor:away', { validTo: '2021-01-01' }),
    ],
    newActors: [{ actor: node('actor:b'), validFrom: '2020-01-01' }],
    positionShifts: [
      {
        actor: node('actor:a'),
        theme: node('theme:land', 'THEME'),
        before: 'UNKNOWN',
        after: 'SUPPORTS',
        on: '2021-03-01',
      },
    ],
  };
  const drawn = new Set(['actor:a', 'actor:b', 'actor:c', 'group:n']);

  it('draws an ended tie as a ghost when one end is drawn, and the missing end as a ghost node', () => {
    const ghosts = ghostElements(changes, drawn, new Set(), (t) => ({ id: t.edgeId }));
    expect(ghosts.edges.map((e) => e.id)).toEqual([
      'MEMBER_OF:actor:a:group:n',
      'COLLABORATES_WITH:actor:c:actor:gone',
    ]);
    expect(ghosts.nodes.map((n) => n.id)).toEqual(['actor:gone']);
    // A tie already drawn is not added twice.
    expect(
      ghostElements(changes, drawn, new Set(['MEMBER_OF:actor:a:group:n']), (t) => ({ id: t.edgeId })).edges,
    ).toHaveLength(1);
  });

  it('classifies new, ended and shifted elements', () => {
    const ghosts = ghostElements(changes, drawn, new Set(), (t) => ({ id: t.edgeId }));
    const classes = classifyChanges(changes, ghosts);
    expect([...classes.added].sort()).toEqual(['COLLABORATES_WITH:actor:a:actor:b', 'actor:b']);
    expect(classes.ghosts.has('actor:gone')).toBe(true);
    expect(classes.ghosts.has('MEMBER_OF:actor:a:group:n')).toBe(true);
    expect(classes.shifted).toEqual(new Set(['actor:a', interestEdgeId('actor:a', 'theme:land')]));
    expect(interestEdgeId('actor:a', 'theme:land')).toBe('INTERESTED_IN:actor:a:theme:land');
    expect(classifyChanges(null, null).added.size).toBe(0);
  });

  it('says when a tie holds and how long', () => {
    const t = { validFrom: '2016-01-01', validTo: '2020-12-31' };
    expect(holdsOn(t, '2015-12-31')).toBe(false);
    expect(holdsOn(t, '2016-01-01')).toBe(true);
    expect(holdsOn(t, '2020-12-31')).toBe(true);
    expect(holdsOn(t, '2021-01-01')).toBe(false);
    expect(holdsOn({ validFrom: null, validTo: null }, '1990-01-01')).toBe(true);
    expect(describeValidity('2016-01-01', null)).toBe('from 2016-01-01');
    expect(describeValidity(null, null)).toBeNull();
  });
});

describe('validity fields', () => {
  it('names every problem at once', () => {
    expect(validateValidity({ validFrom: '2019-13-01', validTo: 'soon' })).toEqual({
      validFrom: 'From: 2019-13-01 is not a day of the calendar.',
      validTo: 'To: write the day as YYYY-MM-DD (for example 2019-06-03).',
    });
    expect(validateValidity({ validFrom: '2020-01-01', validTo: '2019-01-01' }).validTo).toMatch(/before/);
    expect(validateValidity({ validFrom: '', validTo: '' })).toEqual({});
    expect(validityInput({ validFrom: ' 2019-06-03 ', validTo: '' })).toEqual({
      validFrom: '2019-06-03',
      validTo: null,
    });
  });
});

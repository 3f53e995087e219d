import { checkActivity } from '../src/components/activities/ActivityForm';
import { participantInput } from '../src/components/activities/ParticipantEditor';
import { suggestionRole } from '../src/components/activities/SuggestedParticipants';
import { legendContent } from '../src/components/Legend';
import {
  activityFormFrom,
  activityInputFrom,
  activityPatchFrom,
  dayRange,
  decodeActivityFilter,
  EMPTY_ACTIVITY_FORM,
  encodeActivityState,
  groupByMonth,
  groupParticipants,
  monthLabel,
  NO_ACTIVITY_FILTER,
  selectedActivityOf,
  toActivityFilter,
  toReachScope,
} from '../src/core/activities/activityState';
import { glyphPoints, ACTIVITY_GLYPHS } from '../src/core/activities/glyphs';
import { legendEntries } from '../src/core/export/legend';
import { shapePath } from '../src/core/export/shapes';
import { ACTIVITY_ENCODING, ACTIVITY_TYPES, SECTOR_ENCODING } from '../src/core/vocabulary';

describe('activity filters in the URL', () => {
  test('round trip, other keys kept, defaults left out', () => {
    const filter = {
      ...NO_ACTIVITY_FILTER,
      types: ['TRAINING' as const],
      countries: ['LA'],
      themes: ['forest'],
      statuses: ['HELD' as const],
      participant: 'fvc',
      from: '2026-01-01',
      to: '2026-03-31',
    };
    const search = encodeActivityState(filter, 'act-1', 'page=activities&country=KH');
    const p = new URLSearchParams(search);
    expect(p.get('page')).toBe('activities');
    expect(p.get('country')).toBe('KH');
    expect(decodeActivityFilter(search)).toEqual(filter);
    expect(selectedActivityOf(search)).toBe('act-1');
    expect(encodeActivityState(NO_ACTIVITY_FILTER, null, search)).toBe('page=activities&country=KH');
  });

  test('unknown types, statuses and malformed days are dropped', () => {
    const f = decodeActivityFilter('?atype=TRAINING,PICNIC&astatus=DONE,PLANNED&afrom=yesterday&ato=2026-02-30');
    expect(f.types).toEqual(['TRAINING']);
    expect(f.statuses).toEqual(['PLANNED']);
    expect(f.from).toBe('');
    expect(f.to).toBe('2026-02-30');
  });

  test('the API filter and the reach scope hold only what is set', () => {
    expect(toActivityFilter(NO_ACTIVITY_FILTER)).toBeNull();
    expect(toReachScope(NO_ACTIVITY_FILTER)).toBeNull();
    const f = {
      ...NO_ACTIVITY_FILTER,
      countries: ['LA'],
      participant: 'fvc',
      statuses: ['HELD' as const],
      from: '2026-01-01',
    };
    expect(toActivityFilter(f)).toEqual({
      countries: ['LA'],
      participants: ['fvc'],
      statuses: ['HELD'],
      from: '2026-01-01',
    });
    // Reach counts held activities whatever the status filter, and is about everyone, not one participant.
    expect(toReachScope(f)).toEqual({ countries: ['LA'], from: '2026-01-01' });
  });
});

describe('the list by month', () => {
  test('groups in the order given, undated last as found', () => {
    const groups = groupByMonth([
      { id: 'a', date: '2026-03-14' },
      { id: 'b', date: '2026-03-02' },
      { id: 'c', date: '2026-01-20' },
      { id: 'd', date: null },
    ]);
    expect(groups.map((g) => [g.key, g.label, g.items.map((i) => i.id)])).toEqual([
      ['2026-03', 'March 2026', ['a', 'b']],
      ['2026-01', 'January 2026', ['c']],
      ['', 'Date not recorded', ['d']],
    ]);
    expect(monthLabel('2026-13')).toBe('Date not recorded');
  });

  test('days in words', () => {
    expect(dayRange('2026-03-05', null)).toBe('5 March 2026');
    expect(dayRange('2026-03-05', '2026-03-05')).toBe('5 March 2026');
    expect(dayRange('2026-03-12', '2026-03-14')).toBe('12–14 March 2026');
    expect(dayRange('2026-02-28', '2026-03-02')).toBe('28 February – 2 March 2026');
    expect(dayRange('2025-12-30', '2026-01-02')).toBe('30 December 2025 – 2 January 2026');
    expect(dayRange(null, null)).toBe('no date');
  });
});

describe('participants by sector and by country', () => {
  const people = [
    { actor: { id: 'u', name: 'Uni', sector: 'RESEARCH' as const }, country: { id: 'LA', name: 'Lao PDR' } },
    {
      actor: { id: 'f', name: 'Forest Voices', sector: 'CIVIL_SOCIETY' as const },
      country: { id: 'KH', name: 'Cambodia' },
    },
    { actor: { id: 'm', name: 'Ministry', sector: 'GOVERNMENT' as const }, country: { id: 'LA', name: 'Lao PDR' } },
    { actor: { id: 'a', name: 'Alliance', sector: 'CIVIL_SOCIETY' as const }, country: null },
  ];
  test('sectors in the vocabulary order, names sorted', () => {
    expect(groupParticipants(people, 'sector').map((g) => [g.label, g.items.map((p) => p.actor.id)])).toEqual([
      ['Civil society', ['a', 'f']],
      ['Government', ['m']],
      ['Research / academia', ['u']],
    ]);
  });
  test('countries, most participants first', () => {
    expect(groupParticipants(people, 'country').map((g) => [g.label, g.items.length])).toEqual([
      ['Lao PDR', 2],
      ['Cambodia', 1],
      ['No base country', 1],
    ]);
  });
});

describe('the activity form', () => {
  const record = {
    type: 'TRAINING' as const,
    name: 'ການຝຶກອົບຮົມ',
    date: '2026-03-05',
    endDate: '2026-03-05',
    status: 'PLANNED' as const,
    country: { id: 'LA' },
    themes: [{ id: 'forest' }],
    description: 'Two days.',
    outcomes: null,
  };
  test('a one-day activity has no last day in the form', () => {
    expect(activityFormFrom(record)).toEqual({
      type: 'TRAINING',
      name: 'ການຝຶກອົບຮົມ',
      date: '2026-03-05',
      endDate: '',
      status: 'PLANNED',
      country: 'LA',
      themes: ['forest'],
      description: 'Two days.',
      outcomes: '',
    });
  });
  test('a new activity sends what is set; empty optional fields are left out', () => {
    expect(
      activityInputFrom({
        ...EMPTY_ACTIVITY_FORM,
        type: 'TRAINING',
        name: ' Khmer ',
        date: '2026-03-05',
        country: 'KH',
      }),
    ).toEqual({ type: 'TRAINING', name: 'Khmer', date: '2026-03-05', country: 'KH', themes: [] });
  });
  test('an edit sends only what changed; an emptied description clears it', () => {
    const original = activityFormFrom(record);
    expect(activityPatchFrom(original, original)).toEqual({});
    expect(
      activityPatchFrom(original, { ...original, description: '', themes: [], status: 'HELD', endDate: '2026-03-06' }),
    ).toEqual({ description: '', themes: [], status: 'HELD', endDate: '2026-03-06' });
  });
  test('without a type, the other missing fields are named at once', () => {
    expect(checkActivity(EMPTY_ACTIVITY_FORM)).toEqual({
      type: 'Choose the kind of activity',
      name: 'Must not be empty',
      date: 'Must be a date',
      country: 'Choose where it is held',
    });
    expect(checkActivity({ ...EMPTY_ACTIVITY_FORM, type: 'TRAINING' })).toEqual({});
  });
});

describe('participants and invitations', () => {
  test('an empty source leaves the provenance to the API', () => {
    expect(
      participantInput('act', 'fvc', 'PARTICIPANT', {
        source: ' ',
        recordedAt: '',
        confidence: 'HIGH',
        sensitive: false,
      }),
    ).toEqual({ activityId: 'act', actorId: 'fvc', role: 'PARTICIPANT' });
    expect(
      participantInput('act', 'fvc', 'INVITED', {
        source: 'Invitation list',
        recordedAt: '2026-02-01',
        confidence: 'HIGH',
        sensitive: true,
      }),
    ).toEqual({
      activityId: 'act',
      actorId: 'fvc',
      role: 'INVITED',
      provenance: { source: 'Invitation list', recordedAt: '2026-02-01', confidence: 'HIGH' },
      sensitive: true,
    });
  });
  test('a planned activity invites, a held one records a participant', () => {
    expect(suggestionRole('PLANNED')).toBe('INVITED');
    expect(suggestionRole('HELD')).toBe('PARTICIPANT');
  });
});

describe('activity glyphs', () => {
  test('eight distinct glyphs, none a sector shape, every point inside the box', () => {
    const shapes = ACTIVITY_TYPES.map((t) => ACTIVITY_ENCODING[t].shape);
    expect(new Set(shapes).size).toBe(8);
    const sectorShapes = new Set<string>(Object.values(SECTOR_ENCODING).map((e) => e.shape));
    for (const s of shapes) expect(sectorShapes.has(s)).toBe(false);
    const outlines = new Set(ACTIVITY_TYPES.map((t) => ACTIVITY_GLYPHS[t].join(' ')));
    expect(outlines.size).toBe(8);
    for (const t of ACTIVITY_TYPES) {
      const pts = ACTIVITY_GLYPHS[t];
      expect(pts.length % 2).toBe(0);
      for (const n of pts) expect(Math.abs(n)).toBeLessThanOrEqual(1);
      // Each reaches the box's edges on both axes, so none reads smaller than the others at small sizes.
      const xs = pts.filter((_, i) => i % 2 === 0);
      const ys = pts.filter((_, i) => i % 2 === 1);
      expect(Math.max(...xs) - Math.min(...xs)).toBeGreaterThanOrEqual(1.5);
      expect(Math.max(...ys) - Math.min(...ys)).toBeGreaterThanOrEqual(1.5);
    }
  });

  test('the export draws the glyph by name and as the polygon Cytoscape drew', () => {
    const byName = shapePath('glyph:TRAINING', 0, 0, 20, 20);
    const captured = shapePath(`polygon:${ACTIVITY_GLYPHS.TRAINING.join(' ')}`, 0, 0, 20, 20);
    expect(byName).toBe(captured);
    expect(byName).toBe('M0,-10 L10,0.5 L3.6,0.5 L3.6,10 L-3.6,10 L-3.6,0.5 L-10,0.5 Z');
    expect(glyphPoints('polygon:1 2')).toBeNull();
    expect(glyphPoints('ellipse')).toBeNull();
  });

  test('the legends list each type drawn with its glyph, and the generic entry only without types', () => {
    const entries = legendEntries({
      sectors: new Set(),
      kinds: new Set(['ACTIVITY', 'ACTIVITY:TRAINING', 'ACTIVITY:LEARNING_VISIT']),
      relations: new Set(),
    });
    expect(entries.map((e) => e.type === 'node' && [e.label, e.shape])).toEqual([
      ['Learning visit', 'glyph:LEARNING_VISIT'],
      ['Training', 'glyph:TRAINING'],
    ]);
    const generic = legendEntries({ sectors: new Set(), kinds: new Set(['ACTIVITY']), relations: new Set() });
    expect(generic.map((e) => e.label)).toEqual(['Learning activity']);
    const page = legendContent({
      nodes: [
        { kind: 'ACTIVITY', activityType: 'TRAINING' },
        { kind: 'ACTOR', sector: 'RESEARCH' },
      ],
      edges: [],
    });
    expect([...(page.activityTypes ?? [])]).toEqual(['TRAINING']);
  });
});

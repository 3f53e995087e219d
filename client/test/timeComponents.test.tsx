import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { useState } from 'react';

import { ActorForm } from '../src/components/ActorForm';
import { RelationsEditor } from '../src/components/RelationsEditor';
import { ChangesPanel, FIRST_ROWS } from '../src/components/time/ChangesPanel';
import { PhasesDialog } from '../src/components/time/PhasesDialog';
import { PositionHistory, Validity } from '../src/components/time/TimeDetails';
import { TimelineBar } from '../src/components/time/TimelineBar';
import { usePlayback } from '../src/components/time/usePlayback';
import { programmeRange } from '../src/core/time/axis';
import { validatePhase } from '../src/core/time/phaseForm';
import { STEP_MS } from '../src/core/time/playback';
import { recogniseSince } from '../src/core/time/sinceChoice';
import { ApiError } from '../src/data/client';
import type {
  ActorDetailsFragment as ActorDetails,
  GraphNodeFragment as GraphNode,
} from '../src/data/generated/graphql';
import * as ops from '../src/data/operations';
import type { MapChanges, Phase, TimelineActivity } from '../src/data/time';

// The link editors call the operations module directly: its addMembership is replaced to see what is sent.
jest.mock('../src/data/operations', () => ({
  ...jest.requireActual<typeof import('../src/data/operations')>('../src/data/operations'),
  addMembership: jest.fn(),
}));

const phases: Phase[] = [
  { id: 'phase-1', name: 'Phase I', start: '2014-04-01', end: '2018-03-31', description: null },
  { id: 'phase-2', name: 'Phase II', start: '2018-04-01', end: '2022-12-31', description: null },
];
const activities: TimelineActivity[] = [
  {
    id: 'rc-2019',
    name: '2019 regional consultation',
    type: 'CONVENING_COLLABORATION',
    date: '2019-06-03',
    endDate: '2019-06-05',
  },
  { id: 'tr-2017', name: 'ການຝຶກອົບຮົມ', type: 'TRAINING', date: '2017-03-10', endDate: null },
];
const prov = { source: 'Annual consultation 2020', recordedAt: '2020-02-01', confidence: 'HIGH' as const };

function node(id: string, name: string, kind: GraphNode['kind'] = 'ACTOR', altNames: string[] = []): GraphNode {
  return {
    id,
    entityId: id.split(':')[1] ?? id,
    kind,
    label: name,
    name,
    acronym: null,
    altNames,
    sector: null,
    level: null,
    influence: null,
    country: null,
    activityType: null,
    sensitive: false,
  };
}

const khmer = node('actor:kh', 'Cambodian Forest Alliance', 'ACTOR', ['សម្ព័ន្ធព្រៃឈើ']);
const lao = node('actor:la', 'Lao Farmers Network', 'ACTOR', ['ເຄືອຂ່າຍຊາວກະສິກອນ']);
const theme = node('theme:land', 'Land tenure', 'THEME');

function changes(newTies = 2): MapChanges {
  return {
    from: '2019-06-03',
    to: '2022-12-31',
    newTies: Array.from({ length: newTies }, (_, i) => ({
      edgeId: `COLLABORATES_WITH:actor:kh:actor:n${i}`,
      kind: 'COLLABORATES_WITH' as const,
      source: khmer,
      target: node(`actor:n${i}`, `Partner ${i}`),
      label: 'JOINT_PROJECT',
      validFrom: '2020-02-01',
      validTo: null,
      provenance: prov,
    })),
    newTieCount: newTies + 3,
    endedTies: [
      {
        edgeId: 'MEMBER_OF:actor:la:group:net',
        kind: 'MEMBER_OF',
        source: lao,
        target: node('group:net', 'Mekong Network', 'NETWORK'),
        label: 'member',
        validFrom: '2015-01-01',
        validTo: '2020-12-31',
        provenance: prov,
      },
    ],
    endedTieCount: 1,
    newActors: [{ actor: khmer, validFrom: '2020-01-15' }],
    newActorCount: 1,
    positionShifts: [{ actor: lao, theme, before: 'UNKNOWN', after: 'SUPPORTS', on: '2021-03-01', provenance: prov }],
    positionShiftCount: 1,
    firstEngagements: [],
    firstEngagementCount: 0,
    truncated: true,
  };
}

describe('the timeline bar', () => {
  const range = programmeRange(phases, activities, '2026-12-07');
  const playback = { playing: false, play: jest.fn(), pause: jest.fn() };

  it('draws the phases as named bands and the activities as named ticks', () => {
    render(
      <TimelineBar
        range={range}
        phases={phases}
        activities={activities}
        asOf="2019-06-03"
        since={null}
        onAsOf={jest.fn()}
        onSince={jest.fn()}
        step="quarter"
        onStep={jest.fn()}
        playback={playback}
        busy={false}
        onChanges={jest.fn()}
      />,
    );
    expect(screen.getAllByTestId('timeline-phase').map((b) => b.textContent)).toEqual(['Phase I', 'Phase II']);
    expect(screen.getAllByTestId('timeline-activity').map((t) => t.getAttribute('title'))).toContain(
      '2019 regional consultation (3 Jun 2019)',
    );
    expect(screen.getByTestId('timeline-asof').textContent).toBe('3 Jun 2019');
    expect(screen.queryByTestId('timeline-phases')).toBeNull();
    fireEvent.click(screen.getByTestId('timeline-play'));
    expect(playback.play).toHaveBeenCalled();
  });

  it('takes a typed day on Enter and refuses an impossible one', () => {
    const onAsOf = jest.fn();
    render(
      <TimelineBar
        range={range}
        phases={phases}
        activities={activities}
        asOf={null}
        since={null}
        onAsOf={onAsOf}
        onSince={jest.fn()}
        step="quarter"
        onStep={jest.fn()}
        playback={playback}
        busy={false}
        onChanges={jest.fn()}
      />,
    );
    const field = screen.getByTestId('timeline-asof-field');
    fireEvent.focus(field);
    fireEvent.change(field, { target: { value: '2019-02-30' } });
    fireEvent.keyDown(field, { key: 'Enter' });
    expect(onAsOf).not.toHaveBeenCalled();
    expect(screen.getByRole('alert').textContent).toMatch(/YYYY-MM-DD/);
    fireEvent.change(field, { target: { value: '2019-06-03' } });
    fireEvent.keyDown(field, { key: 'Enter' });
    expect(onAsOf).toHaveBeenCalledWith('2019-06-03');
  });
});

function Player({ busy, log }: { busy: boolean; log: string[] }) {
  const [asOf, setAsOf] = useState<string | null>('2021-07-01');
  const p = usePlayback({
    asOf,
    range: { start: '2014-01-01', end: '2022-12-31' },
    step: 'quarter',
    busy,
    onAsOf: (d) => {
      log.push(d);
      setAsOf(d);
    },
  });
  return (
    <button type="button" onClick={p.playing ? p.pause : p.play}>
      {p.playing ? 'Pause' : 'Play'}
    </button>
  );
}

/** One act per step: React renders the new day (and schedules the next step) when each act ends. */
function wait(steps: number): void {
  for (let i = 0; i < steps; i += 1) act(() => jest.advanceTimersByTime(STEP_MS));
}

describe('Play', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('steps quarter by quarter while the map keeps up, waits while it is read, and Escape pauses', () => {
    const log: string[] = [];
    const { rerender } = render(<Player busy={false} log={log} />);
    fireEvent.click(screen.getByRole('button', { name: 'Play' }));
    wait(2);
    expect(log).toEqual(['2021-10-01', '2022-01-01']);
    rerender(<Player busy log={log} />);
    wait(5);
    expect(log).toHaveLength(2);
    rerender(<Player busy={false} log={log} />);
    wait(1);
    expect(log.at(-1)).toBe('2022-04-01');
    fireEvent.keyDown(document, { key: 'Escape' });
    wait(5);
    expect(log.at(-1)).toBe('2022-04-01');
    expect(screen.getByRole('button', { name: 'Play' })).toBeTruthy();
  });

  it('stops on the last day of the range', () => {
    const log: string[] = [];
    render(<Player busy={false} log={log} />);
    fireEvent.click(screen.getByRole('button', { name: 'Play' }));
    wait(20);
    expect(log).toEqual(['2021-10-01', '2022-01-01', '2022-04-01', '2022-07-01', '2022-10-01', '2022-12-31']);
    expect(screen.getByRole('button', { name: 'Play' })).toBeTruthy();
  });
});

describe('what changed since…', () => {
  it('recognises the comparison day as the activity or phase it came from', () => {
    expect(recogniseSince('2019-06-03', phases, activities)).toEqual({ kind: 'activity', id: 'rc-2019' });
    expect(recogniseSince('2018-04-01', phases, activities)).toEqual({ kind: 'phase', id: 'phase-2' });
    expect(recogniseSince('2016-01-01', phases, activities)).toEqual({ kind: 'date', id: '2016-01-01' });
  });

  it('lists each kind of change with its count, provenance and "N more", names intact', () => {
    const onPick = jest.fn();
    render(
      <ChangesPanel
        since="2019-06-03"
        asOf={null}
        phases={phases}
        activities={activities}
        changes={changes(FIRST_ROWS + 3)}
        loading={false}
        error={null}
        onSince={jest.fn()}
        onPick={onPick}
        onClose={jest.fn()}
      />,
    );
    expect(screen.getByTestId('changes-heading').textContent).toBe(
      'Since 2019 regional consultation (3 Jun 2019) to today',
    );
    const newTies = screen.getByTestId('changes-new-ties');
    expect(within(newTies).getByTestId('changes-new-ties-count').textContent).toBe(String(FIRST_ROWS + 6));
    expect(within(newTies).getAllByRole('button', { name: /Cambodian/ })).toHaveLength(FIRST_ROWS);
    fireEvent.click(within(newTies).getByTestId('changes-new-ties-more'));
    expect(within(newTies).getAllByRole('button', { name: /Cambodian/ })).toHaveLength(FIRST_ROWS + 3);
    expect(within(newTies).getByText('3 more not listed (narrow with the filters).')).toBeTruthy();
    expect(newTies.textContent).toContain('សម្ព័ន្ធព្រៃឈើ');
    expect(newTies.textContent).toContain('Annual consultation 2020, 2020-02-01');
    const shifts = screen.getByTestId('changes-shifts');
    expect(shifts.textContent).toContain('ເຄືອຂ່າຍຊາວກະສິກອນ');
    expect(shifts.textContent).toMatch(/unknown → supports/i);
    expect(shifts.textContent).toContain('2021-03-01');
    const ended = screen.getByTestId('changes-ended-ties');
    expect(ended.textContent).toContain('2015-01-01 – 2020-12-31');
    fireEvent.click(within(ended).getByRole('button'));
    expect(onPick).toHaveBeenCalledWith(lao);
  });

  it('offers the activities and phases to compare from', () => {
    const onSince = jest.fn();
    render(
      <ChangesPanel
        since={null}
        asOf={null}
        phases={phases}
        activities={activities}
        changes={null}
        loading={false}
        error={null}
        onSince={onSince}
        onPick={jest.fn()}
        onClose={jest.fn()}
      />,
    );
    fireEvent.change(screen.getByTestId('since-activity'), { target: { value: 'rc-2019' } });
    expect(onSince).toHaveBeenCalledWith('2019-06-03');
    fireEvent.click(screen.getByLabelText(/A phase/));
    fireEvent.change(screen.getByTestId('since-phase'), { target: { value: 'phase-2' } });
    expect(onSince).toHaveBeenLastCalledWith('2018-04-01');
  });
});

describe('the phases dialog', () => {
  it('names every invalid field at once and shows the server’s message by its field', async () => {
    expect(validatePhase({ name: '', start: '2018-13-01', end: '', description: '' })).toEqual({
      name: 'Name the phase (e.g. Phase II).',
      start: 'First day: 2018-13-01 is not a day of the calendar.',
    });
    const create = jest
      .fn()
      .mockRejectedValue(
        new ApiError([{ message: 'A phase named Phase II exists.', code: 'CONFLICT', field: 'input.name' }]),
      );
    render(<PhasesDialog phases={phases} create={create} update={jest.fn()} remove={jest.fn()} onClose={jest.fn()} />);
    fireEvent.click(screen.getByRole('button', { name: 'Add the phase' }));
    expect(screen.getAllByRole('alert').map((a) => a.textContent)).toEqual([
      'Name the phase (e.g. Phase II).',
      'First day: required (YYYY-MM-DD).',
    ]);
    fireEvent.change(screen.getByLabelText('Name'), { target: { value: 'Phase II' } });
    fireEvent.change(screen.getByLabelText('First day'), { target: { value: '2018-04-01' } });
    fireEvent.change(screen.getByLabelText('Last day (empty while it runs)'), { target: { value: '2017-01-01' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add the phase' }));
    expect(screen.getByRole('alert').textContent).toMatch(/before/);
    fireEvent.change(screen.getByLabelText('Last day (empty while it runs)'), { target: { value: '' } });
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Add the phase' }));
    });
    expect(create).toHaveBeenCalledWith({ name: 'Phase II', start: '2018-04-01', end: null, description: null });
    expect(screen.getByRole('alert').textContent).toBe('A phase named Phase II exists.');
  });
});

describe('time in an actor’s details', () => {
  it('lists a position’s history oldest first with its sources, and how long a tie held', () => {
    render(
      <>
        <Validity validFrom="2015-01-01" validTo="2020-12-31" />
        <PositionHistory
          history={[
            { position: 'UNKNOWN', from: '2016-05-01', source: 'Scoping study', confidence: 'LOW' },
            { position: 'MIXED', from: '2019-03-19', source: '2019 regional consultation', confidence: 'MEDIUM' },
            { position: 'SUPPORTS', from: '2021-06-01', source: 'Key informant interview', confidence: 'HIGH' },
          ]}
        />
      </>,
    );
    expect(screen.getByTestId('validity').textContent).toBe(' · 2015-01-01 – 2020-12-31 (ended)');
    const rows = within(screen.getByTestId('position-history'))
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(rows).toEqual([
      '2016-05-01 Unknown Scoping study · low confidence',
      '2019-03-19 Mixed 2019 regional consultation · medium confidence',
      '2021-06-01 Supports Key informant interview · high confidence',
    ]);
  });
});

describe('validity in the actor form and the link editors', () => {
  const actor: ActorDetails = {
    id: 'kfca',
    name: 'Khmer Forest Communities Alliance',
    altNames: ['សម្ព័ន្ធសហគមន៍ព្រៃឈើខ្មែរ'],
    acronym: 'KFCA',
    sector: 'CIVIL_SOCIETY',
    level: 'NATIONAL',
    influence: 3,
    description: null,
    website: null,
    sensitive: false,
    illustrative: true,
    updatedAt: '2015-01-01',
    version: 3,
    validFrom: '2012-05-01',
    validTo: null,
    basedIn: { id: 'KH', name: 'Cambodia' },
    countries: [],
    memberships: [],
    interests: [],
    collaborators: [],
    activities: [],
    sources: [],
  };

  it('the actor form names every bad day at once and sends nothing', () => {
    const update = jest.fn();
    render(
      <ActorForm
        actor={actor}
        countries={[{ id: 'KH', name: 'Cambodia', actorCount: 1 }]}
        create={jest.fn()}
        update={update}
        reload={jest.fn()}
        onDone={jest.fn()}
        onCancel={jest.fn()}
      />,
    );
    expect((screen.getByLabelText('On the map from') as HTMLInputElement).value).toBe('2012-05-01');
    fireEvent.change(screen.getByLabelText('On the map from'), { target: { value: '2012-02-30' } });
    fireEvent.change(screen.getByLabelText('On the map until (empty while active)'), { target: { value: 'later' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(screen.getAllByRole('alert').map((a) => a.textContent)).toEqual([
      'On the map from: 2012-02-30 is not a day of the calendar.',
      'On the map until: write the day as YYYY-MM-DD (for example 2019-06-03).',
    ]);
    expect(update).not.toHaveBeenCalled();
  });

  it('the actor form sends the days it was given', async () => {
    const update = jest.fn().mockResolvedValue(actor);
    render(
      <ActorForm
        actor={actor}
        countries={[{ id: 'KH', name: 'Cambodia', actorCount: 1 }]}
        create={jest.fn()}
        update={update}
        reload={jest.fn()}
        onDone={jest.fn()}
        onCancel={jest.fn()}
      />,
    );
    fireEvent.change(screen.getByLabelText('On the map until (empty while active)'), {
      target: { value: '2021-12-31' },
    });
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    });
    expect(update).toHaveBeenCalledWith('kfca', 3, { validTo: '2021-12-31' });
  });

  it('a membership’s days are checked before it is sent, then sent with it', async () => {
    const add = jest.mocked(ops.addMembership).mockResolvedValue(actor);
    render(
      <RelationsEditor
        actor={actor}
        groups={[{ id: 'net', kind: 'NETWORK', name: 'Forest Network', acronym: null } as never]}
        themes={[]}
        findActors={jest.fn()}
        onChanged={jest.fn()}
      />,
    );
    const form = screen.getByRole('form', { name: 'Membership' });
    fireEvent.change(within(form).getByTestId('membership-group'), { target: { value: 'net' } });
    fireEvent.change(within(form).getByLabelText('Valid from'), { target: { value: '2018-01-01' } });
    fireEvent.change(within(form).getByLabelText('Valid to (empty while it holds)'), {
      target: { value: '2016-01-01' },
    });
    fireEvent.click(within(form).getByRole('button', { name: 'Add' }));
    expect(within(form).getByRole('alert').textContent).toBe(
      'To: 2016-01-01 is before 2018-01-01; the end cannot come first.',
    );
    expect(add).not.toHaveBeenCalled();
    fireEvent.change(within(form).getByLabelText('Valid to (empty while it holds)'), { target: { value: '' } });
    await act(async () => {
      fireEvent.click(within(form).getByRole('button', { name: 'Add' }));
    });
    expect(add).toHaveBeenCalledWith('kfca', 'net', 'member', expect.anything(), {
      validFrom: '2018-01-01',
      validTo: null,
    });
    add.mockReset();
  });
});

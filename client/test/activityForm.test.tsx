import { fireEvent, render, screen, waitFor } from '@testing-library/react';

import { ActivityDetails } from '../src/components/activities/ActivityDetails';
import { ActivityForm } from '../src/components/activities/ActivityForm';
import { SuggestedParticipants } from '../src/components/activities/SuggestedParticipants';
import type { ActivityItem, ParticipantSuggestion } from '../src/data/activities';
import { ApiError } from '../src/data/client';

const noop = () => undefined;
const countries = [
  { id: 'KH', name: 'Cambodia' },
  { id: 'LA', name: 'Lao PDR' },
];
const themes = [
  { id: 'forest', name: 'Community and social forestry' },
  { id: 'tenure', name: 'Land tenure security' },
];
const activity: ActivityItem = {
  id: 'act-1',
  name: 'ການຝຶກອົບຮົມ',
  type: 'TRAINING',
  date: '2026-03-12',
  endDate: '2026-03-14',
  status: 'HELD',
  description: 'Three days.',
  outcomes: null,
  country: { id: 'LA', name: 'Lao PDR' },
  themes: [{ id: 'forest', name: 'Community and social forestry' }],
  participants: [
    {
      actor: { id: 'lcfn', name: 'Lao Community Forest Network', acronym: 'LCFN', sector: 'CIVIL_SOCIETY' },
      country: { id: 'LA', name: 'Lao PDR' },
      role: 'facilitator',
      roleCode: 'FACILITATOR',
      sensitive: false,
      provenance: { source: 'Attendance list', recordedAt: '2026-03-14', confidence: 'HIGH' },
    },
    {
      actor: { id: 'ally', name: 'Quiet Ally', acronym: null, sector: 'GOVERNMENT' },
      country: { id: 'LA', name: 'Lao PDR' },
      role: 'key informant',
      roleCode: 'KEY_INFORMANT',
      sensitive: true,
      provenance: { source: 'Interview', recordedAt: '2026-03-13', confidence: 'MEDIUM' },
    },
  ],
  sources: ['Attendance list', 'Interview'],
  version: 3,
  updatedAt: '2026-03-15T10:00:00Z',
};

function renderForm(props: Partial<Parameters<typeof ActivityForm>[0]> = {}) {
  return render(
    <ActivityForm
      countries={countries}
      themes={themes}
      create={jest.fn()}
      update={jest.fn()}
      reload={jest.fn()}
      onDone={noop}
      onCancel={noop}
      {...props}
    />,
  );
}

describe('ActivityForm', () => {
  it('names every invalid field the server reports at once, beside its field (extensions.fields)', async () => {
    const create = jest.fn().mockRejectedValue(
      new ApiError([
        { message: 'input.name: must not be empty', code: 'BAD_USER_INPUT', field: 'input.name' },
        { message: 'input.endDate: must not be before the first day', code: 'BAD_USER_INPUT', field: 'input.endDate' },
        {
          message: "input.country: country 'XX' is not in the database",
          code: 'BAD_USER_INPUT',
          field: 'input.country',
        },
      ]),
    );
    renderForm({ create });
    fireEvent.change(screen.getByLabelText('Type'), { target: { value: 'TRAINING' } });
    fireEvent.change(screen.getByLabelText('First day'), { target: { value: '2026-03-12' } });
    fireEvent.change(screen.getByLabelText('Last day (if not the same)'), { target: { value: '2026-03-10' } });
    fireEvent.change(screen.getByLabelText('Held in'), { target: { value: 'LA' } });
    fireEvent.click(screen.getByRole('checkbox', { name: 'Land tenure security' }));
    fireEvent.click(screen.getByRole('button', { name: 'Record activity' }));
    await waitFor(() => expect(screen.getByText('Must not be empty')).toBeTruthy());
    expect(screen.getByText('Must not be before the first day')).toBeTruthy();
    expect(screen.getByText("Country 'XX' is not in the database")).toBeTruthy();
    expect(create).toHaveBeenCalledWith({
      type: 'TRAINING',
      name: '',
      date: '2026-03-12',
      endDate: '2026-03-10',
      country: 'LA',
      themes: ['tenure'],
    });
  });

  it('without a type sends nothing and names the other empty fields with it', () => {
    const create = jest.fn();
    renderForm({ create });
    fireEvent.click(screen.getByRole('button', { name: 'Record activity' }));
    expect(create).not.toHaveBeenCalled();
    expect([...document.querySelectorAll('.field-error')].map((e) => e.textContent)).toEqual([
      'Must not be empty',
      'Choose the kind of activity',
      'Must be a date',
      'Choose where it is held',
    ]);
  });

  it('on a CONFLICT keeps what was typed, shows their change and saves only its own change on their version', async () => {
    const update = jest
      .fn()
      .mockRejectedValueOnce(new ApiError([{ message: 'stale', code: 'CONFLICT', field: null }]))
      .mockResolvedValueOnce(activity);
    const theirs: ActivityItem = {
      ...activity,
      version: 4,
      status: 'CANCELLED',
      country: { id: 'KH', name: 'Cambodia' },
    };
    const reload = jest.fn().mockResolvedValue(theirs);
    const onDone = jest.fn();
    renderForm({ activity, update, reload, onDone });
    fireEvent.change(screen.getByLabelText('Outcomes'), { target: { value: 'Village maps drawn.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() =>
      expect(screen.getByTestId('form-error').textContent).toContain(
        'Someone else saved this activity while you were editing it.',
      ),
    );
    expect(reload).toHaveBeenCalledWith('act-1');
    expect([...document.querySelectorAll('.field-conflict')].map((p) => p.textContent)).toEqual([
      'Changed meanwhile to: Cancelled',
      'Changed meanwhile to: Cambodia',
    ]);
    expect((screen.getByLabelText('Outcomes') as HTMLTextAreaElement).value).toBe('Village maps drawn.');
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(onDone).toHaveBeenCalledWith(activity));
    expect(update).toHaveBeenLastCalledWith('act-1', 4, { outcomes: 'Village maps drawn.' });
  });
});

describe('ActivityDetails', () => {
  it('a reader sees participants by sector with roles and provenance, and nothing to edit', () => {
    render(
      <ActivityDetails
        activity={activity}
        canEdit={false}
        onEdit={noop}
        onDelete={jest.fn()}
        onRemoveParticipant={noop}
        onActor={noop}
        onMap={noop}
        onClose={noop}
      />,
    );
    expect(screen.getByRole('heading', { name: 'ການຝຶກອົບຮົມ' })).toBeTruthy();
    expect(screen.getByText('12–14 March 2026 · Lao PDR')).toBeTruthy();
    expect([...document.querySelectorAll('.participant-group h4')].map((h) => h.textContent)).toEqual([
      'Civil society (1)',
      'Government (1)',
    ]);
    expect(screen.getByTestId('participant-ally').textContent).toContain('Key informant');
    expect(screen.getByTestId('participant-ally').textContent).toContain('Sensitive');
    expect(screen.getByTestId('participant-lcfn').textContent).toContain(
      'Attendance list · 2026-03-14 · High confidence',
    );
    for (const name of ['Edit activity', 'Delete…', 'Remove Quiet Ally'])
      expect(screen.queryByRole('button', { name })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'By country' }));
    expect([...document.querySelectorAll('.participant-group h4')].map((h) => h.textContent)).toEqual(['Lao PDR (2)']);
  });
});

describe('SuggestedParticipants', () => {
  const suggestion: ParticipantSuggestion = {
    actor: {
      id: 'uni',
      name: 'Mekong Land Research',
      acronym: null,
      sector: 'RESEARCH',
      country: { id: 'KH', name: 'Cambodia' },
    },
    score: 0.734,
    fillsSector: true,
    fillsCountry: true,
    reasons: [
      'holds its theme, Community and social forestry',
      'brings Research / academia, a sector no participant is from',
    ],
    explanation: '',
  };
  it('a planned activity invites (INVITED), a held one adds a participant; readers get no button', () => {
    const onAdd = jest.fn();
    const { rerender } = render(
      <SuggestedParticipants
        status="PLANNED"
        suggestions={[suggestion]}
        loading={false}
        error={null}
        canEdit
        busy={null}
        onAdd={onAdd}
        onActor={noop}
      />,
    );
    expect(screen.getByText('score 73')).toBeTruthy();
    expect(screen.getByText('brings Research / academia, a sector no participant is from')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Invite: Mekong Land Research' }));
    expect(onAdd).toHaveBeenLastCalledWith('uni', 'INVITED');
    rerender(
      <SuggestedParticipants
        status="HELD"
        suggestions={[suggestion]}
        loading={false}
        error={null}
        canEdit
        busy={null}
        onAdd={onAdd}
        onActor={noop}
      />,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Add as participant: Mekong Land Research' }));
    expect(onAdd).toHaveBeenLastCalledWith('uni', 'PARTICIPANT');
    rerender(
      <SuggestedParticipants
        status="HELD"
        suggestions={[suggestion]}
        loading={false}
        error={null}
        canEdit={false}
        busy={null}
        onAdd={onAdd}
        onActor={noop}
      />,
    );
    expect(screen.queryByRole('button', { name: /Add as participant/ })).toBeNull();
  });
});

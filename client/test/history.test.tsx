import { fireEvent, render, screen, waitFor } from '@testing-library/react';

import { ChangeFields } from '../src/components/audit/ChangeFields';
import { HistorySection } from '../src/components/audit/HistorySection';
import { DeleteConfirm } from '../src/components/catalogue/CatalogueDetails';
import { GroupForm } from '../src/components/catalogue/GroupForm';
import { ThemeForm } from '../src/components/catalogue/ThemeForm';
import { actionWords, auditVariables, inlineDiff, NO_AUDIT_FILTER } from '../src/core/audit/changeWords';
import { groupFormFrom, groupPatchFrom, yearOf } from '../src/core/catalogueForm';
import type { ChangeEntry } from '../src/data/audit';
import { ApiError } from '../src/data/client';
import type { GroupFragment as Group, ThemeFragment as Theme } from '../src/data/generated/graphql';

const group: Group = {
  id: 'mctc',
  kind: 'COALITION',
  name: 'Mekong Customary Tenure Coalition',
  acronym: 'MCTC',
  description: 'Customary tenure.',
  founded: 2012,
  version: 3,
  memberCount: 12,
  countries: [
    { id: 'KH', name: 'Cambodia' },
    { id: 'LA', name: 'Lao PDR' },
  ],
  themes: [{ id: 'forest', name: 'Community forestry' }],
};
const countries = [
  { id: 'KH', name: 'Cambodia', actorCount: 1 },
  { id: 'LA', name: 'Lao PDR', actorCount: 1 },
  { id: 'TH', name: 'Thailand', actorCount: 1 },
];
const themes: Theme[] = [
  {
    id: 'forest',
    name: 'Community forestry',
    description: null,
    version: 1,
    actorCount: 3,
    supports: 2,
    opposes: 0,
    mixed: 1,
  },
  {
    id: 'fish',
    name: 'Traditional fishing rights',
    description: null,
    version: 1,
    actorCount: 1,
    supports: 1,
    opposes: 0,
    mixed: 0,
  },
];
const noop = () => undefined;

describe('the network, coalition and theme forms’ core', () => {
  it('sends only what changed, lists compared as sets, and reads a year', () => {
    const original = groupFormFrom(group);
    expect(groupPatchFrom(original, { ...original, activeIn: ['LA', 'KH'] })).toEqual({});
    expect(groupPatchFrom(original, { ...original, acronym: ' ', founded: '2013', activeIn: ['KH'] })).toEqual({
      acronym: null,
      founded: 2013,
      activeIn: ['KH'],
    });
    expect([yearOf(''), yearOf(' 2004 '), yearOf('20x4'), yearOf('2004.5')]).toEqual([
      null,
      2004,
      undefined,
      undefined,
    ]);
  });

  it('words an action, and marks only the words two values differ in', () => {
    expect(actionWords('updateGroup', null)).toBe('edited');
    expect(actionWords('undo', 'Undo of addMembership')).toBe('undo of “membership added or changed”');
    expect(inlineDiff('member · Medium confidence · RRAM', 'member · High confidence · RRAM')).toEqual({
      prefix: 'member · ',
      removed: 'Medium',
      added: 'High',
      suffix: ' confidence · RRAM',
    });
    expect(inlineDiff('Cambodia, Thailand, Vietnam', 'Cambodia, Vietnam')).toEqual({
      prefix: 'Cambodia, ',
      removed: 'Thailand, ',
      added: '',
      suffix: 'Vietnam',
    });
    expect(inlineDiff('2012', '2011')).toEqual({ prefix: '', removed: '2012', added: '2011', suffix: '' });
  });

  it('sends the audit filter as the reader’s own days, both inclusive, and empty fields as no filter', () => {
    const vars = auditVariables({ ...NO_AUDIT_FILTER, username: ' ana ', from: '2026-03-01', to: '2026-03-05' }, 100);
    expect(vars).toMatchObject({ username: 'ana', entityKind: null, entityId: null, limit: 100 });
    expect(vars.from).toBe(new Date(2026, 2, 1).toISOString());
    expect(vars.to).toBe(new Date(2026, 2, 5, 23, 59, 59, 999).toISOString());
  });
});

describe('GroupForm', () => {
  it('names every invalid field at once, beside its field', async () => {
    const create = jest.fn().mockRejectedValue(
      new ApiError([
        { message: 'input.name: must not be empty', code: 'BAD_USER_INPUT', field: 'input.name' },
        { message: 'input.acronym: must be at most 30 characters', code: 'BAD_USER_INPUT', field: 'input.acronym' },
      ]),
    );
    render(
      <GroupForm
        kind="NETWORK"
        countries={countries}
        themes={themes}
        create={create}
        update={jest.fn()}
        reload={jest.fn()}
        onDone={noop}
        onCancel={noop}
      />,
    );
    expect(screen.getByRole('heading', { name: 'New network' })).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Acronym'), { target: { value: 'X'.repeat(31) } });
    fireEvent.click(screen.getByRole('checkbox', { name: 'Thailand' }));
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(screen.getByText('Must not be empty')).toBeTruthy());
    expect(screen.getByText('Must be at most 30 characters')).toBeTruthy();
    expect(create).toHaveBeenCalledWith({
      kind: 'NETWORK',
      name: '',
      acronym: 'X'.repeat(31),
      description: null,
      founded: null,
      activeIn: ['TH'],
      focusThemes: [],
    });
  });

  it('says a year is not a year before sending anything', () => {
    const create = jest.fn();
    render(
      <GroupForm
        kind="COALITION"
        countries={countries}
        themes={themes}
        create={create}
        update={jest.fn()}
        reload={jest.fn()}
        onDone={noop}
        onCancel={noop}
      />,
    );
    fireEvent.change(screen.getByLabelText('Founded (year)'), { target: { value: 'twenty' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(screen.getByText('Must be a year, such as 2004')).toBeTruthy();
    expect(create).not.toHaveBeenCalled();
  });

  it('on a CONFLICT keeps what was typed, shows their change, saves on top of their version or reloads theirs', async () => {
    const update = jest
      .fn()
      .mockRejectedValueOnce(new ApiError([{ message: 'stale', code: 'CONFLICT', field: null }]))
      .mockResolvedValueOnce(group);
    const theirs = { ...group, version: 4, founded: 2011, countries: [{ id: 'KH', name: 'Cambodia' }] };
    const reload = jest.fn().mockResolvedValue(theirs);
    const onDone = jest.fn();
    render(
      <GroupForm
        kind="COALITION"
        group={group}
        countries={countries}
        themes={themes}
        create={jest.fn()}
        update={update}
        reload={reload}
        onDone={onDone}
        onCancel={noop}
      />,
    );
    fireEvent.change(screen.getByLabelText('Acronym'), { target: { value: 'MINE' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() =>
      expect(screen.getByTestId('form-error').textContent).toContain(
        'Someone else saved this coalition while you were editing it.',
      ),
    );
    expect(reload).toHaveBeenCalledWith('mctc');
    expect([...document.querySelectorAll('.field-conflict')].map((p) => p.textContent)).toEqual([
      'Changed meanwhile to: 2011',
      'Changed meanwhile to: Cambodia',
    ]);
    expect((screen.getByLabelText('Acronym') as HTMLInputElement).value).toBe('MINE');
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(onDone).toHaveBeenCalledWith(group));
    expect(update).toHaveBeenLastCalledWith('mctc', 4, { acronym: 'MINE' });
  });

  it('Reload their version drops what was typed', async () => {
    const update = jest.fn().mockRejectedValue(new ApiError([{ message: 'stale', code: 'CONFLICT', field: null }]));
    render(
      <GroupForm
        kind="COALITION"
        group={group}
        countries={countries}
        themes={themes}
        create={jest.fn()}
        update={update}
        reload={jest.fn().mockResolvedValue({ ...group, version: 4, founded: 2011 })}
        onDone={noop}
        onCancel={noop}
      />,
    );
    fireEvent.change(screen.getByLabelText('Acronym'), { target: { value: 'MINE' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Reload their version' }));
    expect((screen.getByLabelText('Acronym') as HTMLInputElement).value).toBe('MCTC');
    expect((screen.getByLabelText('Founded (year)') as HTMLInputElement).value).toBe('2011');
    expect(screen.queryByTestId('form-error')).toBeNull();
  });

  it('says so when the group was deleted meanwhile', async () => {
    render(
      <GroupForm
        kind="COALITION"
        group={group}
        countries={countries}
        themes={themes}
        create={jest.fn()}
        update={jest.fn().mockRejectedValue(new ApiError([{ message: 'stale', code: 'CONFLICT', field: null }]))}
        reload={jest.fn().mockResolvedValue(null)}
        onDone={noop}
        onCancel={noop}
      />,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() =>
      expect(screen.getByTestId('form-error').textContent).toBe(
        'Someone else deleted this coalition while you were editing it.',
      ),
    );
  });
});

describe('ThemeForm', () => {
  it('creates a theme with its name and description', async () => {
    const created = { ...themes[0]!, id: 'new', name: 'New theme' };
    const create = jest.fn().mockResolvedValue(created);
    const onDone = jest.fn();
    render(<ThemeForm create={create} update={jest.fn()} reload={jest.fn()} onDone={onDone} onCancel={noop} />);
    fireEvent.change(screen.getByLabelText('Name'), { target: { value: ' Dams ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(onDone).toHaveBeenCalledWith(created));
    expect(create).toHaveBeenCalledWith({ name: 'Dams', description: null });
  });
});

describe('DeleteConfirm', () => {
  it('says what goes with the item and that it can be undone; a refusal is shown', async () => {
    const onDelete = jest
      .fn()
      .mockRejectedValue(
        new ApiError([{ message: 'Your role may not change the map', code: 'FORBIDDEN', field: null }]),
      );
    render(
      <DeleteConfirm name="MCTC" consequence="Its 12 memberships go with it." onDelete={onDelete} onCancel={noop} />,
    );
    expect(screen.getByRole('alertdialog').textContent).toContain(
      'Its 12 memberships go with it. An administrator can undo this from the audit trail.',
    );
    fireEvent.click(screen.getByRole('button', { name: 'Delete' }));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toBe('Your role may not change the map'));
  });
});

const change: ChangeEntry = {
  id: 'c1',
  at: '2026-03-05T14:22:00Z',
  username: 'ana',
  action: 'addMembership',
  entityKind: 'actor',
  entityId: 'kfca',
  entityName: 'KFCA',
  summary: 'member of mctc',
  fields: [
    { label: 'Member of MCTC', before: 'member · Medium confidence', after: 'member · High confidence' },
    { label: 'Website', before: null, after: 'https://example.org' },
  ],
  undoOf: null,
  undoneBy: null,
};

describe('the history', () => {
  it('each field before and after, only the words that differ marked', () => {
    const { container } = render(<ChangeFields fields={change.fields} />);
    expect([...container.querySelectorAll('dd')].map((dd) => dd.textContent)).toEqual([
      'member · Medium → High confidence',
      'https://example.org',
    ]);
    expect(container.querySelector('del')?.textContent).toBe('Medium');
  });

  it('is read only once opened, then lists who changed what and when', async () => {
    const load = jest.fn().mockResolvedValue([change]);
    render(<HistorySection entityId="kfca" load={load} />);
    expect(load).not.toHaveBeenCalled();
    const details = screen.getByTestId('history') as HTMLDetailsElement;
    details.open = true;
    fireEvent(details, new Event('toggle'));
    await waitFor(() => expect(screen.getByTestId('history-entry')).toBeTruthy());
    expect(load).toHaveBeenCalledWith('kfca');
    expect(screen.getByTestId('history-entry').querySelector('.change-head')?.textContent).toMatch(
      /^ana membership added or changed · /,
    );
  });
});

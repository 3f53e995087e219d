import { fireEvent, render, screen, waitFor } from '@testing-library/react';

import { ActorForm } from '../src/components/ActorForm';
import { DetailsPanel } from '../src/components/DetailsPanel';
import { GraphToolbar, type DrawnCount } from '../src/components/GraphToolbar';
import { ApiError } from '../src/data/client';
import type { ActorDetailsFragment as ActorDetails } from '../src/data/generated/graphql';
import { sample } from './sample';

const prov = {
  source: 'Cambodia reform actor consultation workshop',
  recordedAt: '2014-10-23',
  confidence: 'HIGH' as const,
};
const actor: ActorDetails = {
  id: 'kfca',
  name: 'Khmer Forest Communities Alliance',
  altNames: ['សម្ព័ន្ធសហគមន៍ព្រៃឈើខ្មែរ'],
  acronym: 'KFCA',
  sector: 'CIVIL_SOCIETY',
  level: 'NATIONAL',
  influence: 3,
  description: 'An alliance.',
  website: null,
  sensitive: false,
  illustrative: true,
  updatedAt: '2015-01-01',
  version: 3,
  validFrom: null,
  validTo: null,
  basedIn: { id: 'KH', name: 'Cambodia' },
  countries: [{ country: { id: 'KH', name: 'Cambodia' }, relation: 'BASED_IN', provenance: prov }],
  memberships: [
    {
      group: { id: 'net', kind: 'NETWORK', name: 'Forest Network', acronym: null },
      role: 'steering committee',
      since: 2009,
      sensitive: true,
      provenance: prov,
      validFrom: '2009-01-01',
      validTo: null,
    },
  ],
  interests: [
    {
      theme: { id: 'forest', name: 'Community forestry' },
      position: 'SUPPORTS',
      priority: 3,
      sensitive: false,
      provenance: prov,
      validFrom: null,
      validTo: null,
      history: [{ position: 'SUPPORTS', from: '2014-10-23', source: 'Workshop', confidence: 'HIGH' }],
    },
  ],
  collaborators: [],
  activities: [],
  sources: [prov.source],
};
const node = sample.nodes[0]!;
const noop = () => undefined;

describe('DetailsPanel', () => {
  it('shows attributes, memberships, positions and the source of every link', () => {
    render(
      <DetailsPanel
        node={node}
        actor={actor}
        neighbours={[]}
        expandedDepth={0}
        focused={false}
        onSelect={noop}
        onExpand={noop}
        onCollapse={noop}
        onFocus={noop}
        onPath={noop}
        onClose={noop}
        onEdit={noop}
      />,
    );
    expect(screen.getByRole('heading', { name: 'Khmer Forest Communities Alliance' })).toBeTruthy();
    expect(screen.getByText('សម្ព័ន្ធសហគមន៍ព្រៃឈើខ្មែរ')).toBeTruthy();
    expect(screen.getByText('Supports')).toBeTruthy();
    expect(screen.getAllByText(/consultation workshop, 2014-10-23 · high confidence/).length).toBe(2);
    // The sensitive membership is marked; the position, which is not, is not.
    const badges = screen.getAllByText('Sensitive');
    expect(badges).toHaveLength(1);
    expect(badges[0]?.closest('li')?.textContent).toContain('Forest Network');
  });
  it('offers collapse once expanded', () => {
    const onCollapse = jest.fn();
    render(
      <DetailsPanel
        node={node}
        actor={actor}
        neighbours={[]}
        expandedDepth={2}
        focused={false}
        onSelect={noop}
        onExpand={noop}
        onCollapse={onCollapse}
        onFocus={noop}
        onPath={noop}
        onClose={noop}
      />,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Collapse (2 hops)' }));
    expect(onCollapse).toHaveBeenCalled();
  });
});

describe('ActorForm', () => {
  const countries = [{ id: 'KH', name: 'Cambodia', actorCount: 1 }];
  it('shows the server message next to the field and keeps what was typed', async () => {
    const update = jest
      .fn()
      .mockRejectedValue(
        new ApiError([
          { message: 'input.patch.name: must not be empty', code: 'BAD_USER_INPUT', field: 'input.patch.name' },
        ]),
      );
    render(
      <ActorForm
        actor={actor}
        countries={countries}
        create={jest.fn()}
        update={update}
        reload={jest.fn()}
        onDone={noop}
        onCancel={noop}
      />,
    );
    fireEvent.change(screen.getByLabelText('Name'), { target: { value: '' } });
    fireEvent.change(screen.getByLabelText('Acronym'), { target: { value: 'KFCA-2' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(screen.getByText('Must not be empty')).toBeTruthy());
    expect(update).toHaveBeenCalledWith('kfca', 3, { name: '', acronym: 'KFCA-2' });
    expect((screen.getByLabelText('Acronym') as HTMLInputElement).value).toBe('KFCA-2');
  });
  it('explains a conflict, shows their change and saves on top of their version', async () => {
    const update = jest
      .fn()
      .mockRejectedValueOnce(new ApiError([{ message: 'stale', code: 'CONFLICT', field: null }]))
      .mockResolvedValueOnce(actor);
    const reload = jest.fn().mockResolvedValue({ ...actor, version: 4, description: 'Their text' });
    const onDone = jest.fn();
    render(
      <ActorForm
        actor={actor}
        countries={countries}
        create={jest.fn()}
        update={update}
        reload={reload}
        onDone={onDone}
        onCancel={noop}
      />,
    );
    fireEvent.change(screen.getByLabelText('Acronym'), { target: { value: 'MINE' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(screen.getByTestId('form-error').textContent).toContain('Nothing you typed is lost'));
    expect(screen.getByText('Their text')).toBeTruthy();
    expect((screen.getByLabelText('Acronym') as HTMLInputElement).value).toBe('MINE');
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(onDone).toHaveBeenCalled());
    expect(update).toHaveBeenLastCalledWith('kfca', 4, { acronym: 'MINE' });
  });
});

describe('GraphToolbar: how much of the map is drawn', () => {
  function toolbar(count: DrawnCount, onShown = jest.fn()) {
    render(
      <GraphToolbar
        count={count}
        onShown={onShown}
        layout="fcose"
        onLayout={jest.fn()}
        context={{ countries: false, themes: false }}
        onContext={jest.fn()}
        view="graph"
        onView={jest.fn()}
        onFindPath={jest.fn()}
        onFilters={jest.fn()}
      />,
    );
    return onShown;
  }

  it('offers the next step and, on a small map, all', () => {
    const onShown = toolbar({ drawn: 80, total: 1_500, shown: 80, filtered: false, busy: false });
    expect(screen.getByTestId('drawn-count').textContent).toBe('80 of 1,500 actors shown · Show 120 more · Show all');
    fireEvent.click(screen.getByRole('button', { name: 'Show 120 more' }));
    expect(onShown).toHaveBeenCalledWith(200);
  });

  it('offers nothing more while what was asked for is on its way', () => {
    toolbar({ drawn: 80, total: 165, shown: 165, filtered: false, busy: true });
    expect(screen.getByTestId('drawn-count').textContent).toBe('80 of 165 actors shown');
    expect(screen.getByTestId('drawn-count').getAttribute('aria-busy')).toBe('true');
  });

  it('past 2,000 actors it says to narrow instead', () => {
    toolbar({ drawn: 2_000, total: 10_000, shown: 2_000, filtered: true, busy: false });
    expect(screen.getByTestId('drawn-count').textContent).toBe(
      '2,000 of 10,000 matching actors shown · narrow with the filters or search to see the rest',
    );
  });
});

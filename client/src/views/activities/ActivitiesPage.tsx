/**
 * The activities page (?page=activities): the learning and alliance activities by month with their filters, the
 * reach of the held ones for the filters as set, and an activity's details with who to invite. Analysts and
 * administrators record, edit and delete activities and their participants; everyone else reads (the server sends
 * each caller only the participants it may see, so the page asks nothing a viewer would be refused).
 */
import '../../components/catalogue/catalogue.css';
import '../../components/activities/activities.css';

import { useEffect, useState } from 'react';

import { SignInDialog } from '../../components/account/SignInDialog';
import { ActivityDetails } from '../../components/activities/ActivityDetails';
import { ActivityFilters } from '../../components/activities/ActivityFilters';
import { ActivityForm } from '../../components/activities/ActivityForm';
import { ActivityList } from '../../components/activities/ActivityList';
import {
  DEFAULT_PROVENANCE,
  participantInput,
  ParticipantEditor,
  type ParticipantProvenance,
} from '../../components/activities/ParticipantEditor';
import { ReachPanel } from '../../components/activities/ReachPanel';
import { SuggestedParticipants } from '../../components/activities/SuggestedParticipants';
import { ModeSwitch } from '../../components/alignment/ModeSwitch';
import { TopBar } from '../../components/TopBar';
import {
  dayRange,
  decodeActivityFilter,
  encodeActivityState,
  selectedActivityOf,
  toActivityFilter,
  toReachScope,
  type ActivityFilterState,
} from '../../core/activities/activityState';
import type { AppPage } from '../../core/alignment/alignState';
import { changeOwnPassword, signOut, useAccount } from '../../data/account';
import * as api from '../../data/activities';
import { ApiError } from '../../data/client';
import type { ParticipantRole } from '../../data/generated/graphql';
import * as ops from '../../data/operations';
import { refreshData, useDataVersion } from '../../data/refresh';
import { useQuery } from '../../data/useQuery';

type Editing = { kind: 'new' } | { kind: 'edit'; activity: api.ActivityItem } | null;

const messageOf = (e: unknown): string | null => (e instanceof Error ? e.message : e ? String(e) : null);

function periodWords(f: ActivityFilterState): string {
  if (!f.from && !f.to) return 'all periods';
  if (f.from && f.to) return `${dayRange(f.from, null)} – ${dayRange(f.to, null)}`;
  return f.from ? `from ${dayRange(f.from, null)}` : `until ${dayRange(f.to, null)}`;
}

export function ActivitiesPage({ onPage }: { onPage(page: AppPage, search?: string): void }) {
  const { me } = useAccount();
  const canEdit = me?.role === 'analyst' || me?.role === 'admin';
  const [signingIn, setSigningIn] = useState(false);
  const [filter, setFilter] = useState(() => decodeActivityFilter(window.location.search));
  const [participantName, setParticipantName] = useState<string | null>(null);
  const [selected, setSelected] = useState(() => selectedActivityOf(window.location.search));
  const [editing, setEditing] = useState<Editing>(null);
  const [provenance, setProvenance] = useState<ParticipantProvenance>(DEFAULT_PROVENANCE);
  const [busy, setBusy] = useState<string | null>(null);
  const [actionError, setActionError] = useState<string | null>(null);
  const version = useDataVersion();

  // The filters and the open activity live in the URL, so reload and sharing keep them.
  useEffect(() => {
    const next = encodeActivityState(filter, selected, window.location.search);
    if (`?${next}` !== window.location.search)
      window.history.replaceState(null, '', `${window.location.pathname}?${next}`);
  }, [filter, selected]);

  const catalogue = useQuery(`catalogue#${version}`, ops.fetchCatalogue).data;
  const apiFilter = toActivityFilter(filter);
  const list = useQuery(`activities:${JSON.stringify(apiFilter)}#${version}`, () => api.fetchActivities(apiFilter));
  const scope = toReachScope(filter);
  const reach = useQuery(`reach:${JSON.stringify(scope)}#${version}`, () => api.fetchReach(scope));
  const detail = useQuery(selected ? `activity:${selected}#${version}` : null, () => api.fetchActivity(selected ?? ''));
  // The previous answer stays while the next loads (useQuery): shown only while it is still the one selected.
  const activity = detail.data && detail.data.id === selected ? detail.data : null;
  const suggested = useQuery(activity ? `suggest:${activity.id}#${version}` : null, async () => {
    const id = activity?.id ?? '';
    return { id, items: await api.suggestParticipants(id) };
  });
  const suggestions = suggested.data?.id === activity?.id ? suggested.data?.items : undefined;

  const countries = catalogue?.countries ?? [];
  const themes = catalogue?.themes ?? [];
  const select = (id: string | null) => {
    setSelected(id);
    setEditing(null);
    setActionError(null);
  };
  const showActor = (id: string) => {
    const node = encodeURIComponent(`actor:${id}`);
    onPage('explore', `focus=${node}&sel=${node}`);
  };
  const showOnMap = (id: string) => {
    const node = encodeURIComponent(`activity:${id}`);
    onPage('explore', `focus=${node}&sel=${node}&show=activities`);
  };
  const participate = async (actorId: string, role: ParticipantRole) => {
    if (!activity) return;
    setBusy(actorId);
    setActionError(null);
    try {
      await api.addParticipant(participantInput(activity.id, actorId, role, provenance));
      refreshData();
    } catch (e) {
      if (!(e instanceof ApiError)) throw e;
      setActionError(e.message);
    } finally {
      setBusy(null);
    }
  };
  const remove = async (actorId: string) => {
    if (!activity) return;
    setActionError(null);
    try {
      await api.removeParticipant(activity.id, actorId);
      refreshData();
    } catch (e) {
      if (!(e instanceof ApiError)) throw e;
      setActionError(e.message);
    }
  };
  const activities = list.data ?? [];

  return (
    <div className="app activities-app">
      <TopBar
        modeSwitch={<ModeSwitch page="activities" onPage={(p) => onPage(p)} />}
        dataset={catalogue?.dataset}
        actions={[]}
        user={me ?? null}
        onSignIn={() => setSigningIn(true)}
        onSignOut={() => void signOut()}
        changePassword={changeOwnPassword}
      />
      {signingIn && <SignInDialog onClose={() => setSigningIn(false)} />}
      <main className="activities-page" aria-labelledby="activities-title">
        <aside className="activities-side">
          <ActivityFilters
            filter={filter}
            participantName={participantName}
            countries={countries}
            themes={themes}
            find={ops.findNodes}
            onChange={(next, name) => {
              setFilter(next);
              if (name !== undefined) setParticipantName(name);
            }}
          />
          <ReachPanel
            reach={reach.data}
            loading={reach.loading}
            error={messageOf(reach.error)}
            scope={[
              periodWords(filter),
              ...filter.countries.map((c) => countries.find((x) => x.id === c)?.name ?? c),
              ...filter.themes.map((t) => themes.find((x) => x.id === t)?.name ?? t),
            ].join(' · ')}
          />
        </aside>
        <section className="activities-list-pane" aria-labelledby="activities-title">
          <div className="activities-head">
            <h2 id="activities-title">Learning and alliance activities</h2>
            {canEdit && (
              <button type="button" className="primary" onClick={() => setEditing({ kind: 'new' })}>
                New activity
              </button>
            )}
          </div>
          <p className="muted" role="status" aria-live="polite" data-testid="activity-count">
            {list.loading && !list.data
              ? 'Loading the activities…'
              : `${activities.length} ${activities.length === 1 ? 'activity' : 'activities'}${
                  toActivityFilter(filter)
                    ? activities.length === 1
                      ? ' matches the filters'
                      : ' match the filters'
                    : ''
                }`}
          </p>
          {list.error && (
            <p className="error" role="alert">
              {messageOf(list.error)}
            </p>
          )}
          <ActivityList activities={activities} busy={list.loading} selected={selected} onSelect={select} />
        </section>
        {(editing || selected) && (
          <section className="activities-detail-pane" aria-label="Activity">
            {editing ? (
              <ActivityForm
                key={editing.kind === 'edit' ? `${editing.activity.id}@${editing.activity.version}` : 'new'}
                activity={editing.kind === 'edit' ? editing.activity : undefined}
                countries={countries}
                themes={themes}
                create={api.createActivity}
                update={api.updateActivity}
                reload={api.fetchActivity}
                onDone={(a) => {
                  setEditing(null);
                  setSelected(a.id);
                  refreshData();
                }}
                onCancel={() => setEditing(null)}
              />
            ) : activity ? (
              <ActivityDetails
                activity={activity}
                canEdit={canEdit}
                onEdit={() => setEditing({ kind: 'edit', activity })}
                onDelete={async () => {
                  await api.deleteActivity(activity.id);
                  select(null);
                  refreshData();
                }}
                onRemoveParticipant={(id) => void remove(id)}
                onActor={showActor}
                onMap={() => showOnMap(activity.id)}
                onClose={() => select(null)}
              >
                {actionError && (
                  <p className="error" role="alert">
                    {actionError}
                  </p>
                )}
                {canEdit && (
                  <ParticipantEditor
                    activityId={activity.id}
                    provenance={provenance}
                    onProvenance={setProvenance}
                    find={ops.findNodes}
                    add={async (input) => {
                      await api.addParticipant(input);
                      refreshData();
                    }}
                  />
                )}
                <SuggestedParticipants
                  status={activity.status}
                  suggestions={suggestions}
                  loading={suggested.loading}
                  error={messageOf(suggested.error)}
                  canEdit={canEdit}
                  busy={busy}
                  onAdd={(id, role) => void participate(id, role)}
                  onActor={showActor}
                />
              </ActivityDetails>
            ) : detail.loading || (detail.data && !detail.error) ? (
              <p className="muted">Loading…</p>
            ) : (
              <p className="notice" role="status">
                {detail.error ? messageOf(detail.error) : 'This activity no longer exists.'}{' '}
                <button type="button" className="link" onClick={() => select(null)}>
                  Close
                </button>
              </p>
            )}
          </section>
        )}
      </main>
    </div>
  );
}

/**
 * The explorer's right-hand panel: one of users, sign-in, path finder, actor form, network/coalition/theme form,
 * saved views or details.
 */
import type { ReactNode } from 'react';

import { ActorForm } from '../../components/ActorForm';
import { HistorySection } from '../../components/audit/HistorySection';
import { DetailsPanel } from '../../components/DetailsPanel';
import { HealthCard } from '../../components/metrics/HealthCard';
import { PathPanel } from '../../components/PathPanel';
import { RelationsEditor } from '../../components/RelationsEditor';
import { SavedViewsPanel } from '../../components/SavedViewsPanel';
import { SignInPanel } from '../../components/SignInPanel';
import { ChangesPanel } from '../../components/time/ChangesPanel';
import { UsersPanel } from '../../components/UsersPanel';
import { pageOf, queryOfSaved, toSavedState, type AppPage } from '../../core/alignment/alignState';
import { PRESENT, setSince } from '../../core/time/timeState';
import { decodeViewState, encodeViewState } from '../../core/url/urlState';
import { neighboursOf, toNodeId } from '../../core/view/displayGraph';
import { signIn } from '../../data/account';
import { fetchHistory } from '../../data/audit';
import { deleteGroup, deleteTheme } from '../../data/catalogueEdits';
import type { MeFragment } from '../../data/generated/graphql';
import * as ops from '../../data/operations';
import { refreshData } from '../../data/refresh';
import { useQuery } from '../../data/useQuery';
import { CatalogueEditor, isCataloguePanel, type CataloguePanel } from './CatalogueEditor';
import type { Explorer } from './useExplorer';

export type Panel =
  'none' | 'analytics' | 'path' | 'create' | 'edit' | 'saved' | 'signin' | 'users' | 'changes' | CataloguePanel;

/** The kinds whose changes the audit trail records, and so have a history. */
const WITH_HISTORY = new Set(['ACTOR', 'NETWORK', 'COALITION', 'THEME']);

export interface PathDraft {
  from: string | null;
  to: string | null;
}

export interface SidePanelProps {
  x: Explorer;
  panel: Panel;
  setPanel(panel: Panel): void;
  user: MeFragment | null;
  pathDraft: PathDraft;
  setEnds(from: string | null, to: string | null): void;
  openEditor(panel: Panel): void;
  onPage(page: AppPage, search?: string): void;
  /** The network analytics panel (views/explorer/useAnalytics.ts), shown when panel is 'analytics'. */
  analytics?: ReactNode;
}

const actorsOnly = async (text: string) => (await ops.findNodes(text)).filter((o) => o.kind === 'ACTOR');

export function SidePanel(props: SidePanelProps) {
  const { x, panel, setPanel, user, pathDraft, setEnds, openEditor, onPage } = props;
  const { view, act, data, selectedNode: node } = x;
  const saved = useQuery(panel === 'saved' ? 'saved' : null, ops.fetchSavedViews);
  const users = useQuery(panel === 'users' ? 'users' : null, ops.fetchUsers);
  const select = (id: string | null) => act({ type: 'select', id });
  const close = () => setPanel('none');

  if (panel === 'users') {
    return (
      <UsersPanel
        users={users.data}
        loading={users.loading}
        error={users.error?.message ?? null}
        create={(username, role) => ops.createUser(username, role).finally(users.reload)}
        changeRole={(id, role) =>
          ops
            .setUserRole(id, role)
            .then(() => undefined)
            .finally(users.reload)
        }
        resetPassword={(id) => ops.resetUserPassword(id).finally(users.reload)}
        currentUserId={user?.id}
        onClose={close}
      />
    );
  }
  if (panel === 'analytics' && props.analytics) return <>{props.analytics}</>;
  if (panel === 'signin') {
    return (
      <SignInPanel
        signIn={async (username, password) => {
          await signIn(username, password);
          close();
        }}
        onClose={close}
      />
    );
  }
  if (panel === 'path') {
    return (
      <PathPanel
        find={ops.findNodes}
        from={pathDraft.from}
        to={pathDraft.to}
        result={view.path ? data.path.data : undefined}
        loading={data.path.loading}
        error={data.path.error?.message ?? null}
        nameOf={x.nameOf}
        onEnds={setEnds}
        onNamed={x.remember}
        onSelect={select}
        onClose={() => {
          close();
          setEnds(null, null);
        }}
        minConfidence={view.filters.minConfidence}
        onMinConfidence={(minConfidence) => act({ type: 'filters', filters: { ...view.filters, minConfidence } })}
      />
    );
  }
  if (panel === 'create' || (panel === 'edit' && data.actor.data)) {
    return (
      <ActorForm
        key={panel === 'edit' ? `edit-${data.actor.data?.id}` : 'create'}
        actor={panel === 'edit' ? data.actor.data : undefined}
        countries={data.catalogue.data?.countries ?? []}
        create={ops.createActor}
        update={ops.updateActor}
        reload={ops.fetchActor}
        onDone={(a) => {
          refreshData();
          close();
          // A new actor may not be among the first drawn: its neighbourhood is fetched and placed.
          x.open({
            id: `actor:${a.id}`,
            entityId: a.id,
            label: a.name,
            matched: null,
            kind: 'ACTOR',
            detail: null,
          });
        }}
        onCancel={close}
      />
    );
  }
  if (isCataloguePanel(panel)) return <CatalogueEditor x={x} panel={panel} onClose={close} />;
  if (panel === 'changes') {
    const time = data.time;
    return (
      <ChangesPanel
        since={view.time?.since ?? null}
        asOf={view.time?.asOf ?? null}
        phases={time.phases.data ?? []}
        activities={time.activities.data ?? []}
        changes={time.changes.data}
        loading={time.changes.loading}
        error={time.changes.error?.message ?? null}
        onSince={(since) => act({ type: 'time', time: setSince(view.time ?? PRESENT, since) })}
        onPick={(n) =>
          x.open({ id: n.id, entityId: n.entityId, label: n.name, matched: null, kind: n.kind, detail: null })
        }
        onClose={close}
      />
    );
  }
  if (panel === 'saved') {
    return (
      <SavedViewsPanel
        views={saved.data}
        loading={saved.loading}
        error={saved.error?.message ?? null}
        save={async (name, description) => {
          await ops.saveView(name, description || null, toSavedState(encodeViewState(view)));
          saved.reload();
        }}
        open={(v) => {
          // A saved alignment view (matrix, shortlist…) opens its own page.
          if (pageOf(queryOfSaved(v.state)) !== 'explore')
            return onPage(pageOf(queryOfSaved(v.state)), queryOfSaved(v.state));
          const state = decodeViewState(queryOfSaved(v.state));
          act({ type: 'replace', state });
          setEnds(state.path?.from ?? null, state.path?.to ?? null);
          setPanel(state.path ? 'path' : 'none');
        }}
        remove={async (id) => {
          await ops.deleteSavedView(id);
          saved.reload();
        }}
        onClose={close}
      />
    );
  }
  if (!node) return null;
  const expansion = view.expanded.find((e) => toNodeId(e.id) === node.id);
  // Editors edit and delete networks, coalitions and themes, and read every item's history (the server decides too).
  const editor = user?.role === 'analyst' || user?.role === 'admin';
  const catalogue = data.catalogue.data;
  const isGroup = node.kind === 'NETWORK' || node.kind === 'COALITION';
  const group = isGroup ? catalogue?.groups.find((g) => g.id === node.entityId) : undefined;
  const theme = node.kind === 'THEME' ? catalogue?.themes.find((t) => t.id === node.entityId) : undefined;
  const remove = async (removeIt: (id: string) => Promise<string>) => {
    await removeIt(node.entityId);
    if (expansion) act({ type: 'collapse', id: expansion.id });
    select(null);
    refreshData();
  };
  return (
    <DetailsPanel
      node={node}
      actor={data.actor.data}
      group={group}
      theme={theme}
      loading={data.actor.loading}
      error={data.actor.error?.message ?? null}
      neighbours={neighboursOf(x.display, x.nodes, node.id)}
      expandedDepth={expansion?.depth ?? 0}
      focused={view.focus !== null && toNodeId(view.focus) === node.id}
      onSelect={select}
      onExpand={(depth) => act({ type: 'expand', id: node.id, depth })}
      onCollapse={() => act({ type: 'collapse', id: expansion?.id ?? node.id })}
      onFocus={(on) => act({ type: 'focus', id: on ? node.id : null })}
      onPath={(role) => {
        setPanel('path');
        setEnds(role === 'from' ? node.id : pathDraft.from, role === 'to' ? node.id : pathDraft.to);
      }}
      onEdit={
        node.kind === 'ACTOR'
          ? () => openEditor('edit')
          : editor && group
            ? () => setPanel('edit-group')
            : editor && theme
              ? () => setPanel('edit-theme')
              : undefined
      }
      onDelete={editor && group ? () => remove(deleteGroup) : editor && theme ? () => remove(deleteTheme) : undefined}
      onClose={() => select(null)}
      history={
        editor && WITH_HISTORY.has(node.kind) ? (
          <HistorySection key={node.id} entityId={node.entityId} load={fetchHistory} />
        ) : undefined
      }
    >
      {isGroup && <HealthCard key={node.entityId} groupId={node.entityId} />}
      {data.actor.data && user && (
        <RelationsEditor
          actor={data.actor.data}
          groups={data.catalogue.data?.groups ?? []}
          themes={data.catalogue.data?.themes ?? []}
          findActors={actorsOnly}
          onChanged={refreshData}
        />
      )}
    </DetailsPanel>
  );
}

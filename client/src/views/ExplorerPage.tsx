/** The explorer page: top bar, filters on the left, the graph (and/or table) in the middle, details on the right. */
import { useMemo, useState } from 'react';

import { AccountGate } from '../components/account/AccountGate';
import { ActorForm } from '../components/ActorForm';
import { ModeSwitch } from '../components/alignment/ModeSwitch';
import { DetailsPanel, type Neighbour } from '../components/DetailsPanel';
import { ExportDialog } from '../components/export/ExportDialog';
import { FilterPanel, type FacetSpec } from '../components/FilterPanel';
import { ImportDialog } from '../components/import/ImportDialog';
import { Legend } from '../components/Legend';
import { PathPanel } from '../components/PathPanel';
import { RelationsEditor } from '../components/RelationsEditor';
import { SavedViewsPanel } from '../components/SavedViewsPanel';
import { SignInPanel } from '../components/SignInPanel';
import { StatusBanner } from '../components/StatusBanner';
import { TableView } from '../components/TableView';
import { TopBar } from '../components/TopBar';
import { UsersPanel } from '../components/UsersPanel';
import { pageOf, queryOfSaved, toSavedState, type AppPage } from '../core/alignment/alignState';
import { facetCounts, suggest } from '../core/filters/filters';
import { decodeViewState, encodeViewState } from '../core/url/urlState';
import { toNodeId } from '../core/view/displayGraph';
import { COUNTRY_NAMES, LEVEL_LABELS, LEVELS, SECTOR_ENCODING, SECTORS } from '../core/vocabulary';
import { changeOwnPassword, signIn, signOut, useAccount } from '../data/account';
import * as ops from '../data/operations';
import { useQuery } from '../data/useQuery';
import type { GraphExporter } from '../graph/export/exporter';
import { GraphView } from '../graph/GraphView';
import { AlignmentPage } from './alignment/AlignmentPage';
import { usePage } from './alignment/usePage';
import { useExplorer } from './useExplorer';

type Panel = 'none' | 'path' | 'create' | 'edit' | 'saved' | 'signin' | 'users';

/** The explorer, or one of the alignment pages (?page=…); only the forced change while a one-time password is in use. */
export function ExplorerPage() {
  const [page, setPage] = usePage();
  const { me } = useAccount();
  return (
    <AccountGate me={me} change={changeOwnPassword} onSignOut={() => void signOut()}>
      {page === 'explore' ? <Explorer onPage={setPage} /> : <AlignmentPage page={page} onPage={setPage} />}
    </AccountGate>
  );
}

function Explorer({ onPage }: { onPage(page: AppPage, search?: string): void }) {
  const x = useExplorer();
  const { view, act, index, display, catalogue, matching } = x;
  const [panel, setPanel] = useState<Panel>(view.path ? 'path' : 'none');
  const [pathDraft, setPathDraft] = useState<{ from: string | null; to: string | null }>(
    view.path ?? { from: null, to: null },
  );
  const saved = useQuery(panel === 'saved' ? 'saved' : null, ops.fetchSavedViews);
  const users = useQuery(panel === 'users' ? 'users' : null, ops.fetchUsers);
  const user = useAccount().me ?? null;
  // Editing needs an analyst account: open the sign-in form first when nobody is signed in.
  const openEditor = (target: Panel) => setPanel(user ? target : 'signin');
  const [exporter, setExporter] = useState<GraphExporter | null>(null);
  const [dialog, setDialog] = useState<'export' | 'import' | null>(null);

  const facets: FacetSpec[] = useMemo(() => {
    const c = catalogue.data;
    const f = view.filters;
    const groups = c?.groups ?? [];
    return [
      {
        facet: 'countries',
        title: 'Country',
        options: (c?.countries ?? []).map((k) => ({ value: k.id, label: COUNTRY_NAMES[k.id] ?? k.name })),
        counts: facetCounts(index, f, 'countries'),
      },
      {
        facet: 'sectors',
        title: 'Sector',
        options: SECTORS.map((s) => ({ value: s, label: SECTOR_ENCODING[s].label })),
        counts: facetCounts(index, f, 'sectors'),
      },
      {
        facet: 'levels',
        title: 'Level',
        options: LEVELS.map((l) => ({ value: l, label: LEVEL_LABELS[l] })),
        counts: facetCounts(index, f, 'levels'),
      },
      {
        facet: 'themes',
        title: 'Theme',
        options: (c?.themes ?? []).map((t) => ({ value: t.id, label: t.name })),
        counts: facetCounts(index, f, 'themes'),
        folded: true,
      },
      {
        facet: 'networks',
        title: 'Network',
        options: groups
          .filter((g) => g.kind === 'NETWORK')
          .map((g) => ({ value: g.id, label: g.acronym ? `${g.name} (${g.acronym})` : g.name })),
        counts: facetCounts(index, f, 'networks'),
        folded: true,
      },
      {
        facet: 'coalitions',
        title: 'Coalition',
        options: groups
          .filter((g) => g.kind === 'COALITION')
          .map((g) => ({ value: g.id, label: g.acronym ? `${g.name} (${g.acronym})` : g.name })),
        counts: facetCounts(index, f, 'coalitions'),
        folded: true,
      },
    ];
  }, [catalogue.data, view.filters, index]);

  const suggestions = useMemo(() => suggest(index.nodes.values(), view.filters.text), [index, view.filters.text]);
  const matchCount = matching ? [...matching].filter((id) => index.actors.has(id)).length : null;
  const degree = useMemo(() => {
    const d = new Map<string, number>();
    for (const e of display.edges) {
      d.set(e.source, (d.get(e.source) ?? 0) + 1);
      d.set(e.target, (d.get(e.target) ?? 0) + 1);
    }
    return d;
  }, [display]);

  const node = x.selectedNode;
  const neighbours: Neighbour[] = useMemo(() => {
    if (!node) return [];
    return display.edges.flatMap((edge) => {
      const other = edge.source === node.id ? edge.target : edge.target === node.id ? edge.source : null;
      const otherNode = other ? index.nodes.get(other) : undefined;
      return otherNode ? [{ node: otherNode, edge }] : [];
    });
  }, [node, display, index]);

  const expansion = node ? view.expanded.find((e) => toNodeId(e.id) === node.id) : undefined;
  const nameOf = (id: string) => index.nodes.get(id)?.name ?? id;
  const select = (id: string | null) => act({ type: 'select', id });
  const setEnds = (from: string | null, to: string | null) => {
    setPathDraft({ from, to });
    act({ type: 'path', path: from && to ? { from, to } : null });
  };

  const loadingGraph = !x.base.data && !x.failure;
  const empty = x.base.data && x.base.data.nodes.length === 0;
  const showGraph = view.view !== 'table';
  const showTable = view.view !== 'graph';

  let side = null;
  if (panel === 'users') {
    side = (
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
        onClose={() => setPanel('none')}
      />
    );
  } else if (panel === 'signin') {
    side = (
      <SignInPanel
        signIn={async (username, password) => {
          await signIn(username, password);
          setPanel('none');
        }}
        onClose={() => setPanel('none')}
      />
    );
  } else if (panel === 'path') {
    side = (
      <PathPanel
        nodes={[...index.nodes.values()]}
        from={pathDraft.from}
        to={pathDraft.to}
        result={view.path ? x.path.data : undefined}
        loading={x.path.loading}
        error={x.path.error?.message ?? null}
        nameOf={nameOf}
        onEnds={setEnds}
        onSelect={select}
        onClose={() => {
          setPanel('none');
          setEnds(null, null);
        }}
      />
    );
  } else if (panel === 'create' || (panel === 'edit' && x.actor.data)) {
    side = (
      <ActorForm
        key={panel === 'edit' ? `edit-${x.actor.data?.id}` : 'create'}
        actor={panel === 'edit' ? x.actor.data : undefined}
        countries={catalogue.data?.countries ?? []}
        create={ops.createActor}
        update={ops.updateActor}
        reload={ops.fetchActor}
        onDone={(a) => {
          x.afterEdit(a);
          setPanel('none');
          act({ type: 'select', id: `actor:${a.id}` });
        }}
        onCancel={() => setPanel('none')}
      />
    );
  } else if (panel === 'saved') {
    side = (
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
          setPathDraft(state.path ?? { from: null, to: null });
          setPanel(state.path ? 'path' : 'none');
        }}
        remove={async (id) => {
          await ops.deleteSavedView(id);
          saved.reload();
        }}
        onClose={() => setPanel('none')}
      />
    );
  } else if (node) {
    side = (
      <DetailsPanel
        node={node}
        actor={x.actor.data}
        loading={x.actor.loading}
        error={x.actor.error?.message ?? null}
        neighbours={neighbours}
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
        onEdit={() => openEditor('edit')}
        onClose={() => select(null)}
      >
        {x.actor.data && user && (
          <RelationsEditor
            actor={x.actor.data}
            groups={catalogue.data?.groups ?? []}
            themes={catalogue.data?.themes ?? []}
            actors={[...index.nodes.values()].filter((n) => n.kind === 'ACTOR')}
            onChanged={x.afterEdit}
          />
        )}
      </DetailsPanel>
    );
  }

  return (
    <div className="app">
      <TopBar
        modeSwitch={<ModeSwitch page="explore" onPage={onPage} />}
        dataset={catalogue.data?.dataset}
        search={view.filters.text}
        suggestions={suggestions}
        layout={view.layout}
        view={view.view}
        onSearch={(text) => act({ type: 'filters', filters: { ...view.filters, text } })}
        onPick={(s) => act({ type: 'select', id: s.id })}
        onLayout={(layout) => act({ type: 'layout', layout })}
        onView={(v) => act({ type: 'view', view: v })}
        onNewActor={() => openEditor('create')}
        onSavedViews={() => setPanel('saved')}
        user={user}
        onSignIn={() => setPanel('signin')}
        onSignOut={() => void signOut()}
        changePassword={changeOwnPassword}
        onExport={() => setDialog('export')}
        onImport={() => setDialog('import')}
        onUsers={() => setPanel('users')}
      />
      <StatusBanner
        message={x.failure?.message ?? null}
        unavailable={x.unavailable}
        health={x.health}
        onRetry={x.recover}
      />
      <div className="main">
        <aside className="left" aria-label="Filters and legend">
          <FilterPanel
            filters={view.filters}
            facets={facets}
            matchCount={matchCount}
            actorCount={index.actors.size}
            onChange={(filters) => act({ type: 'filters', filters })}
          />
          <Legend grouping={view.layout === 'country' ? 'country' : view.layout === 'group' ? 'group' : null} />
        </aside>
        <main className={`centre view-${view.view}`}>
          <div className="centre-bar">
            {view.focus && (
              <p className="chip">
                Focus: {nameOf(toNodeId(view.focus))}{' '}
                <button type="button" className="link" onClick={() => act({ type: 'focus', id: null })}>
                  show everything
                </button>
              </p>
            )}
            {x.base.data?.truncated && (
              <p className="chip">Showing the {x.limit} most influential actors and their links.</p>
            )}
            {x.expansions.pending > 0 && <p className="chip">Expanding…</p>}
            <button type="button" className="chip-button" onClick={() => setPanel('path')}>
              Find a path…
            </button>
          </div>
          <div className="centre-body">
            {showGraph && (
              <div className="graph-area">
                <GraphView
                  graph={x.base.data ? display : null}
                  layout={view.layout}
                  layoutKey={x.layoutKey}
                  matching={matching}
                  mode={view.filters.mode}
                  selected={view.selected}
                  path={x.pathIds}
                  expandedFrom={x.expandedFrom}
                  onSelect={select}
                  onExpand={(id) => act({ type: 'expand', id, depth: 1 })}
                  onExporter={setExporter}
                />
                {loadingGraph && (
                  <div className="overlay" role="status">
                    Loading the map…
                  </div>
                )}
                {empty && (
                  <div className="overlay" role="status">
                    No actors in the database yet. Load the illustrative data with <code>npm run seed</code>, or add one
                    with “New actor”.
                  </div>
                )}
              </div>
            )}
            {showTable && (
              <TableView
                nodes={display.nodes}
                degree={degree}
                matching={matching}
                selected={view.selected}
                onSelect={select}
              />
            )}
          </div>
        </main>
        {side && (
          <aside className="right" aria-label="Details">
            {side}
          </aside>
        )}
      </div>
      {dialog === 'export' && (
        <ExportDialog
          exporter={exporter}
          nodes={display.nodes}
          filters={view.filters}
          catalogue={catalogue.data}
          onClose={() => setDialog(null)}
        />
      )}
      {dialog === 'import' && (
        <ImportDialog
          onImported={() => {
            x.afterEdit(null);
            catalogue.reload();
          }}
          onClose={() => setDialog(null)}
        />
      )}
    </div>
  );
}

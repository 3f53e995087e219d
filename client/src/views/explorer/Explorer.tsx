/**
 * The explorer: top bar, filters on the left, the toolbar, map (and/or table) and legend in the middle, a panel on
 * the right. Below 1,100 px the side panels are drawers over the map. State and data come from useExplorer.
 */
import { useEffect, useMemo, useState } from 'react';

import { ModeSwitch } from '../../components/alignment/ModeSwitch';
import { ExportDialog } from '../../components/export/ExportDialog';
import { FilterPanel } from '../../components/FilterPanel';
import { GraphToolbar } from '../../components/GraphToolbar';
import { ImportDialog } from '../../components/import/ImportDialog';
import { Legend, legendContent } from '../../components/Legend';
import type { MenuItem } from '../../components/MenuButton';
import { AnalyticsPanel } from '../../components/metrics/AnalyticsPanel';
import { CommunityLegend } from '../../components/metrics/CommunityLegend';
import { SearchBox } from '../../components/SearchBox';
import { StatusBanner } from '../../components/StatusBanner';
import { TableView } from '../../components/TableView';
import { ExplorerTimeline } from '../../components/time/ExplorerTimeline';
import { TimeLegend } from '../../components/time/TimeLegend';
import { TopBar } from '../../components/TopBar';
import type { AppPage } from '../../core/alignment/alignState';
import type { TimeState } from '../../core/time/timeState';
import { degreesOf, toNodeId } from '../../core/view/displayGraph';
import { changeOwnPassword, signOut, useAccount } from '../../data/account';
import { findNodes } from '../../data/operations';
import { refreshData } from '../../data/refresh';
import type { GraphExporter } from '../../graph/export/exporter';
import { GraphView } from '../../graph/GraphView';
import { facetSpecs } from './facetSpecs';
import { SidePanel, type Panel, type PathDraft } from './SidePanel';
import { useAnalytics } from './useAnalytics';
import { useExplorer } from './useExplorer';

/** Escape clears the selection unless a field, menu or dialog has it. */
function useEscapeClears(selected: string | null, clear: () => void): void {
  useEffect(() => {
    if (!selected) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape' || e.defaultPrevented) return;
      const target = e.target instanceof Element ? e.target : null;
      if (target?.closest('input, textarea, select, [role="dialog"], [role="menu"], [role="listbox"]')) return;
      clear();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [selected, clear]);
}

export function Explorer({ onPage }: { onPage(page: AppPage, search?: string): void }) {
  const x = useExplorer();
  const { view, act, data, display } = x;
  const user = useAccount().me ?? null;
  const [panel, setPanel] = useState<Panel>(view.path ? 'path' : 'none');
  const [filtersOpen, setFiltersOpen] = useState(false);
  const [pathDraft, setPathDraft] = useState<PathDraft>(view.path ?? { from: null, to: null });
  const [exporter, setExporter] = useState<GraphExporter | null>(null);
  const [dialog, setDialog] = useState<'export' | 'import' | null>(null);
  const [clearSelection] = useState(() => () => act({ type: 'select', id: null }));
  const analytics = useAnalytics(view.filters);
  const [onTime] = useState(() => (time: TimeState) => act({ type: 'time', time }));
  useEscapeClears(view.selected, clearSelection);

  // Editing needs an analyst account: open the sign-in form first when nobody is signed in.
  const openEditor = (target: Panel) => setPanel(user ? target : 'signin');
  const select = (id: string | null) => act({ type: 'select', id });
  const setEnds = (from: string | null, to: string | null) => {
    setPathDraft({ from, to });
    act({ type: 'path', path: from && to ? { from, to } : null });
  };

  const catalogue = data.catalogue.data;
  const facets = useMemo(() => facetSpecs(catalogue, data.facets.data), [catalogue, data.facets.data]);
  const degree = useMemo(() => degreesOf(display), [display]);
  const legend = useMemo(() => legendContent(display), [display]);
  const tableRows = useMemo(
    () => (display.matching ? new Set([...display.matching, ...display.context]) : null),
    [display],
  );

  const actions: MenuItem[] = [
    { id: 'saved-views', label: 'Saved views', onSelect: () => setPanel('saved') },
    {
      id: 'analytics',
      label: 'Network analytics',
      onSelect: () => {
        analytics.open();
        setPanel('analytics');
      },
    },
    { id: 'export', label: 'Export…', onSelect: () => setDialog('export') },
    ...(user?.role === 'analyst' || user?.role === 'admin'
      ? [
          { id: 'import', label: 'Import…', onSelect: () => setDialog('import') },
          // Capture in the room and its review (views/capture): pages of their own, as the audit trail is.
          { id: 'capture', label: 'Capture in the room…', onSelect: () => window.location.assign('?page=capture') },
          { id: 'review-captures', label: 'Review captures', onSelect: () => window.location.assign('?page=review') },
        ]
      : []),
    ...(user?.role === 'admin'
      ? [
          { id: 'users', label: 'Users', onSelect: () => setPanel('users') },
          // An administrator's page: here beside Users rather than in the page switch, which is everyone's.
          { id: 'audit', label: 'Audit trail', onSelect: () => onPage('audit') },
        ]
      : []),
  ];
  const createItems: MenuItem[] =
    user?.role === 'analyst' || user?.role === 'admin'
      ? [
          { id: 'network', label: 'New network', onSelect: () => setPanel('new-network') },
          { id: 'coalition', label: 'New coalition', onSelect: () => setPanel('new-coalition') },
          { id: 'theme', label: 'New theme', onSelect: () => setPanel('new-theme') },
        ]
      : [];

  const matches = data.matches.data?.graph;
  const loadingGraph = !matches && !data.failure;
  const empty = catalogue?.dataset.actors === 0;
  const showGraph = view.view !== 'table';
  const showTable = view.view !== 'graph';
  const side = (
    <SidePanel
      x={x}
      panel={panel}
      setPanel={setPanel}
      user={user}
      pathDraft={pathDraft}
      setEnds={setEnds}
      openEditor={openEditor}
      onPage={onPage}
      analytics={
        <AnalyticsPanel
          settings={analytics.settings}
          onSettings={analytics.setSettings}
          result={analytics.result}
          loading={analytics.loading}
          progress={analytics.progress}
          error={analytics.error}
          onSelect={select}
          onClose={() => {
            analytics.close();
            setPanel('none');
          }}
        />
      }
    />
  );
  const sideOpen = panel !== 'none' || x.selectedNode !== null;

  return (
    <div className="app">
      <nav className="skip-links" aria-label="Skip links">
        <a href="#map">Skip to the map</a>
        <a
          href="#table"
          onClick={() => {
            if (view.view === 'graph') act({ type: 'view', view: 'split' });
          }}
        >
          Skip to the table
        </a>
      </nav>
      <TopBar
        modeSwitch={<ModeSwitch page="explore" onPage={onPage} />}
        dataset={catalogue?.dataset}
        search={
          <SearchBox
            label="Search actors, networks, coalitions and themes"
            compact
            placeholder="Search by name, acronym or local-script name…"
            find={findNodes}
            onPick={x.open}
            submit={{
              describe: (text) => `Filter the map by “${text}”`,
              onSubmit: (text) => act({ type: 'filters', filters: { ...view.filters, text } }),
            }}
            testId="search"
          />
        }
        actions={actions}
        onNewActor={() => openEditor('create')}
        createItems={createItems}
        user={user}
        onSignIn={() => setPanel('signin')}
        onSignOut={() => void signOut()}
        changePassword={changeOwnPassword}
      />
      <StatusBanner
        message={data.failure?.message ?? null}
        unavailable={data.unavailable}
        health={data.health}
        onRetry={data.recover}
      />
      <ExplorerTimeline
        time={view.time}
        onTime={onTime}
        data={data.time}
        busy={data.matches.loading || data.time.changes.loading}
        canEdit={user?.role === 'analyst' || user?.role === 'admin'}
        onChanges={() => setPanel('changes')}
      />
      <div className={`main${filtersOpen ? ' filters-open' : ''}${sideOpen ? ' side-open' : ''}`}>
        <aside className="left" aria-label="Filters" data-testid="filters-panel">
          <button
            type="button"
            className="close drawer-close"
            onClick={() => setFiltersOpen(false)}
            aria-label="Close the filters"
          >
            ×
          </button>
          <FilterPanel
            filters={view.filters}
            facets={facets}
            active={data.filtered}
            matchCount={data.filtered ? (data.facets.data?.total ?? null) : null}
            counting={data.facets.loading}
            actorCount={catalogue?.dataset.actors ?? null}
            onChange={(filters) => act({ type: 'filters', filters })}
          />
        </aside>
        <main className={`centre view-${view.view}`}>
          <GraphToolbar
            count={
              matches
                ? {
                    drawn: display.matchedActors,
                    total: matches.total ?? display.matchedActors,
                    shown: view.shown,
                    // What the drawn answer was asked for: until the next answer arrives the line stays true.
                    filtered: data.matches.data?.filtered ?? data.filtered,
                    busy: data.matches.loading,
                  }
                : null
            }
            onShown={(shown) => act({ type: 'shown', shown })}
            layout={view.layout}
            onLayout={(layout) => act({ type: 'layout', layout })}
            context={view.context}
            onContext={(context) => act({ type: 'context', context })}
            view={view.view}
            onView={(v) => act({ type: 'view', view: v })}
            onFindPath={() => setPanel('path')}
            onFilters={() => setFiltersOpen((o) => !o)}
          >
            {view.focus && (
              <p className="chip">
                Focus: {x.nameOf(toNodeId(view.focus))}{' '}
                <button type="button" className="link" onClick={() => act({ type: 'focus', id: null })}>
                  show everything
                </button>
              </p>
            )}
            {data.expansions.pending > 0 && (
              <p className="chip" role="status">
                Expanding…
              </p>
            )}
          </GraphToolbar>
          <div className="centre-body">
            {showGraph && (
              <div className="graph-column">
                <div className="graph-area" id="map" tabIndex={-1}>
                  <GraphView
                    graph={matches ? display : null}
                    layout={view.layout}
                    layoutKey={x.layoutKey}
                    matching={display.matching}
                    context={display.context}
                    mode={view.filters.mode}
                    selected={view.selected}
                    path={x.pathIds}
                    expandedFrom={x.expandedFrom}
                    onSelect={select}
                    onExpand={(id) => act({ type: 'expand', id, depth: 1 })}
                    onExporter={setExporter}
                    metricsOverlay={analytics.overlay}
                    timeDiff={view.time?.since ? x.timeDiff : null}
                  />
                  {loadingGraph && (
                    <div className="overlay" role="status">
                      Loading the map…
                    </div>
                  )}
                  {empty && (
                    <div className="overlay" role="status">
                      No actors in the database yet. Load the illustrative data with <code>npm run seed</code>, or add
                      one with “New actor”.
                    </div>
                  )}
                </div>
                <Legend
                  present={legend}
                  grouping={view.layout === 'country' ? 'country' : view.layout === 'group' ? 'group' : null}
                  extra={view.time?.since ? <TimeLegend since={view.time.since} /> : undefined}
                />
                <CommunityLegend
                  communities={analytics.legend}
                  modularity={analytics.result?.modularity ?? null}
                  measure={analytics.colourMeasure}
                />
              </div>
            )}
            {showTable && (
              <TableView
                id="table"
                nodes={display.nodes}
                degree={degree}
                measures={analytics.measures}
                matching={tableRows}
                selected={view.selected}
                onSelect={select}
              />
            )}
          </div>
        </main>
        {sideOpen && (
          <aside className="right" aria-label="Details" data-testid="side-panel">
            {side}
          </aside>
        )}
      </div>
      {dialog === 'export' && (
        <ExportDialog
          exporter={exporter}
          nodes={display.nodes}
          filters={view.filters}
          catalogue={catalogue}
          onClose={() => setDialog(null)}
        />
      )}
      {dialog === 'import' && <ImportDialog onImported={refreshData} onClose={() => setDialog(null)} />}
    </div>
  );
}

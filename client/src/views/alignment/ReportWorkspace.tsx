/**
 * The report pages' body: the coalition gaps and the theme landscape. A picker and the page's settings on the left,
 * the report (tables and bars, no graph: these answers are counts and reasons, read best as text) in the middle.
 */
import { CoalitionGapsReport } from '../../components/alignment/CoalitionGaps';
import { ThemeLandscapeReport } from '../../components/alignment/ThemeLandscape';
import { ConfidenceSelect } from '../../components/ConfidenceSelect';
import type { AlignState } from '../../core/alignment/alignState';
import { fetchCatalogue } from '../../data/operations';
import { useQuery } from '../../data/useQuery';
import { useGapsData, useLandscapeData, useSharedConfidence } from './useAlignment';

export interface ReportWorkspaceProps {
  state: AlignState;
  update(patch: Partial<AlignState>): void;
  search: string;
  presentation?: boolean;
  saveSlot?: React.ReactNode;
  /** Opens an actor in the explorer (its neighbourhood, selected). */
  onActor?(id: string): void;
}

export function isReportPage(page: AlignState['page']): boolean {
  return page === 'gaps' || page === 'landscape';
}

export function ReportWorkspace({
  state,
  update,
  search,
  presentation = false,
  saveSlot,
  onActor,
}: ReportWorkspaceProps) {
  const catalogue = useQuery('catalogue', fetchCatalogue);
  const coalitions = (catalogue.data?.groups ?? []).filter((g) => g.kind === 'COALITION');
  const themes = catalogue.data?.themes ?? [];
  const coalition = state.coalition ?? coalitions[0]?.id ?? null;
  // Until one is chosen: the theme most actors hold.
  const theme =
    state.landscapeTheme ??
    [...themes].sort((a, b) => b.actorCount - a.actorCount || a.name.localeCompare(b.name))[0]?.id ??
    null;
  // The explorer's minimum confidence, shared through the address (`conf`): set here, it holds there too.
  const [minConfidence, shared, chooseConfidence] = useSharedConfidence(search);
  const gaps = useGapsData(state.page === 'gaps' ? coalition : null, shared);
  const landscape = useLandscapeData(state.page === 'landscape' ? theme : null, shared);
  const answer = state.page === 'gaps' ? gaps : landscape;
  const error = catalogue.error ?? answer.error;

  return (
    <div className={`align-body report-body page-${state.page}${presentation ? ' presentation' : ''}`}>
      <aside className="align-left" aria-label="Report controls">
        {state.page === 'gaps' ? (
          <section className="align-panel">
            <h2>Coalition gaps</h2>
            <p className="muted">
              Who a coalition is missing: sectors and countries with a stake in its agenda but no member in it, and the
              actors who would fill them.
            </p>
            <label className="field">
              Coalition{' '}
              <select
                value={coalition ?? ''}
                onChange={(e) => update({ coalition: e.target.value })}
                data-testid="gaps-coalition"
              >
                {coalitions.map((g) => (
                  <option key={g.id} value={g.id}>
                    {g.name} ({g.memberCount})
                  </option>
                ))}
              </select>
            </label>
            <ConfidenceSelect
              label="Links of confidence"
              testId="gaps-min-confidence"
              value={minConfidence}
              onChange={chooseConfidence}
            />
          </section>
        ) : (
          <section className="align-panel">
            <h2>Theme landscape</h2>
            <p className="muted">
              For one theme: who supports, opposes or is mixed on it, by sector and by country. The explorer&apos;s
              filters apply.
            </p>
            <label className="field">
              Theme{' '}
              <select
                value={theme ?? ''}
                onChange={(e) => update({ landscapeTheme: e.target.value })}
                data-testid="landscape-theme"
              >
                {themes.map((t) => (
                  <option key={t.id} value={t.id}>
                    {t.name} ({t.actorCount})
                  </option>
                ))}
              </select>
            </label>
          </section>
        )}
        {saveSlot}
      </aside>
      <main className="centre report-centre">
        {error && (
          <p className="error" role="alert">
            {error.message}
          </p>
        )}
        {!error && !answer.data && (
          <p className="muted" role="status">
            Loading…
          </p>
        )}
        {state.page === 'gaps' && gaps.data && <CoalitionGapsReport gaps={gaps.data} onActor={onActor} />}
        {state.page === 'landscape' && landscape.data && (
          <ThemeLandscapeReport landscape={landscape.data} onActor={onActor} />
        )}
      </main>
    </div>
  );
}

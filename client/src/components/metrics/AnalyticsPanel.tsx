/**
 * Network analytics in the explorer's side panel: which measure sizes the nodes and whether communities colour
 * them, the kinds of link that make ties, a progress bar while the server computes, the ranked list for the measure
 * with its reasons, the communities with their colours, and the brokers with whom each connects.
 */
import {
  formatMeasure,
  legendCommunities,
  MEASURE_HELP,
  MEASURE_LABELS,
  MEASURES,
  progressText,
  rankActors,
  sectorColour,
  sectorLabel,
  TIE_KIND_LABELS,
  type AnalyticsSettings,
  type Measure,
  type TieKind,
} from '../../core/metrics/metrics';
import type { MetricsProgress, NetworkMetrics } from '../../data/metrics';
import './metrics.css';

export interface AnalyticsPanelProps {
  settings: AnalyticsSettings;
  onSettings(settings: AnalyticsSettings): void;
  result: NetworkMetrics | undefined;
  loading: boolean;
  progress: MetricsProgress | null;
  error: string | null;
  onSelect(nodeId: string): void;
  onClose(): void;
}

const TIE_KINDS = Object.keys(TIE_KIND_LABELS) as TieKind[];

function Progress({ progress }: { progress: MetricsProgress | null }) {
  const { text, share } = progressText(progress);
  return (
    <div className="metrics-progress" role="status" data-testid="metrics-progress">
      <progress max={1} value={share ?? undefined} aria-label="Progress of the measures" />
      <span>{text}</span>
    </div>
  );
}

function Ranking({
  result,
  measure,
  onSelect,
}: {
  result: NetworkMetrics;
  measure: Measure;
  onSelect(id: string): void;
}) {
  const ranked = rankActors(result, measure);
  return (
    <section aria-labelledby="ranking-title" data-testid="metrics-ranking">
      <h3 id="ranking-title">Top actors by {MEASURE_LABELS[measure].toLowerCase()}</h3>
      <ol className="metrics-ranking">
        {ranked.map((r) => (
          <li key={r.id}>
            <button type="button" className="link" onClick={() => onSelect(r.nodeId)}>
              {r.name}
            </button>{' '}
            <span className="metrics-value">{r.formatted}</span>
            <span className="metrics-reason">{r.reason}</span>
          </li>
        ))}
      </ol>
    </section>
  );
}

function Communities({ result }: { result: NetworkMetrics }) {
  const shown = legendCommunities(result);
  return (
    <section aria-labelledby="communities-title" data-testid="metrics-communities">
      <h3 id="communities-title">Communities</h3>
      <p className="muted">
        {result.communities.filter((c) => c.size > 1).length} communities of two or more (Louvain), modularity{' '}
        {result.modularity.toFixed(2)}.
      </p>
      <ul className="metrics-communities">
        {shown.map((c) => (
          <li key={c.id}>
            <span className="swatch" style={{ background: c.colour }} aria-hidden="true" />
            <span>
              {c.label}{' '}
              <span className="muted">
                ({c.actorCount} actors{c.hubName ? `, around ${c.hubName}` : ''})
              </span>
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}

function Brokers({ result, onSelect }: { result: NetworkMetrics; onSelect(id: string): void }) {
  if (result.brokers.length === 0) return null;
  return (
    <section aria-labelledby="brokers-title" data-testid="metrics-brokers">
      <h3 id="brokers-title">Brokers</h3>
      <p className="muted">Actors whose partners from different sectors have no tie of their own.</p>
      <ol className="metrics-brokers">
        {result.brokers.slice(0, 10).map((b) => (
          <li key={b.id}>
            <button type="button" className="link" onClick={() => onSelect(`actor:${b.id}`)}>
              {b.name}
            </button>{' '}
            <span className="tag">{b.role.toLowerCase()}</span>{' '}
            <span
              className="metrics-sectors"
              aria-label={`Sectors it links: ${b.sectorsConnected.map(sectorLabel).join(', ')}`}
            >
              {b.sectorsConnected.map((s) => (
                <span key={s} className="swatch" style={{ background: sectorColour(s) }} title={sectorLabel(s)} />
              ))}
            </span>
            <p className="metrics-reason">{b.sentence}</p>
          </li>
        ))}
      </ol>
    </section>
  );
}

export function AnalyticsPanel(props: AnalyticsPanelProps) {
  const { settings, onSettings, result } = props;
  const set = (patch: Partial<AnalyticsSettings>) => onSettings({ ...settings, ...patch });
  const toggleTie = (kind: TieKind, on: boolean) => {
    const ties = on ? [...settings.ties, kind] : settings.ties.filter((k) => k !== kind);
    if (ties.length > 0) set({ ties: TIE_KINDS.filter((k) => ties.includes(k)) });
  };
  return (
    <section className="analytics-panel" aria-labelledby="analytics-title" data-testid="analytics-panel">
      <div className="details-head">
        <h2 id="analytics-title">Network analytics</h2>
        <button type="button" className="close" onClick={props.onClose} aria-label="Close network analytics">
          ×
        </button>
      </div>
      <p className="muted">
        Over the actors the filters select and the links you may see, at the filters’ confidence. Changing the filters
        measures again.
      </p>
      <label className="metrics-field">
        Measure{' '}
        <select
          value={settings.measure}
          onChange={(e) => set({ measure: e.target.value as Measure })}
          data-testid="metrics-measure"
        >
          {MEASURES.map((m) => (
            <option key={m} value={m}>
              {MEASURE_LABELS[m]}
            </option>
          ))}
        </select>
      </label>
      <p className="muted metrics-help">{MEASURE_HELP[settings.measure]}</p>
      <label className="metrics-check">
        <input
          type="checkbox"
          checked={settings.sizeByMeasure}
          onChange={(e) => set({ sizeByMeasure: e.target.checked })}
          data-testid="metrics-size"
        />{' '}
        Size actors by {MEASURE_LABELS[settings.measure].toLowerCase()}
      </label>
      <label className="metrics-check">
        <input
          type="checkbox"
          checked={settings.colour === 'community'}
          onChange={(e) => set({ colour: e.target.checked ? 'community' : 'sector' })}
          data-testid="metrics-community-colour"
        />{' '}
        Colour actors by community
      </label>
      <label className="metrics-check">
        <input
          type="checkbox"
          checked={settings.colour === 'measure'}
          onChange={(e) => set({ colour: e.target.checked ? 'measure' : 'sector' })}
          data-testid="metrics-measure-colour"
        />{' '}
        Colour actors by {MEASURE_LABELS[settings.measure].toLowerCase()}
      </label>
      <fieldset className="metrics-ties">
        <legend>Ties</legend>
        {TIE_KINDS.map((kind) => (
          <label key={kind} className="metrics-check">
            <input
              type="checkbox"
              checked={settings.ties.includes(kind)}
              disabled={settings.ties.length === 1 && settings.ties.includes(kind)}
              onChange={(e) => toggleTie(kind, e.target.checked)}
            />{' '}
            {TIE_KIND_LABELS[kind]}
          </label>
        ))}
      </fieldset>
      {props.loading && <Progress progress={props.progress} />}
      {props.error && (
        <p role="alert" className="error">
          {props.error}
        </p>
      )}
      {result && (
        <div className={props.loading ? 'metrics-stale' : undefined} data-testid="metrics-result">
          <p className="muted" data-testid="metrics-summary">
            {result.actorCount.toLocaleString('en')} actors, {result.tieCount.toLocaleString('en')} ties
            {result.approximate
              ? `; betweenness and closeness estimated from ${result.sampledSources ?? 0} sampled actors`
              : ''}
            . Largest {MEASURE_LABELS[settings.measure].toLowerCase()}:{' '}
            {formatMeasure(
              settings.measure,
              result.actors.reduce((m, a) => Math.max(m, a[settings.measure]), 0),
            )}
            .
          </p>
          <Ranking result={result} measure={settings.measure} onSelect={props.onSelect} />
          <Communities result={result} />
          <Brokers result={result} onSelect={props.onSelect} />
        </div>
      )}
    </section>
  );
}

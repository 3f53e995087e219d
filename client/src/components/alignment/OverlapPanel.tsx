/** Overlap view controls: minimum shared themes, cross-sector only, which themes are drawn as regions. */
import { MAX_REGIONS, type ThemeRegion } from '../../core/alignment/overlap';

export interface OverlapPanelProps {
  minShared: number;
  crossSectorOnly: boolean;
  themes: Array<{ id: string; name: string; actorCount: number }>;
  regions: ThemeRegion[];
  chosen: string[];
  counts: { nodes: number; edges: number; pairs: number; truncated: boolean } | null;
  inSeveral: Array<{ id: string; label: string; count: number }>;
  onMinShared(n: number): void;
  onCrossSector(on: boolean): void;
  onChosen(ids: string[]): void;
  onSelect(id: string): void;
}

export function OverlapPanel(p: OverlapPanelProps) {
  const colour = new Map(p.regions.map((r) => [r.id, r.colour]));
  return (
    <section className="align-panel" aria-labelledby="overlap-title">
      <h2 id="overlap-title">Who shares which themes</h2>
      <p className="muted">
        A line joins two actors sharing themes; its label is “shared themes · alignment score” (0–1, rare themes weigh
        more). Blue lines join different sectors; dashed orange lines are pairs that mostly disagree.
      </p>
      <div className="field">
        <label htmlFor="min-shared">
          At least <strong data-testid="min-shared-value">{p.minShared}</strong> shared theme
          {p.minShared === 1 ? '' : 's'}
        </label>
        <input
          id="min-shared"
          type="range"
          min={1}
          max={6}
          step={1}
          value={p.minShared}
          onChange={(e) => p.onMinShared(Number(e.target.value))}
          data-testid="min-shared"
        />
      </div>
      <label className="check">
        <input type="checkbox" checked={p.crossSectorOnly} onChange={(e) => p.onCrossSector(e.target.checked)} /> Only
        pairs from different sectors
      </label>
      {p.counts && (
        <p className="chip" data-testid="overlap-counts">
          {p.counts.nodes} actors, {p.counts.edges} links
          {p.counts.truncated ? ` (strongest ${p.counts.edges} of ${p.counts.pairs})` : ''}
        </p>
      )}
      <fieldset className="regions">
        <legend>Themes drawn as regions (up to {MAX_REGIONS})</legend>
        <ul>
          {p.themes.map((t) => {
            const on = p.chosen.includes(t.id);
            return (
              <li key={t.id}>
                <label className="check">
                  <input
                    type="checkbox"
                    checked={on}
                    disabled={!on && p.chosen.length >= MAX_REGIONS}
                    onChange={() => p.onChosen(on ? p.chosen.filter((x) => x !== t.id) : [...p.chosen, t.id])}
                  />
                  <span
                    className="swatch"
                    style={{
                      background: colour.get(t.id) ?? 'transparent',
                      borderColor: colour.get(t.id) ?? '#c9d0d8',
                    }}
                    aria-hidden
                  />
                  {t.name} <span className="muted">{t.actorCount}</span>
                </label>
              </li>
            );
          })}
        </ul>
      </fieldset>
      {p.inSeveral.length > 0 && (
        <div data-testid="in-several">
          <h3>In several drawn themes</h3>
          <ul className="inline-list">
            {p.inSeveral.slice(0, 12).map((a) => (
              <li key={a.id}>
                <button type="button" className="link" onClick={() => p.onSelect(a.id)}>
                  {a.label}
                </button>{' '}
                <span className="muted">×{a.count}</span>
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}

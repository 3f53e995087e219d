/**
 * The partner finder for facilitators: pick an actor, read the ranked suggestions with their
 * reasons (shared themes and positions, shared networks, sector, border, distance), keep a shortlist.
 */
import { useState } from 'react';

import { COUNTRY_NAMES, POSITION_ENCODING, SECTOR_ENCODING } from '../../core/vocabulary';
import type { PartnerSuggestion } from '../../data/alignment';
import type { ActorBriefFragment as ActorBrief } from '../../data/generated/graphql';

export interface PartnerFinderProps {
  actors: ActorBrief[];
  anchor: ActorBrief | null;
  suggestions: PartnerSuggestion[] | undefined;
  loading: boolean;
  error: string | null;
  shortlist: string[];
  nameOf(id: string): string;
  onAnchor(id: string | null): void;
  onToggle(id: string): void;
  onFocus(id: string): void;
  /** The partner filters (PartnerFilters), shown once an actor is picked. */
  filters?: React.ReactNode;
  /** Whether a partner filter is set (an empty answer then says so). */
  filtered?: boolean;
  children?: React.ReactNode;
}

const COMPONENTS: Array<[keyof PartnerSuggestion['components'], string]> = [
  ['sharedThemes', 'Shared themes'],
  ['sectorComplementarity', 'Other sector'],
  ['crossBorder', 'Cross-border'],
  ['sharedNetworks', 'Shared networks'],
  ['distance', 'Close in the network'],
];

function where(a: ActorBrief): string {
  return `${SECTOR_ENCODING[a.sector].label}${a.country ? `, ${COUNTRY_NAMES[a.country.id] ?? a.country.name}` : ''}`;
}

export function PartnerFinder(p: PartnerFinderProps) {
  const [text, setText] = useState('');
  const q = text.trim().toLowerCase();
  const options = q
    ? p.actors
        .filter((a) => a.name.toLowerCase().includes(q) || (a.acronym ?? '').toLowerCase().includes(q))
        .slice(0, 8)
    : [];
  return (
    <section className="align-panel partner-finder" aria-labelledby="partners-title">
      <h2 id="partners-title">Find partners</h2>
      <p className="muted">
        Pick an actor: the suggestions are actors not yet collaborating with it, best first, with the reasons.
      </p>
      <div className="field picker">
        <label htmlFor="partner-for">Partners for</label>
        <input
          id="partner-for"
          value={text}
          placeholder={p.anchor ? p.anchor.name : 'Type a name or acronym…'}
          onChange={(e) => setText(e.target.value)}
          data-testid="partner-for"
          autoComplete="off"
        />
        {options.length > 0 && (
          <ul role="listbox" aria-label="Matching actors" className="suggestions">
            {options.map((a) => (
              <li
                key={a.id}
                role="option"
                aria-selected={false}
                onClick={() => {
                  p.onAnchor(a.id);
                  setText('');
                }}
                onKeyDown={(e) => {
                  if (e.key === 'Enter') {
                    p.onAnchor(a.id);
                    setText('');
                  }
                }}
                tabIndex={0}
              >
                {a.name} {a.acronym && <span className="muted">({a.acronym})</span>}{' '}
                <span className="muted">· {where(a)}</span>
              </li>
            ))}
          </ul>
        )}
      </div>
      {p.anchor && (
        <p className="anchor-line">
          <strong>{p.anchor.name}</strong> <span className="muted">{where(p.anchor)}</span>
        </p>
      )}
      {p.anchor && p.filters}
      {p.loading && (
        <p className="muted" role="status">
          Finding partners…
        </p>
      )}
      {p.error && (
        <p className="error" role="alert">
          {p.error}
        </p>
      )}
      {p.suggestions && p.suggestions.length === 0 && (
        <p className="muted" data-testid="no-partners">
          {p.filtered
            ? 'No suggestions meet the partner filters: clear one to see more.'
            : 'No suggestions: this actor already works with everyone who shares its themes.'}
        </p>
      )}
      <ol className="partner-list" data-testid="partner-list">
        {p.suggestions?.map((s, i) => {
          const on = p.shortlist.includes(s.actor.id);
          return (
            <li key={s.actor.id} className={on ? 'on-shortlist' : undefined} data-testid="partner">
              <div className="partner-head">
                <span className="rank">{i + 1}</span>
                <button type="button" className="link partner-name" onClick={() => p.onFocus(s.actor.id)}>
                  {s.actor.name}
                </button>
                <span className="score" title="Suggestion score, 0 to 1">
                  {s.score.toFixed(2)}
                </span>
              </div>
              <p className="muted">
                {where(s.actor)}
                {s.crossBorder ? ' · cross-border' : ''}
              </p>
              <p className="why" data-testid="why">
                <strong>Why:</strong> {s.explanation}
              </p>
              <ul className="theme-chips" aria-label="Shared themes and positions">
                {s.sharedThemes.map((t) => (
                  <li
                    key={t.theme.id}
                    title={`${p.anchor?.name ?? 'Asking actor'}: ${POSITION_ENCODING[t.position].label}; ${s.actor.name}: ${POSITION_ENCODING[t.partnerPosition].label}`}
                  >
                    {t.theme.name}:{' '}
                    <span style={{ color: POSITION_ENCODING[t.position].colour }}>
                      {POSITION_ENCODING[t.position].label.toLowerCase()}
                    </span>{' '}
                    /{' '}
                    <span style={{ color: POSITION_ENCODING[t.partnerPosition].colour }}>
                      {POSITION_ENCODING[t.partnerPosition].label.toLowerCase()}
                    </span>
                  </li>
                ))}
              </ul>
              <dl className="components">
                {COMPONENTS.map(([k, label]) => (
                  <div key={k}>
                    <dt>{label}</dt>
                    <dd>
                      <span className="track" aria-hidden="true">
                        <span className="bar" style={{ width: `${Math.round(s.components[k] * 100)}%` }} />
                      </span>
                      <span className="value" data-testid={`component-${k}`}>
                        {Math.round(s.components[k] * 100)}%
                      </span>
                    </dd>
                  </div>
                ))}
              </dl>
              <button
                type="button"
                className={on ? '' : 'primary'}
                aria-pressed={on}
                onClick={() => p.onToggle(s.actor.id)}
              >
                {on ? 'Remove from shortlist' : 'Add to shortlist'}
              </button>
            </li>
          );
        })}
      </ol>
      {p.shortlist.length > 0 && (
        <div className="shortlist" data-testid="shortlist">
          <h3>Shortlist ({p.shortlist.length})</h3>
          <ul>
            {p.shortlist.map((id) => (
              <li key={id}>
                {p.nameOf(id)}{' '}
                <button
                  type="button"
                  className="link danger"
                  onClick={() => p.onToggle(id)}
                  aria-label={`Remove ${p.nameOf(id)} from the shortlist`}
                >
                  remove
                </button>
              </li>
            ))}
          </ul>
          <p className="muted">
            The shortlist is in the page address: copy the link to share it, or save it as a named view.
          </p>
          {p.children}
        </div>
      )}
    </section>
  );
}

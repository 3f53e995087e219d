/**
 * Embedding a saved view in a report or website: off, live (the data as it is when read) or frozen (the data as it
 * is now, kept), with the address and the iframe snippet to copy; and, for administrators, the sites allowed to
 * show embeds. What an embed shows is only what the public may see (server/src/domain/embeds.ts).
 */
import './embedControls.css';

import { useEffect, useState } from 'react';

import { ApiError } from '../data/client';
import { embedUrl, fetchEmbedOrigins, saveEmbedOrigins, setViewEmbed } from '../data/embeds';
import type { EmbedMode, SavedViewFragment as SavedView } from '../data/generated/graphql';

const MODE_LABELS: Record<EmbedMode, string> = {
  OFF: 'Not embeddable',
  LIVE: 'Embed, live data',
  FROZEN: 'Embed, data frozen now',
};

function messageOf(error: unknown): string {
  return error instanceof ApiError ? error.errors.map((e) => e.message).join(' ') : String(error);
}

export function EmbedControls({ view, onChange }: { view: SavedView; onChange(view: SavedView): void }) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const url = embedUrl(view.id);
  const snippet = `<iframe src="${url}" title="${view.name.replace(/"/g, '&quot;')}" width="100%" height="600" style="border:0"></iframe>`;
  return (
    <div className="embed-controls">
      <label>
        <span className="visually-hidden">Embedding of {view.name}</span>
        <select
          value={view.embed}
          disabled={busy}
          aria-label={`Embedding of ${view.name}`}
          onChange={(e) => {
            setBusy(true);
            setError(null);
            setViewEmbed(view.id, e.target.value as EmbedMode).then(
              (updated) => {
                setBusy(false);
                onChange(updated);
              },
              (err: unknown) => {
                setBusy(false);
                setError(messageOf(err));
              },
            );
          }}
        >
          {(Object.keys(MODE_LABELS) as EmbedMode[]).map((m) => (
            <option key={m} value={m}>
              {MODE_LABELS[m]}
            </option>
          ))}
        </select>
      </label>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      {view.embed !== 'OFF' && (
        <div className="embed-snippet">
          <p className="muted">
            {view.embed === 'FROZEN' && view.frozenAt ? `Frozen ${view.frozenAt.slice(0, 10)}. ` : ''}Public information
            only. Shown in frames on the sites an administrator allows.
          </p>
          <label>
            Address <input readOnly value={url} onFocus={(e) => e.target.select()} data-testid="embed-url" />
          </label>
          <label>
            Snippet <input readOnly value={snippet} onFocus={(e) => e.target.select()} />
          </label>
        </div>
      )}
    </div>
  );
}

/** Administrators: the sites (origins) whose pages may show embedded views, one per line. */
export function EmbedOriginsForm() {
  const [text, setText] = useState('');
  const [status, setStatus] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  // Editable once the recorded list is in: text typed before it arrived would be replaced by it.
  const [loaded, setLoaded] = useState(false);
  useEffect(() => {
    fetchEmbedOrigins().then(
      (origins) => {
        setText(origins.join('\n'));
        setLoaded(true);
      },
      (err: unknown) => setError(messageOf(err)),
    );
  }, []);
  return (
    <form
      className="embed-origins"
      onSubmit={(e) => {
        e.preventDefault();
        setStatus(null);
        setError(null);
        const origins = text
          .split(/\s+/)
          .map((o) => o.trim())
          .filter(Boolean);
        saveEmbedOrigins(origins).then(
          (saved) => {
            setText(saved.join('\n'));
            setStatus(
              saved.length ? `${saved.length} ${saved.length === 1 ? 'site' : 'sites'} allowed.` : 'No site allowed.',
            );
          },
          (err: unknown) => setError(messageOf(err)),
        );
      }}
    >
      <div className="field">
        <label htmlFor="embed-origins">
          Sites that may show embedded views (one origin a line, e.g. https://example.org)
        </label>
        <textarea
          id="embed-origins"
          rows={3}
          value={text}
          disabled={!loaded}
          onChange={(e) => setText(e.target.value)}
        />
      </div>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      {status && <p role="status">{status}</p>}
      <button type="submit" disabled={!loaded}>
        Save the allowed sites
      </button>
    </form>
  );
}

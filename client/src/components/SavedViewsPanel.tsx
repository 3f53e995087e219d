/** Named views stored on the server: save the current one, reopen or delete any. */
import { useState } from 'react';

import { useAccount } from '../data/account';
import { ApiError, fieldOf } from '../data/client';
import type { SavedViewFragment as SavedView } from '../data/generated/graphql';
import { EmbedControls, EmbedOriginsForm } from './EmbedControls';

export interface SavedViewsPanelProps {
  views: SavedView[] | undefined;
  loading: boolean;
  error: string | null;
  save(name: string, description: string): Promise<void>;
  open(view: SavedView): void;
  remove(id: string): Promise<void>;
  onClose(): void;
}

export function SavedViewsPanel({ views, loading, error, save, open, remove, onClose }: SavedViewsPanelProps) {
  const [name, setName] = useState('');
  const [description, setDescription] = useState('');
  const [formError, setFormError] = useState<string | null>(null);
  // Embedding changes answer with the view as it now is; kept here until the list is read again.
  const [changed, setChanged] = useState<ReadonlyMap<string, SavedView>>(new Map());
  const role = useAccount().me?.role;
  const editor = role === 'analyst' || role === 'admin';
  return (
    <section className="saved-views" aria-labelledby="saved-title">
      <div className="details-head">
        <h2 id="saved-title">Saved views</h2>
        <button type="button" className="close" onClick={onClose} aria-label="Close saved views">
          ×
        </button>
      </div>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          setFormError(null);
          save(name, description).then(
            () => {
              setName('');
              setDescription('');
            },
            (err: unknown) =>
              setFormError(
                err instanceof ApiError
                  ? err.errors.map((x) => (fieldOf(x) ? `${fieldOf(x)}: ${x.message}` : x.message)).join(' ')
                  : String(err),
              ),
          );
        }}
      >
        <div className="field">
          <label htmlFor="view-name">Name of the current view</label>
          <input id="view-name" value={name} onChange={(e) => setName(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor="view-description">Description (optional)</label>
          <input id="view-description" value={description} onChange={(e) => setDescription(e.target.value)} />
        </div>
        {formError && (
          <p className="field-error" role="alert">
            {formError}
          </p>
        )}
        <button type="submit" className="primary">
          Save view
        </button>
      </form>
      {loading && <p className="muted">Loading…</p>}
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      <ul className="saved-list">
        {views?.map((listed) => {
          const v = changed.get(listed.id) ?? listed;
          return (
            <li key={v.id}>
              <button type="button" className="link" onClick={() => open(v)}>
                {v.name}
              </button>
              <span className="muted">
                {' '}
                {v.createdAt.slice(0, 10)}
                {v.createdBy ? ` · ${v.createdBy}` : ''}
              </span>
              {v.description && <p className="muted">{v.description}</p>}
              <button
                type="button"
                className="link danger"
                onClick={() => void remove(v.id)}
                aria-label={`Delete saved view ${v.name}`}
              >
                delete
              </button>
              {editor && (
                <EmbedControls
                  view={v}
                  onChange={(updated) => setChanged((m) => new Map(m).set(updated.id, updated))}
                />
              )}
            </li>
          );
        })}
        {views && views.length === 0 && <li className="muted">No saved views yet.</li>}
      </ul>
      {role === 'admin' && <EmbedOriginsForm />}
    </section>
  );
}

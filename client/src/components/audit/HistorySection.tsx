/**
 * An actor's, group's or theme's history in its details: who changed what, when, each field before and after.
 * Folded at first and read when opened (one request), again after every write. Shown only to those who may read it.
 */
import './audit.css';

import { useState } from 'react';

import { actionWords, whenWords } from '../../core/audit/changeWords';
import type { ChangeEntry } from '../../data/audit';
import { useDataVersion } from '../../data/refresh';
import { useQuery } from '../../data/useQuery';
import { ChangeFields } from './ChangeFields';

export interface HistorySectionProps {
  entityId: string;
  load(entityId: string): Promise<ChangeEntry[]>;
}

export function HistorySection({ entityId, load }: HistorySectionProps) {
  const [open, setOpen] = useState(false);
  const version = useDataVersion();
  const history = useQuery(open ? `history:${entityId}#${version}` : null, () => load(entityId));
  return (
    <details
      className="history"
      data-testid="history"
      onToggle={(e) => setOpen((e.currentTarget as HTMLDetailsElement).open)}
    >
      <summary>
        <h3>History</h3>
      </summary>
      {history.error && (
        <p className="error" role="alert">
          {history.error.message}
        </p>
      )}
      {history.loading && !history.data && <p className="muted">Loading the history…</p>}
      {history.data?.length === 0 && <p className="muted">No changes recorded.</p>}
      {history.data && history.data.length > 0 && (
        <ol className="change-list" aria-busy={history.loading}>
          {history.data.map((c) => (
            <li key={c.id} data-testid="history-entry">
              <p className="change-head">
                <strong>{c.username ?? 'someone'}</strong> {actionWords(c.action, c.summary)} ·{' '}
                <time dateTime={c.at}>{whenWords(c.at)}</time>
                {c.undoneBy && <span className="tag"> undone</span>}
              </p>
              <ChangeFields fields={c.fields} />
            </li>
          ))}
        </ol>
      )}
    </details>
  );
}

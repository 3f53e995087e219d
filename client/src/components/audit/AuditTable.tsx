/**
 * The audit page's list: one row per change, newest first — when, who, which item, what changed (each field before
 * and after) and, for actors, networks, coalitions and themes, Undo. An undo's outcome is said in its row.
 */
import { actionWords, kindLabel, undoable, whenWords } from '../../core/audit/changeWords';
import type { ChangeEntry } from '../../data/audit';
import { ChangeFields } from './ChangeFields';

export interface UndoOutcome {
  changeId: string;
  ok: boolean;
  message: string;
}

export interface AuditTableProps {
  changes: ChangeEntry[];
  busy: string | null;
  outcome: UndoOutcome | null;
  onUndo(change: ChangeEntry): void;
  /** Only this item's changes. */
  onItem(change: ChangeEntry): void;
  /** The item on the map (actors, networks, coalitions, themes). */
  onShow(change: ChangeEntry): void;
}

export function AuditTable({ changes, busy, outcome, onUndo, onItem, onShow }: AuditTableProps) {
  return (
    <table className="audit-table" data-testid="audit-table">
      <caption className="visually-hidden">Changes, newest first</caption>
      <thead>
        <tr>
          <th scope="col">When</th>
          <th scope="col">Who</th>
          <th scope="col">Item</th>
          <th scope="col">What changed</th>
          <th scope="col">
            <span className="visually-hidden">Undo</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {changes.map((c) => (
          <tr key={c.id} data-testid="audit-row" data-change={c.id}>
            <td className="when">
              <time dateTime={c.at}>{whenWords(c.at)}</time>
            </td>
            <td>{c.username ?? '—'}</td>
            <td className="item">
              <span className="tag">{kindLabel(c.entityKind)}</span>{' '}
              <button
                type="button"
                className="link"
                onClick={() => onItem(c)}
                title="Only this item's changes"
                aria-label={`Only the changes to ${c.entityName ?? c.entityId}`}
              >
                {c.entityName ?? c.entityId}
              </button>
              {undoable(c.entityKind) && (
                <>
                  {' '}
                  <button type="button" className="link subtle" onClick={() => onShow(c)}>
                    on the map
                  </button>
                </>
              )}
            </td>
            <td className="what">
              <p className="change-head">{actionWords(c.action, c.summary)}</p>
              <ChangeFields fields={c.fields} />
              {outcome?.changeId === c.id && (
                <p className={outcome.ok ? 'undo-done' : 'field-error'} role={outcome.ok ? 'status' : 'alert'}>
                  {outcome.message}
                </p>
              )}
            </td>
            <td className="undo">
              {c.undoneBy ? (
                <span className="tag">Undone</span>
              ) : undoable(c.entityKind) ? (
                <button
                  type="button"
                  disabled={busy !== null}
                  onClick={() => onUndo(c)}
                  aria-label={`Undo: ${c.entityName ?? c.entityId}, ${actionWords(c.action, c.summary)}`}
                >
                  {busy === c.id ? 'Undoing…' : 'Undo'}
                </button>
              ) : null}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** A captured entry as a diff: each field or link it would add or change, what is recorded now beside what it proposes. */
import { KIND_WORDS } from '../../core/capture/captureDraft';
import type { CaptureEntry } from '../../data/captures';
import { SensitiveBadge } from '../SensitiveBadge';

export function CaptureHeading({ entry }: { entry: CaptureEntry }) {
  return (
    <div className="capture-heading">
      <span className={`capture-tag kind-${entry.kind.toLowerCase()}`}>{KIND_WORDS[entry.kind]}</span>
      <strong className="capture-summary">{entry.summary}</strong>
      {entry.sensitive && <SensitiveBadge />}
    </div>
  );
}

export function CaptureDiff({ entry }: { entry: CaptureEntry }) {
  return (
    <table className="capture-diff">
      <thead>
        <tr>
          <th scope="col">Field</th>
          <th scope="col">Recorded now</th>
          <th scope="col">{entry.status === 'PENDING' ? 'After accepting' : 'Captured'}</th>
        </tr>
      </thead>
      <tbody>
        {entry.diff.map((line) => {
          const changed = line.before !== null && line.before !== line.after;
          return (
            <tr key={line.label} className={line.before === null ? 'added' : changed ? 'changed' : 'same'}>
              <th scope="row">{line.label}</th>
              <td>{line.before === null ? <span className="muted">not recorded</span> : <del>{line.before}</del>}</td>
              <td>
                <ins>{line.after}</ins>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

/**
 * What one change changed, field by field, as the server words each value: a new value alone, a removed one struck
 * out, and a changed one with only the words that differ marked (taken out struck, put in highlighted).
 */
import { inlineDiff } from '../../core/audit/changeWords';
import type { ChangeEntry } from '../../data/audit';

function Value({ before, after }: { before: string | null; after: string | null }) {
  if (before === null) return <ins>{after}</ins>;
  if (after === null) return <del>{before}</del>;
  const d = inlineDiff(before, after);
  if (!d.prefix && !d.suffix)
    return (
      <>
        <del>{before}</del>
        <span aria-hidden="true"> → </span>
        <span className="visually-hidden"> changed to </span>
        <ins>{after}</ins>
      </>
    );
  return (
    <>
      {d.prefix}
      {d.removed && <del>{d.removed}</del>}
      {d.removed && d.added && <span aria-hidden="true"> → </span>}
      {d.added && <ins>{d.added}</ins>}
      {d.suffix}
    </>
  );
}

export function ChangeFields({ fields }: { fields: ChangeEntry['fields'] }) {
  if (fields.length === 0) return null;
  return (
    <dl className="change-fields">
      {fields.map((f) => (
        <div key={f.label} className="change-field">
          <dt>{f.label}</dt>
          <dd>
            <Value before={f.before} after={f.after} />
          </dd>
        </div>
      ))}
    </dl>
  );
}

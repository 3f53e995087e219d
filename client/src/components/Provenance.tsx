import { CONFIDENCE_LABELS } from '../core/vocabulary';
import type { ProvenanceFragment as P } from '../data/generated/graphql';

/** "Source, date, confidence" for one link. */
export function ProvenanceNote({ p }: { p: P }) {
  if (!p.source && !p.recordedAt) return <span className="prov">source not recorded</span>;
  return (
    <span className="prov">
      {p.source ?? 'unknown source'}
      {p.recordedAt ? `, ${p.recordedAt}` : ''}
      {p.confidence ? ` · ${(CONFIDENCE_LABELS[p.confidence] ?? p.confidence).toLowerCase()} confidence` : ''}
    </span>
  );
}

/** A server suggestion as a search option: its second line says what it is (sector and base country for an actor). */
import type { SuggestQuery } from '../../data/generated/graphql';
import { COUNTRY_NAMES, SECTOR_ENCODING } from '../vocabulary';

export type Suggestion = SuggestQuery['suggest'][number];

export interface SearchOption {
  /** A graph node id (actor:x, group:x, theme:x). */
  id: string;
  /** The entity's own id (what mutations take). */
  entityId: string;
  label: string;
  /** The name that matched, when it is not the label (a local-script name, an acronym). */
  matched: string | null;
  kind: Suggestion['kind'];
  /** A second line, e.g. "Civil society · Cambodia". */
  detail: string | null;
}

export function searchOption(s: Suggestion): SearchOption {
  const parts = [
    s.sector ? SECTOR_ENCODING[s.sector].label : null,
    s.country ? (COUNTRY_NAMES[s.country] ?? s.country) : null,
  ].filter((p): p is string => p !== null);
  return {
    id: s.id,
    entityId: s.entityId,
    label: s.label,
    matched: s.matched ?? null,
    kind: s.kind,
    detail: parts.join(' · ') || null,
  };
}

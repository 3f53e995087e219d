/**
 * Stance counts as the landscape and gaps pages read them: the four positions in a fixed order (supporters first,
 * opponents last, so a row reads from agreement to disagreement), each with its share of the row.
 */
import type { Position } from '../../data/generated/graphql';

export interface StanceCounts {
  total: number;
  supports: number;
  opposes: number;
  mixed: number;
  unknown: number;
}

export const STANCE_ORDER: ReadonlyArray<{ position: Position; key: keyof Omit<StanceCounts, 'total'> }> = [
  { position: 'SUPPORTS', key: 'supports' },
  { position: 'MIXED', key: 'mixed' },
  { position: 'UNKNOWN', key: 'unknown' },
  { position: 'OPPOSES', key: 'opposes' },
];

export interface StanceSegment {
  position: Position;
  count: number;
  /** Share of the row, 0 to 1. */
  share: number;
}

/** The non-empty segments of a row, in STANCE_ORDER; shares of the row's total (an empty row has none). */
export function stanceSegments(counts: StanceCounts): StanceSegment[] {
  if (counts.total <= 0) return [];
  return STANCE_ORDER.filter(({ key }) => counts[key] > 0).map(({ position, key }) => ({
    position,
    count: counts[key],
    share: counts[key] / counts.total,
  }));
}

/** "12 actors: 8 support, 1 mixed, 3 oppose" — the same numbers as the bar, for screen readers and exports. */
export function describeStances(counts: StanceCounts): string {
  const words: Record<Position, string> = {
    SUPPORTS: 'support',
    OPPOSES: 'oppose',
    MIXED: 'mixed',
    UNKNOWN: 'unknown',
  };
  const parts = stanceSegments(counts).map((s) => `${s.count} ${words[s.position]}`);
  const head = `${counts.total} ${counts.total === 1 ? 'actor' : 'actors'}`;
  return parts.length ? `${head}: ${parts.join(', ')}` : head;
}

/** Rows with the most actors first, then by name; rows without a name (no base country) last. */
export function byWeight<T extends { total: number }>(rows: readonly T[], nameOf: (row: T) => string | null): T[] {
  return [...rows].sort((a, b) => {
    const na = nameOf(a);
    const nb = nameOf(b);
    if ((na === null) !== (nb === null)) return na === null ? 1 : -1;
    return b.total - a.total || (na ?? '').localeCompare(nb ?? '');
  });
}

/** Why a candidate would strengthen a coalition, in the words the gaps page shows. */
export function gapReasons(
  candidate: { fillsSector: boolean; fillsCountry: boolean; themes: ReadonlyArray<{ name: string }> },
  sectorLabel: string,
  countryLabel: string | null,
  agendaSize: number,
): string[] {
  const reasons: string[] = [];
  if (candidate.fillsSector) reasons.push(`brings the ${sectorLabel} sector, which has no member yet`);
  if (candidate.fillsCountry && countryLabel) reasons.push(`brings ${countryLabel}, where no member is based`);
  const held = candidate.themes.map((t) => t.name);
  if (held.length > 0)
    reasons.push(
      `holds ${held.length} of the ${agendaSize} agenda ${agendaSize === 1 ? 'theme' : 'themes'}: ${held.join(', ')}`,
    );
  return reasons;
}

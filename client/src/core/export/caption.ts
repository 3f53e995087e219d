/** The filters of the current view in words, for the caption drawn under an exported picture. */
import type { FilterState } from '../filters/filters';
import { COUNTRY_NAMES, LEVEL_LABELS, SECTOR_ENCODING, type Level, type Sector } from '../vocabulary';

export interface FilterNames {
  themes: ReadonlyMap<string, string>;
  groups: ReadonlyMap<string, string>;
}

export function describeFilters(f: FilterState, names: FilterNames): string[] {
  const out: string[] = [];
  const list = (title: string, values: string[]) => {
    if (values.length > 0) out.push(`${title}: ${values.join(', ')}`);
  };
  list(
    'country',
    f.countries.map((c) => COUNTRY_NAMES[c] ?? c),
  );
  list(
    'sector',
    f.sectors.map((s: Sector) => SECTOR_ENCODING[s]?.label ?? s),
  );
  list(
    'level',
    f.levels.map((l: Level) => LEVEL_LABELS[l] ?? l),
  );
  list(
    'theme',
    f.themes.map((t) => names.themes.get(t) ?? t),
  );
  list(
    'network',
    f.networks.map((g) => names.groups.get(g) ?? g),
  );
  list(
    'coalition',
    f.coalitions.map((g) => names.groups.get(g) ?? g),
  );
  if (f.text.trim()) out.push(`search “${f.text.trim()}”`);
  if (f.minConfidence !== 'LOW')
    out.push(`links of ${f.minConfidence === 'HIGH' ? 'high' : 'medium or high'} confidence`);
  return out;
}

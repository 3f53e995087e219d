/** The filter panel's facets: the options from the catalogue, the counts from the server (over the whole database). */
import type { FacetSpec } from '../../components/FilterPanel';
import type { Facet } from '../../core/filters/filters';
import { COUNTRY_NAMES, LEVEL_LABELS, LEVELS, SECTOR_ENCODING, SECTORS } from '../../core/vocabulary';
import type { CatalogueQuery } from '../../data/generated/graphql';
import type { ActorFacets } from '../../data/operations';

function countsOf(facets: ActorFacets | undefined, facet: Facet): Map<string, number> | null {
  return facets ? new Map(facets[facet].map((c) => [c.value, c.count])) : null;
}

export function facetSpecs(catalogue: CatalogueQuery | undefined, facets: ActorFacets | undefined): FacetSpec[] {
  const groups = catalogue?.groups ?? [];
  const groupOptions = (kind: 'NETWORK' | 'COALITION') =>
    groups
      .filter((g) => g.kind === kind)
      .map((g) => ({ value: g.id, label: g.acronym ? `${g.name} (${g.acronym})` : g.name }));
  return [
    {
      facet: 'countries',
      title: 'Country',
      options: (catalogue?.countries ?? []).map((k) => ({
        value: k.id,
        label: COUNTRY_NAMES[k.id] ?? k.name,
      })),
      counts: countsOf(facets, 'countries'),
    },
    {
      facet: 'sectors',
      title: 'Sector',
      options: SECTORS.map((s) => ({ value: s, label: SECTOR_ENCODING[s].label })),
      counts: countsOf(facets, 'sectors'),
    },
    {
      facet: 'levels',
      title: 'Level',
      options: LEVELS.map((l) => ({ value: l, label: LEVEL_LABELS[l] })),
      counts: countsOf(facets, 'levels'),
    },
    {
      facet: 'themes',
      title: 'Theme',
      options: (catalogue?.themes ?? []).map((t) => ({ value: t.id, label: t.name })),
      counts: countsOf(facets, 'themes'),
      folded: true,
    },
    {
      facet: 'networks',
      title: 'Network',
      options: groupOptions('NETWORK'),
      counts: countsOf(facets, 'networks'),
      folded: true,
    },
    {
      facet: 'coalitions',
      title: 'Coalition',
      options: groupOptions('COALITION'),
      counts: countsOf(facets, 'coalitions'),
      folded: true,
    },
  ];
}

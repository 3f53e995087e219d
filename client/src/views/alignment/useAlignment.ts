/**
 * The alignment pages' state and data: the URL-backed AlignState, the explorer's filters (shared
 * through the URL) as the API's ActorFilter, and the queries the current page needs.
 */
import { useEffect, useMemo, useState } from 'react';

import { decodeAlignState, encodeAlignState, type AlignState, type AppPage } from '../../core/alignment/alignState';
import { decodeViewState } from '../../core/url/urlState';
import { fetchAlignment, fetchOverlaps, fetchPartners } from '../../data/alignment';
import type { ActorFilter as ActorFilterInput } from '../../data/generated/graphql';
import { useQuery } from '../../data/useQuery';

function filterFromUrl(search: string): ActorFilterInput | null {
  const f = decodeViewState(search).filters;
  const out: ActorFilterInput = {};
  if (f.countries.length) out.countries = f.countries;
  if (f.sectors.length) out.sectors = f.sectors;
  if (f.levels.length) out.levels = f.levels;
  if (f.themes.length) out.themes = f.themes;
  if (f.networks.length) out.networks = f.networks;
  if (f.coalitions.length) out.coalitions = f.coalitions;
  if (f.text.trim()) out.text = f.text.trim();
  // Theme links below it are left out of the overlaps and the alignment (the server reads it from the filter).
  if (f.minConfidence !== 'LOW') out.minConfidence = f.minConfidence;
  return Object.keys(out).length ? out : null;
}

/** `page` is what the URL says (meeting mode passes each step's state instead). */
export function useAlignmentState(page: AppPage): [AlignState, (patch: Partial<AlignState>) => void] {
  const [state, setState] = useState<AlignState>(() => decodeAlignState(window.location.search));
  useEffect(() => {
    const next = encodeAlignState(state, window.location.search, page === 'meeting' ? 'meeting' : state.page);
    if (`?${next}` !== window.location.search)
      window.history.replaceState(null, '', `${window.location.pathname}?${next}`);
  }, [state, page]);
  const update = useMemo(() => (patch: Partial<AlignState>) => setState((s) => ({ ...s, ...patch })), []);
  return [state, update];
}

export function useAlignmentData(state: AlignState, search: string) {
  const filter = useMemo(() => filterFromUrl(search), [search]);
  const fk = JSON.stringify(filter);
  const needsOverlap = state.page !== 'partners';
  const overlaps = useQuery(needsOverlap ? `overlaps:${fk}:${state.minShared}:${state.crossSectorOnly}` : null, () =>
    fetchOverlaps(filter, state.minShared, state.crossSectorOnly),
  );
  const alignment = useQuery(`alignment:${fk}`, () => fetchAlignment(filter));
  const partners = useQuery(state.page === 'partners' && state.anchor ? `partners:${state.anchor}` : null, () =>
    fetchPartners(state.anchor ?? '', 10),
  );
  return { filter, overlaps, alignment, partners };
}

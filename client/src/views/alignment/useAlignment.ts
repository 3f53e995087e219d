/**
 * The alignment pages' state and data: the URL-backed AlignState, the explorer's filters (shared
 * through the URL) as the API's ActorFilter, and the queries the current page needs.
 */
import { useEffect, useMemo, useState } from 'react';

import { decodeAlignState, encodeAlignState, type AlignState, type AppPage } from '../../core/alignment/alignState';
import { decodeViewState, withMinConfidence } from '../../core/url/urlState';
import {
  fetchAlignment,
  fetchCoalitionGaps,
  fetchOverlaps,
  fetchPartners,
  fetchThemeLandscape,
} from '../../data/alignment';
import type { ActorFilter as ActorFilterInput, Confidence, PartnerFilter, Sector } from '../../data/generated/graphql';
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

/** The partner finder's filters as the API's PartnerFilter, with the pages' shared minimum confidence. */
function partnerFilterOf(state: AlignState, search: string): PartnerFilter | null {
  const pf = state.partnerFilter;
  const out: PartnerFilter = {};
  if (pf.crossBorderOnly) out.crossBorderOnly = true;
  if (pf.sectors.length) out.sectors = pf.sectors as Sector[];
  if (pf.themes.length) out.themes = pf.themes;
  if (pf.countries.length) out.countries = pf.countries;
  const min = decodeViewState(search).filters.minConfidence;
  if (min !== 'LOW') out.minConfidence = min;
  return Object.keys(out).length ? out : null;
}

export function useAlignmentData(state: AlignState, search: string) {
  const filter = useMemo(() => filterFromUrl(search), [search]);
  // The explorer's day (asof=, core/time): the positions and ties as they stood then.
  const asOf = decodeViewState(search).time?.asOf ?? null;
  const fk = `${JSON.stringify(filter)}@${asOf ?? ''}`;
  // The gaps and landscape pages read their own answers (useGapsData, useLandscapeData), not the overlaps.
  const ownData = state.page === 'gaps' || state.page === 'landscape';
  const needsOverlap = state.page !== 'partners' && !ownData;
  const overlaps = useQuery(needsOverlap ? `overlaps:${fk}:${state.minShared}:${state.crossSectorOnly}` : null, () =>
    fetchOverlaps(filter, state.minShared, state.crossSectorOnly, undefined, asOf),
  );
  const alignment = useQuery(ownData ? null : `alignment:${fk}`, () => fetchAlignment(filter, asOf));
  const partnerFilter = useMemo(() => partnerFilterOf(state, search), [state, search]);
  const pk = JSON.stringify(partnerFilter);
  const partners = useQuery(
    state.page === 'partners' && state.anchor ? `partners:${state.anchor}:${pk}@${asOf ?? ''}` : null,
    () => fetchPartners(state.anchor ?? '', 10, partnerFilter, asOf),
  );
  return { filter, overlaps, alignment, partners };
}

/** The landscape page: one theme's stances over the actors the shared filters keep. */
export function useLandscapeData(themeId: string | null, search: string) {
  const filter = useMemo(() => filterFromUrl(search), [search]);
  const fk = JSON.stringify(filter);
  return useQuery(themeId ? `landscape:${themeId}:${fk}` : null, () => fetchThemeLandscape(themeId ?? '', filter));
}

/** The gaps page: who a coalition is missing, with links below the shared minimum confidence left out. */
export function useGapsData(coalitionId: string | null, search: string) {
  const min = decodeViewState(search).filters.minConfidence;
  return useQuery(coalitionId ? `gaps:${coalitionId}:${min}` : null, () =>
    fetchCoalitionGaps(coalitionId ?? '', min === 'LOW' ? null : min, 20),
  );
}

/**
 * The explorer's minimum confidence, shared by every page through the address (`conf`): the value, the query string
 * the page's queries read (with it set), and the setter that writes it back to the address.
 */
export function useSharedConfidence(search: string): [Confidence, string, (value: Confidence) => void] {
  const [minConfidence, setMinConfidence] = useState(() => decodeViewState(search).filters.minConfidence);
  const shared = useMemo(() => withMinConfidence(search, minConfidence), [search, minConfidence]);
  const choose = (value: Confidence) => {
    setMinConfidence(value);
    window.history.replaceState(
      null,
      '',
      `${window.location.pathname}?${withMinConfidence(window.location.search, value)}`,
    );
  };
  return [minConfidence, shared, choose];
}

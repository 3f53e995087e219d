/** Fetches the neighbourhood of every expanded node (cached by id and depth). */
import { useEffect, useMemo, useRef, useState } from 'react';

import type { Expansion } from '../core/view/viewState';
import { ApiError } from './client';
import type { Confidence, GraphElementsFragment as GraphElements } from './generated/graphql';
import { fetchNeighbourhood } from './operations';

export function expansionKey(e: Expansion): string {
  return `${e.id}~${e.depth}`;
}

export interface Expansions {
  results: Map<string, GraphElements>;
  error: ApiError | null;
  pending: number;
}

/**
 * `nonce` changes when every neighbourhood must be fetched again (a new data version, another minimum confidence,
 * another day of the map).
 */
export function useExpansions(
  expanded: Expansion[],
  nonce: string,
  minConfidence: Confidence,
  asOf: string | null = null,
): Expansions {
  const [cache, setCache] = useState<{ nonce: string; results: Map<string, GraphElements> }>({
    nonce,
    results: new Map(),
  });
  const [error, setError] = useState<ApiError | null>(null);
  // Requests already sent for this nonce: each neighbourhood is fetched once, even across renders.
  const sent = useRef(new Set<string>());
  const keys = expanded.map(expansionKey).join(',');
  useEffect(() => {
    for (const key of keys ? keys.split(',') : []) {
      const tag = `${nonce}|${key}`;
      if (sent.current.has(tag)) continue;
      sent.current.add(tag);
      const at = key.lastIndexOf('~');
      const depth = Number(key.slice(at + 1));
      fetchNeighbourhood(key.slice(0, at), depth, depth === 1 ? 100 : 60, undefined, minConfidence, asOf).then(
        (g) => {
          setError(null);
          setCache((c) => {
            const results = new Map(c.nonce === nonce ? c.results : []);
            results.set(key, g);
            return { nonce, results };
          });
        },
        (e: unknown) => {
          sent.current.delete(tag);
          setError(e instanceof ApiError ? e : null);
        },
      );
    }
  }, [keys, nonce, minConfidence, asOf]);
  // The same Map while nothing changes: the map's display is derived from it and must not be rebuilt every render.
  const results = useMemo(() => {
    const found = new Map<string, GraphElements>();
    for (const key of keys ? keys.split(',') : []) {
      const r = cache.results.get(key);
      if (r) found.set(key, r);
    }
    return found;
  }, [keys, cache]);
  const wanted = keys ? keys.split(',').length : 0;
  return { results, error, pending: wanted - results.size };
}

/**
 * A minimal query hook: runs `run` whenever `key` changes (null: do nothing), keeps the last
 * result per key so "loading" is derived rather than stored, and can be re-run with reload().
 */
import { useCallback, useEffect, useRef, useState } from 'react';

import { ApiError } from './client';

export interface QueryResult<T> {
  data: T | undefined;
  error: ApiError | null;
  loading: boolean;
  reload(): void;
}

function asApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  return new ApiError([
    { message: error instanceof Error ? error.message : String(error), code: 'INTERNAL_SERVER_ERROR', field: null },
  ]);
}

export function useQuery<T>(key: string | null, run: () => Promise<T>): QueryResult<T> {
  const [nonce, setNonce] = useState(0);
  const [state, setState] = useState<{ key: string | null; data: T | undefined; error: ApiError | null }>({
    key: null,
    data: undefined,
    error: null,
  });
  const runRef = useRef(run);
  useEffect(() => {
    runRef.current = run;
  });
  const fullKey = key === null ? null : `${key}#${nonce}`;
  useEffect(() => {
    if (fullKey === null) return;
    let cancelled = false;
    runRef.current().then(
      (data) => {
        if (!cancelled) setState({ key: fullKey, data, error: null });
      },
      (error: unknown) => {
        if (!cancelled) setState((s) => ({ key: fullKey, data: s.data, error: asApiError(error) }));
      },
    );
    return () => {
      cancelled = true;
    };
  }, [fullKey]);
  const reload = useCallback(() => setNonce((n) => n + 1), []);
  const current = state.key === fullKey;
  return {
    // Keep showing the previous data while the next key loads (no flicker on reload).
    data: key === null ? undefined : state.data,
    error: current ? state.error : null,
    loading: key !== null && !current,
    reload,
  };
}

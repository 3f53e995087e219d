/** Which page is shown (?page=…), kept in the URL so reload, sharing and saved views restore it. */
import { useCallback, useEffect, useState } from 'react';

import { pageOf, switchPage, type AppPage } from '../../core/alignment/alignState';

export function usePage(): [AppPage, (page: AppPage, search?: string) => void] {
  const [page, setPageState] = useState<AppPage>(() => pageOf(window.location.search));
  useEffect(() => {
    const onPop = () => setPageState(pageOf(window.location.search));
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);
  const setPage = useCallback((next: AppPage, search?: string) => {
    const query = search ?? switchPage(window.location.search, next);
    window.history.pushState(null, '', `${window.location.pathname}${query ? `?${query}` : ''}`);
    setPageState(next);
  }, []);
  return [page, setPage];
}

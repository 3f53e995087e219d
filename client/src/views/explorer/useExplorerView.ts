/** The explorer's view state, kept in the URL: every change replaces it, so reload and sharing restore the view. */
import { useEffect, useReducer } from 'react';

import { decodeViewState, encodeViewState } from '../../core/url/urlState';
import { viewReducer } from '../../core/view/viewState';

export function useExplorerView() {
  const [view, act] = useReducer(viewReducer, undefined, () => decodeViewState(window.location.search));

  useEffect(() => {
    const search = encodeViewState(view);
    // The alignment pages' keys (page=…) are not the explorer's; a switch of page rewrites the URL itself.
    const next = `${window.location.pathname}${search ? `?${search}` : ''}`;
    if (next !== `${window.location.pathname}${window.location.search}`) window.history.replaceState(null, '', next);
  }, [view]);

  useEffect(() => {
    const onPop = () => act({ type: 'replace', state: decodeViewState(window.location.search) });
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);

  return { view, act };
}

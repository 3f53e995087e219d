import '@fontsource/noto-sans/400.css';
import '@fontsource/noto-sans/700.css';
import '@fontsource/noto-sans-khmer/400.css';
import '@fontsource/noto-sans-lao/400.css';
import '@fontsource/noto-sans-myanmar/400.css';
import '@fontsource/noto-sans-thai/400.css';
import './styles.css';

import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

import { CapturePage, captureModeOf } from './views/capture/CapturePage';
import { EmbedPage } from './views/embed/EmbedPage';
import { ExplorerPage } from './views/ExplorerPage';

performance.mark?.('app-start');
const root = document.getElementById('root');
// /embed/<id>: one saved view, read-only and without the page's chrome (server/src/http/embedRoute.ts).
const embedded = /^\/embed\/([^/]+)\/?$/.exec(window.location.pathname);
// ?page=capture and ?page=review: capture in the room and its review (views/capture), pages of their own.
const captureMode = captureModeOf(window.location.search);
if (root) {
  createRoot(root).render(
    <StrictMode>
      {embedded?.[1] ? (
        <EmbedPage id={decodeURIComponent(embedded[1])} />
      ) : captureMode ? (
        <CapturePage initial={captureMode} />
      ) : (
        <ExplorerPage />
      )}
    </StrictMode>,
  );
}

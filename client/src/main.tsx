import '@fontsource/noto-sans/400.css';
import '@fontsource/noto-sans/700.css';
import '@fontsource/noto-sans-khmer/400.css';
import '@fontsource/noto-sans-lao/400.css';
import '@fontsource/noto-sans-myanmar/400.css';
import '@fontsource/noto-sans-thai/400.css';
import './styles.css';

import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

import { ExplorerPage } from './views/ExplorerPage';

performance.mark?.('app-start');
const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <ExplorerPage />
    </StrictMode>,
  );
}

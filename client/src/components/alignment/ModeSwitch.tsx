/** The page switch in the top bar: Explore | Alignment | Partners | Matrix | Influence grid | Meeting. */
import './alignment.css';

import { PAGE_LABELS, PAGES, type AppPage } from '../../core/alignment/alignState';

export function ModeSwitch({ page, onPage }: { page: AppPage; onPage(page: AppPage): void }) {
  return (
    <nav className="segmented mode-switch" aria-label="Page">
      {PAGES.map((p) => (
        <button key={p} type="button" aria-pressed={page === p} onClick={() => onPage(p)} data-testid={`page-${p}`}>
          {PAGE_LABELS[p]}
        </button>
      ))}
    </nav>
  );
}

/**
 * The page switch in the top bar: Explore | Alignment | Partners | Matrix | Influence grid | Meeting. Six buttons
 * take 450 px; below 1,400 px the same choice is a select (styles.css shows one or the other), so the bar fits.
 */
import './alignment.css';

import { PAGE_LABELS, PAGES, type AppPage } from '../../core/alignment/alignState';

export function ModeSwitch({ page, onPage }: { page: AppPage; onPage(page: AppPage): void }) {
  return (
    <>
      <nav className="segmented mode-switch" aria-label="Page">
        {PAGES.map((p) => (
          <button key={p} type="button" aria-pressed={page === p} onClick={() => onPage(p)} data-testid={`page-${p}`}>
            {PAGE_LABELS[p]}
          </button>
        ))}
      </nav>
      <label className="mode-switch-select">
        <span className="visually-hidden">Page</span>
        <select value={page} onChange={(e) => onPage(e.target.value as AppPage)} data-testid="page-select">
          {PAGES.map((p) => (
            <option key={p} value={p}>
              {PAGE_LABELS[p]}
            </option>
          ))}
        </select>
      </label>
    </>
  );
}

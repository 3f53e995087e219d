/**
 * The page switch in the top bar: Explore | Alignment | Matrix | Partners | Grid | Gaps | Landscape | Activities |
 * Meeting. The nine buttons take about 640 px; below 1,600 px the same choice is a select (styles.css shows one or the
 * other), so the bar fits.
 */
import './alignment.css';

import { PAGE_LABELS, PAGE_SHORT_LABELS, SWITCH_PAGES, type AppPage } from '../../core/alignment/alignState';

export function ModeSwitch({ page, onPage }: { page: AppPage; onPage(page: AppPage): void }) {
  return (
    <>
      <nav className="segmented mode-switch" aria-label="Page">
        {SWITCH_PAGES.map((p) => (
          <button
            key={p}
            type="button"
            aria-pressed={page === p}
            onClick={() => onPage(p)}
            title={PAGE_LABELS[p]}
            data-testid={`page-${p}`}
          >
            {PAGE_SHORT_LABELS[p]}
          </button>
        ))}
      </nav>
      <label className="mode-switch-select">
        <span className="visually-hidden">Page</span>
        <select value={page} onChange={(e) => onPage(e.target.value as AppPage)} data-testid="page-select">
          {SWITCH_PAGES.map((p) => (
            <option key={p} value={p}>
              {PAGE_LABELS[p]}
            </option>
          ))}
        </select>
      </label>
    </>
  );
}

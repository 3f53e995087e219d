/** Title, the dataset badge, search, layout and view switches, and the page-level actions. */
import type { ReactNode } from 'react';

import type { Suggestion } from '../core/filters/filters';
import { LAYOUT_LABELS, LAYOUTS, type LayoutName, type ViewMode } from '../core/view/viewState';
import type { DatasetInfoFragment as DatasetInfo } from '../data/generated/graphql';
import { UserMenu } from './account/UserMenu';
import { SearchBox } from './SearchBox';

export interface TopBarProps {
  /** The page switch (Explore | Alignment | …), drawn after the title. */
  modeSwitch?: ReactNode;
  dataset: DatasetInfo | undefined;
  search: string;
  suggestions: Suggestion[];
  layout: LayoutName;
  view: ViewMode;
  onSearch(text: string): void;
  onPick(s: Suggestion): void;
  onLayout(layout: LayoutName): void;
  onView(view: ViewMode): void;
  onNewActor(): void;
  onSavedViews(): void;
  user: { username: string; role: string } | null;
  onSignIn(): void;
  onSignOut(): void;
  /** Changes the signed-in user's password (the user menu's "Change password…"). */
  changePassword(current: string, next: string): Promise<void>;
  /** Export pictures and data (components/export). */
  onExport?(): void;
  /** Upload a spreadsheet; shown to analysts and administrators only. */
  onImport?(): void;
  /** Manage users and roles; shown to administrators only. */
  onUsers?(): void;
}

const VIEWS: Array<[ViewMode, string]> = [
  ['graph', 'Graph'],
  ['split', 'Graph + table'],
  ['table', 'Table'],
];

export function TopBar(props: TopBarProps) {
  const { dataset } = props;
  return (
    <header className="topbar">
      <div className="brand">
        <h1>Reform Atlas</h1>
        {dataset?.kind === 'illustrative' && (
          <span className="badge" data-testid="illustrative-badge" title={dataset.label ?? undefined}>
            Illustrative data — fictional organisations
          </span>
        )}
        {dataset?.kind && dataset.kind !== 'illustrative' && (
          <span className="badge neutral">{dataset.label ?? dataset.kind}</span>
        )}
      </div>
      {props.modeSwitch}
      <SearchBox
        label="Search actors, networks, themes"
        compact
        placeholder="Search by name, acronym or local-script name…"
        value={props.search}
        suggestions={props.suggestions}
        onChange={props.onSearch}
        onPick={props.onPick}
        testId="search"
      />
      <div className="topbar-controls">
        <label>
          <span className="visually-hidden">Layout</span>
          <select
            value={props.layout}
            onChange={(e) => props.onLayout(e.target.value as LayoutName)}
            data-testid="layout"
            aria-label="Layout"
          >
            {LAYOUTS.map((l) => (
              <option key={l} value={l}>
                {LAYOUT_LABELS[l]}
              </option>
            ))}
          </select>
        </label>
        <div className="segmented" role="group" aria-label="View">
          {VIEWS.map(([v, label]) => (
            <button key={v} type="button" aria-pressed={props.view === v} onClick={() => props.onView(v)}>
              {label}
            </button>
          ))}
        </div>
        <button type="button" onClick={props.onSavedViews}>
          Saved views
        </button>
        {props.onExport && (
          <button type="button" onClick={props.onExport}>
            Export…
          </button>
        )}
        {props.onImport && (props.user?.role === 'analyst' || props.user?.role === 'admin') && (
          <button type="button" onClick={props.onImport}>
            Import…
          </button>
        )}
        {props.onUsers && props.user?.role === 'admin' && (
          <button type="button" onClick={props.onUsers}>
            Users
          </button>
        )}
        <button type="button" className="primary" onClick={props.onNewActor}>
          New actor
        </button>
        {props.user ? (
          <UserMenu user={props.user} onSignOut={props.onSignOut} changePassword={props.changePassword} />
        ) : (
          <button type="button" onClick={props.onSignIn}>
            Sign in
          </button>
        )}
      </div>
    </header>
  );
}

/**
 * The top bar: title and dataset badge, the page switch, the search, and the page-level actions. It fits the window
 * at every width from 1,024 px (no horizontal scroll): the secondary actions stand in the bar only where there is
 * room (≥ 1,800 px) and otherwise sit in a "More" menu; the page switch becomes a select below 1,400 px.
 */
import type { ReactNode } from 'react';

import type { DatasetInfoFragment as DatasetInfo } from '../data/generated/graphql';
import { UserMenu } from './account/UserMenu';
import { MenuButton, type MenuItem } from './MenuButton';

export interface TopBarProps {
  /** The page switch (Explore | Alignment | …), drawn after the title. */
  modeSwitch?: ReactNode;
  dataset: DatasetInfo | undefined;
  /** The search box (components/SearchBox), given at least 280 px at 1,440 px. */
  search?: ReactNode;
  /** Secondary page actions (saved views, export, import, users…): in the bar when it is wide, else under "More". */
  actions: MenuItem[];
  /** The primary action (New actor), always in the bar. */
  onNewActor?(): void;
  /** What else an editor creates (New network, New coalition, New theme): a menu joined to New actor. */
  createItems?: MenuItem[];
  user: { username: string; role: string } | null;
  onSignIn(): void;
  onSignOut(): void;
  /** Changes the signed-in user's password (the user menu's "Change password…"). */
  changePassword(current: string, next: string): Promise<void>;
}

/** Which data is loaded: the text before a dash always, what follows it only where the bar is wide. */
function DatasetBadge({
  text,
  title,
  neutral,
  testId,
}: {
  text: string;
  title?: string;
  neutral?: boolean;
  testId: string;
}) {
  const [head = text, ...rest] = text.split(' — ');
  return (
    <span className={neutral ? 'badge neutral' : 'badge'} title={title ?? text} data-testid={testId}>
      {head}
      {rest.length > 0 && <span className="badge-more"> — {rest.join(' — ')}</span>}
    </span>
  );
}

export function TopBar(props: TopBarProps) {
  const { dataset, actions } = props;
  return (
    <header className="topbar">
      <div className="brand">
        <h1>Reform Atlas</h1>
        {dataset?.kind === 'illustrative' && (
          <DatasetBadge
            text="Illustrative data — fictional organisations"
            title={dataset.label ?? undefined}
            testId="illustrative-badge"
          />
        )}
        {dataset?.kind && dataset.kind !== 'illustrative' && (
          <DatasetBadge text={dataset.label ?? dataset.kind} neutral testId="dataset-badge" />
        )}
      </div>
      {props.modeSwitch}
      {props.search}
      <div className="topbar-controls">
        {actions.length > 0 && (
          <div className="topbar-actions" data-testid="topbar-actions">
            {actions.map((a) => (
              <button key={a.id} type="button" onClick={a.onSelect} data-testid={`action-${a.id}`}>
                {a.label}
              </button>
            ))}
          </div>
        )}
        {actions.length > 0 && (
          <MenuButton
            className="topbar-more"
            label="More"
            menuLabel="More actions"
            items={actions}
            testId="more-menu"
          />
        )}
        {props.onNewActor && (
          <div className="split-button">
            <button type="button" className="primary" onClick={props.onNewActor}>
              New actor
            </button>
            {props.createItems && props.createItems.length > 0 && (
              <MenuButton
                className="split-more"
                buttonClassName="primary"
                label={<span className="visually-hidden">New network, coalition or theme</span>}
                title="New network, coalition or theme"
                menuLabel="Create"
                items={props.createItems}
                testId="new-menu"
              />
            )}
          </div>
        )}
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

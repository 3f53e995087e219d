/** The alignment pages' shell: top bar with the page switch, sign-in, and the current page or meeting mode. */
import { useState } from 'react';

import { UserMenu } from '../../components/account/UserMenu';
import { ModeSwitch } from '../../components/alignment/ModeSwitch';
import { SaveViewForm } from '../../components/alignment/SaveViewForm';
import { SignInPanel } from '../../components/SignInPanel';
import { encodeAlignState, PAGE_LABELS, toSavedState, type AppPage } from '../../core/alignment/alignState';
import { changeOwnPassword, signIn, signOut, useAccount } from '../../data/account';
import * as ops from '../../data/operations';
import { AlignmentWorkspace } from './AlignmentWorkspace';
import { MeetingMode } from './MeetingMode';
import { useAlignmentState } from './useAlignment';

export function AlignmentPage({ page, onPage }: { page: AppPage; onPage(page: AppPage): void }) {
  const [state, update] = useAlignmentState(page);
  const [signingIn, setSigningIn] = useState(false);
  const { me } = useAccount();
  const current: AppPage = page === 'meeting' ? 'meeting' : state.page;

  const switchTo = (p: AppPage) => {
    if (p === 'explore' || p === 'meeting') return onPage(p);
    update({ page: p });
    if (page === 'meeting') onPage(p);
  };

  const saveSlot = (
    <SaveViewForm
      label={
        state.page === 'partners'
          ? 'Save the shortlist as a view'
          : `Save this ${PAGE_LABELS[state.page].toLowerCase()} view`
      }
      signedIn={Boolean(me)}
      onSignIn={() => setSigningIn(true)}
      save={async (name) => {
        await ops.saveView(name, null, toSavedState(encodeAlignState(state, window.location.search, state.page)));
      }}
    />
  );

  return (
    <div className={`app alignment-app${page === 'meeting' ? ' meeting' : ''}`}>
      {page !== 'meeting' && (
        <header className="topbar">
          <div className="brand">
            <h1>Reform Atlas</h1>
          </div>
          <ModeSwitch page={current} onPage={switchTo} />
          <div className="topbar-controls">
            {me ? (
              <UserMenu user={me} onSignOut={() => void signOut()} changePassword={changeOwnPassword} />
            ) : (
              <button type="button" onClick={() => setSigningIn(true)}>
                Sign in
              </button>
            )}
          </div>
        </header>
      )}
      {signingIn && (
        <div className="modal" role="dialog" aria-label="Sign in">
          <SignInPanel
            signIn={async (username, password) => {
              await signIn(username, password);
              setSigningIn(false);
            }}
            onClose={() => setSigningIn(false)}
          />
        </div>
      )}
      {page === 'meeting' ? (
        <MeetingMode current={state} onExit={() => onPage(state.page)} />
      ) : (
        <AlignmentWorkspace state={state} update={update} search={window.location.search} saveSlot={saveSlot} />
      )}
    </div>
  );
}

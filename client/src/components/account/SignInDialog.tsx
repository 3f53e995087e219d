/** The sign-in form as a dialog over a page (the pages without the explorer's side panel open it from the top bar). */
import { signIn } from '../../data/account';
import { SignInPanel } from '../SignInPanel';

export function SignInDialog({ onClose }: { onClose(): void }) {
  return (
    <div className="modal" role="dialog" aria-label="Sign in">
      <SignInPanel
        signIn={async (username, password) => {
          await signIn(username, password);
          onClose();
        }}
        onClose={onClose}
      />
    </div>
  );
}

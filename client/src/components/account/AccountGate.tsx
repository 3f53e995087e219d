/** Shows the page, or only the forced change of password while the signed-in account has a one-time password. */
import type { ReactNode } from 'react';

import type { Me } from '../../data/operations';
import { ForcedPasswordChange } from './ForcedPasswordChange';

export interface AccountGateProps {
  /** undefined while the first answer is awaited: the page shows meanwhile, and the server refuses it if need be. */
  me: Me | null | undefined;
  change(current: string, next: string): Promise<void>;
  onSignOut(): void;
  children: ReactNode;
}

export function AccountGate({ me, change, onSignOut, children }: AccountGateProps) {
  if (me?.mustChangePassword) return <ForcedPasswordChange user={me} change={change} onSignOut={onSignOut} />;
  return <>{children}</>;
}

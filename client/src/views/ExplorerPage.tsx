/**
 * The page: the explorer, one of the alignment pages, the activities or the audit trail (?page=…); only the forced
 * change while a one-time password is in use.
 */
import { AccountGate } from '../components/account/AccountGate';
import { changeOwnPassword, signOut, useAccount } from '../data/account';
import { ActivitiesPage } from './activities/ActivitiesPage';
import { AlignmentPage } from './alignment/AlignmentPage';
import { usePage } from './alignment/usePage';
import { AuditPage } from './audit/AuditPage';
import { Explorer } from './explorer/Explorer';

export function ExplorerPage() {
  const [page, setPage] = usePage();
  const { me } = useAccount();
  return (
    <AccountGate me={me} change={changeOwnPassword} onSignOut={() => void signOut()}>
      {page === 'explore' ? (
        <Explorer onPage={setPage} />
      ) : page === 'audit' ? (
        <AuditPage onPage={setPage} />
      ) : page === 'activities' ? (
        <ActivitiesPage onPage={setPage} />
      ) : (
        <AlignmentPage page={page} onPage={setPage} />
      )}
    </AccountGate>
  );
}

/**
 * The audit page (?page=audit), for administrators: every recent change, filtered by who, kind of item, item and
 * dates, each with what it changed, and Undo. Reached from the administrator's More menu (beside Users), not from
 * the page switch, which is everyone's and already full.
 */
import '../../components/audit/audit.css';

import { useState } from 'react';

import { SignInDialog } from '../../components/account/SignInDialog';
import { AuditFilterForm } from '../../components/audit/AuditFilterForm';
import { AuditTable, type UndoOutcome } from '../../components/audit/AuditTable';
import { TopBar } from '../../components/TopBar';
import type { AppPage } from '../../core/alignment/alignState';
import { auditVariables, NO_AUDIT_FILTER, type AuditFilter } from '../../core/audit/changeWords';
import { changeOwnPassword, signOut, useAccount } from '../../data/account';
import { fetchAuditTrail, undoChange, type ChangeEntry } from '../../data/audit';
import { ApiError, fieldOf, withoutFieldPrefix } from '../../data/client';
import * as ops from '../../data/operations';
import { refreshData, useDataVersion } from '../../data/refresh';
import { useQuery } from '../../data/useQuery';

/** How many changes a page of the list shows; "Show more" asks for this many more (the API gives up to 500). */
const PAGE = 100;
const NODE_PREFIX: Record<string, string> = { actor: 'actor', group: 'group', theme: 'theme' };

function Trail({ onPage }: { onPage(page: AppPage, search?: string): void }) {
  const [filter, setFilter] = useState<AuditFilter>(NO_AUDIT_FILTER);
  const [itemLabel, setItemLabel] = useState<string | null>(null);
  const [limit, setLimit] = useState(PAGE);
  const [busy, setBusy] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<UndoOutcome | null>(null);
  const version = useDataVersion();
  const users = useQuery('users', ops.fetchUsers);
  const trail = useQuery(`audit:${JSON.stringify(filter)}|${limit}#${version}`, () =>
    fetchAuditTrail(auditVariables(filter, limit)),
  );
  const errors: Partial<Record<keyof AuditFilter, string>> = {};
  for (const e of trail.error?.code === 'BAD_USER_INPUT' ? trail.error.errors : []) {
    const field = fieldOf(e) as keyof AuditFilter | null;
    if (field && field in NO_AUDIT_FILTER) errors[field] = withoutFieldPrefix(e.message);
  }
  const other = trail.error && Object.keys(errors).length === 0 ? trail.error.message : null;

  const apply = (next: AuditFilter, label: string | null) => {
    setFilter(next);
    setItemLabel(label);
    setLimit(PAGE);
    setOutcome(null);
  };
  const undo = async (c: ChangeEntry) => {
    setBusy(c.id);
    setOutcome(null);
    try {
      await undoChange(c.id);
      const name = c.entityName ?? c.entityId;
      setOutcome({ changeId: c.id, ok: true, message: `Undone: ‘${name}’ is back as it was before this change.` });
      refreshData();
    } catch (e) {
      if (!(e instanceof ApiError)) throw e;
      setOutcome({ changeId: c.id, ok: false, message: e.message });
    } finally {
      setBusy(null);
    }
  };
  const show = (c: ChangeEntry) => {
    const node = encodeURIComponent(`${NODE_PREFIX[c.entityKind]}:${c.entityId}`);
    onPage('explore', `focus=${node}&sel=${node}`);
  };
  const changes = trail.data ?? [];

  return (
    <>
      <AuditFilterForm
        key={`${filter.entityId}|${filter.entityKind}`}
        applied={filter}
        itemLabel={itemLabel}
        usernames={(users.data ?? []).map((u) => u.username)}
        errors={errors}
        find={ops.findNodes}
        onApply={apply}
      />
      {other && (
        <p className="error" role="alert">
          {other}
        </p>
      )}
      <p className="muted audit-count" role="status" aria-live="polite">
        {trail.loading && !trail.data
          ? 'Loading the changes…'
          : `${changes.length === limit ? `The latest ${changes.length}` : changes.length} ${changes.length === 1 ? 'change' : 'changes'}`}
      </p>
      {changes.length > 0 && (
        <AuditTable
          changes={changes}
          busy={busy}
          outcome={outcome}
          onUndo={(c) => void undo(c)}
          onItem={(c) =>
            apply(
              { ...NO_AUDIT_FILTER, entityId: c.entityId, entityKind: c.entityKind as AuditFilter['entityKind'] },
              c.entityName,
            )
          }
          onShow={show}
        />
      )}
      {changes.length === limit && limit < 500 && (
        <button type="button" onClick={() => setLimit((l) => Math.min(l + PAGE, 500))}>
          Show {PAGE} more
        </button>
      )}
    </>
  );
}

export function AuditPage({ onPage }: { onPage(page: AppPage, search?: string): void }) {
  const { me } = useAccount();
  const [signingIn, setSigningIn] = useState(false);
  const catalogue = useQuery('catalogue', ops.fetchCatalogue).data;
  return (
    <div className="app audit-app">
      <TopBar
        modeSwitch={
          <button type="button" className="back-to-map" onClick={() => onPage('explore')}>
            ← Back to the map
          </button>
        }
        dataset={catalogue?.dataset}
        actions={[]}
        user={me ?? null}
        onSignIn={() => setSigningIn(true)}
        onSignOut={() => void signOut()}
        changePassword={changeOwnPassword}
      />
      {signingIn && <SignInDialog onClose={() => setSigningIn(false)} />}
      <main className="audit-page" aria-labelledby="audit-title">
        <h2 id="audit-title">Audit trail</h2>
        <p className="muted">
          Every change to actors, networks, coalitions, themes and saved views, newest first: who made it, when, and
          each field before and after. <strong>Undo</strong> puts an actor, network, coalition or theme back as it was
          before a change (a link’s change is its actor’s), and is recorded too. An item changed since can be undone
          only once the later changes are undone, newest first.
        </p>
        {me === undefined ? (
          <p className="muted">Loading…</p>
        ) : me?.role === 'admin' ? (
          <Trail onPage={onPage} />
        ) : (
          <p className="notice" role="status">
            {me
              ? 'Only administrators see the whole audit trail. An item’s own history is in its details on the map.'
              : 'Sign in as an administrator to see the audit trail.'}
          </p>
        )}
      </main>
    </div>
  );
}

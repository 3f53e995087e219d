/**
 * Capture in the room (?page=capture) and its review (?page=review), for analysts and administrators. Capturing: the
 * session's provenance set once, then entries typed one after another, each stored pending (nothing on the map
 * changes) and added to the session's running list. Reviewing: every pending entry as a diff, Accept or Reject each.
 */
import '../../components/capture/capture.css';

import { useCallback, useEffect, useState } from 'react';

import { AccountGate } from '../../components/account/AccountGate';
import { SignInDialog } from '../../components/account/SignInDialog';
import { CaptureDiff, CaptureHeading } from '../../components/capture/CaptureDiff';
import { EntryForm } from '../../components/capture/EntryForm';
import { ReviewList } from '../../components/capture/ReviewList';
import { SessionForm } from '../../components/capture/SessionForm';
import { TopBar } from '../../components/TopBar';
import {
  captureErrors,
  captureInput,
  EMPTY_ENTRY,
  nextEntry,
  type CaptureSession,
  type EntryDraft,
} from '../../core/capture/captureDraft';
import { CONFIDENCE_LABELS } from '../../core/vocabulary';
import { changeOwnPassword, signOut, useAccount } from '../../data/account';
import { captureEntry, fetchCaptures, type CaptureEntry } from '../../data/captures';
import { ApiError } from '../../data/client';
import * as ops from '../../data/operations';
import { refreshData } from '../../data/refresh';
import { useQuery } from '../../data/useQuery';

export type CaptureMode = 'capture' | 'review';

/** The session survives a reload of the tab (a laptop in a workshop gets closed and opened again), not the tab. */
const SESSION_KEY = 'reform-atlas.capture-session';

function storedSession(): CaptureSession | null {
  try {
    const raw = window.sessionStorage.getItem(SESSION_KEY);
    return raw ? (JSON.parse(raw) as CaptureSession) : null;
  } catch {
    return null;
  }
}

const actorsOnly = async (text: string) => (await ops.findNodes(text)).filter((o) => o.kind === 'ACTOR');

export function captureModeOf(search: string): CaptureMode | null {
  const page = new URLSearchParams(search).get('page');
  return page === 'capture' || page === 'review' ? page : null;
}

function Capturing() {
  const catalogue = useQuery('catalogue', ops.fetchCatalogue).data;
  const [session, setSession] = useState<CaptureSession | null>(storedSession);
  const [editingSession, setEditingSession] = useState(false);
  const [draft, setDraft] = useState<EntryDraft>(EMPTY_ENTRY);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const [round, setRound] = useState(0);
  const earlier = useQuery(session ? `captures:${session.id}` : null, () =>
    fetchCaptures('PENDING', session?.id ?? null),
  );
  const [added, setAdded] = useState<CaptureEntry[]>([]);
  const entries = [...added, ...(earlier.data ?? []).filter((e) => !added.some((a) => a.id === e.id))];

  const start = (next: CaptureSession) => {
    window.sessionStorage.setItem(SESSION_KEY, JSON.stringify(next));
    if (next.id !== session?.id) setAdded([]);
    setSession(next);
    setEditingSession(false);
    setErrors({});
  };
  const submit = async () => {
    if (!session) return;
    setBusy(true);
    setErrors({});
    try {
      const entry = await captureEntry(captureInput(session, draft));
      setAdded((list) => [entry, ...list]);
      setDraft(nextEntry(draft));
      setRound((r) => r + 1);
    } catch (e) {
      if (!(e instanceof ApiError)) throw e;
      setErrors(captureErrors(e.errors));
    } finally {
      setBusy(false);
    }
  };

  if (!session || editingSession) {
    return <SessionForm session={session} error={errors.source} onStart={start} />;
  }
  return (
    <>
      <div className="capture-session-line" data-testid="capture-session">
        <span>
          Recording as <strong>{session.source}</strong>, {session.recordedAt}, {CONFIDENCE_LABELS[session.confidence]}{' '}
          confidence
        </span>
        <button type="button" className="link" onClick={() => setEditingSession(true)}>
          Change
        </button>
        <button
          type="button"
          className="link"
          onClick={() => {
            window.sessionStorage.removeItem(SESSION_KEY);
            setSession(null);
            setAdded([]);
          }}
        >
          New session
        </button>
      </div>
      <div className="capture-layout">
        <section className="capture-main" aria-labelledby="capture-entry-title">
          <h3 id="capture-entry-title" className="visually-hidden">
            New entry
          </h3>
          <EntryForm
            draft={draft}
            onChange={setDraft}
            onSubmit={() => void submit()}
            busy={busy}
            errors={errors}
            countries={catalogue?.countries ?? []}
            themes={catalogue?.themes ?? []}
            groups={catalogue?.groups ?? []}
            findActors={actorsOnly}
            round={round}
          />
        </section>
        <section className="capture-list" aria-labelledby="capture-list-title">
          <h3 id="capture-list-title">
            This session: {entries.length} {entries.length === 1 ? 'entry' : 'entries'} for review
          </h3>
          {entries.length === 0 ? (
            <p className="muted">Nothing captured yet. Each entry waits here for an analyst to accept or reject it.</p>
          ) : (
            <ol className="capture-running" data-testid="capture-running">
              {entries.map((e) => (
                <li key={e.id}>
                  <CaptureHeading entry={e} />
                  <CaptureDiff entry={e} />
                </li>
              ))}
            </ol>
          )}
        </section>
      </div>
    </>
  );
}

function Reviewing({ onShow }: { onShow(actorId: string): void }) {
  const pending = useQuery('captures:pending', () => fetchCaptures('PENDING'));
  if (pending.error) {
    return (
      <p className="form-error" role="alert">
        {pending.error.message}
      </p>
    );
  }
  if (!pending.data) return <p className="muted">Loading the captured entries…</p>;
  return (
    <>
      <p className="muted" role="status">
        {pending.data.length === 0
          ? 'No captured entry is waiting for review.'
          : `${pending.data.length} captured ${pending.data.length === 1 ? 'entry' : 'entries'} waiting for review, newest first.`}
      </p>
      <ReviewList entries={pending.data} onReviewed={refreshData} onShow={onShow} />
    </>
  );
}

export function CapturePage({ initial }: { initial: CaptureMode }) {
  const { me } = useAccount();
  const [mode, setModeState] = useState<CaptureMode>(initial);
  const [signingIn, setSigningIn] = useState(false);
  const catalogue = useQuery('catalogue', ops.fetchCatalogue).data;
  useEffect(() => {
    const onPop = () => setModeState(captureModeOf(window.location.search) ?? 'capture');
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);
  const setMode = useCallback((next: CaptureMode) => {
    window.history.pushState(null, '', `${window.location.pathname}?page=${next}`);
    setModeState(next);
  }, []);
  const toMap = (search = '') => window.location.assign(`${window.location.pathname}${search ? `?${search}` : ''}`);
  const allowed = me?.role === 'analyst' || me?.role === 'admin';
  return (
    <AccountGate me={me} change={changeOwnPassword} onSignOut={() => void signOut()}>
      <div className="app capture-app">
        <TopBar
          modeSwitch={
            <nav className="capture-switch" aria-label="Capture pages">
              <button type="button" className="back-to-map" onClick={() => toMap()}>
                ← Back to the map
              </button>
              <button
                type="button"
                aria-current={mode === 'capture' ? 'page' : undefined}
                onClick={() => setMode('capture')}
              >
                Capture
              </button>
              <button
                type="button"
                aria-current={mode === 'review' ? 'page' : undefined}
                onClick={() => setMode('review')}
              >
                Review
              </button>
            </nav>
          }
          dataset={catalogue?.dataset}
          actions={[]}
          user={me ?? null}
          onSignIn={() => setSigningIn(true)}
          onSignOut={() => void signOut()}
          changePassword={changeOwnPassword}
        />
        {signingIn && <SignInDialog onClose={() => setSigningIn(false)} />}
        <main className="capture-page" aria-labelledby="capture-title">
          <h2 id="capture-title">{mode === 'capture' ? 'Capture in the room' : 'Review captured entries'}</h2>
          {me === undefined ? (
            <p className="muted">Loading…</p>
          ) : !allowed ? (
            <p className="notice" role="status">
              {me
                ? 'Only analysts and administrators capture and review entries.'
                : 'Sign in as an analyst or administrator to capture or review entries.'}
            </p>
          ) : mode === 'capture' ? (
            <Capturing />
          ) : (
            <Reviewing
              onShow={(id) => {
                const node = encodeURIComponent(`actor:${id}`);
                toMap(`focus=${node}&sel=${node}`);
              }}
            />
          )}
        </main>
      </div>
    </AccountGate>
  );
}

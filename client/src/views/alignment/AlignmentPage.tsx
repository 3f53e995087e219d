/**
 * The alignment pages' shell: top bar with the page switch, the page actions (Export…), sign-in, and the
 * current page or meeting mode.
 */
import { useRef, useState } from 'react';

import { SignInDialog } from '../../components/account/SignInDialog';
import { ModeSwitch } from '../../components/alignment/ModeSwitch';
import { SaveViewForm } from '../../components/alignment/SaveViewForm';
import { FigureExportDialog, type ExportableView } from '../../components/export/FigureExportDialog';
import { AsOfNote } from '../../components/time/AsOfNote';
import { TopBar } from '../../components/TopBar';
import { encodeAlignState, PAGE_LABELS, toSavedState, type AppPage } from '../../core/alignment/alignState';
import { describeFilters } from '../../core/export/caption';
import { sourceCaption } from '../../core/export/names';
import { decodeViewState } from '../../core/url/urlState';
import { toNodeId } from '../../core/view/displayGraph';
import { changeOwnPassword, signOut, useAccount } from '../../data/account';
import * as ops from '../../data/operations';
import { useQuery } from '../../data/useQuery';
import { AlignmentWorkspace } from './AlignmentWorkspace';
import { MeetingMode } from './MeetingMode';
import { useAlignmentState } from './useAlignment';
import type { FigureSource } from './useExportable';

export function AlignmentPage({ page, onPage }: { page: AppPage; onPage(page: AppPage, search?: string): void }) {
  const [state, update] = useAlignmentState(page);
  const [signingIn, setSigningIn] = useState(false);
  const { me } = useAccount();
  const current: AppPage = page === 'meeting' ? 'meeting' : state.page;
  const catalogue = useQuery('catalogue', ops.fetchCatalogue).data;
  const figureRef = useRef<FigureSource | null>(null);
  const [exporting, setExporting] = useState<ExportableView | null>(null);

  const openExport = () => {
    const source: FigureSource = figureRef.current ?? {
      name: PAGE_LABELS[current],
      summary: '',
      unavailable: 'This page has no picture export.',
      figure: () => null,
    };
    const filters = describeFilters(decodeViewState(window.location.search).filters, {
      themes: new Map((catalogue?.themes ?? []).map((t) => [t.id, t.name])),
      groups: new Map((catalogue?.groups ?? []).map((g) => [g.id, g.acronym ?? g.name])),
    });
    setExporting({
      ...source,
      caption: sourceCaption({
        datasetLabel: catalogue?.dataset.label,
        datasetKind: catalogue?.dataset.kind,
        summary: source.summary,
        filters,
      }),
    });
  };

  const switchTo = (p: AppPage) => {
    if (p === 'explore' || p === 'activities' || p === 'meeting' || p === 'audit') return onPage(p);
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
      save={async (name, description) => {
        await ops.saveView(
          name,
          description,
          toSavedState(encodeAlignState(state, window.location.search, state.page)),
        );
      }}
    />
  );

  return (
    <div className={`app alignment-app${page === 'meeting' ? ' meeting' : ''}`}>
      {page !== 'meeting' && (
        <TopBar
          modeSwitch={<ModeSwitch page={current} onPage={switchTo} />}
          dataset={catalogue?.dataset}
          actions={[{ id: 'export', label: 'Export…', onSelect: openExport }]}
          user={me ?? null}
          onSignIn={() => setSigningIn(true)}
          onSignOut={() => void signOut()}
          changePassword={changeOwnPassword}
        />
      )}
      {page !== 'meeting' && <AsOfNote search={window.location.search} />}
      {exporting && <FigureExportDialog view={exporting} onClose={() => setExporting(null)} />}
      {signingIn && <SignInDialog onClose={() => setSigningIn(false)} />}
      {page === 'meeting' ? (
        <MeetingMode current={state} onExit={() => onPage(state.page)} />
      ) : (
        <AlignmentWorkspace
          state={state}
          update={update}
          search={window.location.search}
          saveSlot={saveSlot}
          exportRef={figureRef}
          onActor={(id) => {
            // The explorer, focused on the actor's neighbourhood with it selected.
            const node = encodeURIComponent(toNodeId(id));
            onPage('explore', `focus=${node}&sel=${node}`);
          }}
        />
      )}
    </div>
  );
}

/**
 * Upload a CSV or XLSX sheet (or a GraphML, GEXF or Cytoscape JSON export): the server checks it (dry run) and reports each problem by file, sheet
 * and row; once clean, "Import" commits it through the same endpoint and the graph reloads.
 */
import { useState } from 'react';

import {
  describeCounts,
  describeUpdate,
  isImportable,
  issuesCsv,
  type ImportReport,
} from '../../core/export/importReport';
import { exportFileName } from '../../core/export/names';
import { saveBlob } from '../export/download';
import { Modal } from '../export/Modal';
import '../export/export.css';
import { postImport } from './upload';

export interface ImportDialogProps {
  /** Called after a successful commit (reload the graph and the catalogue). */
  onImported(report: ImportReport): void;
  onClose(): void;
}

/** The table shows the first problems; the CSV download has all of them. */
const SHOWN = 200;

type Phase =
  | { kind: 'choose' }
  | { kind: 'checking' }
  | { kind: 'checked'; report: ImportReport }
  | { kind: 'committing'; report: ImportReport }
  | { kind: 'committed'; report: ImportReport };

export function ImportDialog({ onImported, onClose }: ImportDialogProps) {
  const [file, setFile] = useState<File | null>(null);
  const [phase, setPhase] = useState<Phase>({ kind: 'choose' });
  const [error, setError] = useState<string | null>(null);

  const check = async (chosen: File) => {
    setError(null);
    if (!isImportable(chosen.name)) {
      setPhase({ kind: 'choose' });
      setError(
        'Choose a .csv or .xlsx file (the import template, or an export’s nodes/edges CSV), or an exported .graphml, .gexf or .cyjs file.',
      );
      return;
    }
    setPhase({ kind: 'checking' });
    try {
      setPhase({ kind: 'checked', report: await postImport(chosen, false) });
    } catch (e) {
      setPhase({ kind: 'choose' });
      setError(e instanceof Error ? e.message : String(e));
    }
  };

  const commit = async (checked: ImportReport) => {
    if (!file) return;
    setError(null);
    setPhase({ kind: 'committing', report: checked });
    try {
      const report = await postImport(file, true);
      if (report.committed) {
        setPhase({ kind: 'committed', report });
        onImported(report);
      } else setPhase({ kind: 'checked', report });
    } catch (e) {
      setPhase({ kind: 'checked', report: checked });
      setError(e instanceof Error ? e.message : String(e));
    }
  };

  const report =
    phase.kind === 'checked' || phase.kind === 'committing' || phase.kind === 'committed' ? phase.report : null;
  const clean = report !== null && report.issueCount === 0;

  return (
    <Modal title="Import a spreadsheet" onClose={onClose} testId="import-dialog">
      <p className="export-note">
        CSV or XLSX in the import template’s columns (actors, groups, themes, memberships, interests, collaborations,
        activities, participants, positions), or a GraphML, GEXF or Cytoscape JSON data export. Links and actors may
        have validFrom and validTo (YYYY-MM-DD: their first and last day); the positions sheet gives an interest’s dated
        positions, oldest first. The file is checked first; nothing is written until you import it.
      </p>
      <label className="export-field">
        Spreadsheet file
        <input
          type="file"
          accept=".csv,.xlsx,.cyjs,.graphml,.gexf,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          data-testid="import-file"
          disabled={phase.kind === 'checking' || phase.kind === 'committing'}
          onChange={(e) => {
            const chosen = e.target.files?.[0] ?? null;
            setFile(chosen);
            if (chosen) void check(chosen);
          }}
        />
      </label>
      {phase.kind === 'checking' && <p role="status">Checking {file?.name}…</p>}
      {report && (
        <section aria-label="Import report" data-testid="import-report">
          {phase.kind === 'committed' ? (
            <p className="import-summary ok" role="status" data-testid="import-result">
              Imported {report.files.join(', ')}: {describeCounts(report.counts)}.
              {report.changeId ? ` Change ${report.changeId}.` : ''} The map has been reloaded.
            </p>
          ) : clean ? (
            <p className="import-summary ok" role="status">
              Dry run of {report.files.join(', ')}: no problems. Importing would write {describeCounts(report.counts)}.
            </p>
          ) : (
            <p className="import-summary problems" role="alert">
              {report.issueCount} {report.issueCount === 1 ? 'problem' : 'problems'} in {report.files.join(', ')} — fix{' '}
              {report.issueCount === 1 ? 'it' : 'them'} in the sheet and choose the file again. Nothing was written.
            </p>
          )}
          {report.updates.length > 0 && (
            <div className="import-updates" data-testid="import-updates">
              <p className="export-note">
                {report.updateCount} existing {report.updateCount === 1 ? 'actor' : 'actors'}{' '}
                {phase.kind === 'committed' ? (report.updateCount === 1 ? 'was' : 'were') : 'would be'} updated (blank
                cells keep what is stored):
              </p>
              <div className="import-issues-wrap">
                <table className="import-issues">
                  <thead>
                    <tr>
                      <th scope="col">File</th>
                      <th scope="col">Sheet</th>
                      <th scope="col">Row</th>
                      <th scope="col">Actor and changed columns</th>
                    </tr>
                  </thead>
                  <tbody>
                    {report.updates.slice(0, SHOWN).map((update, i) => (
                      <tr key={i}>
                        <td>{update.file}</td>
                        <td>{update.sheet ?? '—'}</td>
                        <td>{update.line}</td>
                        <td>{describeUpdate(update)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
              {report.updateCount > Math.min(SHOWN, report.updates.length) && (
                <p className="export-note">
                  Showing the first {Math.min(SHOWN, report.updates.length)} of {report.updateCount} updates.
                </p>
              )}
            </div>
          )}
          {report.issues.length > 0 && (
            <>
              <div className="import-issues-wrap">
                <table className="import-issues">
                  <thead>
                    <tr>
                      <th scope="col">File</th>
                      <th scope="col">Sheet</th>
                      <th scope="col">Row</th>
                      <th scope="col">Problem</th>
                    </tr>
                  </thead>
                  <tbody>
                    {report.issues.slice(0, SHOWN).map((issue, i) => (
                      <tr key={i}>
                        <td>{issue.file}</td>
                        <td>{issue.sheet ?? '—'}</td>
                        <td>{issue.line ?? '—'}</td>
                        <td>{issue.message}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
              {report.issues.length > SHOWN && (
                <p className="export-note">
                  Showing the first {SHOWN} of {report.issues.length} problems.
                </p>
              )}
              <button
                type="button"
                className="link"
                onClick={() =>
                  saveBlob(
                    new Blob([issuesCsv(report)], { type: 'text/csv;charset=utf-8' }),
                    exportFileName('csv', new Date(), { title: 'import problems' }),
                  )
                }
              >
                Download the problems as CSV
              </button>
            </>
          )}
        </section>
      )}
      {error && (
        <p className="export-status error" role="alert">
          {error}
        </p>
      )}
      <div className="export-row">
        {phase.kind !== 'committed' && (
          <button
            type="button"
            className="primary"
            disabled={!clean || phase.kind !== 'checked'}
            onClick={() => report && void commit(report)}
          >
            {phase.kind === 'committing' ? 'Importing…' : 'Import'}
          </button>
        )}
        <button type="button" onClick={onClose}>
          {phase.kind === 'committed' ? 'Done' : 'Cancel'}
        </button>
      </div>
    </Modal>
  );
}

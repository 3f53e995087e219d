/**
 * Export on the alignment pages: the overlap network, the matrix, the influence grid or the partner
 * finder as PNG, SVG or PDF, with an optional title, legend, date and data-source caption. The page
 * gives what to draw (an ExportableView); the matrix and the grid are drawn from their data.
 */
import { useState } from 'react';

import type { Figure } from '../../core/export/figure';
import { exportFileName, isoDate, PNG_SCALES, type PictureFormat } from '../../core/export/names';
import { figurePicture } from '../../graph/export/figureExport';
import { saveBlob } from './download';
import { Modal } from './Modal';
import './export.css';

export interface ExportableView {
  /** "Alignment matrix", "Overlap network"…: the dialog's heading and the file name when there is no title. */
  name: string;
  /** The default caption (source, what is shown, filters). */
  caption: string;
  /** What to draw; null with `unavailable` saying why (no partners picked yet, still loading). */
  figure(): Figure | null;
  unavailable?: string | null;
}

const PICTURES: Array<[PictureFormat, string]> = [
  ['png', 'PNG'],
  ['svg', 'SVG (vector)'],
  ['pdf', 'PDF (A4, vector, for reports)'],
];

type Status =
  { kind: 'idle' } | { kind: 'busy'; text: string } | { kind: 'done'; text: string } | { kind: 'error'; text: string };

export function FigureExportDialog({ view, onClose }: { view: ExportableView; onClose(): void }) {
  const today = isoDate(new Date());
  const [format, setFormat] = useState<PictureFormat>('png');
  const [scale, setScale] = useState(2);
  const [background, setBackground] = useState<'white' | 'transparent'>('white');
  const [title, setTitle] = useState('');
  const [legend, setLegend] = useState(true);
  const [withDate, setWithDate] = useState(true);
  const [withCaption, setWithCaption] = useState(true);
  const [caption, setCaption] = useState(view.caption);
  const [status, setStatus] = useState<Status>({ kind: 'idle' });

  const save = async () => {
    const figure = view.figure();
    if (!figure) {
      setStatus({ kind: 'error', text: view.unavailable ?? 'There is nothing to export on this page yet.' });
      return;
    }
    setStatus({ kind: 'busy', text: `Drawing the ${format.toUpperCase()}…` });
    try {
      const blob = await figurePicture(figure, {
        format,
        scale,
        decor: {
          title,
          legend,
          date: withDate ? `Exported ${today}` : null,
          caption: withCaption && caption.trim() ? caption.trim() : null,
          background,
        },
      });
      const name = exportFileName(format, new Date(), { title: title.trim() || view.name });
      saveBlob(blob, name);
      setStatus({ kind: 'done', text: `Saved ${name} (${Math.max(1, Math.round(blob.size / 1024))} KB).` });
    } catch (error) {
      setStatus({ kind: 'error', text: error instanceof Error ? error.message : String(error) });
    }
  };

  return (
    <Modal title="Export" onClose={onClose} testId="export-dialog">
      <section className="export-section" aria-labelledby="export-figure">
        <h3 id="export-figure">{view.name}</h3>
        {view.unavailable && (
          <p className="export-note" role="status">
            {view.unavailable}
          </p>
        )}
        <div className="export-row" role="radiogroup" aria-label="Picture format">
          {PICTURES.map(([f, label]) => (
            <label key={f}>
              <input type="radio" name="figure-format" value={f} checked={format === f} onChange={() => setFormat(f)} />{' '}
              {label}
            </label>
          ))}
        </div>
        {format !== 'pdf' && (
          <div className="export-row">
            {format === 'png' && (
              <label>
                Scale{' '}
                <select value={scale} onChange={(e) => setScale(Number(e.target.value))} aria-label="Scale">
                  {PNG_SCALES.map((s) => (
                    <option key={s.scale} value={s.scale}>
                      {s.label}
                    </option>
                  ))}
                </select>
              </label>
            )}
            <label>
              Background{' '}
              <select
                value={background}
                onChange={(e) => setBackground(e.target.value === 'transparent' ? 'transparent' : 'white')}
                aria-label="Background"
              >
                <option value="white">White</option>
                <option value="transparent">Transparent</option>
              </select>
            </label>
          </div>
        )}
        {format === 'pdf' && (
          <p className="export-note">
            A4 landscape with real, selectable text in embedded fonts, no text smaller than 7 pt; a long table runs over
            several pages.
          </p>
        )}
        <label className="export-field">
          Title (optional)
          <input
            type="text"
            value={title}
            onChange={(e) => setTitle(e.target.value)}
            placeholder={`e.g. ${view.name}, Mekong land reform`}
          />
        </label>
        <div className="export-row">
          <label>
            <input type="checkbox" checked={legend} onChange={(e) => setLegend(e.target.checked)} /> Legend
          </label>
          <label>
            <input type="checkbox" checked={withDate} onChange={(e) => setWithDate(e.target.checked)} /> Date ({today})
          </label>
          <label>
            <input type="checkbox" checked={withCaption} onChange={(e) => setWithCaption(e.target.checked)} />{' '}
            Data-source caption
          </label>
        </div>
        {withCaption && (
          <label className="export-field">
            Caption
            <textarea rows={2} value={caption} onChange={(e) => setCaption(e.target.value)} />
          </label>
        )}
        <button type="button" className="primary" disabled={status.kind === 'busy'} onClick={() => void save()}>
          Download {format.toUpperCase()}
        </button>
      </section>
      <p
        className={`export-status ${status.kind}`}
        role={status.kind === 'error' ? 'alert' : 'status'}
        data-testid="export-status"
      >
        {status.kind === 'idle' ? '' : status.text}
      </p>
    </Modal>
  );
}

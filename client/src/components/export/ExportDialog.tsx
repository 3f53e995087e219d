/**
 * Export the current view as a picture (PNG, SVG, PDF with optional title, legend, date and source
 * caption) or as data (GraphML, GEXF, Cytoscape.js JSON, CSV zip) of the view or the whole database.
 */
import { useMemo, useState } from 'react';

import { describeFilters } from '../../core/export/caption';
import {
  DATA_FORMATS,
  defaultCaption,
  exportFileName,
  isoDate,
  PNG_SCALES,
  type DataFormat,
  type ExportScope,
  type PictureFormat,
} from '../../core/export/names';
import type { FilterState } from '../../core/filters/filters';
import type { CatalogueQuery as Catalogue, GraphNodeFragment as GraphNode } from '../../data/generated/graphql';
import type { GraphExporter } from '../../graph/export/exporter';
import { fetchViewData, saveBlob, wholeDatabaseUrl } from './download';
import { Modal } from './Modal';
import './export.css';

export interface ExportDialogProps {
  /** Null while the graph is not on screen (table view): pictures are then unavailable. */
  exporter: GraphExporter | null;
  /** The nodes of the current view (GraphQL ids), to turn what is drawn into actor ids. */
  nodes: readonly GraphNode[];
  filters: FilterState;
  catalogue: Catalogue | undefined;
  onClose(): void;
}

const PICTURES: Array<[PictureFormat, string]> = [
  ['png', 'PNG'],
  ['svg', 'SVG (vector)'],
  ['pdf', 'PDF (A4, for reports)'],
];

type Status =
  { kind: 'idle' } | { kind: 'busy'; text: string } | { kind: 'done'; text: string } | { kind: 'error'; text: string };

export function ExportDialog({ exporter, nodes, filters, catalogue, onClose }: ExportDialogProps) {
  const counts = exporter?.counts() ?? { nodes: 0, edges: 0 };
  const actorIds = useMemo(() => {
    const byId = new Map(nodes.map((n) => [n.id, n]));
    const visible = exporter?.visibleNodeIds() ?? nodes.map((n) => n.id);
    return visible.flatMap((id) => {
      const n = byId.get(id);
      return n?.kind === 'ACTOR' ? [n.entityId] : [];
    });
  }, [nodes, exporter]);
  const filterText = useMemo(
    () =>
      describeFilters(filters, {
        themes: new Map((catalogue?.themes ?? []).map((t) => [t.id, t.name])),
        groups: new Map((catalogue?.groups ?? []).map((g) => [g.id, g.acronym ?? g.name])),
      }),
    [filters, catalogue],
  );
  const today = isoDate(new Date());

  const [format, setFormat] = useState<PictureFormat>('png');
  const [scale, setScale] = useState(2);
  const [background, setBackground] = useState<'white' | 'transparent'>('white');
  const [full, setFull] = useState(true);
  const [title, setTitle] = useState('');
  const [legend, setLegend] = useState(true);
  const [withDate, setWithDate] = useState(true);
  const [withCaption, setWithCaption] = useState(true);
  const [caption, setCaption] = useState(() =>
    defaultCaption({
      datasetLabel: catalogue?.dataset.label,
      datasetKind: catalogue?.dataset.kind,
      actors: actorIds.length,
      links: counts.edges,
      filters: filterText,
    }),
  );
  const [dataFormat, setDataFormat] = useState<DataFormat>('graphml');
  const [scope, setScope] = useState<ExportScope>('view');
  const [measures, setMeasures] = useState(false);
  // Cytoscape JSON carries no measure columns (the server adds them to CSV, GraphML and GEXF only).
  const withMeasures = measures && dataFormat !== 'cyjs';
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const busy = status.kind === 'busy';
  const size = format === 'png' && exporter ? exporter.pngSize(scale, full) : null;

  const savePicture = async () => {
    const ex = exporter;
    if (!ex) {
      setStatus({
        kind: 'error',
        text: 'The graph is not on screen: switch to the graph or split view to export a picture.',
      });
      return;
    }
    setStatus({ kind: 'busy', text: `Drawing the ${format.toUpperCase()}…` });
    try {
      const blob = await ex.picture({
        format,
        scale,
        full,
        decor: {
          title,
          legend,
          date: withDate ? `Exported ${today}` : null,
          caption: withCaption && caption.trim() ? caption.trim() : null,
          background,
        },
      });
      const name = exportFileName(format, new Date(), { title });
      saveBlob(blob, name);
      setStatus({ kind: 'done', text: `Saved ${name} (${Math.max(1, Math.round(blob.size / 1024))} KB).` });
    } catch (error) {
      setStatus({ kind: 'error', text: error instanceof Error ? error.message : String(error) });
    }
  };

  const saveData = async () => {
    const info = DATA_FORMATS.find((d) => d.format === dataFormat);
    const extension = info?.extension ?? dataFormat;
    if (scope === 'all') {
      // A link, not fetch(): the browser streams the whole database straight to disk.
      const a = document.createElement('a');
      a.href = wholeDatabaseUrl(dataFormat, withMeasures);
      a.download = exportFileName(extension, new Date(), { scope: 'all' });
      document.body.appendChild(a);
      a.click();
      a.remove();
      setStatus({ kind: 'done', text: 'The whole-database export is downloading.' });
      return;
    }
    if (actorIds.length === 0) {
      setStatus({ kind: 'error', text: 'The current view shows no actors to export.' });
      return;
    }
    setStatus({ kind: 'busy', text: `Exporting ${actorIds.length} actors…` });
    try {
      const blob = await fetchViewData(dataFormat, actorIds, withMeasures);
      const name = exportFileName(extension, new Date(), { scope: 'view', title });
      saveBlob(blob, name);
      setStatus({ kind: 'done', text: `Saved ${name} (${Math.max(1, Math.round(blob.size / 1024))} KB).` });
    } catch (error) {
      setStatus({ kind: 'error', text: error instanceof Error ? error.message : String(error) });
    }
  };

  return (
    <Modal title="Export" onClose={onClose} testId="export-dialog">
      <section className="export-section" aria-labelledby="export-picture">
        <h3 id="export-picture">Picture of the current view</h3>
        <p className="export-note">
          Exactly what the map shows: filters, layout and highlighting ({counts.nodes} elements, {counts.edges} links).
        </p>
        <div className="export-row" role="radiogroup" aria-label="Picture format">
          {PICTURES.map(([f, label]) => (
            <label key={f}>
              <input
                type="radio"
                name="picture-format"
                value={f}
                checked={format === f}
                onChange={() => setFormat(f)}
              />{' '}
              {label}
            </label>
          ))}
        </div>
        <div className="export-row">
          <label>
            Area{' '}
            <select
              value={full ? 'full' : 'viewport'}
              onChange={(e) => setFull(e.target.value === 'full')}
              aria-label="Area"
            >
              <option value="full">The whole graph</option>
              <option value="viewport">The visible area only</option>
            </select>
          </label>
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
          {format !== 'pdf' && (
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
          )}
        </div>
        {size && (
          <p className="export-note" data-testid="png-size">
            The graph will be {size.width} × {size.height} px
            {size.scale < scale
              ? ` (scale lowered to ${size.scale.toFixed(2)}× to stay within the browser's canvas limit)`
              : ''}
            , plus the title, legend and caption.
          </p>
        )}
        <label className="export-field">
          Title (optional)
          <input
            type="text"
            value={title}
            onChange={(e) => setTitle(e.target.value)}
            placeholder="e.g. Land-reform alliances in the Mekong"
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
        <button type="button" className="primary" disabled={busy} onClick={() => void savePicture()}>
          Download {format.toUpperCase()}
        </button>
      </section>
      <section className="export-section" aria-labelledby="export-data">
        <h3 id="export-data">Data</h3>
        <label className="export-field">
          Format
          <select
            value={dataFormat}
            onChange={(e) => setDataFormat(e.target.value as DataFormat)}
            aria-label="Data format"
          >
            {DATA_FORMATS.map((d) => (
              <option key={d.format} value={d.format}>
                {d.label}
              </option>
            ))}
          </select>
        </label>
        <div className="export-row" role="radiogroup" aria-label="What to export">
          <label>
            <input type="radio" name="data-scope" checked={scope === 'view'} onChange={() => setScope('view')} /> The
            current view ({actorIds.length} actors and their groups, themes and links)
          </label>
          <label>
            <input type="radio" name="data-scope" checked={scope === 'all'} onChange={() => setScope('all')} /> The
            whole database
          </label>
        </div>
        {dataFormat !== 'cyjs' && (
          <div className="export-row">
            <label>
              <input type="checkbox" checked={measures} onChange={(e) => setMeasures(e.target.checked)} /> With network
              measures (not for re-import)
            </label>
          </div>
        )}
        <button type="button" disabled={busy} onClick={() => void saveData()}>
          Download data
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

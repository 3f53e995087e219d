/**
 * Pure helpers for exports: file names, the data-source caption, CSV-safe cells, how far a picture
 * may be scaled before the browser refuses the canvas. No DOM, no Cytoscape: tested directly.
 */
export type PictureFormat = 'png' | 'svg' | 'pdf';
export type DataFormat = 'graphml' | 'gexf' | 'cyjs' | 'csv';
export type ExportScope = 'view' | 'all';

/** Mirrors server/src/export/formats.ts (FORMAT_INFO): the server's own extensions. */
export const DATA_FORMATS: ReadonlyArray<{ format: DataFormat; label: string; extension: string }> = [
  { format: 'graphml', label: 'GraphML (Gephi, yEd, Cytoscape desktop, networkx)', extension: 'graphml' },
  { format: 'gexf', label: 'GEXF (Gephi)', extension: 'gexf' },
  { format: 'cyjs', label: 'Cytoscape.js JSON', extension: 'cyjs' },
  { format: 'csv', label: 'CSV — nodes and edges, zipped', extension: 'zip' },
];

/** PNG scales offered; 3× of a 96 dpi screen is close to 300 dpi print. */
export const PNG_SCALES: ReadonlyArray<{ scale: number; label: string }> = [
  { scale: 1, label: '1× (screen)' },
  { scale: 2, label: '2× (sharp on high-density screens)' },
  { scale: 3, label: '3× (≈ 300 dpi print)' },
  { scale: 4, label: '4× (large print)' },
];

/** ISO date (YYYY-MM-DD) in the user's own time zone: what a report writer expects on a figure. */
export function isoDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/**
 * A portable file name: ASCII letters, digits and dashes from the title (local-script titles keep
 * the default stem, since some mail and file systems mangle non-ASCII names).
 */
export function exportFileName(
  extension: string,
  date: Date,
  options: { scope?: ExportScope; title?: string } = {},
): string {
  const slug = (options.title ?? '')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/gi, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  const stem = slug.length >= 3 ? `reform-atlas-${slug}` : `reform-atlas-${options.scope ?? 'view'}`;
  return `${stem}-${isoDate(date)}.${extension}`;
}

export interface CaptionInput {
  datasetLabel: string | null | undefined;
  datasetKind: string | null | undefined;
  actors: number;
  links: number;
  filters: string[];
}

/** The data-source line drawn under a picture: where the data is from and what the view holds. */
export function defaultCaption(input: CaptionInput): string {
  return sourceCaption({
    datasetLabel: input.datasetLabel,
    datasetKind: input.datasetKind,
    summary: `${input.actors} actors, ${input.links} links shown`,
    filters: input.filters,
  });
}

/** The same line for any view: the source, what the view shows ("48 actors on 12 themes"), its filters. */
export function sourceCaption(input: {
  datasetLabel: string | null | undefined;
  datasetKind: string | null | undefined;
  summary: string;
  filters: string[];
}): string {
  const source =
    input.datasetLabel ??
    (input.datasetKind === 'illustrative' ? 'Illustrative data (fictional organisations)' : 'Reform Atlas database');
  const parts = [`Source: Reform Atlas — ${source}`, input.summary];
  if (input.filters.length > 0) parts.push(`filtered by ${input.filters.join('; ')}`);
  return parts.join(' · ');
}

/**
 * One CSV cell. Quotes when needed and defuses spreadsheet formulas (a cell starting with = + - @,
 * tab or CR is prefixed with ') so a report opened in Excel or LibreOffice cannot run anything.
 */
export function csvCell(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return '';
  let text = String(value);
  // As the server's export does (server/src/export/formats.ts): text already behind apostrophes gets one more.
  if (typeof value === 'string' && /^'*[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvRow(values: ReadonlyArray<string | number | boolean | null | undefined>): string {
  return values.map(csvCell).join(',');
}

/**
 * Chromium refuses canvases over 32767 px a side or about 268 M pixels, and a 4-byte-per-pixel
 * bitmap that size would take a gigabyte: keep well under (16384 px, 120 M px).
 */
export const CANVAS_LIMITS = { side: 16384, area: 120_000_000 };

export function clampScale(width: number, height: number, scale: number, limits = CANVAS_LIMITS): number {
  if (width <= 0 || height <= 0) return scale;
  const bySide = limits.side / Math.max(width, height);
  const byArea = Math.sqrt(limits.area / (width * height));
  return Math.max(0.1, Math.min(scale, bySide, byArea));
}

import { createReadStream } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { StringDecoder } from 'node:string_decoder';
import { TextDecoder } from 'node:util';

import ExcelJS from 'exceljs';
import unzipper from 'unzipper';

import { DomainError } from '../domain/errors';
import { ExcelCsvReader, UnclosedQuoteError } from './excelCsv';
import { fileRejected, progressCounter, textDecoder, type ImportProgress, type TableOpener } from './textStream';
import { readGexf, readGraphml } from './xmlReaders';

export { fileRejected, FileRejected, type ImportProgress, type TableOpener, type TableSink } from './textStream';

/** Streams a CSV file through the Excel-compatible reader (comma, semicolon or tab; see excelCsv.ts). */
async function readCsv(path: string, file: string, open: TableOpener, onProgress: (p: ImportProgress) => void): Promise<void> {
  const total = (await stat(path)).size;
  const sink = open(null);
  const csv = new ExcelCsvReader((line, cells) => sink.row(line, cells));
  try {
    await pipeline(createReadStream(path), progressCounter(file, total, onProgress), textDecoder(file), async (text: AsyncIterable<Buffer>) => {
      const chars = new StringDecoder('utf8');
      for await (const chunk of text) csv.write(chars.write(chunk));
      csv.write(chars.end());
      csv.end();
    });
  } catch (error) {
    if (error instanceof UnclosedQuoteError) throw fileRejected(file, error.message, error.row);
    throw error;
  }
  sink.end();
}

type CellValue = ExcelJS.CellValue;

/**
 * An XLSX cell as the text a user typed; formulas come back as "=…" so validation can refuse them. A number
 * typed as a number is not a formula, so a negative one gets the leading apostrophe that marks text as safe
 * (the row reader removes it, as it does the export's).
 */
export function cellText(value: CellValue | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return value < 0 ? `'${String(value)}` : String(value);
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('formula' in value && typeof value.formula === 'string') return `=${value.formula}`;
    if ('sharedFormula' in value) return `=${String(value.sharedFormula)}`;
    if ('richText' in value) return value.richText.map((r) => r.text).join('');
    if ('text' in value && typeof value.text === 'string') return value.text;
    if ('error' in value) return String(value.error);
    return '';
  }
  return String(value);
}

/** What a workbook may unpack to. A 60 MB upload of real sheets stays far below; a zip bomb does not. */
export const XLSX_MAX_UNPACKED_BYTES = 512 * 1024 * 1024;
const XLSX_MAX_ENTRIES = 10_000;
/** The last column a spreadsheet has (XFD); a cell beyond it is no spreadsheet's. */
const XLSX_MAX_COLUMNS = 16_384;

/**
 * Unpacks every entry once, counting the bytes, and refuses the workbook past the limit. The streaming reader
 * below writes worksheets that come before the shared strings (as Excel orders them) to temporary files whole,
 * so the check must come first; it reads the zip the same way (unzipper's streaming parser, as ExcelJS does), so
 * it counts exactly the entries ExcelJS would read, whatever the zip's directory claims.
 */
async function checkUnpackedSize(path: string, file: string): Promise<void> {
  const source = createReadStream(path);
  const zip = source.pipe(unzipper.Parse({ forceStream: true }));
  let current: unzipper.Entry | null = null;
  let failure: Error | null = null;
  // A zip that ends inside an entry fails the parser, but that entry's stream (possibly handed out after the
  // failure) would wait for the rest forever: fail it too.
  zip.on('error', (error: Error) => {
    failure = error;
    current?.destroy(error);
  });
  let bytes = 0;
  let entries = 0;
  try {
    for await (const item of zip) {
      const entry = item as unzipper.Entry;
      if (failure) throw failure;
      current = entry;
      entries += 1;
      if (entries > XLSX_MAX_ENTRIES) throw fileRejected(file, `holds more than ${XLSX_MAX_ENTRIES} parts: it is not a workbook a spreadsheet saved`);
      for await (const chunk of entry) {
        bytes += (chunk as Buffer).length;
        if (bytes > XLSX_MAX_UNPACKED_BYTES) throw fileRejected(file, `unpacks to more than ${XLSX_MAX_UNPACKED_BYTES / 1024 / 1024} MB, more than a workbook of this size holds (a zip bomb?)`);
      }
      current = null;
    }
  } catch (error) {
    if (error instanceof DomainError) throw error;
    const reason = error instanceof Error ? error.message : String(error);
    throw fileRejected(file, reason === 'FILE_ENDED' ? 'is not a readable XLSX workbook: the file ends in the middle (was it cut short?)' : `is not a readable XLSX workbook (${reason})`);
  } finally {
    zip.destroy();
    source.destroy();
  }
}

async function readXlsx(path: string, file: string, openTable: TableOpener, onProgress: (p: ImportProgress) => void): Promise<void> {
  await checkUnpackedSize(path, file);
  const total = (await stat(path)).size;
  const input = createReadStream(path).pipe(progressCounter(file, total, onProgress));
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(input, { worksheets: 'emit', sharedStrings: 'cache', hyperlinks: 'ignore', styles: 'cache', entries: 'ignore' });
  try {
    for await (const worksheet of reader) {
      // The streaming reader knows a sheet's number; its name comes from the workbook part when it was read first.
      const ws = worksheet as unknown as { id: number; name: string };
      const model = (reader as unknown as { model?: { sheets?: Array<{ id: number; name: string }> } }).model;
      const name = model?.sheets?.find((s) => s.id === ws.id)?.name ?? ws.name;
      const sink = openTable(name);
      for await (const row of worksheet) {
        const values = Array.isArray(row.values) ? (row.values as CellValue[]) : [];
        if (values.length > XLSX_MAX_COLUMNS + 1) throw fileRejected(file, `sheet ${name}, row ${row.number}: a cell lies beyond column XFD, the last a spreadsheet has`, row.number);
        const cells: string[] = [];
        for (let i = 1; i < values.length; i += 1) cells.push(cellText(values[i]));
        sink.row(row.number, cells);
      }
      sink.end();
    }
  } catch (error) {
    if (error instanceof DomainError) throw error;
    throw fileRejected(file, `is not a readable XLSX workbook (${error instanceof Error ? error.message : String(error)})`);
  }
}

/** Cytoscape.js JSON (what the export writes): nodes and edges become the "nodes" and "edges" tables. */
async function readCyjs(path: string, file: string, openTable: TableOpener, onProgress: (p: ImportProgress) => void): Promise<void> {
  const { readFile } = await import('node:fs/promises');
  const buffer = await readFile(path);
  onProgress({ file, bytes: buffer.length, total: buffer.length });
  let doc: unknown;
  try {
    doc = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(buffer));
  } catch {
    throw fileRejected(file, 'is not valid UTF-8 JSON');
  }
  const elements = (doc as { elements?: { nodes?: unknown; edges?: unknown } } | null)?.elements;
  if (!elements || !Array.isArray(elements.nodes) || !Array.isArray(elements.edges)) {
    throw fileRejected(file, 'is not Cytoscape.js JSON: expected {"elements": {"nodes": […], "edges": […]}}');
  }
  const table = (name: string, items: unknown[], first: string[], skip: string[] = []): void => {
    // An export of actors without links has no edges: no table rather than a header without its columns.
    if (items.length === 0) return;
    const datas = items.map((i) => ((i as { data?: Record<string, unknown> }).data ?? {}) as Record<string, unknown>);
    const keys = [...first, ...new Set(datas.flatMap((d) => Object.keys(d)).filter((k) => !first.includes(k) && !skip.includes(k)))];
    const sink = openTable(name);
    sink.row(1, keys);
    datas.forEach((d, i) => sink.row(i + 2, keys.map((k) => jsonCell(d[k]))));
    sink.end();
  };
  table('nodes', elements.nodes, ['id', 'label']);
  // Edge ids and the directed flag are derived from the relation, so they are not read back.
  table('edges', elements.edges, ['source', 'target'], ['id', 'directed']);
}

function jsonCell(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (Array.isArray(v)) return v.map(String).join(' | ');
  return String(v);
}

export const IMPORT_EXTENSIONS = ['.csv', '.txt', '.xlsx', '.json', '.cyjs', '.graphml', '.gexf'] as const;

/**
 * Reads one file into tables, choosing the reader from the extension and checking the bytes agree:
 * an .xlsx must be a zip, a CSV must be text, a .graphml or .gexf must be XML with that root element.
 */
export async function readTables(path: string, onTable: TableOpener, onProgress: (p: ImportProgress) => void, displayName = basename(path)): Promise<void> {
  const ext = extname(displayName).toLowerCase();
  const handle = await open(path, 'r').catch(() => {
    throw fileRejected(displayName, 'cannot be opened');
  });
  const head = Buffer.alloc(4);
  await handle.read(head, 0, 4, 0).finally(() => handle.close());
  if (ext === '.xlsx') {
    if (head.readUInt32LE(0) !== 0x04034b50) throw fileRejected(displayName, 'is not an XLSX workbook (an .xlsx file is a zip archive; this one is not). If it is CSV text, rename it to .csv');
    return readXlsx(path, displayName, onTable, onProgress);
  }
  if (ext === '.csv' || ext === '.txt') return readCsv(path, displayName, onTable, onProgress);
  if (ext === '.json' || ext === '.cyjs') return readCyjs(path, displayName, onTable, onProgress);
  if (ext === '.graphml') return readGraphml(path, displayName, onTable, onProgress);
  if (ext === '.gexf') return readGexf(path, displayName, onTable, onProgress);
  if (ext === '.xls') throw fileRejected(displayName, 'is an old Excel 97-2003 workbook; save it as .xlsx or CSV UTF-8');
  throw fileRejected(displayName, `has an unsupported type; import ${IMPORT_EXTENSIONS.join(', ')} files`);
}

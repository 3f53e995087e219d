import { createReadStream } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { Transform, type TransformCallback } from 'node:stream';
import { TextDecoder } from 'node:util';

import ExcelJS from 'exceljs';
import Papa from 'papaparse';

import { DomainError } from '../domain/errors';

/** Receives one table (a CSV file or a worksheet) row by row, as the file streams in. */
export interface TableSink {
  /** `line` is the row number a spreadsheet shows (1 = the header row). */
  row(line: number, cells: string[]): void;
  end(): void;
}

export interface ImportProgress {
  file: string;
  bytes: number;
  total: number;
}

export type TableOpener = (sheet: string | null) => TableSink;

/** A file the importer refuses as a whole (wrong type, wrong encoding, unreadable). */
export const fileRejected = (file: string, message: string): DomainError => new DomainError('BAD_USER_INPUT', `${file}: ${message}`, 'file');

const PROGRESS_STEP = 1 << 20;

/** Counts bytes for the progress report as they pass. */
function progressCounter(file: string, total: number, onProgress: (p: ImportProgress) => void): Transform {
  let bytes = 0;
  let reported = 0;
  return new Transform({
    transform(chunk: Buffer, _enc, done: TransformCallback) {
      bytes += chunk.length;
      if (bytes - reported >= PROGRESS_STEP) {
        reported = bytes;
        onProgress({ file, bytes, total });
      }
      done(null, chunk);
    },
    flush(done) {
      onProgress({ file, bytes, total });
      done();
    },
  });
}

/**
 * Bytes to text: UTF-8 with or without BOM, or UTF-16 when a BOM says so. Anything else (Windows-1252,
 * a binary file) is refused with advice, instead of importing mojibake.
 */
function textDecoder(file: string): Transform {
  let decoder: TextDecoder | null = null;
  let offset = 0;
  return new Transform({
    readableObjectMode: false,
    transform(chunk: Buffer, _enc, done: TransformCallback) {
      try {
        let bytes = chunk;
        if (!decoder) {
          if (bytes[0] === 0xff && bytes[1] === 0xfe) {
            decoder = new TextDecoder('utf-16le', { fatal: true });
            bytes = bytes.subarray(2);
          } else if (bytes[0] === 0xfe && bytes[1] === 0xff) {
            decoder = new TextDecoder('utf-16be', { fatal: true });
            bytes = bytes.subarray(2);
          } else {
            if (bytes[0] === 0x50 && bytes[1] === 0x4b) throw fileRejected(file, 'is a zip archive (an XLSX workbook?), not a CSV file; save it with the .xlsx extension or export it as CSV UTF-8');
            decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
          }
          if (decoder.encoding === 'utf-8' && bytes.includes(0)) throw fileRejected(file, 'contains NUL bytes: it is a binary file, not CSV text');
        }
        done(null, decoder.decode(bytes, { stream: true }));
        offset += chunk.length;
      } catch (error) {
        if (error instanceof DomainError) return done(error);
        done(fileRejected(file, `is not UTF-8 text (invalid bytes near byte ${offset}); in Excel use "Save as… CSV UTF-8", or choose UTF-8 when exporting`));
      }
    },
    flush(done) {
      try {
        const rest = decoder?.decode() ?? '';
        done(null, rest);
      } catch {
        done(fileRejected(file, 'ends in the middle of a UTF-8 character: the file is truncated or not UTF-8'));
      }
    },
  });
}

/** Streams a CSV file through papaparse (RFC 4180 and Excel's quoting; comma, semicolon or tab). */
async function readCsv(path: string, file: string, open: TableOpener, onProgress: (p: ImportProgress) => void): Promise<void> {
  const total = (await stat(path)).size;
  const text = createReadStream(path).pipe(progressCounter(file, total, onProgress)).pipe(textDecoder(file));
  const sink = open(null);
  await new Promise<void>((resolve, reject) => {
    let line = 0;
    text.on('error', reject);
    Papa.parse<string[]>(text, {
      header: false,
      skipEmptyLines: false,
      delimitersToGuess: [',', ';', '\t'],
      step: (result) => {
        line += 1;
        sink.row(line, result.data.map((c) => String(c)));
      },
      complete: () => resolve(),
      error: (error: Error) => reject(error instanceof DomainError ? error : fileRejected(file, `could not be read as CSV: ${error.message}`)),
    });
  });
  sink.end();
}

type CellValue = ExcelJS.CellValue;

/** An XLSX cell as the text a user typed; formulas come back as "=…" so validation can refuse them. */
export function cellText(value: CellValue | undefined): string {
  if (value === null || value === undefined) return '';
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

async function readXlsx(path: string, file: string, openTable: TableOpener, onProgress: (p: ImportProgress) => void): Promise<void> {
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

export const IMPORT_EXTENSIONS = ['.csv', '.txt', '.xlsx', '.json', '.cyjs'] as const;

/**
 * Reads one file into tables, choosing the reader from the extension and checking the bytes agree:
 * an .xlsx must be a zip, a CSV must be text.
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
  if (ext === '.xls') throw fileRejected(displayName, 'is an old Excel 97-2003 workbook; save it as .xlsx or CSV UTF-8');
  throw fileRejected(displayName, `has an unsupported type; import ${IMPORT_EXTENSIONS.join(', ')} files`);
}

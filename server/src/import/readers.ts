import { createReadStream } from 'node:fs';
import { mkdtemp, open, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, extname, join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { StringDecoder } from 'node:string_decoder';
import { TextDecoder } from 'node:util';
import { Worker } from 'node:worker_threads';

import unzipper from 'unzipper';

import { DomainError } from '../errors';
import { ExcelCsvReader, UnclosedQuoteError } from './excelCsv';
import {
  fileRejected,
  progressCounter,
  textDecoder,
  type ImportProgress,
  type TableOpener,
  type TableSink,
} from './textStream';
import type { XlsxMessage, XlsxTask } from './xlsxProtocol';
import { readGexf, readGraphml } from './xmlReaders';

export { fileRejected, FileRejected, type ImportProgress, type TableOpener, type TableSink } from './textStream';

/** Streams a CSV file through the Excel-compatible reader (comma, semicolon or tab; see excelCsv.ts). */
async function readCsv(
  path: string,
  file: string,
  open: TableOpener,
  onProgress: (p: ImportProgress) => void,
): Promise<void> {
  const total = (await stat(path)).size;
  const sink = open(null);
  const csv = new ExcelCsvReader((line, cells) => sink.row(line, cells));
  try {
    await pipeline(
      createReadStream(path),
      progressCounter(file, total, onProgress),
      textDecoder(file),
      async (text: AsyncIterable<Buffer>) => {
        const chars = new StringDecoder('utf8');
        for await (const chunk of text) csv.write(chars.write(chunk));
        csv.write(chars.end());
        csv.end();
      },
    );
  } catch (error) {
    if (error instanceof UnclosedQuoteError) throw fileRejected(file, error.message, error.row);
    throw error;
  }
  sink.end();
}

/** What a workbook may unpack to. A 60 MB upload of real sheets stays far below; a zip bomb does not. */
export const XLSX_MAX_UNPACKED_BYTES = 512 * 1024 * 1024;
const XLSX_MAX_ENTRIES = 10_000;

/**
 * Unpacks every entry once, counting the bytes, and refuses the workbook past the limit. The streaming reader
 * (xlsxWorker.ts) writes worksheets that come before the shared strings (as Excel orders them) to temporary files
 * whole, so the check must come first; it reads the zip the same way (unzipper's streaming parser, as ExcelJS does), so
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
      if (entries > XLSX_MAX_ENTRIES)
        throw fileRejected(file, `holds more than ${XLSX_MAX_ENTRIES} parts: it is not a workbook a spreadsheet saved`);
      for await (const chunk of entry) {
        bytes += (chunk as Buffer).length;
        if (bytes > XLSX_MAX_UNPACKED_BYTES)
          throw fileRejected(
            file,
            `unpacks to more than ${XLSX_MAX_UNPACKED_BYTES / 1024 / 1024} MB, more than a workbook of this size holds (a zip bomb?)`,
          );
      }
      current = null;
    }
  } catch (error) {
    if (error instanceof DomainError) throw error;
    const reason = error instanceof Error ? error.message : String(error);
    throw fileRejected(
      file,
      reason === 'FILE_ENDED'
        ? 'is not a readable XLSX workbook: the file ends in the middle (was it cut short?)'
        : `is not a readable XLSX workbook (${reason})`,
    );
  } finally {
    zip.destroy();
    source.destroy();
  }
}

/**
 * The worker's entry. The server runs from its TypeScript sources (under tsx, or Jest's transform in the tests), so
 * the thread registers tsx's CommonJS hook before it loads the module; a compiled build would load the .js as is.
 */
const XLSX_WORKER = join(__dirname, `xlsxWorker${extname(__filename)}`);
const WORKER_BOOT = `${extname(__filename) === '.ts' ? "require('tsx/cjs');" : ''} require(${JSON.stringify(XLSX_WORKER)});`;

async function readXlsx(
  path: string,
  file: string,
  openTable: TableOpener,
  onProgress: (p: ImportProgress) => void,
): Promise<void> {
  await checkUnpackedSize(path, file);
  const scratch = await mkdtemp(join(tmpdir(), 'ra-xlsx-'));
  const task: XlsxTask = { path };
  const worker = new Worker(WORKER_BOOT, { eval: true, workerData: task, env: { ...process.env, TMPDIR: scratch } });
  try {
    await new Promise<void>((resolve, reject) => {
      let sink: TableSink | null = null;
      let settled = false;
      const settle = (error?: Error): void => {
        if (settled) return;
        settled = true;
        if (error) reject(error);
        else resolve();
      };
      worker.on('message', (message: XlsxMessage) => {
        try {
          switch (message.type) {
            case 'sheet':
              sink = openTable(message.name);
              return;
            case 'rows':
              for (const [line, cells] of message.rows) sink?.row(line, cells);
              return;
            case 'end-sheet':
              sink?.end();
              sink = null;
              return;
            case 'progress':
              onProgress({ file, bytes: message.bytes, total: message.total });
              return;
            case 'done':
              return settle();
            case 'rejected':
              return settle(fileRejected(file, message.message, message.row));
            case 'unreadable':
              return settle(fileRejected(file, `is not a readable XLSX workbook (${message.reason})`));
          }
        } catch (error) {
          settle(error instanceof Error ? error : new Error(String(error)));
        }
      });
      worker.on('error', (error) => settle(fileRejected(file, `is not a readable XLSX workbook (${error.message})`)));
      worker.on('exit', (code) =>
        settle(new Error(`the XLSX reader stopped (exit ${code}) before the workbook was read`)),
      );
    });
  } finally {
    await worker.terminate();
    await rm(scratch, { recursive: true, force: true });
  }
}

/** Cytoscape.js JSON (what the export writes): nodes and edges become the "nodes" and "edges" tables. */
async function readCyjs(
  path: string,
  file: string,
  openTable: TableOpener,
  onProgress: (p: ImportProgress) => void,
): Promise<void> {
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
    const keys = [
      ...first,
      ...new Set(datas.flatMap((d) => Object.keys(d)).filter((k) => !first.includes(k) && !skip.includes(k))),
    ];
    const sink = openTable(name);
    sink.row(1, keys);
    datas.forEach((d, i) =>
      sink.row(
        i + 2,
        keys.map((k) => jsonCell(d[k])),
      ),
    );
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
export async function readTables(
  path: string,
  onTable: TableOpener,
  onProgress: (p: ImportProgress) => void,
  displayName = basename(path),
): Promise<void> {
  const ext = extname(displayName).toLowerCase();
  const handle = await open(path, 'r').catch(() => {
    throw fileRejected(displayName, 'cannot be opened');
  });
  const head = Buffer.alloc(4);
  await handle.read(head, 0, 4, 0).finally(() => handle.close());
  if (ext === '.xlsx') {
    if (head.readUInt32LE(0) !== 0x04034b50)
      throw fileRejected(
        displayName,
        'is not an XLSX workbook (an .xlsx file is a zip archive; this one is not). If it is CSV text, rename it to .csv',
      );
    return readXlsx(path, displayName, onTable, onProgress);
  }
  if (ext === '.csv' || ext === '.txt') return readCsv(path, displayName, onTable, onProgress);
  if (ext === '.json' || ext === '.cyjs') return readCyjs(path, displayName, onTable, onProgress);
  if (ext === '.graphml') return readGraphml(path, displayName, onTable, onProgress);
  if (ext === '.gexf') return readGexf(path, displayName, onTable, onProgress);
  if (ext === '.xls')
    throw fileRejected(displayName, 'is an old Excel 97-2003 workbook; save it as .xlsx or CSV UTF-8');
  throw fileRejected(displayName, `has an unsupported type; import ${IMPORT_EXTENSIONS.join(', ')} files`);
}

/**
 * XLSX workbooks: measured unpacked first (a zip bomb is refused before anything is spooled), then read sheet by
 * sheet in a worker thread (xlsxWorker.ts) whose rows come back here. A workbook is read from a file, not a stream:
 * it is unpacked twice, and ExcelJS needs it whole.
 */
import { createReadStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { Worker } from 'node:worker_threads';

import unzipper from 'unzipper';

import { DomainError } from '../../errors';
import { fileRejected, type ImportProgress, type TableOpener, type TableSink } from './text';
import type { XlsxMessage, XlsxTask } from './xlsxProtocol';

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

export async function readXlsx(
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

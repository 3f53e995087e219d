/**
 * Reads one workbook in a worker thread, sheet by sheet, and posts its rows to the importer (xlsx.ts). In a
 * thread of its own for two reasons: parsing a large workbook is seconds of CPU that would otherwise stall every
 * request the server is answering, and ExcelJS keeps worksheets that come before the shared strings (Excel's
 * own order) in temporary files it deletes only when the whole read succeeds: here the thread's TMPDIR is a
 * folder of the import's own, removed however the read ends.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { parentPort, workerData } from 'node:worker_threads';

import ExcelJS from 'exceljs';
import unzipper from 'unzipper';

import type { XlsxMessage, XlsxTask } from './xlsxProtocol';
import { cellText, XLSX_MAX_COLUMNS } from './xlsxProtocol';

const ROWS_PER_MESSAGE = 500;

/**
 * unzipper's Parse (ExcelJS's unzipper) emits 'end' as soon as it has read the whole zip, while entries it has
 * parsed may still wait in its readable buffer; ExcelJS's stream iterator takes that 'end' as the last entry and
 * stops. A workbook whose worksheets come before its workbook part (as ExcelJS writes them: sheets are spooled to
 * temporary files, pausing the zip) then lost its last parts now and then, and its read failed with "Cannot read
 * properties of undefined (reading 'sheets')" (one read in ten of the import template) — or a style or shared-string
 * part could go missing. In this thread only, 'end' is let through once the readable side has really ended.
 */
type ParseStream = ReturnType<typeof unzipper.Parse> & {
  _readableState?: { endEmitted?: boolean };
};
const parse = unzipper.Parse.bind(unzipper);
(unzipper as { Parse: typeof unzipper.Parse }).Parse = (options) => {
  const stream = parse(options) as ParseStream;
  const emit = stream.emit.bind(stream);
  stream.emit = (event: string | symbol, ...args: unknown[]): boolean =>
    event === 'end' && stream._readableState?.endEmitted !== true ? false : emit(event, ...args);
  return stream;
};

function post(message: XlsxMessage): void {
  parentPort?.postMessage(message);
}

async function read({ path }: XlsxTask): Promise<void> {
  const total = (await stat(path)).size;
  const input = createReadStream(path);
  let bytes = 0;
  let reported = 0;
  input.on('data', (chunk) => {
    bytes += chunk.length;
    if (bytes - reported >= 1 << 20) {
      reported = bytes;
      post({ type: 'progress', bytes, total });
    }
  });
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(input, {
    worksheets: 'emit',
    sharedStrings: 'cache',
    hyperlinks: 'ignore',
    styles: 'cache',
    entries: 'ignore',
  });
  for await (const worksheet of reader) {
    // The streaming reader knows a sheet's number; its name comes from the workbook part when it was read first.
    const ws = worksheet as unknown as { id: number; name: string };
    const model = (reader as unknown as { model?: { sheets?: Array<{ id: number; name: string }> } }).model;
    const name = model?.sheets?.find((s) => s.id === ws.id)?.name ?? ws.name;
    post({ type: 'sheet', name });
    let rows: Array<[number, string[]]> = [];
    for await (const row of worksheet) {
      const values = Array.isArray(row.values) ? (row.values as ExcelJS.CellValue[]) : [];
      if (values.length > XLSX_MAX_COLUMNS + 1) {
        post({
          type: 'rejected',
          message: `sheet ${name}, row ${row.number}: a cell lies beyond column XFD, the last a spreadsheet has`,
          row: row.number,
        });
        return;
      }
      const cells: string[] = [];
      for (let i = 1; i < values.length; i += 1) cells.push(cellText(values[i]));
      rows.push([row.number, cells]);
      if (rows.length >= ROWS_PER_MESSAGE) {
        post({ type: 'rows', rows });
        rows = [];
      }
    }
    if (rows.length > 0) post({ type: 'rows', rows });
    post({ type: 'end-sheet' });
  }
  post({ type: 'progress', bytes: total, total });
  post({ type: 'done' });
}

read(workerData as XlsxTask).catch((error: unknown) => {
  post({ type: 'unreadable', reason: error instanceof Error ? error.message : String(error) });
});

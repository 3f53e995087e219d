/**
 * Reads one import file into tables, choosing the reader from the extension and checking the bytes agree: an .xlsx
 * must be a zip, a CSV must be text, a .graphml or .gexf must be XML with that root element. The readers themselves
 * are functions from bytes to rows (csv.ts, xml.ts, cyjs.ts; xlsx.ts from a file), unit-tested on fixture files.
 */
import { createReadStream } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import { basename, extname } from 'node:path';

import { IMPORT_EXTENSIONS } from '@reform-atlas/vocabulary';

import { readCsv } from './csv';
import { readCyjs } from './cyjs';
import { countBytes, fileRejected, type ImportProgress, type TableOpener } from './text';
import { readXlsx } from './xlsx';
import { readGexf, readGraphml } from './xml';

export { fileRejected, FileRejected, type ImportProgress, type TableOpener, type TableSink } from './text';

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
  const reader =
    ext === '.csv' || ext === '.txt'
      ? readCsv
      : ext === '.json' || ext === '.cyjs'
        ? readCyjs
        : ext === '.graphml'
          ? readGraphml
          : ext === '.gexf'
            ? readGexf
            : null;
  if (!reader) {
    if (ext === '.xls')
      throw fileRejected(displayName, 'is an old Excel 97-2003 workbook; save it as .xlsx or CSV UTF-8');
    throw fileRejected(displayName, `has an unsupported type; import ${IMPORT_EXTENSIONS.join(', ')} files`);
  }
  const total = (await stat(path)).size;
  const source = createReadStream(path);
  try {
    await reader(countBytes(source, displayName, total, onProgress), displayName, onTable);
  } finally {
    source.destroy();
  }
}

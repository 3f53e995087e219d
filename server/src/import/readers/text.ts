/**
 * What every import reader shares: the tables it fills, its refusals, and bytes to text. A reader is a function
 * from a file's bytes (any async iterable of chunks: a file stream, an upload, a Buffer in a test) to the rows of
 * its tables, handed to a TableOpener as they are read; nothing in here touches the file system or the database.
 */
import { TextDecoder } from 'node:util';

import { DomainError } from '../../errors';

/** Receives one table (a CSV file, a worksheet, or a graph file's nodes or edges) row by row, as the file streams in. */
export interface TableSink {
  /** `line` is the row number a spreadsheet shows (1 = the header row), or the line of a graph file's element. */
  row(line: number, cells: string[]): void;
  end(): void;
}

/** Opens the next table of a file: a worksheet by its name, a graph file's "nodes" or "edges", a CSV file as null. */
export type TableOpener = (sheet: string | null) => TableSink;

/** A file's bytes, chunk by chunk. */
export type Bytes = AsyncIterable<Uint8Array>;

export interface ImportProgress {
  file: string;
  bytes: number;
  total: number;
}

/** A file the importer refuses as a whole (wrong type, wrong encoding, unreadable); `line` where one row is to blame. */
export class FileRejected extends DomainError {
  constructor(
    file: string,
    message: string,
    readonly line: number | null = null,
  ) {
    super('BAD_USER_INPUT', `${file}: ${message}`, 'file');
  }
}

export const fileRejected = (file: string, message: string, line: number | null = null): FileRejected =>
  new FileRejected(file, message, line);

const PROGRESS_STEP = 1 << 20;

/** Passes the bytes on, reporting how many have passed every megabyte and at the end. */
export async function* countBytes(
  bytes: Bytes,
  file: string,
  total: number,
  onProgress: (p: ImportProgress) => void,
): Bytes {
  let passed = 0;
  let reported = 0;
  for await (const chunk of bytes) {
    passed += chunk.length;
    if (passed - reported >= PROGRESS_STEP) {
      reported = passed;
      onProgress({ file, bytes: passed, total });
    }
    yield chunk;
  }
  onProgress({ file, bytes: passed, total });
}

export type TextFormat = 'CSV' | 'GraphML' | 'GEXF';

/**
 * Bytes to text: UTF-8 with or without BOM, or UTF-16 when a BOM says so. Anything else (Windows-1252,
 * a binary file) is refused with advice, instead of importing mojibake. `format` names what the file should be.
 */
export async function* decodeText(bytes: Bytes, file: string, format: TextFormat = 'CSV'): AsyncGenerator<string> {
  let decoder: TextDecoder | null = null;
  let offset = 0;
  const advice =
    format === 'CSV' ? 'in Excel use "Save as… CSV UTF-8", or choose UTF-8 when exporting' : 'save it as UTF-8';
  for await (const raw of bytes) {
    let chunk = raw;
    if (!decoder) {
      if (chunk[0] === 0xff && chunk[1] === 0xfe) {
        decoder = new TextDecoder('utf-16le', { fatal: true });
        chunk = chunk.subarray(2);
      } else if (chunk[0] === 0xfe && chunk[1] === 0xff) {
        decoder = new TextDecoder('utf-16be', { fatal: true });
        chunk = chunk.subarray(2);
      } else {
        if (chunk[0] === 0x50 && chunk[1] === 0x4b)
          throw fileRejected(
            file,
            format === 'CSV'
              ? 'is a zip archive (an XLSX workbook?), not a CSV file; save it with the .xlsx extension or export it as CSV UTF-8'
              : `is a zip archive, not a ${format} file`,
          );
        decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
      }
      if (decoder.encoding === 'utf-8' && chunk.includes(0))
        throw fileRejected(file, `contains NUL bytes: it is a binary file, not ${format} text`);
    }
    let text: string;
    try {
      text = decoder.decode(chunk, { stream: true });
    } catch {
      throw fileRejected(file, `is not UTF-8 text (invalid bytes near byte ${offset}); ${advice}`);
    }
    // NUL is no character of text (UTF-32 read as UTF-16 is full of them); refused like a binary file.
    if (text.includes('\u0000'))
      throw fileRejected(
        file,
        `contains NUL characters: it is not ${format} text (UTF-32, or a binary file?); save it as UTF-8`,
      );
    offset += raw.length;
    if (text) yield text;
  }
  let rest: string;
  try {
    rest = decoder?.decode() ?? '';
  } catch {
    throw fileRejected(file, 'ends in the middle of a UTF-8 character: the file is truncated or not UTF-8');
  }
  if (rest) yield rest;
}

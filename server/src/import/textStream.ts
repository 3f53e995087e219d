/** What every import reader shares: the table sink it fills, progress counting, and bytes-to-text decoding. */
import { Transform, type TransformCallback } from 'node:stream';
import { TextDecoder } from 'node:util';

import { DomainError } from '../errors';

/** Receives one table (a CSV file, a worksheet, or a graph file's nodes or edges) row by row, as the file streams in. */
export interface TableSink {
  /** `line` is the row number a spreadsheet shows (1 = the header row), or the line of a graph file's element. */
  row(line: number, cells: string[]): void;
  end(): void;
}

export interface ImportProgress {
  file: string;
  bytes: number;
  total: number;
}

export type TableOpener = (sheet: string | null) => TableSink;

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

/** Counts bytes for the progress report as they pass. */
export function progressCounter(file: string, total: number, onProgress: (p: ImportProgress) => void): Transform {
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
 * a binary file) is refused with advice, instead of importing mojibake. `format` names what the file should be.
 */
export function textDecoder(file: string, format: 'CSV' | 'GraphML' | 'GEXF' = 'CSV'): Transform {
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
            if (bytes[0] === 0x50 && bytes[1] === 0x4b)
              throw fileRejected(
                file,
                format === 'CSV'
                  ? 'is a zip archive (an XLSX workbook?), not a CSV file; save it with the .xlsx extension or export it as CSV UTF-8'
                  : `is a zip archive, not a ${format} file`,
              );
            decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
          }
          if (decoder.encoding === 'utf-8' && bytes.includes(0))
            throw fileRejected(file, `contains NUL bytes: it is a binary file, not ${format} text`);
        }
        const text = decoder.decode(bytes, { stream: true });
        // NUL is no character of text (UTF-32 read as UTF-16 is full of them); refused like a binary file.
        if (text.includes('\u0000'))
          throw fileRejected(
            file,
            `contains NUL characters: it is not ${format} text (UTF-32, or a binary file?); save it as UTF-8`,
          );
        done(null, text);
        offset += chunk.length;
      } catch (error) {
        if (error instanceof DomainError) return done(error);
        const advice =
          format === 'CSV' ? 'in Excel use "Save as… CSV UTF-8", or choose UTF-8 when exporting' : 'save it as UTF-8';
        done(fileRejected(file, `is not UTF-8 text (invalid bytes near byte ${offset}); ${advice}`));
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

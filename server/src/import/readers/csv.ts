/**
 * CSV read the way Excel and LibreOffice read it, as a stream of text chunks.
 *
 * - A cell is quoted only when its first character is a quote. Inside, `""` is a quote and delimiters and line
 *   breaks are text. After the closing quote, the characters up to the next delimiter or line break are kept as
 *   they are (`"abc"def` is `abcdef`).
 * - A quote anywhere else is an ordinary character, so an unquoted `=HYPERLINK("…","click")` splits at its comma
 *   and ends at its line: it cannot open a quoted section that swallows the rows after it.
 * - Records end at LF, CRLF or a lone CR; a record whose quoted cells span lines is one row, numbered as a
 *   spreadsheet numbers it.
 * - The delimiter is the one of `,` `;` and tab that the first non-blank line (the header) uses most, outside quotes.
 *
 * Written here rather than taken from a library because none we tried reads quotes this way: papaparse 5.7 lets
 * a quote inside an unquoted cell open a quoted section (the issue above); csv-parse 7 with relax_quotes keeps the
 * quotes of `"abc"def`; fast-csv 5 and csv-parser 3 refuse or merge such rows. server/test/csvReader.test.ts holds
 * the cases.
 */

import { decodeText, fileRejected, type Bytes, type TableOpener } from './text';

const DELIMITERS = [',', ';', '\t'] as const;

/** A quoted cell still open at the end of the file; `row` is where it opened. */
export class UnclosedQuoteError extends Error {
  constructor(readonly row: number) {
    super(`row ${row}: a quoted cell opens here and is never closed`);
  }
}

type State = 'start' | 'unquoted' | 'quoted' | 'closing' | 'afterQuote';

/** Finds the header line incrementally (chunks are scanned once), then counts the delimiters it uses. */
class DelimiterDetector {
  private text = '';
  private pos = 0;
  private lineStart = 0;
  private inQuotes = false;

  /** The buffered text and the delimiter once the header line is complete (or `final`); null until then. */
  push(chunk: string, final: boolean): { delimiter: string; text: string } | null {
    this.text += chunk;
    for (; this.pos < this.text.length; this.pos += 1) {
      const c = this.text[this.pos];
      if (c === '"') this.inQuotes = !this.inQuotes;
      else if (!this.inQuotes && (c === '\n' || c === '\r')) {
        const line = this.text.slice(this.lineStart, this.pos);
        if (line.trim() !== '') return { delimiter: mostUsed(line), text: this.text };
        this.lineStart = this.pos + 1;
      }
    }
    return final ? { delimiter: mostUsed(this.text.slice(this.lineStart)), text: this.text } : null;
  }
}

function mostUsed(line: string): string {
  const counts = new Map<string, number>(DELIMITERS.map((d) => [d, 0]));
  let inQuotes = false;
  for (const c of line) {
    if (c === '"') inQuotes = !inQuotes;
    else if (!inQuotes && counts.has(c)) counts.set(c, (counts.get(c) ?? 0) + 1);
  }
  // Ties go to the comma, then the semicolon: a one-column file is read with commas.
  return DELIMITERS.reduce((best, d) => ((counts.get(d) ?? 0) > (counts.get(best) ?? 0) ? d : best), ',' as string);
}

export class ExcelCsvReader {
  private detector: DelimiterDetector | null = new DelimiterDetector();
  private delimiter = ',';
  private state: State = 'start';
  private cells: string[] = [];
  private cell = '';
  private row = 1;
  /** A record just ended at a CR: a LF right after it (possibly in the next chunk) belongs to the same break. */
  private afterCr = false;

  /** `onRecord` receives each record with its row number (1 = the first line of the file). */
  constructor(private readonly onRecord: (row: number, cells: string[]) => void) {}

  write(chunk: string): void {
    if (this.detector) {
      const found = this.detector.push(chunk, false);
      if (!found) return;
      this.detector = null;
      this.delimiter = found.delimiter;
      chunk = found.text;
    }
    this.scan(chunk);
  }

  /** Ends the input; throws UnclosedQuoteError when a quoted cell was never closed. */
  end(): void {
    if (this.detector) {
      const found = this.detector.push('', true);
      this.detector = null;
      if (found) {
        this.delimiter = found.delimiter;
        this.scan(found.text);
      }
    }
    if (this.state === 'quoted') throw new UnclosedQuoteError(this.row);
    if (this.state !== 'start' || this.cells.length > 0) this.endRecord();
  }

  private scan(text: string): void {
    const n = text.length;
    let i = 0;
    while (i < n) {
      if (this.afterCr) {
        this.afterCr = false;
        if (text[i] === '\n') {
          i += 1;
          continue;
        }
      }
      switch (this.state) {
        case 'start':
          if (text[i] === '"') {
            this.state = 'quoted';
            i += 1;
          } else this.state = 'unquoted';
          break;
        case 'quoted': {
          const quote = text.indexOf('"', i);
          if (quote === -1) {
            this.cell += text.slice(i);
            i = n;
          } else {
            this.cell += text.slice(i, quote);
            this.state = 'closing';
            i = quote + 1;
          }
          break;
        }
        case 'closing':
          // `""` is a quote inside the cell; anything else follows the closing quote and is read literally.
          if (text[i] === '"') {
            this.cell += '"';
            this.state = 'quoted';
            i += 1;
          } else this.state = 'afterQuote';
          break;
        case 'unquoted':
        case 'afterQuote': {
          let j = i;
          while (j < n && text[j] !== this.delimiter && text[j] !== '\n' && text[j] !== '\r') j += 1;
          this.cell += text.slice(i, j);
          i = j;
          if (j < n) {
            if (text[j] === this.delimiter) this.endCell();
            else {
              this.endRecord();
              this.afterCr = text[j] === '\r';
            }
            i += 1;
          }
          break;
        }
      }
    }
  }

  private endCell(): void {
    this.cells.push(this.cell);
    this.cell = '';
    this.state = 'start';
  }

  private endRecord(): void {
    this.endCell();
    const cells = this.cells;
    this.cells = [];
    this.onRecord(this.row, cells);
    this.row += 1;
  }
}

/** A CSV file's bytes to its one table's rows (the header row first), read as Excel reads it. */
export async function readCsv(bytes: Bytes, file: string, open: TableOpener): Promise<void> {
  const sink = open(null);
  const csv = new ExcelCsvReader((line, cells) => sink.row(line, cells));
  try {
    for await (const text of decodeText(bytes, file)) csv.write(text);
    csv.end();
  } catch (error) {
    if (error instanceof UnclosedQuoteError) throw fileRejected(file, error.message, error.row);
    throw error;
  }
  sink.end();
}

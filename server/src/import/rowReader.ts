import { z } from 'zod';

import { idSchema, isoDateSchema, sourceSchema } from '../domain/validation';
import type { Vocabularies, Vocabulary } from './vocabulary';

export interface Provenance {
  source: string;
  recordedAt: string;
  confidence: string;
}

const today = (): string => new Date().toISOString().slice(0, 10);

export const truncate = (s: string): string => (s.length > 40 ? `${s.slice(0, 37)}…` : s);

/** What spreadsheets run as a formula: a cell starting with = + - @, a tab or a carriage return (OWASP's list). */
const FORMULA = /^[=+\-@\t\r]/;
/** The apostrophe the export puts before such a cell (and before an apostrophe already there): removed once. */
const EXPORT_APOSTROPHE = /^'(?='*[=+\-@\t\r])/;
/** Controls other than tab and line breaks, and the non-characters XML 1.0 forbids: the export could not write them. */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFE\uFFFF]/;
/** Half of a surrogate pair on its own (possible in JSON): not text, and Neo4j would store a replacement character. */
const LONE_SURROGATE = /\p{Cs}/u;

const codePoint = (c: string): string => `U+${(c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
/** A value quoted in a message: short, with invisible characters made visible. */
const shown = (s: string): string => truncate(s.replace(/\t/g, '\\t').replace(/\r/g, '\\r').replace(/\n/g, '\\n'));

/** A row's cells by column name, with the accessors that turn text into checked values or issues. */
export class RowReader {
  readonly problems: Array<{ column: string; message: string }> = [];
  constructor(
    private readonly values: Map<string, string>,
    readonly vocabulary: Vocabularies,
  ) {}

  private problem(column: string, message: string): void {
    if (!this.problems.some((p) => p.column === column)) this.problems.push({ column, message });
  }

  /** A problem found by comparing cells (a last day before the first). */
  reject(column: string, message: string): void {
    this.problem(column, message);
  }

  /** Whether the row already has a problem in this column (a formula, a control character, …). */
  failed(column: string): boolean {
    return this.problems.some((p) => p.column === column);
  }

  /**
   * The cell's text, NFC-normalised and trimmed; null when blank. The raw cell is checked before trimming, so a
   * formula behind a tab or a line break is caught; the apostrophe the export adds before such text is removed.
   */
  text(column: string): string | null {
    const raw = this.values.get(column);
    if (raw === undefined || raw === '') return null;
    if (LONE_SURROGATE.test(raw)) {
      this.problem(column, 'is not valid Unicode text (it holds half of a surrogate pair)');
      return null;
    }
    const control = CONTROL.exec(raw);
    if (control) {
      this.problem(column, `contains the control character ${codePoint(control[0])}; remove it`);
      return null;
    }
    if (FORMULA.test(raw) || FORMULA.test(raw.trim())) {
      this.problem(
        column,
        `looks like a spreadsheet formula (${shown(raw.trim() || raw)}); if it is meant as text, start it with an apostrophe (')`,
      );
      return null;
    }
    const value = raw.replace(EXPORT_APOSTROPHE, '').normalize('NFC').trim();
    return value === '' ? null : value;
  }

  /** The text, or a "missing" problem (unless the cell already failed). */
  required(column: string, label = column): string | null {
    const value = this.text(column);
    if (value === null && !this.failed(column)) this.problem(column, `missing ${label}`);
    return value;
  }

  /** Checks a value with a domain schema (the one the API uses), so the import accepts exactly what the API does. */
  valid<T>(column: string, schema: z.ZodType<T>, value: unknown, quote?: string): T | null {
    if (value === null) return null;
    const result = schema.safeParse(value);
    if (result.success) return result.data;
    const issue = result.error.issues[0];
    const where =
      issue && issue.path.length > 0 && typeof issue.path[0] === 'number' ? `item ${issue.path[0] + 1} ` : '';
    this.problem(
      column,
      `${where}${issue?.message ?? 'is not valid'}${quote !== undefined ? ` (got '${shown(quote)}')` : ''}`,
    );
    return null;
  }

  /** A code of a closed vocabulary, given as the code or as the words the page shows; null when blank. */
  oneOf(column: string, vocabulary: Vocabulary, value: string | null): string | null {
    if (value === null) return null;
    const code = vocabulary.match(value);
    if (code === null) this.problem(column, `unknown ${vocabulary.what} '${shown(value)}' (use ${vocabulary.hint()})`);
    return code;
  }

  country(column: string, value: string | null): string | null {
    return this.oneOf(column, this.vocabulary.country, value);
  }

  list(column: string): string[] {
    const value = this.text(column);
    return value === null
      ? []
      : value
          .split(/\s*[|;]\s*/)
          .map((s) => s.trim())
          .filter((s) => s.length > 0);
  }

  countries(column: string): string[] {
    return [
      ...new Set(
        this.list(column)
          .map((c) => this.country(column, c))
          .filter((c): c is string => c !== null),
      ),
    ];
  }

  /** A whole number in range, written as digits (no sign, decimals, exponent or hex); null when blank. */
  int(column: string, min: number, max: number): number | null {
    const value = this.text(column);
    if (value === null) return null;
    const n = /^\d{1,15}$/.test(value) ? Number(value) : NaN;
    if (!(n >= min && n <= max)) {
      this.problem(column, `must be a whole number from ${min} to ${max} (got '${shown(value)}')`);
      return null;
    }
    return n;
  }

  /** yes/no where an absent column or a blank cell means "not given" (null), so the stored value is kept. */
  optionalBool(column: string): boolean | null {
    const value = this.text(column)?.toLowerCase() ?? null;
    if (value === null) return null;
    if (['no', 'false', '0', 'n'].includes(value)) return false;
    if (['yes', 'true', '1', 'y'].includes(value)) return true;
    this.problem(column, `must be yes or no (got '${shown(value)}')`);
    return null;
  }

  id(column: string, required: boolean): string | null {
    const value = required ? this.required(column) : this.text(column);
    if (value === null) return null;
    return this.valid(column, idSchema, value, value);
  }

  /** A real calendar date YYYY-MM-DD (what Neo4j's date() and the API accept); null when blank. */
  date(column: string, value: string | null): string | null {
    if (value === null) return null;
    if (!isoDateSchema.safeParse(value).success) {
      this.problem(column, `must be a real date YYYY-MM-DD (got '${shown(value)}')`);
      return null;
    }
    return value;
  }

  /**
   * A link's or actor's first and last day (issue 17): validFrom and validTo, real dates, the last not before the
   * first; null when blank (a recorded value is kept).
   */
  validity(): { validFrom: string | null; validTo: string | null } {
    const validFrom = this.date('validFrom', this.text('validFrom'));
    const validTo = this.date('validTo', this.text('validTo'));
    if (validFrom !== null && validTo !== null && validTo < validFrom)
      this.reject('validTo', `must not be before validFrom (${validFrom}; got '${validTo}')`);
    return { validFrom, validTo };
  }

  provenance(file: string): Provenance {
    const source = this.valid('provenance', sourceSchema, this.text('provenance'));
    return {
      // The file name is the user's: cut it so the default stays within the 500 characters a source may have.
      source: source ?? `Spreadsheet import (${file.length > 200 ? `${file.slice(0, 199)}…` : file})`,
      recordedAt: this.date('recordedAt', this.text('recordedAt')) ?? today(),
      confidence: this.oneOf('confidence', this.vocabulary.confidence, this.text('confidence')) ?? 'MEDIUM',
    };
  }
}

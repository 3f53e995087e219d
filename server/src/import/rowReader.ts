import { CONFIDENCES, COUNTRY_CODES } from '@reform-atlas/seed';

import { idSchema } from '../domain/validation';

export interface Provenance {
  source: string;
  recordedAt: string;
  confidence: string;
}

const today = (): string => new Date().toISOString().slice(0, 10);

export const truncate = (s: string): string => (s.length > 40 ? `${s.slice(0, 37)}…` : s);

/** A row's cells by column name, with the accessors that turn text into checked values or issues. */
export class RowReader {
  readonly problems: Array<{ column: string; message: string }> = [];
  constructor(private readonly values: Map<string, string>) {}

  text(column: string): string | null {
    const raw = this.values.get(column);
    if (raw === undefined) return null;
    // Undo the export's formula neutralisation ('=…) so a round trip is exact; refuse live formulas.
    const value = raw.normalize('NFC').trim().replace(/^'(?=[=+\-@\t\r])/, '');
    if (/^=/.test(raw.trim())) {
      this.problems.push({ column, message: `looks like a spreadsheet formula (${truncate(raw.trim())}); type it with a leading ' if it is meant as text` });
      return null;
    }
    return value === '' ? null : value;
  }
  required(column: string, label = column): string {
    const value = this.text(column);
    if (value === null && !this.problems.some((p) => p.column === column)) this.problems.push({ column, message: `missing ${label}` });
    return value ?? '';
  }
  max(column: string, value: string | null, limit: number): string | null {
    if (value !== null && value.length > limit) this.problems.push({ column, message: `is longer than ${limit} characters` });
    return value;
  }
  oneOf(column: string, allowed: readonly string[], what: string, value: string | null, fallback?: string): string {
    if (value === null) {
      if (fallback !== undefined) return fallback;
      if (!this.problems.some((p) => p.column === column)) this.problems.push({ column, message: `missing ${what}` });
      return '';
    }
    const code = value.toUpperCase().replace(/[\s-]+/g, '_');
    if (!allowed.includes(code)) this.problems.push({ column, message: `unknown ${what} '${truncate(value)}' (use ${allowed.join(', ')})` });
    return code;
  }
  country(column: string, value: string | null): string {
    return this.oneOf(column, COUNTRY_CODES, 'country', value);
  }
  list(column: string): string[] {
    const value = this.text(column);
    return value === null ? [] : value.split(/\s*[|;]\s*/).map((s) => s.trim()).filter((s) => s.length > 0);
  }
  countries(column: string): string[] {
    return [...new Set(this.list(column).map((c) => this.country(column, c)))];
  }
  int(column: string, min: number, max: number, fallback: number | null): number | null {
    const value = this.text(column);
    if (value === null) return fallback;
    const n = Number(value);
    if (!Number.isInteger(n) || n < min || n > max) {
      this.problems.push({ column, message: `must be a whole number from ${min} to ${max} (got '${truncate(value)}')` });
      return fallback;
    }
    return n;
  }
  bool(column: string): boolean {
    const value = this.text(column)?.toLowerCase() ?? null;
    if (value === null || ['no', 'false', '0', 'n'].includes(value)) return false;
    if (['yes', 'true', '1', 'y'].includes(value)) return true;
    this.problems.push({ column, message: `must be yes or no (got '${truncate(value)}')` });
    return false;
  }
  /** yes/no where an absent column or a blank cell means "not given" (null), so the stored value is kept. */
  optionalBool(column: string): boolean | null {
    return this.text(column) === null ? null : this.bool(column);
  }
  id(column: string, required: boolean): string | null {
    const value = required ? this.required(column) : this.text(column);
    if (value === null || value === '') return null;
    const parsed = idSchema.safeParse(value);
    if (!parsed.success) this.problems.push({ column, message: `${parsed.error.issues[0]?.message ?? 'is not a valid id'} (got '${truncate(value)}')` });
    return value;
  }
  provenance(file: string): Provenance {
    const recordedAt = this.text('recordedAt');
    if (recordedAt !== null && !/^\d{4}-\d{2}-\d{2}$/.test(recordedAt)) this.problems.push({ column: 'recordedAt', message: `must be a date YYYY-MM-DD (got '${truncate(recordedAt)}')` });
    return {
      source: this.max('provenance', this.text('provenance'), 500) ?? `Spreadsheet import (${file})`,
      recordedAt: recordedAt ?? today(),
      confidence: this.oneOf('confidence', CONFIDENCES, 'confidence', this.text('confidence'), 'MEDIUM'),
    };
  }
}

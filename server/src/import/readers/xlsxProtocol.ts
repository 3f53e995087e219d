/** What the XLSX worker (xlsxWorker.ts) and the importer (xlsx.ts) say to each other, and how a cell reads as text. */
import type ExcelJS from 'exceljs';

export interface XlsxTask {
  path: string;
}

export type XlsxMessage =
  | { type: 'sheet'; name: string }
  | { type: 'rows'; rows: Array<[number, string[]]> }
  | { type: 'end-sheet' }
  | { type: 'progress'; bytes: number; total: number }
  | { type: 'done' }
  | { type: 'rejected'; message: string; row: number }
  | { type: 'unreadable'; reason: string };

/** The last column a spreadsheet has (XFD); a cell beyond it is no spreadsheet's. */
export const XLSX_MAX_COLUMNS = 16_384;

/**
 * An XLSX cell as the text a user typed; formulas come back as "=…" so validation can refuse them. A number
 * typed as a number is not a formula, so a negative one gets the leading apostrophe that marks text as safe
 * (the row reader removes it, as it does the export's).
 */
export function cellText(value: ExcelJS.CellValue | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return value < 0 ? `'${String(value)}` : String(value);
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

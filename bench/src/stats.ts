/** Percentiles, the result record of bench/results/latest.json, and the printed table. */

export interface ResultRow {
  operation: string;
  dataset: string;
  metric: string;
  value: number;
  unit: string;
  /** What the value is compared with, measured in the same run (null when nothing is). */
  baseline: string | null;
  baselineValue: number | null;
  /** value / baselineValue. */
  ratio: number | null;
}

export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank] ?? Number.NaN;
}

export interface Summary {
  p50: number;
  p95: number;
  p99: number;
  n: number;
}

export function summarise(samples: readonly number[]): Summary {
  const sorted = [...samples].sort((a, b) => a - b);
  return { p50: percentile(sorted, 50), p95: percentile(sorted, 95), p99: percentile(sorted, 99), n: sorted.length };
}

export const round = (x: number, digits = 2): number => {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
};

export function row(
  operation: string,
  dataset: string,
  metric: string,
  value: number,
  unit: string,
  baseline?: { name: string; value: number },
): ResultRow {
  return {
    operation,
    dataset,
    metric,
    value: round(value),
    unit,
    baseline: baseline?.name ?? null,
    baselineValue: baseline ? round(baseline.value) : null,
    ratio: baseline && baseline.value > 0 ? round(value / baseline.value, 3) : null,
  };
}

/** A fixed-width text table (also pasted into bench/README.md). */
export function formatTable(rows: readonly ResultRow[]): string {
  const header = ['operation', 'dataset', 'metric', 'value', 'unit', 'baseline', 'baseline value', 'ratio'];
  const cells = rows.map((r) => [
    r.operation,
    r.dataset,
    r.metric,
    String(r.value),
    r.unit,
    r.baseline ?? '',
    r.baselineValue === null ? '' : String(r.baselineValue),
    r.ratio === null ? '' : r.ratio.toFixed(2),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => (c[i] ?? '').length)));
  const line = (c: string[]) => `| ${c.map((x, i) => x.padEnd(widths[i] ?? 0)).join(' | ')} |`;
  return [line(header), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...cells.map(line)].join('\n');
}

/**
 * The alignment matrix: rows (actors, or sectors / countries / sector × country groups) against the
 * shared themes, each cell the positions held. Pure: built from one `alignment` result.
 */
import type { ActorBriefFragment, AlignmentQuery } from '../../data/generated/graphql';
import { COUNTRY_NAMES, POSITIONS, SECTOR_ENCODING, type Position } from '../vocabulary';
import type { RowMode } from './alignState';

export type MatrixActor = Pick<ActorBriefFragment, 'id' | 'name' | 'acronym' | 'sector' | 'country'>;

type SharedTheme = AlignmentQuery['alignment']['themes'][number];

/** What the matrix reads of an `alignment` result. */
export interface MatrixInput {
  actors: MatrixActor[];
  themes: Array<Pick<SharedTheme, 'theme' | 'actorCount' | 'positions'>>;
}

export type Counts = Record<Position, number>;

export interface MatrixCell {
  /** Actors in the row holding the theme, with their positions. */
  actorIds: string[];
  counts: Counts;
  /** The single actor's position and priority (actor rows only). */
  position: Position | null;
  priority: number | null;
  /** -1 (all oppose) … +1 (all support); null when nobody in the row holds the theme. */
  net: number | null;
}

export interface MatrixRow {
  key: string;
  label: string;
  sublabel: string;
  sector: MatrixActor['sector'] | null;
  actorIds: string[];
  cells: Record<string, MatrixCell>;
  /** Themes held by someone in the row. */
  held: number;
}

export interface Matrix {
  columns: Array<{ id: string; name: string; actorCount: number }>;
  rows: MatrixRow[];
}

const EMPTY_COUNTS = (): Counts => ({ SUPPORTS: 0, OPPOSES: 0, MIXED: 0, UNKNOWN: 0 });

function countryName(a: MatrixActor): string {
  return a.country ? (COUNTRY_NAMES[a.country.id] ?? a.country.name) : 'No base country';
}

function rowKeyOf(
  a: MatrixActor,
  mode: RowMode,
): { key: string; label: string; sublabel: string; sector: MatrixActor['sector'] | null } {
  const sector = SECTOR_ENCODING[a.sector].label;
  switch (mode) {
    case 'actor':
      return {
        key: a.id,
        label: a.acronym ? `${a.acronym}` : a.name,
        sublabel: a.acronym ? a.name : sector,
        sector: a.sector,
      };
    case 'sector':
      return { key: a.sector, label: sector, sublabel: '', sector: a.sector };
    case 'country':
      return { key: a.country?.id ?? '-', label: countryName(a), sublabel: '', sector: null };
    case 'sector-country':
      return { key: `${a.sector}|${a.country?.id ?? '-'}`, label: sector, sublabel: countryName(a), sector: a.sector };
  }
}

/** Net support: supports count +1, opposes −1, mixed and unknown 0, over those who hold the theme. */
export function netOf(c: Counts): number | null {
  const total = c.SUPPORTS + c.OPPOSES + c.MIXED + c.UNKNOWN;
  return total === 0 ? null : (c.SUPPORTS - c.OPPOSES) / total;
}

export function buildMatrix(input: MatrixInput, mode: RowMode): Matrix {
  const columns = input.themes.map((t) => ({ id: t.theme.id, name: t.theme.name, actorCount: t.actorCount }));
  const stance = new Map<string, Map<string, { position: Position; priority: number }>>();
  for (const t of input.themes) {
    const m = new Map<string, { position: Position; priority: number }>();
    for (const p of t.positions) m.set(p.actor.id, { position: p.position, priority: p.priority });
    stance.set(t.theme.id, m);
  }
  const rows = new Map<string, MatrixRow>();
  for (const a of input.actors) {
    const k = rowKeyOf(a, mode);
    let row = rows.get(k.key);
    if (!row) {
      row = { ...k, actorIds: [], cells: {}, held: 0 };
      for (const c of columns)
        row.cells[c.id] = { actorIds: [], counts: EMPTY_COUNTS(), position: null, priority: null, net: null };
      rows.set(k.key, row);
    }
    row.actorIds.push(a.id);
    for (const c of columns) {
      const s = stance.get(c.id)?.get(a.id);
      if (!s) continue;
      const cell = row.cells[c.id];
      if (!cell) continue;
      cell.actorIds.push(a.id);
      cell.counts[s.position] += 1;
      if (mode === 'actor') {
        cell.position = s.position;
        cell.priority = s.priority;
      }
    }
  }
  for (const row of rows.values()) {
    for (const c of columns) {
      const cell = row.cells[c.id];
      if (!cell) continue;
      cell.net = netOf(cell.counts);
      if (cell.actorIds.length > 0) row.held += 1;
    }
  }
  return { columns, rows: [...rows.values()] };
}

/** Sorted copy: by 'name', 'sector', 'themes' (most held first) or 'theme:<id>' (most supportive first, absent last). */
export function sortRows(rows: MatrixRow[], sort: string): MatrixRow[] {
  const byName = (a: MatrixRow, b: MatrixRow) => `${a.label} ${a.sublabel}`.localeCompare(`${b.label} ${b.sublabel}`);
  const out = [...rows];
  if (sort === 'name') return out.sort(byName);
  if (sort === 'sector') return out.sort((a, b) => (a.sector ?? '').localeCompare(b.sector ?? '') || byName(a, b));
  if (sort.startsWith('theme:')) {
    const id = sort.slice('theme:'.length);
    const v = (r: MatrixRow) => r.cells[id]?.net ?? -2;
    return out.sort(
      (a, b) =>
        v(b) - v(a) || (b.cells[id]?.actorIds.length ?? 0) - (a.cells[id]?.actorIds.length ?? 0) || byName(a, b),
    );
  }
  return out.sort((a, b) => b.held - a.held || byName(a, b));
}

/** "Government on Land titling: 3 support, 1 opposes" — the cell's accessible name and tooltip. */
export function describeCell(row: MatrixRow, column: { name: string }, cell: MatrixCell): string {
  const head = `${row.label}${row.sublabel && row.key.includes('|') ? ` (${row.sublabel})` : ''} on ${column.name}`;
  if (cell.actorIds.length === 0) return `${head}: no position`;
  if (cell.position)
    return `${head}: ${cell.position.toLowerCase()}${cell.priority ? `, priority ${cell.priority}` : ''}`;
  const parts = POSITIONS.filter((p) => cell.counts[p] > 0).map((p) => `${cell.counts[p]} ${p.toLowerCase()}`);
  return `${head}: ${parts.join(', ')}`;
}

export interface PickedCell {
  key: string;
  row: MatrixRow;
  column: Matrix['columns'][number];
  cell: MatrixCell;
  /** Its actors, in the order the row lists them. */
  actorIds: string[];
}

/** The cell `<row key>@<theme id>` names (as the address keeps it), or null when the matrix has no such cell. */
export function pickedCell(matrix: Matrix, key: string): PickedCell | null {
  const at = key.lastIndexOf('@');
  if (at <= 0) return null;
  const row = matrix.rows.find((r) => r.key === key.slice(0, at));
  const column = matrix.columns.find((c) => c.id === key.slice(at + 1));
  const cell = column ? row?.cells[column.id] : undefined;
  if (!row || !column || !cell || cell.actorIds.length === 0) return null;
  return { key, row, column, cell, actorIds: cell.actorIds };
}

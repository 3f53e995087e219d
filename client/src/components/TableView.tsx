/**
 * The same elements as the graph in a table: sortable, filterable, and keyboard-navigable
 * (arrow keys move between rows, Enter or Space selects), for scanning and screen readers.
 */
import { useMemo, useRef, useState, type KeyboardEvent } from 'react';

import { matchesText } from '../core/filters/filters';
import { formatMeasure, type ActorMeasures, type Measure } from '../core/metrics/metrics';
import { COUNTRY_NAMES, KIND_ENCODING, KIND_LABELS, LEVEL_LABELS, SECTOR_ENCODING } from '../core/vocabulary';
import type { GraphNodeFragment as GraphNode } from '../data/generated/graphql';
import { SensitiveBadge } from './SensitiveBadge';
import { ShapeIcon } from './ShapeIcon';

type Column = 'name' | 'kind' | 'sector' | 'level' | 'country' | 'links' | MeasureColumn;
type MeasureColumn = Exclude<Measure, 'weightedDegree'> | 'community';

export interface TableViewProps {
  nodes: GraphNode[];
  degree: Map<string, number>;
  /** The rows to list (what matches and the expanded context); null lists every node drawn. */
  matching: Set<string> | null;
  /** The section's id (the skip link's target). */
  id?: string;
  selected: string | null;
  onSelect(id: string): void;
  /** Network analytics, by node id: when given, the measures are columns too. */
  measures?: ReadonlyMap<string, ActorMeasures> | null;
}

function cell(
  node: GraphNode,
  column: Column,
  degree: Map<string, number>,
  measures?: ReadonlyMap<string, ActorMeasures> | null,
): string | number {
  switch (column) {
    case 'name':
      return node.name;
    case 'kind':
      return KIND_LABELS[node.kind];
    case 'sector':
      return node.sector ? SECTOR_ENCODING[node.sector].label : '';
    case 'level':
      return node.level ? LEVEL_LABELS[node.level] : '';
    case 'country':
      return node.country ? (COUNTRY_NAMES[node.country] ?? node.country) : '';
    case 'links':
      return degree.get(node.id) ?? 0;
    case 'community': {
      const m = measures?.get(node.id);
      return m ? m.community + 1 : '';
    }
    default: {
      // Sorting reads the number; the cell shows it formatted (measureText). Not measured: blank, sorted last.
      const m = measures?.get(node.id);
      return m ? m[column] : '';
    }
  }
}

function measureText(node: GraphNode, column: MeasureColumn, measures: ReadonlyMap<string, ActorMeasures>): string {
  const m = measures.get(node.id);
  if (!m) return '';
  return column === 'community' ? String(m.community + 1) : formatMeasure(column, m[column]);
}

const COLUMNS: Array<[Column, string]> = [
  ['name', 'Name'],
  ['kind', 'Kind'],
  ['sector', 'Sector'],
  ['level', 'Level'],
  ['country', 'Country'],
  ['links', 'Links'],
];

const MEASURE_COLUMNS: Array<[MeasureColumn, string]> = [
  ['degree', 'Degree'],
  ['betweenness', 'Betweenness'],
  ['closeness', 'Closeness'],
  ['pagerank', 'PageRank'],
  ['community', 'Community'],
];

export function TableView({ nodes, degree, matching, selected, onSelect, id, measures }: TableViewProps) {
  const [sort, setSort] = useState<{ column: Column; dir: 1 | -1 }>({ column: 'name', dir: 1 });
  const [text, setText] = useState('');
  const body = useRef<HTMLTableSectionElement | null>(null);

  const rows = useMemo(() => {
    const list = nodes.filter((n) => (!matching || matching.has(n.id)) && matchesText(n, text));
    return list.sort((a, b) => {
      const x = cell(a, sort.column, degree, measures);
      const y = cell(b, sort.column, degree, measures);
      const c =
        typeof x === 'number' && typeof y === 'number'
          ? x - y
          : x === '' && y !== ''
            ? 1 - 2 * Number(sort.dir === -1)
            : y === '' && x !== ''
              ? -1 + 2 * Number(sort.dir === -1)
              : String(x).localeCompare(String(y));
      return c * sort.dir || a.name.localeCompare(b.name);
    });
  }, [nodes, matching, text, sort, degree, measures]);
  const columns = measures ? [...COLUMNS, ...MEASURE_COLUMNS] : COLUMNS;

  const onKeyDown = (e: KeyboardEvent<HTMLTableRowElement>, i: number, id: string) => {
    const rowsEls = body.current?.querySelectorAll<HTMLTableRowElement>('tr');
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      rowsEls?.[Math.max(0, Math.min(i + (e.key === 'ArrowDown' ? 1 : -1), rows.length - 1))]?.focus();
    } else if (e.key === 'Home' || e.key === 'End') {
      e.preventDefault();
      rowsEls?.[e.key === 'Home' ? 0 : rows.length - 1]?.focus();
    } else if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      onSelect(id);
    }
  };

  return (
    <section className="table-view" aria-labelledby="table-title" id={id} tabIndex={-1}>
      <div className="table-head">
        <h2 id="table-title">Elements ({rows.length})</h2>
        <label>
          Filter rows{' '}
          <input
            type="search"
            value={text}
            onChange={(e) => setText(e.target.value)}
            placeholder="Name, acronym, local name"
          />
        </label>
      </div>
      <div className="table-scroll">
        <table aria-rowcount={rows.length}>
          <thead>
            <tr>
              {columns.map(([column, label]) => (
                <th
                  key={column}
                  scope="col"
                  aria-sort={sort.column === column ? (sort.dir === 1 ? 'ascending' : 'descending') : 'none'}
                >
                  <button
                    type="button"
                    onClick={() =>
                      setSort((s) => ({
                        column,
                        // Measures read best largest first.
                        dir:
                          s.column === column
                            ? (-s.dir as 1 | -1)
                            : MEASURE_COLUMNS.some(([m]) => m === column)
                              ? -1
                              : 1,
                      }))
                    }
                  >
                    {label}
                    <span aria-hidden="true">{sort.column === column ? (sort.dir === 1 ? ' ▲' : ' ▼') : ''}</span>
                  </button>
                </th>
              ))}
            </tr>
          </thead>
          <tbody ref={body}>
            {rows.slice(0, 1500).map((n, i) => {
              const enc = n.kind === 'ACTOR' ? (n.sector ? SECTOR_ENCODING[n.sector] : null) : KIND_ENCODING[n.kind];
              return (
                <tr
                  key={n.id}
                  tabIndex={i === 0 || n.id === selected ? 0 : -1}
                  aria-selected={n.id === selected}
                  className={n.id === selected ? 'selected' : undefined}
                  onClick={() => onSelect(n.id)}
                  onKeyDown={(e) => onKeyDown(e, i, n.id)}
                >
                  <td>
                    {enc && (
                      <ShapeIcon
                        shape={enc.shape}
                        fill={n.kind === 'ACTOR' ? enc.colour : '#fff'}
                        stroke={n.kind === 'ACTOR' ? '#444' : enc.colour}
                        size={14}
                      />
                    )}{' '}
                    {n.name}
                    {n.sensitive && (
                      <>
                        {' '}
                        <SensitiveBadge />
                      </>
                    )}
                    {n.altNames[0] && n.altNames[0] !== n.name && (
                      <span className="alt-inline" lang="und">
                        {' '}
                        · {n.altNames[0]}
                      </span>
                    )}
                  </td>
                  <td>{cell(n, 'kind', degree)}</td>
                  <td>{cell(n, 'sector', degree)}</td>
                  <td>{cell(n, 'level', degree)}</td>
                  <td>{cell(n, 'country', degree)}</td>
                  <td className="num">{cell(n, 'links', degree)}</td>
                  {measures &&
                    MEASURE_COLUMNS.map(([column]) => (
                      <td key={column} className="num">
                        {measureText(n, column, measures)}
                      </td>
                    ))}
                </tr>
              );
            })}
          </tbody>
        </table>
        {rows.length > 1500 && (
          <p className="muted">Showing the first 1,500 rows; narrow the filters to see the rest.</p>
        )}
      </div>
    </section>
  );
}

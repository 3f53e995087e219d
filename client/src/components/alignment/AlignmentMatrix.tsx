/**
 * The alignment matrix for strategy meetings: rows (actors, sectors, countries or sector × country)
 * against themes, each cell coloured by position (actors) or split by the share of each position
 * (groups). Headers sort; a click on a cell selects those actors on the graph.
 */
import { ROW_MODES, type RowMode } from '../../core/alignment/alignState';
import { describeCell, sortRows, type Matrix } from '../../core/alignment/matrix';
import { POSITION_ENCODING, POSITIONS } from '../../core/vocabulary';

const ROW_LABELS: Record<RowMode, string> = {
  actor: 'Actors',
  sector: 'Sectors',
  country: 'Countries',
  'sector-country': 'Sector × country',
};

export interface AlignmentMatrixProps {
  matrix: Matrix;
  rows: RowMode;
  sort: string;
  picked: string | null;
  onRows(rows: RowMode): void;
  onSort(sort: string): void;
  onPick(key: string | null, actorIds: string[]): void;
}

export function AlignmentMatrix({ matrix, rows, sort, picked, onRows, onSort, onPick }: AlignmentMatrixProps) {
  const sorted = sortRows(matrix.rows, sort);
  return (
    <section className="matrix-wrap" aria-labelledby="matrix-title">
      <div className="matrix-head">
        <h2 id="matrix-title">Alignment matrix</h2>
        <div className="segmented" role="group" aria-label="Rows">
          {ROW_MODES.map((m) => (
            <button key={m} type="button" aria-pressed={rows === m} onClick={() => onRows(m)}>
              {ROW_LABELS[m]}
            </button>
          ))}
        </div>
        <label>
          Order rows{' '}
          <select
            value={sort.startsWith('theme:') ? 'theme' : sort}
            onChange={(e) => onSort(e.target.value)}
            aria-label="Order rows"
          >
            <option value="themes">most themes held</option>
            <option value="name">name</option>
            <option value="sector">sector</option>
            {sort.startsWith('theme:') && <option value="theme">support on the chosen theme</option>}
          </select>
        </label>
        <ul className="matrix-legend" aria-label="Positions">
          {POSITIONS.map((p) => (
            <li key={p}>
              <span
                className={`cell-swatch pos-${p}`}
                style={{ background: POSITION_ENCODING[p].colour }}
                aria-hidden
              />{' '}
              {POSITION_ENCODING[p].label}
            </li>
          ))}
        </ul>
      </div>
      <div className="matrix-scroll">
        <table className="matrix" data-testid="matrix">
          <thead>
            <tr>
              <th scope="col" className="corner">
                {ROW_LABELS[rows]} ({sorted.length})
              </th>
              {matrix.columns.map((c) => (
                <th
                  key={c.id}
                  scope="col"
                  className="theme-head"
                  aria-sort={sort === `theme:${c.id}` ? 'descending' : 'none'}
                >
                  <button type="button" onClick={() => onSort(`theme:${c.id}`)} title={`Sort by support on ${c.name}`}>
                    <span>{c.name}</span>
                  </button>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {sorted.map((row) => (
              <tr key={row.key}>
                <th scope="row">
                  <span className="row-label">{row.label}</span>
                  {row.sublabel && <span className="muted row-sub"> {row.sublabel}</span>}
                </th>
                {matrix.columns.map((c) => {
                  const cell = row.cells[c.id];
                  if (!cell || cell.actorIds.length === 0)
                    return (
                      <td key={c.id} className="empty" aria-label={cell ? describeCell(row, c, cell) : undefined} />
                    );
                  const key = `${row.key}@${c.id}`;
                  const total = cell.actorIds.length;
                  return (
                    <td key={c.id} className={picked === key ? 'picked' : undefined}>
                      <button
                        type="button"
                        aria-label={describeCell(row, c, cell)}
                        title={describeCell(row, c, cell)}
                        aria-pressed={picked === key}
                        onClick={() => onPick(picked === key ? null : key, cell.actorIds)}
                      >
                        {cell.position ? (
                          <span
                            className={`cell-fill pos-${cell.position}`}
                            style={{
                              background: POSITION_ENCODING[cell.position].colour,
                              opacity: 0.45 + 0.18 * (cell.priority ?? 1),
                            }}
                          >
                            {cell.position === 'SUPPORTS'
                              ? '+'
                              : cell.position === 'OPPOSES'
                                ? '−'
                                : cell.position === 'MIXED'
                                  ? '±'
                                  : '?'}
                          </span>
                        ) : (
                          <span className="cell-stack">
                            {POSITIONS.filter((p) => cell.counts[p] > 0).map((p) => (
                              <span
                                key={p}
                                className={`pos-${p}`}
                                style={{ flexGrow: cell.counts[p], background: POSITION_ENCODING[p].colour }}
                              />
                            ))}
                            <span className="cell-count">{total}</span>
                          </span>
                        )}
                      </button>
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

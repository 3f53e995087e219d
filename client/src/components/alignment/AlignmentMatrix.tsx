/**
 * The alignment matrix for strategy meetings: rows (actors, sectors, countries or sector × country)
 * against themes, each cell coloured by position (actors) or split by the share of each position
 * (groups). Headers sort; a click on a cell lists its actors under the matrix and brings them forward on the
 * graph (zoomed to them); the cell is kept in the address.
 */
import { ROW_MODES, type RowMode } from '../../core/alignment/alignState';
import { describeCell, sortRows, type Matrix, type PickedCell } from '../../core/alignment/matrix';
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
  picked: PickedCell | null;
  nameOf(id: string): string;
  onRows(rows: RowMode): void;
  onSort(sort: string): void;
  onPick(key: string | null): void;
  /** Selects one actor of the picked cell on the graph. */
  onActor(id: string): void;
}

/** The picked cell's actors, by name, each one a button that selects it on the graph. */
function PickedList({
  picked,
  nameOf,
  onActor,
  onClear,
}: {
  picked: PickedCell;
  nameOf(id: string): string;
  onActor(id: string): void;
  onClear(): void;
}) {
  const ids = [...picked.actorIds].sort((a, b) => nameOf(a).localeCompare(nameOf(b)));
  return (
    <div className="matrix-picked" role="region" aria-label="Actors in the picked cell" data-testid="matrix-picked">
      <p>
        <strong>{describeCell(picked.row, picked.column, picked.cell)}</strong> ({ids.length}{' '}
        {ids.length === 1 ? 'actor' : 'actors'}, shown on the graph){' '}
        <button type="button" className="link" onClick={onClear}>
          clear
        </button>
      </p>
      <ul>
        {ids.map((id) => (
          <li key={id}>
            <button type="button" className="link" onClick={() => onActor(id)}>
              {nameOf(id)}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}

export function AlignmentMatrix({
  matrix,
  rows,
  sort,
  picked,
  nameOf,
  onRows,
  onSort,
  onPick,
  onActor,
}: AlignmentMatrixProps) {
  const sorted = sortRows(matrix.rows, sort);
  const pickedKey = picked?.key ?? null;
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
      {picked && <PickedList picked={picked} nameOf={nameOf} onActor={onActor} onClear={() => onPick(null)} />}
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
                  <button
                    type="button"
                    onClick={() => onSort(`theme:${c.id}`)}
                    title={`${c.name}: sort by support on it`}
                  >
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
                    <td key={c.id} className={pickedKey === key ? 'picked' : undefined}>
                      <button
                        type="button"
                        aria-label={describeCell(row, c, cell)}
                        title={describeCell(row, c, cell)}
                        aria-pressed={pickedKey === key}
                        onClick={() => onPick(pickedKey === key ? null : key)}
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

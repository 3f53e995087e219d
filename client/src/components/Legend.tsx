/**
 * Explains every colour, shape and line style on the map, as a strip under the canvas (visible without scrolling,
 * folded to one line on request). It lists only what is drawn: the sectors, kinds and link types present.
 */
import { useState, type ReactNode } from 'react';

import {
  ACTIVITY_ENCODING,
  ACTIVITY_TYPES,
  KIND_ENCODING,
  POSITION_ENCODING,
  POSITIONS,
  SECTOR_ENCODING,
  SECTORS,
  type ActivityType,
  type NodeKind,
  type Position,
  type RelationType,
  type Sector,
} from '../core/vocabulary';
import { ShapeIcon } from './ShapeIcon';

export interface LegendContent {
  sectors: ReadonlySet<Sector>;
  kinds: ReadonlySet<NodeKind>;
  relations: ReadonlySet<RelationType>;
  positions: ReadonlySet<Position>;
  /** The types of the activities drawn, each shown with its glyph. */
  activityTypes?: ReadonlySet<ActivityType>;
  /** A sensitive actor is drawn (only analysts and administrators are ever sent one). */
  sensitive: boolean;
}

export interface LegendProps {
  present: LegendContent;
  grouping: 'country' | 'group' | null;
  /** More entries after the links (the time comparison's new, ended and shifted). */
  extra?: ReactNode;
}

function Line({ colour, width, dash }: { colour: string; width: number; dash?: string }) {
  return (
    <svg width="26" height="10" aria-hidden="true">
      <line x1="1" y1="5" x2="25" y2="5" stroke={colour} strokeWidth={width} strokeDasharray={dash} />
    </svg>
  );
}

const OTHER_KINDS: Array<{ kind: Exclude<NodeKind, 'ACTOR'>; fill: string; dashed?: boolean }> = [
  { kind: 'NETWORK', fill: '#fff' },
  { kind: 'COALITION', fill: '#fff', dashed: true },
  { kind: 'COUNTRY', fill: '#eceff2' },
  { kind: 'THEME', fill: '#e3f1e3' },
  { kind: 'ACTIVITY', fill: KIND_ENCODING.ACTIVITY.colour },
];

export function Legend({ present, grouping, extra }: LegendProps) {
  const [open, setOpen] = useState(true);
  const positions = POSITIONS.filter((p) => present.positions.has(p));
  const lines = [
    ...positions.map((p) => ({
      key: p,
      label: `Position: ${POSITION_ENCODING[p].label.toLowerCase()}`,
      colour: POSITION_ENCODING[p].colour,
      width: 2.5,
      dash: POSITION_ENCODING[p].line === 'dashed' ? '6 3' : POSITION_ENCODING[p].line === 'dotted' ? '2 3' : undefined,
    })),
    ...(present.relations.has('COLLABORATES_WITH')
      ? [{ key: 'collab', label: 'Collaboration', colour: '#333', width: 3, dash: undefined }]
      : []),
    ...(present.relations.has('MEMBER_OF')
      ? [{ key: 'member', label: 'Membership', colour: '#a9b0b7', width: 1.5, dash: undefined }]
      : []),
    ...(present.relations.has('BASED_IN') || present.relations.has('OPERATES_IN')
      ? [{ key: 'country', label: 'Based / operating in', colour: '#a9b0b7', width: 1.5, dash: '2 3' }]
      : []),
  ];
  return (
    <section className={`legend${open ? '' : ' folded'}`} aria-labelledby="legend-title" data-testid="legend">
      <h2 id="legend-title" className="legend-title">
        <button type="button" className="legend-toggle" aria-expanded={open} onClick={() => setOpen((o) => !o)}>
          Legend
        </button>
      </h2>
      {open && (
        <div className="legend-body">
          <ul aria-label="Actors by sector (colour and shape); bigger is more influential">
            {SECTORS.filter((s) => present.sectors.has(s)).map((s) => (
              <li key={s}>
                <ShapeIcon shape={SECTOR_ENCODING[s].shape} fill={SECTOR_ENCODING[s].colour} stroke="#444" />
                {SECTOR_ENCODING[s].label}
              </li>
            ))}
            <li className="legend-note">bigger = more influential</li>
          </ul>
          <ul aria-label="Other elements">
            {OTHER_KINDS.filter(
              (k) => present.kinds.has(k.kind) && !(k.kind === 'ACTIVITY' && present.activityTypes?.size),
            ).map((k) => (
              <li key={k.kind}>
                <ShapeIcon
                  shape={KIND_ENCODING[k.kind].shape}
                  fill={k.fill}
                  stroke={KIND_ENCODING[k.kind].colour}
                  dashed={k.dashed}
                />
                {KIND_ENCODING[k.kind].label}
              </li>
            ))}
            {ACTIVITY_TYPES.filter((t) => present.activityTypes?.has(t)).map((t) => (
              <li key={t} data-testid={`legend-activity-${t}`}>
                <ShapeIcon shape={ACTIVITY_ENCODING[t].shape} fill={ACTIVITY_ENCODING[t].colour} />
                {ACTIVITY_ENCODING[t].label}
              </li>
            ))}
            <li>
              <span className="legend-context" aria-hidden="true" /> Expanded context
            </li>
            {present.sensitive && (
              <li data-testid="legend-sensitive">
                <span className="legend-sensitive" aria-hidden="true" /> Sensitive (hidden from viewers)
              </li>
            )}
          </ul>
          {lines.length > 0 && (
            <ul aria-label="Links">
              {lines.map((l) => (
                <li key={l.key}>
                  <Line colour={l.colour} width={l.width} dash={l.dash} />
                  {l.label}
                </li>
              ))}
            </ul>
          )}
          {extra}
          {grouping && (
            <p className="legend-note">
              {grouping === 'country'
                ? 'Boxes: base country.'
                : 'Regions: networks and coalitions; an actor in several stands in each.'}
            </p>
          )}
        </div>
      )}
    </section>
  );
}

/** What the legend must explain for a drawn graph. */
export function legendContent(graph: {
  nodes: ReadonlyArray<{
    kind: NodeKind;
    sector?: Sector | null;
    sensitive?: boolean | null;
    activityType?: ActivityType | null;
  }>;
  edges: ReadonlyArray<{ kind: RelationType; position?: Position | null }>;
}): LegendContent {
  const sectors = new Set<Sector>();
  const kinds = new Set<NodeKind>();
  const relations = new Set<RelationType>();
  const positions = new Set<Position>();
  const activityTypes = new Set<ActivityType>();
  let sensitive = false;
  for (const n of graph.nodes) {
    kinds.add(n.kind);
    if (n.activityType) activityTypes.add(n.activityType);
    if (n.sector) sectors.add(n.sector);
    if (n.sensitive) sensitive = true;
  }
  for (const e of graph.edges) {
    relations.add(e.kind);
    if (e.position) positions.add(e.position);
  }
  return { sectors, kinds, relations, positions, activityTypes, sensitive };
}

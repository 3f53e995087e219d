/**
 * The legend drawn into an exported picture: only the entries the view actually shows, in the same
 * encoding as the page's Legend component (core/vocabulary.ts).
 */
import {
  ACTIVITY_ENCODING,
  ACTIVITY_TYPES,
  KIND_ENCODING,
  POSITION_ENCODING,
  POSITIONS,
  SECTOR_ENCODING,
  SECTORS,
  type Shape,
} from '../vocabulary';

export interface LegendSwatch {
  type: 'node';
  label: string;
  shape: Shape;
  fill: string;
  stroke: string;
  dashed: boolean;
  /** A translucent area (a theme region) rather than a solid symbol. */
  fillOpacity?: number;
}

export interface LegendLine {
  type: 'line';
  label: string;
  colour: string;
  width: number;
  dash: 'solid' | 'dashed' | 'dotted';
}

export type LegendEntry = LegendSwatch | LegendLine;

export interface Present {
  /** Sectors of the actors drawn. */
  sectors: ReadonlySet<string>;
  /** Node kinds drawn (ACTOR, NETWORK, …), plus `ACTIVITY:<TYPE>` for each activity type drawn. */
  kinds: ReadonlySet<string>;
  /** Relation types of the links drawn, plus `INTERESTED_IN:<POSITION>` for theme positions. */
  relations: ReadonlySet<string>;
}

export function legendEntries(present: Present): LegendEntry[] {
  const out: LegendEntry[] = [];
  for (const s of SECTORS) {
    if (present.sectors.has(s))
      out.push({
        type: 'node',
        label: SECTOR_ENCODING[s].label,
        shape: SECTOR_ENCODING[s].shape,
        fill: SECTOR_ENCODING[s].colour,
        stroke: '#444444',
        dashed: false,
      });
  }
  const k = present.kinds;
  if (k.has('NETWORK'))
    out.push({
      type: 'node',
      label: 'Network',
      shape: 'round-rectangle',
      fill: '#ffffff',
      stroke: KIND_ENCODING.NETWORK.colour,
      dashed: false,
    });
  if (k.has('COALITION'))
    out.push({
      type: 'node',
      label: 'Coalition',
      shape: 'cut-rectangle',
      fill: '#ffffff',
      stroke: KIND_ENCODING.COALITION.colour,
      dashed: true,
    });
  if (k.has('COUNTRY'))
    out.push({ type: 'node', label: 'Country', shape: 'barrel', fill: '#eceff2', stroke: '#6b7480', dashed: false });
  if (k.has('THEME'))
    out.push({
      type: 'node',
      label: 'Theme',
      shape: 'tag',
      fill: '#e3f1e3',
      stroke: KIND_ENCODING.THEME.colour,
      dashed: false,
    });
  // Each activity type drawn with its glyph; the generic entry only for activities of no known type.
  const types = ACTIVITY_TYPES.filter((t) => k.has(`ACTIVITY:${t}`));
  for (const t of types)
    out.push({
      type: 'node',
      label: ACTIVITY_ENCODING[t].label,
      shape: ACTIVITY_ENCODING[t].shape,
      fill: ACTIVITY_ENCODING[t].colour,
      stroke: '#ffffff',
      dashed: false,
    });
  if (k.has('ACTIVITY') && types.length === 0)
    out.push({
      type: 'node',
      label: 'Learning activity',
      shape: 'round-diamond',
      fill: KIND_ENCODING.ACTIVITY.colour,
      stroke: '#ffffff',
      dashed: false,
    });
  const r = present.relations;
  for (const p of POSITIONS) {
    if (r.has(`INTERESTED_IN:${p}`))
      out.push({
        type: 'line',
        label: `Theme position: ${POSITION_ENCODING[p].label.toLowerCase()}`,
        colour: POSITION_ENCODING[p].colour,
        width: 2.5,
        dash: POSITION_ENCODING[p].line,
      });
  }
  if (r.has('COLLABORATES_WITH'))
    out.push({ type: 'line', label: 'Collaboration', colour: '#333333', width: 3, dash: 'solid' });
  if (r.has('MEMBER_OF')) out.push({ type: 'line', label: 'Membership', colour: '#a9b0b7', width: 1.5, dash: 'solid' });
  if (r.has('BASED_IN') || r.has('OPERATES_IN'))
    out.push({ type: 'line', label: 'Based / operating in a country', colour: '#a9b0b7', width: 1.5, dash: 'dotted' });
  return out;
}

/** The sectors drawn, in the page legend's order. */
export function sectorEntries(sectors: ReadonlySet<string>): LegendEntry[] {
  return SECTORS.filter((s) => sectors.has(s)).map((s) => ({
    type: 'node',
    label: SECTOR_ENCODING[s].label,
    shape: SECTOR_ENCODING[s].shape,
    fill: SECTOR_ENCODING[s].colour,
    stroke: '#444444',
    dashed: false,
  }));
}

/** The overlap view's legend: sectors, the three kinds of overlap edge, and each theme region drawn. */
export function overlapLegend(
  sectors: ReadonlySet<string>,
  regions: ReadonlyArray<{ name: string; colour: string }>,
): LegendEntry[] {
  return [
    ...sectorEntries(sectors),
    { type: 'line', label: 'Overlap across sectors', colour: '#0072B2', width: 2.5, dash: 'solid' },
    { type: 'line', label: 'Overlap within a sector', colour: '#b5bcc4', width: 2, dash: 'solid' },
    { type: 'line', label: 'More disagreement than agreement', colour: '#D55E00', width: 2.5, dash: 'dashed' },
    ...regions.map((r): LegendEntry => ({
      type: 'node',
      label: `Theme region: ${r.name}`,
      shape: 'round-rectangle',
      fill: r.colour,
      fillOpacity: 0.25,
      stroke: r.colour,
      dashed: false,
    })),
  ];
}

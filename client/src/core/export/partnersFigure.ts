/**
 * The partner finder as a figure: the suggestions graph (the asking actor in the centre) beside the
 * ranked list the panel shows — name and score, sector and country, the reasons, the shared themes
 * with both positions, and whether the suggestion is on the shortlist. Drawn from the data.
 */
import { COUNTRY_NAMES, POSITION_ENCODING, SECTOR_ENCODING, type Position, type Sector } from '../vocabulary';
import { besideBodies, fitText, scaledBody, textSvg, type Figure, type FigureBody } from './figure';
import { wrapText, type Measure } from './frame';
import { sectorEntries, type LegendEntry } from './legend';

export interface PartnerRow {
  name: string;
  sector: Sector;
  country: { id: string; name: string } | null;
  score: number;
  crossBorder: boolean;
  explanation: string;
  themes: Array<{ name: string; position: Position; partnerPosition: Position }>;
  shortlisted: boolean;
}

export const PARTNER_LAYOUT = { width: 520, fontPx: 11, line: 15, gap: 9, graphWidth: 430 };

function where(r: { sector: Sector; country: PartnerRow['country'] }): string {
  return `${SECTOR_ENCODING[r.sector].label}${r.country ? `, ${COUNTRY_NAMES[r.country.id] ?? r.country.name}` : ''}`;
}

function listBody(anchor: PartnerRow | null, rows: PartnerRow[], measure: Measure): FigureBody {
  const L = PARTNER_LAYOUT;
  const f = L.fontPx;
  const blocks = rows.map((r, i) => {
    const why = wrapText(`Why: ${r.explanation}`, L.width - 24, f, measure);
    const whyLines = why.length > 2 ? [why[0] ?? '', fitText(why.slice(1).join(' '), L.width - 24, f, measure)] : why;
    const themes = r.themes
      .map(
        (t) =>
          `${t.name} (${POSITION_ENCODING[t.position].label.toLowerCase()} / ${POSITION_ENCODING[t.partnerPosition].label.toLowerCase()})`,
      )
      .join('; ');
    return {
      r,
      rank: i + 1,
      whyLines,
      themes: themes ? fitText(`Shared themes: ${themes}`, L.width - 24, f, measure) : '',
    };
  });
  const heights = blocks.map((b) => (2 + b.whyLines.length + (b.themes ? 1 : 0)) * L.line + L.gap);
  const head = anchor ? 2 * L.line + L.gap : 0;
  return {
    width: L.width,
    height: head + heights.reduce((a, b) => a + b, 0) + 4,
    draw: (o) => {
      const font = Math.max(f, o.minFontPx);
      const out: string[] = ['<g class="partners">'];
      let y = 0;
      if (anchor) {
        out.push(textSvg(0, y + L.line * 0.8, `Partners for ${anchor.name}`, { size: font + 2, weight: 'bold' }));
        out.push(textSvg(0, y + L.line * 1.85, where(anchor), { size: font, fill: '#5b6673' }));
        y += head;
      }
      blocks.forEach((b, i) => {
        const top = y;
        if (b.r.shortlisted)
          out.push(`<rect x="-6" y="${top - 3}" width="4" height="${(heights[i] ?? 0) - L.gap + 2}" fill="#009E73"/>`);
        const name = fitText(`${b.rank}. ${b.r.name}`, L.width - 60, font, measure, true);
        out.push(textSvg(0, top + L.line * 0.8, name, { size: font, weight: 'bold', className: 'partner-name' }));
        out.push(
          textSvg(L.width, top + L.line * 0.8, b.r.score.toFixed(2), { size: font, weight: 'bold', anchor: 'end' }),
        );
        const tags = [where(b.r), b.r.crossBorder ? 'cross-border' : '', b.r.shortlisted ? 'on the shortlist' : '']
          .filter(Boolean)
          .join(' · ');
        out.push(textSvg(12, top + L.line * 1.8, tags, { size: font, fill: '#5b6673' }));
        b.whyLines.forEach((line, k) =>
          out.push(textSvg(12, top + L.line * (2.8 + k), line, { size: font, fill: '#1d2733' })),
        );
        if (b.themes)
          out.push(textSvg(12, top + L.line * (2.8 + b.whyLines.length), b.themes, { size: font, fill: '#2c5e2c' }));
        y += heights[i] ?? 0;
      });
      out.push('</g>');
      return out.join('');
    },
  };
}

export function partnersLegend(sectors: ReadonlySet<string>): LegendEntry[] {
  return [
    ...sectorEntries(sectors),
    { type: 'node', label: 'Asking actor', shape: 'ellipse', fill: '#ffffff', stroke: '#111111', dashed: false },
    { type: 'node', label: 'On the shortlist', shape: 'ellipse', fill: '#ffffff', stroke: '#009E73', dashed: false },
    { type: 'line', label: 'Suggested partnership', colour: '#0072B2', width: 2.5, dash: 'solid' },
    { type: 'line', label: 'More disagreement than agreement', colour: '#D55E00', width: 2.5, dash: 'dashed' },
  ];
}

export interface PartnersFigureInput {
  anchor: PartnerRow | null;
  rows: PartnerRow[];
  /** The suggestions graph, when it is on screen. */
  graph: FigureBody | null;
  legend: LegendEntry[];
  measure: Measure;
}

export function partnersFigure(input: PartnersFigureInput): Figure {
  const list = listBody(input.anchor, input.rows, input.measure);
  const g = input.graph;
  const body = g
    ? besideBodies(
        scaledBody(g, Math.min(1, PARTNER_LAYOUT.graphWidth / g.width, Math.max(list.height, 420) / g.height)),
        list,
        28,
      )
    : list;
  return { body, legend: input.legend, name: 'Partner suggestions' };
}

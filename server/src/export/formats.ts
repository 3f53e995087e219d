import {
  attrText,
  EDGE_ATTRS,
  NODE_ATTRS,
  type AttrSpec,
  type AttrType,
  type AttrValue,
  type ExportEdge,
  type ExportNode,
  type PositionRecord,
} from './model';

export const EXPORT_FORMATS = ['graphml', 'gexf', 'cyjs', 'csv'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const FORMAT_INFO: Record<ExportFormat, { contentType: string; extension: string }> = {
  graphml: { contentType: 'application/graphml+xml; charset=utf-8', extension: 'graphml' },
  gexf: { contentType: 'application/gexf+xml; charset=utf-8', extension: 'gexf' },
  cyjs: { contentType: 'application/json; charset=utf-8', extension: 'cyjs' },
  csv: { contentType: 'application/zip', extension: 'zip' },
};

/** Where a writer puts text; resolves when the consumer can take more (back-pressure). */
export interface TextSink {
  write(text: string): Promise<void>;
}

/** One dated position of an interest, as export-positions gives it (the CSV export's positions.csv). */
export interface PositionRow extends PositionRecord {
  actor: string;
  theme: string;
}

/**
 * A streaming writer for one format: nodes arrive first, then edges, then (for a writer that takes them: the CSV
 * export, whose edges.csv has no room for them) the interests' dated positions, then end.
 */
export interface GraphWriter {
  begin(): Promise<void>;
  node(node: ExportNode): Promise<void>;
  startEdges(): Promise<void>;
  edge(edge: ExportEdge): Promise<void>;
  position?(row: PositionRow): Promise<void>;
  end(): Promise<void>;
}

// XML 1.0 forbids most C0 controls even as character references; they are dropped rather than escaped.
// eslint-disable-next-line no-control-regex
const XML_INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

export function xmlEscape(text: string): string {
  return text
    .replace(XML_INVALID, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/\r/g, '&#13;')
    .replace(/\n/g, '&#10;')
    .replace(/\t/g, '&#9;');
}

const GRAPHML_TYPE: Record<AttrType, string> = {
  string: 'string',
  int: 'int',
  double: 'double',
  boolean: 'boolean',
  list: 'string',
};

/**
 * GraphML and GEXF are written as directed graphs with every edge directed: networkx's read_graphml and
 * read_gexf refuse a file that mixes directed and undirected edges, and Gephi opens a directed one as it is.
 * A collaboration (symmetric, one per pair) is written once, in its stored direction, with `mutual` true, so
 * node and edge counts equal the API's; other links point from the actor to its group, theme or activity.
 */
const MUTUAL = 'mutual';

/** GraphML with typed keys: opens in Gephi, yEd, Cytoscape desktop and networkx (a directed graph; see MUTUAL). */
export function graphmlWriter(out: TextSink, nodeAttrs: readonly AttrSpec[] = NODE_ATTRS): GraphWriter {
  const data = (prefix: string, attrs: Record<string, AttrValue>): string =>
    Object.entries(attrs)
      .filter(([, v]) => v !== null && !(Array.isArray(v) && v.length === 0))
      .map(([k, v]) => `<data key="${prefix}_${k}">${xmlEscape(attrText(v))}</data>`)
      .join('');
  return {
    begin: () =>
      out.write(
        '<?xml version="1.0" encoding="UTF-8"?>\n' +
          '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" ' +
          'xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n' +
          '<key id="n_label" for="node" attr.name="label" attr.type="string"/>\n' +
          nodeAttrs
            .map(
              (a) => `<key id="n_${a.name}" for="node" attr.name="${a.name}" attr.type="${GRAPHML_TYPE[a.type]}"/>\n`,
            )
            .join('') +
          EDGE_ATTRS.map(
            (a) => `<key id="e_${a.name}" for="edge" attr.name="${a.name}" attr.type="${GRAPHML_TYPE[a.type]}"/>\n`,
          ).join('') +
          `<key id="e_${MUTUAL}" for="edge" attr.name="${MUTUAL}" attr.type="boolean"/>\n` +
          '<graph id="reform-atlas" edgedefault="directed">\n',
      ),
    node: (n) =>
      out.write(
        `<node id="${xmlEscape(n.id)}"><data key="n_label">${xmlEscape(n.label)}</data>${data('n', n.attrs)}</node>\n`,
      ),
    startEdges: async () => undefined,
    edge: (e) =>
      out.write(
        `<edge id="${xmlEscape(e.id)}" source="${xmlEscape(e.source)}" target="${xmlEscape(e.target)}">${data('e', e.attrs)}${e.mutual ? `<data key="e_${MUTUAL}">true</data>` : ''}</edge>\n`,
      ),
    end: () => out.write('</graph>\n</graphml>\n'),
  };
}

const GEXF_TYPE: Record<AttrType, string> = {
  string: 'string',
  int: 'integer',
  double: 'double',
  boolean: 'boolean',
  list: 'liststring',
};

/** The day before an ISO date (the last day of a position that a later one replaced). */
export function dayBefore(iso: string): string {
  const t = Date.parse(`${iso}T00:00:00Z`);
  return Number.isNaN(t) ? iso : new Date(t - 86_400_000).toISOString().slice(0, 10);
}

/** An interest's position history from its positionHistory attribute (JSON); empty when absent or unreadable. */
function historyOf(e: ExportEdge): PositionRecord[] {
  const json = e.attrs.positionHistory;
  if (typeof json !== 'string') return [];
  try {
    const parsed: unknown = JSON.parse(json);
    return Array.isArray(parsed) ? (parsed as PositionRecord[]) : [];
  } catch {
    return [];
  }
}

/** GEXF `start`/`end` attributes (inclusive days, as validFrom and validTo are). */
const lifetime = (attrs: Record<string, AttrValue>): string =>
  (typeof attrs.validFrom === 'string' ? ` start="${xmlEscape(attrs.validFrom)}"` : '') +
  (typeof attrs.validTo === 'string' ? ` end="${xmlEscape(attrs.validTo)}"` : '');

/**
 * GEXF 1.3 (Gephi's own format), a directed graph (see MUTUAL) and a dynamic one (`mode="dynamic"`,
 * `timeformat="date"`): an actor or link with a first or last day has them as its `start`/`end` (inclusive, as GEXF
 * 1.3 reads them), and an interest's position is a dynamic attribute with one value per period of its history, so
 * Gephi's timeline plays the map. The edge attribute `position` is declared in an `<attributes mode="dynamic">`
 * block (GEXF 1.2's way, which the 1.3 schema drops but Gephi's importer still reads to make a column dynamic);
 * every other attribute is static, validFrom, validTo and positionHistory among them, for the importer. List
 * attributes use GEXF's liststring type ("a|b").
 */
export function gexfWriter(out: TextSink, nodeAttrs: readonly AttrSpec[] = NODE_ATTRS): GraphWriter {
  const attvalues = (attrs: Record<string, AttrValue>, dynamic = ''): string => {
    const items = Object.entries(attrs)
      .filter(([, v]) => v !== null && !(Array.isArray(v) && v.length === 0))
      .map(([k, v]) => `<attvalue for="${k}" value="${xmlEscape(Array.isArray(v) ? v.join('|') : String(v))}"/>`);
    return items.length || dynamic ? `<attvalues>${items.join('')}${dynamic}</attvalues>` : '';
  };
  const declare = (cls: string, specs: readonly AttrSpec[], mode = ''): string =>
    `<attributes class="${cls}"${mode}>\n` +
    specs.map((a) => `<attribute id="${a.name}" title="${a.name}" type="${GEXF_TYPE[a.type]}"/>\n`).join('') +
    '</attributes>\n';
  /** The position over time: one value per period of the history (the last open unless the interest ended). */
  const positions = (e: ExportEdge): string => {
    const position = e.attrs.position;
    if (typeof position !== 'string') return '';
    const history = historyOf(e);
    if (history.length === 0) return `<attvalue for="position" value="${xmlEscape(position)}"/>`;
    return history
      .map((h, k) => {
        const next = history[k + 1];
        const end = next ? dayBefore(next.from) : typeof e.attrs.validTo === 'string' ? e.attrs.validTo : null;
        return `<attvalue for="position" value="${xmlEscape(h.position)}" start="${xmlEscape(h.from)}"${end ? ` end="${xmlEscape(end)}"` : ''}/>`;
      })
      .join('');
  };
  return {
    begin: () =>
      out.write(
        '<?xml version="1.0" encoding="UTF-8"?>\n<gexf xmlns="http://gexf.net/1.3" version="1.3">\n' +
          '<meta><creator>Reform Atlas</creator></meta>\n' +
          '<graph defaultedgetype="directed" mode="dynamic" timeformat="date">\n' +
          declare('node', nodeAttrs) +
          declare('edge', [...EDGE_ATTRS.filter((a) => a.name !== 'position'), { name: MUTUAL, type: 'boolean' }]) +
          declare('edge', [{ name: 'position', type: 'string' }], ' mode="dynamic"') +
          '<nodes>\n',
      ),
    node: (n) =>
      out.write(
        `<node id="${xmlEscape(n.id)}" label="${xmlEscape(n.label)}"${lifetime(n.attrs)}>${attvalues(n.attrs)}</node>\n`,
      ),
    startEdges: () => out.write('</nodes>\n<edges>\n'),
    edge: (e) => {
      const { position: _position, ...attrs } = e.attrs;
      return out.write(
        `<edge id="${xmlEscape(e.id)}" source="${xmlEscape(e.source)}" target="${xmlEscape(e.target)}" label="${xmlEscape(String(e.attrs.relation ?? ''))}"${lifetime(e.attrs)}>${attvalues(e.mutual ? { ...attrs, [MUTUAL]: true } : attrs, positions(e))}</edge>\n`,
      );
    },
    end: () => out.write('</edges>\n</graph>\n</gexf>\n'),
  };
}

/** Cytoscape.js JSON (also Cytoscape desktop's .cyjs): {elements: {nodes: [{data}], edges: [{data}]}}. */
export function cyjsWriter(out: TextSink): GraphWriter {
  let first = true;
  const item = (data: Record<string, unknown>): Promise<void> => {
    const text = `${first ? '' : ',\n'}{"data":${JSON.stringify(data)}}`;
    first = false;
    return out.write(text);
  };
  return {
    begin: () =>
      out.write(
        '{"format_version":"1.0","generated_by":"Reform Atlas","target_cytoscapejs_version":"~3","data":{"name":"Reform Atlas"},"elements":{"nodes":[\n',
      ),
    node: (n) => item({ id: n.id, label: n.label, ...n.attrs }),
    startEdges: () => {
      first = true;
      return out.write('\n],"edges":[\n');
    },
    edge: (e) => item({ id: e.id, source: e.source, target: e.target, directed: !e.mutual, ...e.attrs }),
    end: () => out.write('\n]}}\n'),
  };
}

/**
 * Text a spreadsheet would run as a formula (starting with =, +, -, @, tab or carriage return) gets a leading
 * apostrophe (OWASP's advice), and so does text that already starts with apostrophes before such a character:
 * the importer removes exactly one, so every value comes back exactly as it was exported.
 */
export function spreadsheetText(text: string): string {
  return /^'*[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/** A CSV cell: neutralised (see spreadsheetText), quoted when it holds a quote, delimiter, line break or edge space. */
export function csvCell(text: string): string {
  const safe = spreadsheetText(text);
  return /[",;\t\r\n]|^\s|\s$/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export const csvLine = (cells: readonly string[]): string => `${cells.map(csvCell).join(',')}\r\n`;

export const NODE_CSV_HEADER = ['Id', 'Label', ...NODE_ATTRS.map((a) => a.name)];
/** edges.csv leaves an interest's history to positions.csv, a row a position. */
const EDGE_CSV_ATTRS = EDGE_ATTRS.filter((a) => a.name !== 'positionHistory');
export const EDGE_CSV_HEADER = ['Source', 'Target', 'Type', ...EDGE_CSV_ATTRS.map((a) => a.name)];

/** The files of a CSV export, in the order they are written (and zipped). */
export const CSV_FILES = ['nodes.csv', 'activities.csv', 'edges.csv', 'participants.csv', 'positions.csv'] as const;
export type CsvFile = (typeof CSV_FILES)[number];

/**
 * Activities and participations as the import template's activities and participants sheets have them (the same
 * column names, so the files import as they are and open as sheets a person can read and fill in).
 */
const ACTIVITY_CSV: ReadonlyArray<[column: string, value: (n: ExportNode) => AttrValue]> = [
  ['id', (n) => n.id],
  ['type', (n) => n.attrs.activityType ?? null],
  ['title', (n) => n.label],
  ['startDate', (n) => n.attrs.activityDate ?? null],
  ['endDate', (n) => n.attrs.activityEndDate ?? null],
  ['status', (n) => n.attrs.activityStatus ?? null],
  ['country', (n) => n.attrs.heldIn ?? null],
  ['themes', (n) => n.attrs.themes ?? null],
  ['description', (n) => n.attrs.description ?? null],
  ['outcomes', (n) => n.attrs.outcomes ?? null],
  ['source', (n) => n.attrs.provenance ?? null],
];
const PARTICIPANT_CSV: ReadonlyArray<[column: string, value: (e: ExportEdge) => AttrValue]> = [
  ['activity', (e) => e.target],
  ['actor', (e) => e.source],
  ['role', (e) => e.attrs.role ?? null],
  ['provenance', (e) => e.attrs.provenance ?? null],
  ['recordedAt', (e) => e.attrs.recordedAt ?? null],
  ['confidence', (e) => e.attrs.confidence ?? null],
  // Only a sensitive participation is marked; an empty cell keeps what a database it is imported into has.
  ['sensitive', (e) => (e.attrs.sensitive === true ? 'yes' : null)],
  ['validFrom', (e) => e.attrs.validFrom ?? null],
  ['validTo', (e) => e.attrs.validTo ?? null],
];
/** The template's positions sheet: one dated position of an interest a row, oldest first. */
export const POSITION_CSV_HEADER = ['actor', 'theme', 'position', 'from', 'source', 'confidence'] as const;

/**
 * A CSV export as files (each with a UTF-8 BOM for Excel): the graph of actors, groups and themes in Gephi's
 * spreadsheet names (nodes.csv Id/Label, edges.csv Source/Target/Type), and the activities, participations and the
 * interests' dated positions in the template's sheets (activities.csv, participants.csv, positions.csv). `file` gives a file's sink, opening it after the earlier ones.
 */
export function csvWriter(
  file: (name: CsvFile) => Promise<TextSink>,
  nodeAttrs: readonly AttrSpec[] = NODE_ATTRS,
): GraphWriter {
  const nodeHeader = ['Id', 'Label', ...nodeAttrs.map((a) => a.name)];
  const started = new Set<CsvFile>();
  const write = async (name: CsvFile, header: readonly string[], cells: readonly string[]): Promise<void> => {
    const sink = await file(name);
    if (!started.has(name)) {
      started.add(name);
      await sink.write(`\uFEFF${csvLine(header)}`);
    }
    await sink.write(csvLine(cells));
  };
  const header = async (name: CsvFile, cells: readonly string[]): Promise<void> => {
    if (started.has(name)) return;
    started.add(name);
    await (await file(name)).write(`\uFEFF${csvLine(cells)}`);
  };
  return {
    begin: () => header('nodes.csv', nodeHeader),
    node: (n) =>
      n.attrs.kind === 'ACTIVITY'
        ? write(
            'activities.csv',
            ACTIVITY_CSV.map(([c]) => c),
            ACTIVITY_CSV.map(([, v]) => attrText(v(n))),
          )
        : write('nodes.csv', nodeHeader, [n.id, n.label, ...nodeAttrs.map((a) => attrText(n.attrs[a.name] ?? null))]),
    startEdges: async () => {
      await header(
        'activities.csv',
        ACTIVITY_CSV.map(([c]) => c),
      );
      await header('edges.csv', EDGE_CSV_HEADER);
    },
    edge: (e) =>
      e.attrs.relation === 'PARTICIPATED_IN'
        ? write(
            'participants.csv',
            PARTICIPANT_CSV.map(([c]) => c),
            PARTICIPANT_CSV.map(([, v]) => attrText(v(e))),
          )
        : write('edges.csv', EDGE_CSV_HEADER, [
            e.source,
            e.target,
            e.mutual ? 'Undirected' : 'Directed',
            ...EDGE_CSV_ATTRS.map((a) => attrText(e.attrs[a.name] ?? null)),
          ]),
    position: async (p) => {
      // participants.csv comes first in the zip, even when no participation was written.
      await header(
        'participants.csv',
        PARTICIPANT_CSV.map(([c]) => c),
      );
      await write('positions.csv', POSITION_CSV_HEADER, [
        p.actor,
        p.theme,
        p.position,
        p.from,
        p.source ?? '',
        p.confidence ?? '',
      ]);
    },
    end: async () => {
      await header(
        'participants.csv',
        PARTICIPANT_CSV.map(([c]) => c),
      );
      await header('positions.csv', POSITION_CSV_HEADER);
    },
  };
}

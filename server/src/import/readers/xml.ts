/**
 * GraphML and GEXF (what the export writes, and what Gephi, yEd, Cytoscape desktop and networkx save) read as
 * a stream into the same "nodes" and "edges" tables as the Cytoscape JSON reader: id/label or source/target,
 * then one column per declared attribute. Each row's line is the line of its element in the file.
 */
import { SaxesParser, type SaxesTagNS } from 'saxes';

import type { DomainError } from '../../errors';
import { headerKey } from '../columns';
import { decodeText, fileRejected, type Bytes, type TableOpener, type TableSink } from './text';

type Format = 'GraphML' | 'GEXF';

/** How deep elements may nest (an export's files nest five levels; tools that add their own data, a few more). */
const MAX_DEPTH = 64;

/** Layout and styling attributes graph tools add when they save a file; they are not Reform Atlas data. */
const LAYOUT_ATTRIBUTES = new Set(['x', 'y', 'z', 'size', 'r', 'g', 'b', 'color', 'weight'].map(headerKey));

/** One table (nodes or edges): the header comes from the declared attributes, then one row per element. */
class GraphTable {
  private sink: TableSink | null = null;
  private columns: string[] = [];
  /** Declared attribute id → column name (null: declared but not data, e.g. yEd's graphics keys). */
  private readonly names = new Map<string, string | null>();
  private readonly fallbacks = new Map<string, string>();
  private headerLine: number | null = null;

  constructor(
    private readonly file: string,
    private readonly openTable: TableOpener,
    readonly sheet: 'nodes' | 'edges',
    private readonly first: readonly string[],
  ) {}

  declare(id: string, name: string | null, line: number): void {
    if (this.sink)
      throw fileRejected(
        this.file,
        `line ${line}: attribute '${id}' is declared after the first ${this.sheet.slice(0, -1)}; declare attributes first`,
      );
    this.headerLine ??= line;
    this.names.set(id, name !== null && !LAYOUT_ATTRIBUTES.has(headerKey(name)) ? name : null);
  }

  /** The column an attribute id fills; undefined when the file never declared it. */
  column(id: string): string | null | undefined {
    return this.names.get(id);
  }

  setDefault(id: string, value: string): void {
    const name = this.names.get(id);
    if (name) this.fallbacks.set(name, value);
  }

  row(line: number, values: ReadonlyMap<string, string>): void {
    if (!this.sink) {
      const declared = [...this.names.values()].filter((n): n is string => n !== null && !this.first.includes(n));
      this.columns = [...this.first, ...new Set(declared)];
      this.sink = this.openTable(this.sheet);
      this.sink.row(this.headerLine ?? line, this.columns);
    }
    this.sink.row(
      line,
      this.columns.map((c) => values.get(c) ?? this.fallbacks.get(c) ?? ''),
    );
  }

  end(): void {
    this.sink?.end();
  }
}

/** A node or edge being read: its element's attributes first, then its data values ("first one wins"). */
interface Item {
  table: GraphTable;
  line: number;
  values: Map<string, string>;
  /**
   * GEXF: columns filled by a dynamic value that ended (an `<attvalue end>`), with that end. The value in force is
   * the one with no end, else the one that ended last, whatever their order in the file: an interest's position over
   * time (the export writes its history oldest first) imports as its position now.
   */
  ended?: Map<string, string>;
}

interface XmlHandler {
  open(tag: SaxesTagNS, line: number): void;
  text(text: string): void;
  close(tag: SaxesTagNS): void;
}

const attribute = (tag: SaxesTagNS, name: string): string | undefined => tag.attributes[name]?.value;

/** The parts GraphML and GEXF share: two tables, the element being read, nested graphs refused. */
function graphTables(
  file: string,
  openTable: TableOpener,
): {
  nodes: GraphTable;
  edges: GraphTable;
  start(kind: 'node' | 'edge', tag: SaxesTagNS, line: number, label?: string): Item;
} {
  const nodes = new GraphTable(file, openTable, 'nodes', ['id', 'label']);
  const edges = new GraphTable(file, openTable, 'edges', ['source', 'target']);
  return {
    nodes,
    edges,
    start: (kind, tag, line, label) => {
      const values = new Map<string, string>();
      if (kind === 'node') {
        values.set('id', attribute(tag, 'id') ?? '');
        if (label !== undefined) values.set('label', label);
      } else {
        values.set('source', attribute(tag, 'source') ?? '');
        values.set('target', attribute(tag, 'target') ?? '');
      }
      return { table: kind === 'node' ? nodes : edges, line, values };
    },
  };
}

function setValue(item: Item, column: string | null, value: string): void {
  if (column !== null && !item.values.has(column)) item.values.set(column, value);
}

/** A GEXF value, which may hold for a period: see Item.ended. */
function setDynamicValue(item: Item, column: string | null, value: string, end: string | undefined): void {
  if (column === null) return;
  const ended = (item.ended ??= new Map());
  const held = ended.get(column);
  if (!item.values.has(column) || (held !== undefined && (end === undefined || end > held))) {
    item.values.set(column, value);
    if (end === undefined) ended.delete(column);
    else ended.set(column, end);
  }
}

function undeclared(file: string, line: number, element: string, id: string, item: Item): DomainError {
  return fileRejected(
    file,
    `line ${line}: <${element}> refers to attribute '${id}', which no declaration before it defines for ${item.table.sheet}`,
  );
}

/** GraphML: <key id for attr.name> (with an optional <default>), <node id>/<edge source target> with <data key>. */
function graphmlHandler(file: string, openTable: TableOpener): XmlHandler & { end(): void } {
  const { nodes, edges, start } = graphTables(file, openTable);
  let key: { id: string; tables: GraphTable[] } | null = null;
  let item: Item | null = null;
  let data: { column: string | null; text: string } | null = null;
  let fallback: string | null = null;
  return {
    open(tag, line) {
      switch (tag.local) {
        case 'key': {
          const id = attribute(tag, 'id') ?? '';
          const target = attribute(tag, 'for') ?? 'all';
          const tables =
            target === 'node' ? [nodes] : target === 'edge' ? [edges] : target === 'all' ? [nodes, edges] : [];
          for (const table of tables) table.declare(id, attribute(tag, 'attr.name') ?? null, line);
          key = { id, tables };
          return;
        }
        case 'default':
          if (key) fallback = '';
          return;
        case 'node':
        case 'edge':
          if (item)
            throw fileRejected(
              file,
              `line ${line}: <${tag.local}> inside a ${item.table.sheet.slice(0, -1)}: nested graphs are not supported`,
            );
          item = start(tag.local, tag, line);
          return;
        case 'data': {
          if (!item) return; // data about the whole graph
          const id = attribute(tag, 'key') ?? '';
          const column = item.table.column(id);
          if (column === undefined) throw undeclared(file, line, 'data', id, item);
          data = { column, text: '' };
        }
      }
    },
    text(text) {
      if (data) data.text += text;
      else if (fallback !== null) fallback += text;
    },
    close(tag) {
      switch (tag.local) {
        case 'default':
          if (key && fallback !== null) for (const table of key.tables) table.setDefault(key.id, fallback);
          fallback = null;
          return;
        case 'key':
          key = null;
          return;
        case 'data':
          if (item && data) setValue(item, data.column, data.text);
          data = null;
          return;
        case 'node':
        case 'edge':
          item?.table.row(item.line, item.values);
          item = null;
      }
    },
    end() {
      nodes.end();
      edges.end();
    },
  };
}

/** GEXF 1.1–1.3: <attributes class> of <attribute id title>, <node id label>/<edge source target> with <attvalue for value>. */
function gexfHandler(file: string, openTable: TableOpener): XmlHandler & { end(): void } {
  const { nodes, edges, start } = graphTables(file, openTable);
  let declaring: GraphTable | null = null;
  let declared: { table: GraphTable; id: string } | null = null;
  let item: Item | null = null;
  let fallback: string | null = null;
  return {
    open(tag, line) {
      switch (tag.local) {
        case 'attributes': {
          const cls = attribute(tag, 'class');
          declaring = cls === 'node' ? nodes : cls === 'edge' ? edges : null;
          return;
        }
        case 'attribute': {
          if (!declaring) return;
          const id = attribute(tag, 'id') ?? '';
          declaring.declare(id, attribute(tag, 'title') ?? id, line);
          declared = { table: declaring, id };
          return;
        }
        case 'default':
          if (declared) fallback = '';
          return;
        case 'node':
        case 'edge':
          if (item)
            throw fileRejected(
              file,
              `line ${line}: <${tag.local}> inside a ${item.table.sheet.slice(0, -1)}: nested graphs are not supported`,
            );
          item = start(tag.local, tag, line, tag.local === 'node' ? attribute(tag, 'label') : undefined);
          return;
        case 'attvalue': {
          if (!item) return;
          const id = attribute(tag, 'for') ?? attribute(tag, 'id') ?? '';
          const column = item.table.column(id);
          if (column === undefined) throw undeclared(file, line, 'attvalue', id, item);
          setDynamicValue(
            item,
            column,
            attribute(tag, 'value') ?? '',
            attribute(tag, 'end') ?? attribute(tag, 'endopen'),
          );
        }
      }
    },
    text(text) {
      if (fallback !== null) fallback += text;
    },
    close(tag) {
      switch (tag.local) {
        case 'default':
          if (declared && fallback !== null) declared.table.setDefault(declared.id, fallback);
          fallback = null;
          return;
        case 'attribute':
          declared = null;
          return;
        case 'attributes':
          declaring = null;
          return;
        case 'node':
        case 'edge':
          item?.table.row(item.line, item.values);
          item = null;
      }
    },
    end() {
      nodes.end();
      edges.end();
    },
  };
}

/**
 * Streams an XML file through saxes (no DTDs or external entities are ever loaded). A file that is not XML,
 * or whose root element is not `root`, is refused as a whole with the line and column where reading stopped.
 */
async function parseXml(
  bytes: Bytes,
  file: string,
  format: Format,
  root: string,
  handler: XmlHandler & { end(): void },
): Promise<void> {
  const parser = new SaxesParser({ xmlns: true, position: true });
  let rootSeen = false;
  let depth = 0;
  parser.on('error', (error) => {
    const reason = error.message.replace(/^\d+:\d+: /, '').replace(/\.$/, '');
    throw fileRejected(
      file,
      rootSeen
        ? `is not well-formed XML (line ${parser.line}, column ${parser.column + 1}: ${reason})`
        : `is not a ${format} file: it is not XML (${reason})`,
    );
  });
  parser.on('opentag', (tag) => {
    // GraphML and GEXF nest a handful of levels. Deep nesting is refused early: saxes resolves namespaces
    // through every open element, so a file nested 100,000 deep would take minutes.
    depth += 1;
    if (depth > MAX_DEPTH)
      throw fileRejected(
        file,
        `line ${parser.line}: elements nested more than ${MAX_DEPTH} deep; a ${format} file is not`,
      );
    if (!rootSeen) {
      rootSeen = true;
      if (tag.local !== root)
        throw fileRejected(
          file,
          `is XML but not ${format}: its root element is <${tag.name}>, where a ${format} file has <${root}>`,
        );
    }
    handler.open(tag, parser.line);
  });
  parser.on('text', (text) => handler.text(text));
  parser.on('cdata', (text) => handler.text(text));
  parser.on('closetag', (tag) => {
    depth -= 1;
    handler.close(tag);
  });
  for await (const text of decodeText(bytes, file, format)) parser.write(text);
  parser.close();
  handler.end();
}

/** A GraphML file's bytes to its "nodes" and "edges" tables. */
export function readGraphml(bytes: Bytes, file: string, open: TableOpener): Promise<void> {
  return parseXml(bytes, file, 'GraphML', 'graphml', graphmlHandler(file, open));
}

/** A GEXF file's bytes to its "nodes" and "edges" tables. */
export function readGexf(bytes: Bytes, file: string, open: TableOpener): Promise<void> {
  return parseXml(bytes, file, 'GEXF', 'gexf', gexfHandler(file, open));
}

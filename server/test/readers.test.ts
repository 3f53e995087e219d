/**
 * The import readers as what they are: functions from a file's bytes to the rows of its tables, read here from
 * fixture files (and from bytes made in the test) with no database and no server.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { readCsv } from '../src/import/readers/csv';
import { readCyjs } from '../src/import/readers/cyjs';
import { decodeText, FileRejected, type Bytes, type TableOpener } from '../src/import/readers/text';
import { readXlsx } from '../src/import/readers/xlsx';
import { readGexf, readGraphml } from '../src/import/readers/xml';
import { TEMPLATE_SHEETS, writeTemplateWorkbook } from '../src/import/template';

const FIXTURES = join(__dirname, 'fixtures', 'import');

interface Table {
  name: string | null;
  rows: Array<[number, string[]]>;
  ended: boolean;
}

/** A TableOpener that keeps every table it is given. */
function collector(): { open: TableOpener; tables: Table[] } {
  const tables: Table[] = [];
  return {
    tables,
    open: (name) => {
      const table: Table = { name, rows: [], ended: false };
      tables.push(table);
      return { row: (line, cells) => table.rows.push([line, cells]), end: () => (table.ended = true) };
    },
  };
}

/** Bytes as a stream of chunks of the given size, to show a reader does not depend on where chunks break. */
async function* chunked(bytes: Uint8Array, size: number): Bytes {
  for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
}

async function fixture(...path: string[]): Promise<Buffer> {
  return readFile(join(FIXTURES, ...path));
}

/** A table as header → value maps, one per row. */
function records(table: Table | undefined): Array<Record<string, string>> {
  const [header, ...rows] = table?.rows ?? [];
  return rows.map(([, cells]) => Object.fromEntries((header?.[1] ?? []).map((h, i) => [h, cells[i] ?? ''])));
}

describe('CSV', () => {
  test.each([1, 7, 1 << 16])(
    'the actors fixture, in chunks of %i bytes: one table, rows numbered as a spreadsheet numbers them',
    async (size) => {
      const { open, tables } = collector();
      await readCsv(chunked(await fixture('valid', 'actors.csv'), size), 'actors.csv', open);
      expect(tables).toHaveLength(1);
      expect(tables[0]?.name).toBeNull();
      expect(tables[0]?.ended).toBe(true);
      const [header, first, blank, second] = tables[0]?.rows ?? [];
      // The BOM is not part of the first header cell; the quoted cell spans two lines and is still row 2.
      expect(header?.[1].slice(0, 3)).toEqual(['id', 'name', 'country']);
      expect(first?.[0]).toBe(2);
      expect(first?.[1][1]).toBe('Land Information Working Group');
      expect(first?.[1][10]).toBe('Network of NGOs, "land" issues,\nmultiline');
      expect(blank?.[0]).toBe(3);
      expect(second).toEqual([4, expect.arrayContaining(['kh-new-1', 'សហគមន៍ព្រៃឈើ'])]);
    },
  );

  test('a file that is not UTF-8 is refused as a whole, with advice', async () => {
    const { open } = collector();
    await expect(readCsv(chunked(await fixture('invalid', 'latin1.csv'), 64), 'latin1.csv', open)).rejects.toThrow(
      /latin1\.csv: is not UTF-8 text .*CSV UTF-8/,
    );
  });

  test('an unclosed quote is refused at the row where it opens', async () => {
    const { open } = collector();
    const error = await readCsv(chunked(Buffer.from('name,country\n"Open,KH\nNext,LA\n'), 5), 'q.csv', open).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(FileRejected);
    expect(error).toMatchObject({ line: 2, message: expect.stringMatching(/row 2: a quoted cell opens here/) });
  });
});

describe('text', () => {
  test('UTF-16 with a BOM, split anywhere, reads as text', async () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('name\nHội Nông dân\n', 'utf16le')]);
    let text = '';
    for await (const part of decodeText(chunked(bytes, 3), 'u16.csv')) text += part;
    expect(text).toBe('name\nHội Nông dân\n');
  });

  test('NUL bytes mark a binary file; a zip is named as one', async () => {
    const read = async (bytes: Buffer): Promise<unknown> => {
      for await (const part of decodeText(chunked(bytes, 8), 'x.csv')) void part;
      return null;
    };
    await expect(read(Buffer.from('a,b\u0000c'))).rejects.toThrow(/NUL bytes/);
    await expect(read(Buffer.from('PK\u0003\u0004rest'))).rejects.toThrow(/is a zip archive \(an XLSX workbook\?\)/);
  });
});

describe.each([
  ['GraphML', 'graph.graphml', readGraphml],
  ['GEXF', 'graph.gexf', readGexf],
  ['Cytoscape JSON', 'graph.cyjs', readCyjs],
])('%s, as the export writes it', (_format, name, read) => {
  test('nodes and edges tables, with every attribute and the rows in file order', async () => {
    const { open, tables } = collector();
    await read(chunked(await fixture('valid', name), 97), name, open);
    expect(tables.map((t) => t.name)).toEqual(['nodes', 'edges']);
    expect(tables.every((t) => t.ended)).toBe(true);
    const nodes = records(tables[0]);
    expect(nodes.map((n) => n.id)).toEqual(['la-liwg', 'kh-forest', 'net-land']);
    expect(nodes[0]).toMatchObject({
      label: 'Land Information Working Group',
      kind: 'ACTOR',
      altNames: 'ກຸ່ມເຮັດວຽກຂໍ້ມູນທີ່ດິນ',
      influence: '4',
      description: 'Network of NGOs, "land" issues <&>',
    });
    expect(nodes[1]).toMatchObject({ label: 'សហគមន៍ព្រៃឈើ', sensitive: 'true', description: 'Two lines,\nof text' });
    expect(nodes[2]).toMatchObject({ kind: 'NETWORK', founded: '2012', focusThemes: 'community-forestry' });
    const edges = records(tables[1]);
    expect(edges.map((e) => [e.source, e.target, e.relation])).toEqual([
      ['la-liwg', 'net-land', 'MEMBER_OF'],
      ['kh-forest', 'la-liwg', 'COLLABORATES_WITH'],
    ]);
    expect(edges[1]).toMatchObject({ kind: 'joint research', sensitive: 'true', since: '2016' });
  });
});

describe('GraphML and GEXF that the export did not write', () => {
  test.each([
    ['undeclared.graphml', readGraphml, /refers to attribute 'n_colour', which no declaration before it defines/],
    ['truncated.gexf', readGexf, /is not well-formed XML/],
  ])('%s is refused as a whole with the line to blame', async (name, read, message) => {
    const { open } = collector();
    await expect(read(chunked(await fixture('invalid', name), 50), name, open)).rejects.toThrow(message);
  });

  test("another tool's attribute titles become the table's columns (the importer, not the reader, judges them)", async () => {
    const { open, tables } = collector();
    await readGexf(chunked(await fixture('invalid', 'wrong-attributes.gexf'), 50), 'w.gexf', open);
    expect(tables.map((t) => [t.name, t.rows[0]?.[1]])).toEqual([
      ['nodes', ['id', 'label', 'kind', 'country of origin']],
    ]);
    expect(records(tables[0])).toEqual([
      { id: 'kh-new', label: 'New actor', kind: 'ACTOR', 'country of origin': 'KH' },
    ]);
  });

  test('a GraphML file named .gexf: the root element says which it is', async () => {
    const { open } = collector();
    await expect(readGexf(chunked(await fixture('valid', 'graph.graphml'), 200), 'g.gexf', open)).rejects.toThrow(
      /is XML but not GEXF: its root element is <graphml>/,
    );
  });
});

describe('XLSX', () => {
  let dir = '';
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'ra-readers-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  test("the template workbook: its README sheet and one sheet per kind, each with the template's columns", async () => {
    const path = join(dir, 'template.xlsx');
    await writeTemplateWorkbook(path);
    const { open, tables } = collector();
    const progress: number[] = [];
    await readXlsx(path, 'template.xlsx', open, (p) => progress.push(p.bytes));
    expect(tables.map((t) => t.name)).toEqual(expect.arrayContaining([...TEMPLATE_SHEETS]));
    expect(tables.every((t) => t.ended)).toBe(true);
    const actors = tables.find((t) => t.name === 'actors');
    expect(actors?.rows[0]?.[0]).toBe(1);
    expect(actors?.rows[0]?.[1]).toEqual(expect.arrayContaining(['id', 'name', 'country', 'sector', 'level']));
    expect(progress.at(-1)).toBeGreaterThan(0);
  });

  test('a zip that is no workbook is refused', async () => {
    const { open } = collector();
    await expect(
      readXlsx(join(FIXTURES, 'invalid', 'broken.xlsx'), 'broken.xlsx', open, () => undefined),
    ).rejects.toThrow(/broken\.xlsx: is not a readable XLSX workbook/);
  });
});

/**
 * The CSV reader reads a file the way Excel and LibreOffice do: a cell is quoted only when its first character is
 * a quote; after the closing quote the characters up to the delimiter are kept as they are; a quote anywhere else
 * is an ordinary character. Rows are numbered as a spreadsheet shows them. Unit tests: no database.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { readTables } from '../src/import/readers';
import { ExcelCsvReader } from '../src/import/readers/csv';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ra-csv-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

type Rows = Array<[number, string[]]>;

/** Every row the reader hands on, with its row number. */
async function read(content: string | Buffer, name = 'sheet.csv'): Promise<Rows> {
  const path = join(dir, `${Math.random().toString(36).slice(2)}-${name}`);
  await writeFile(path, content);
  const rows: Rows = [];
  await readTables(
    path,
    () => ({ row: (line, cells) => rows.push([line, cells]), end: () => undefined }),
    () => undefined,
    name,
  );
  return rows;
}

describe('CSV as spreadsheets read it', () => {
  test('an unquoted formula with quotes and a comma stays on its own row; the seven rows after it are read', async () => {
    const after = Array.from({ length: 7 }, (_, i) => `Actor ${i},KH,MEDIA,LOCAL`);
    const rows = await read(
      ['name,country,sector,level', '=HYPERLINK("http://evil.example","click"),KH,MEDIA,LOCAL', ...after].join('\n'),
    );
    expect(rows.map(([line]) => line)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    // The comma inside the formula separates cells; the second cell is quoted (it starts with a quote), and the
    // ")" after its closing quote is kept.
    expect(rows[1]).toEqual([2, ['=HYPERLINK("http://evil.example"', 'click)', 'KH', 'MEDIA', 'LOCAL']]);
    expect(rows[8]).toEqual([9, ['Actor 6', 'KH', 'MEDIA', 'LOCAL']]);
  });

  test('a quote inside an unquoted cell is a character', async () => {
    expect(await read('a,b\nab"c,d"e\n5" screen,"x"\n')).toEqual([
      [1, ['a', 'b']],
      [2, ['ab"c', 'd"e']],
      [3, ['5" screen', 'x']],
    ]);
  });

  test('after the closing quote, the characters up to the delimiter are kept', async () => {
    expect(await read('a,b\n"abc"def,x\n"a""b"c"d,y\n"q" ,z\n')).toEqual([
      [1, ['a', 'b']],
      [2, ['abcdef', 'x']],
      [3, ['a"bc"d', 'y']],
      [4, ['q ', 'z']],
    ]);
  });

  test('a cell that does not start with a quote is not quoted, even after spaces', async () => {
    expect(await read('a,b\n "x,y",z\n')).toEqual([
      [1, ['a', 'b']],
      [2, [' "x', 'y"', 'z']],
    ]);
  });

  test('doubled quotes, delimiters and line breaks inside a quoted cell; a record over several lines is one row', async () => {
    const rows = await read('name,description\r\n"Say ""hi""","one,\r\ntwo\nthree"\r\nnext,row\r\n\r\nlast,"row"');
    expect(rows).toEqual([
      [1, ['name', 'description']],
      [2, ['Say "hi"', 'one,\r\ntwo\nthree']],
      [3, ['next', 'row']],
      [4, ['']],
      [5, ['last', 'row']],
    ]);
  });

  test('lines may end in LF, CRLF or CR alone; an empty quoted cell is empty', async () => {
    expect(await read('a,b\rc,""\r\nd,e\n')).toEqual([
      [1, ['a', 'b']],
      [2, ['c', '']],
      [3, ['d', 'e']],
    ]);
  });

  test('the delimiter is the one the header row uses: comma, semicolon or tab', async () => {
    expect(await read('name;country;note\n"Smith, Jones";KH;"a;b"\n')).toEqual([
      [1, ['name', 'country', 'note']],
      [2, ['Smith, Jones', 'KH', 'a;b']],
    ]);
    expect(await read('name\tcountry\n"A, B; C"\tKH\n')).toEqual([
      [1, ['name', 'country']],
      [2, ['A, B; C', 'KH']],
    ]);
    expect(await read('"name, with comma";other\nx;y\n')).toEqual([
      [1, ['name, with comma', 'other']],
      [2, ['x', 'y']],
    ]);
  });

  test('UTF-8 with and without BOM, UTF-16 LE and BE with BOM', async () => {
    const text = 'name,country\nសហគមន៍,KH\n';
    const expected = [
      [1, ['name', 'country']],
      [2, ['សហគមន៍', 'KH']],
    ];
    expect(await read(text)).toEqual(expected);
    expect(await read(`\uFEFF${text}`)).toEqual(expected);
    expect(await read(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]))).toEqual(expected);
    const be = Buffer.from(text, 'utf16le');
    for (let i = 0; i < be.length; i += 2) [be[i], be[i + 1]] = [be[i + 1] ?? 0, be[i] ?? 0];
    expect(await read(Buffer.concat([Buffer.from([0xfe, 0xff]), be]))).toEqual(expected);
  });

  test('quoted cells, CRLF and multi-byte characters that straddle the stream chunks are read whole', async () => {
    // Far past the 64 KiB the file stream reads at a time, with a record break and a quoted cell at every offset.
    const long = 'ក'.repeat(70_000);
    const lines = ['a,b'];
    for (let i = 0; i < 40; i += 1) lines.push(`"${'x'.repeat(i * 997)}\r\n""${i}""",${long.slice(0, i * 131)}`);
    const rows = await read(`${lines.join('\r\n')}\r\n`);
    expect(rows).toHaveLength(41);
    rows.slice(1).forEach(([line, cells], i) => {
      expect(line).toBe(i + 2);
      expect(cells).toEqual([`${'x'.repeat(i * 997)}\r\n"${i}"`, long.slice(0, i * 131)]);
    });
  });

  test('a quoted cell that is never closed is refused with the row where it opens', async () => {
    await expect(read('name,country\nok,KH\n"never closed,KH\nmore,KH\n', 'open.csv')).rejects.toThrow(
      'open.csv: row 3: a quoted cell opens here and is never closed',
    );
  });
});

describe('ExcelCsvReader, chunk by chunk', () => {
  const parse = (chunks: string[]): Array<[number, string[]]> => {
    const rows: Array<[number, string[]]> = [];
    const reader = new ExcelCsvReader((row, cells) => rows.push([row, cells]));
    for (const chunk of chunks) reader.write(chunk);
    reader.end();
    return rows;
  };

  test('gives the same rows wherever the text is cut', () => {
    const text = 'a;b;c\r\n"x;""y""\r\nz"q;=F("1";"2");\r"";\n\n"";"k"\r\n';
    const whole = parse([text]);
    expect(whole).toEqual([
      [1, ['a', 'b', 'c']],
      [2, ['x;"y"\r\nzq', '=F("1"', '2)', '']],
      [3, ['', '']],
      [4, ['']],
      [5, ['', 'k']],
    ]);
    for (let cut = 0; cut <= text.length; cut += 1) expect(parse([text.slice(0, cut), text.slice(cut)])).toEqual(whole);
    expect(parse([...text])).toEqual(whole);
  });

  test('an empty input has no rows; a last line without a line break is a row', () => {
    expect(parse([])).toEqual([]);
    expect(parse(['a,b\nc,'])).toEqual([
      [1, ['a', 'b']],
      [2, ['c', '']],
    ]);
  });
});

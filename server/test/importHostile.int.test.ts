/**
 * The hostile corpus (fixtures/import/hostile/corpus.ts) against the running server: every file is uploaded to
 * POST /api/import as the page sends it (application/octet-stream, no Origin), as a dry run and as a commit.
 * Every answer is 2xx or 4xx with a JSON body, and unless it is a clean commit the database is unchanged.
 */
import { readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';

import { neo4jConfigFromEnv } from '../src/config';
import type { Database } from '../src/db/database';
import { addressFailureWindow, createUser, login } from '../src/domain/auth/accounts';
import { startServer, type RunningServer } from '../src/main';
import { hostileCorpus, type HostileFile } from './fixtures/import/hostile/corpus';
import { smallGraph } from './fixtures/smallGraph';
import { fingerprint, freshDatabase } from './testDatabase';

let db: Database;
let server: RunningServer;
let secret: string;
let corpus: HostileFile[];

beforeAll(async () => {
  db = await freshDatabase(smallGraph);
  server = await startServer({ port: 0, host: '127.0.0.1', production: false, neo4j: neo4jConfigFromEnv('test') });
  const password = 'correct horse battery staple 42';
  await createUser(db, 'system', { username: 'hostile-analyst', role: 'analyst', password });
  secret = (await login(db, { username: 'hostile-analyst', password, address: 'test' }, addressFailureWindow()))
    .sessionSecret;
  corpus = await hostileCorpus();
});

afterAll(async () => {
  await server.close();
  await db.close();
});

interface Answer {
  status: number;
  json: unknown;
  text: string;
}

/** The answer, or status 0 when the connection failed (which counts as a failure too). */
async function upload(file: HostileFile, commit: boolean): Promise<Answer> {
  let response: Response;
  try {
    response = await fetch(
      `${server.url}api/import?filename=${encodeURIComponent(file.filename)}${commit ? '&commit=true' : ''}`,
      {
        method: 'POST',
        headers: { authorization: `Bearer ${secret}`, 'content-type': 'application/octet-stream' },
        body: file.body,
      },
    );
  } catch (error) {
    const cause = error instanceof Error && error.cause instanceof Error ? `: ${error.cause.message}` : '';
    return { status: 0, json: null, text: `${String(error)}${cause}` };
  }
  const text = await response.text();
  let json: unknown = null;
  try {
    json = JSON.parse(text);
  } catch {
    json = null;
  }
  return { status: response.status, json, text: text.slice(0, 300) };
}

const committed = (a: Answer): boolean =>
  a.status === 200 && (a.json as { committed?: unknown } | null)?.committed === true;

test('every hostile file gets a 2xx or 4xx JSON answer, and nothing is written unless it commits cleanly', async () => {
  const problems: unknown[] = [];
  let state = await fingerprint(db);
  for (const file of corpus) {
    for (const commit of [false, true]) {
      const started = Date.now();
      const answer = await upload(file, commit);
      const seconds = (Date.now() - started) / 1000;
      const after = await fingerprint(db);
      const what = { file: file.filename.slice(0, 60), why: file.why, commit, status: answer.status, seconds };
      if (answer.status >= 500 || answer.status < 200 || (answer.status >= 300 && answer.status < 400))
        problems.push({ ...what, problem: 'status', body: answer.text });
      if (answer.json === null || typeof answer.json !== 'object')
        problems.push({ ...what, problem: 'not JSON', body: answer.text });
      if (committed(answer)) {
        if (!commit) problems.push({ ...what, problem: 'a dry run committed' });
        state = after;
      } else if (JSON.stringify(after) !== JSON.stringify(state))
        problems.push({ ...what, problem: 'wrote without a clean commit' });
      if (file.expect === 'rejected' && answer.status < 400)
        problems.push({ ...what, problem: 'accepted', body: answer.text });
      if (file.expect === 'clean' && answer.status !== 200)
        problems.push({ ...what, problem: 'refused', body: answer.text });
      if (file.expect === 'clean' && commit && !committed(answer))
        problems.push({ ...what, problem: 'not committed', body: answer.text });
      if (seconds > 30) problems.push({ ...what, problem: 'slow' });
    }
  }
  expect(problems).toEqual([]);
});

test('rejected files say why, with the row and column where a row is to blame', async () => {
  const byName = (name: string): HostileFile => {
    const file = corpus.find((f) => f.filename === name);
    if (!file) throw new Error(name);
    return file;
  };
  type Report = { issues: Array<{ line: number | null; column?: string; message: string }>; issueCount: number };
  const issues = async (name: string): Promise<Report> => (await upload(byName(name), false)).json as Report;

  const formulas = await issues('formulas.csv');
  // Every payload but the full-width equals sign (which no spreadsheet runs) is flagged in its own row.
  expect(formulas.issues.map((i) => [i.line, i.column])).toEqual(Array.from({ length: 11 }, (_, i) => [i + 2, 'name']));
  const swallowed = await issues('hyperlink-unquoted.csv');
  expect(new Set(swallowed.issues.map((i) => i.line))).toEqual(new Set([2, 3, 4, 5, 6, 7, 8, 9]));
  expect((await issues('unclosed-quote.csv')).issues).toEqual([
    expect.objectContaining({
      line: 3,
      message: expect.stringContaining('a quoted cell opens here and is never closed'),
    }),
  ]);
  const wide = await issues('wide.csv');
  expect(wide.issues[0]?.message.length).toBeLessThan(1_000);
  expect(wide.issues[0]?.message).toContain('and 9990 more');
  const many = await issues('many-issues.csv');
  expect(many.issueCount).toBe(15_000);
  expect(many.issues).toHaveLength(1_000);
  expect((await issues('bomb.xlsx')).issues[0]?.message).toMatch(/^bomb\.xlsx: unpacks to more than \d+ MB/);
  expect((await issues('lone-surrogate.cyjs')).issues[0]).toMatchObject({
    column: 'label',
    message: expect.stringContaining('not valid Unicode'),
  });
  expect((await issues('control-characters.csv')).issues.map((i) => [i.line, i.column])).toEqual([
    [2, 'name'],
    [3, 'name'],
    [4, 'name'],
  ]);
  const oversized = await upload(byName('oversized.csv'), true);
  expect(oversized).toMatchObject({ status: 413, json: { errors: [{ message: 'file: larger than 60 MB' }] } });
  const tooLong = await upload(byName(`${'n'.repeat(10_000)}.csv`), false);
  expect(tooLong.status).toBe(400);
  expect(tooLong.json).toMatchObject({ errors: [{ message: expect.stringMatching(/^filename: /) }] });
});

test('a workbook that cannot be read leaves no temporary file behind', async () => {
  // What the upload, the XLSX reader (ra-) and ExcelJS's spooled worksheets (tmp-) could leave in the temp folder.
  const ours = async (): Promise<string[]> => (await readdir(tmpdir())).filter((name) => /^(tmp-|ra-)/.test(name));
  const before = new Set(await ours());
  const workbooks = corpus.filter((f) => f.filename.endsWith('.xlsx') && f.expect === 'rejected');
  expect(workbooks.length).toBeGreaterThan(3);
  for (const file of workbooks) expect((await upload(file, false)).status).toBeGreaterThanOrEqual(400);
  expect((await ours()).filter((name) => !before.has(name))).toEqual([]);
});

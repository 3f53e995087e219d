/**
 * The dry run and the commit agree: generated sheets (seeded, so every run builds the same ones) mix valid and
 * invalid values in every column of every kind of sheet; each goes through a dry run and then a commit.
 * Dry run clean ⇔ commit succeeds; a rejected commit answers the same issues and writes nothing; nothing throws;
 * and whatever commits passes the domain's own validation, so the page can edit it afterwards.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { ACTIVITY_STATUSES } from '@reform-atlas/vocabulary';
import ExcelJS from 'exceljs';

import type { Database } from '../src/db/database';
import { groupFieldsSchema } from '../src/domain/groups';
import { collaborationSchema, interestSchema, membershipSchema } from '../src/domain/relations';
import { seededRandom } from '../src/domain/seededRandom';
import { themeFieldsSchema } from '../src/domain/themes';
import { activityFieldsSchema, actorFieldsSchema } from '../src/domain/validation';
import type { Viewer } from '../src/domain/viewer';
import { importFiles, type ImportReport } from '../src/import/importer';
import { smallGraph } from './fixtures/smallGraph';
import { fingerprint, freshDatabase } from './testDatabase';

const ANALYST: Viewer = { role: 'analyst', userId: 'u-analyst', username: 'analyst' };
const RANDOM_CASES = 8;
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F]/;
const VALID_CASES = 3;
const INVALID_SHARE = 0.07;

let db: Database;
let dir: string;

beforeAll(async () => {
  db = await freshDatabase(smallGraph);
  dir = await mkdtemp(join(tmpdir(), 'ra-agree-'));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
  await db.close();
});

/** Valid and invalid values of one column; `{u}` becomes a token unique to the row. */
interface Pool {
  valid: string[];
  invalid: string[];
}

const khmer = 'សហគមន៍ព្រៃឈើ';
const longKhmer = (n: number): string => khmer.repeat(Math.ceil(n / khmer.length)).slice(0, n);
const nfdVietnamese = 'Hội Nông dân Lâm Đồng'.normalize('NFD');
const names: Pool = {
  valid: [
    'Gen Actor {u}',
    `${nfdVietnamese} {u}`,
    `${longKhmer(180)}{u}`,
    'Name with "quotes", commas; and a semicolon {u}',
    'ມູນນິທິ {u}',
    'မြေယာ {u}',
    'เครือข่าย {u}',
    "') DETACH DELETE n // {u}",
  ],
  invalid: ['', 'x'.repeat(201), '=1+1', '+cmd', '@SUM(1)', 'bell\u0007{u}', 'Two\nlines {u}'],
};
const countries: Pool = {
  valid: ['KH', 'la', 'Lao PDR', 'VIETNAM', 'Mekong region (regional)', 'thailand', 'Regional'],
  invalid: ['XX', 'Laos!', 'Burma'],
};
const countryLists: Pool = { valid: ['', 'KH | TH', 'Vietnam;Myanmar', 'REGIONAL'], invalid: ['KH | ZZ', 'Atlantis'] };
const acronyms: Pool = { valid: ['', 'GA', 'A'.repeat(30)], invalid: ['A'.repeat(31), '@A'] };
const altNames: Pool = {
  valid: ['', 'ກຸ່ມ | សហគមន៍', Array.from({ length: 20 }, (_, i) => `${longKhmer(190)}${i}`).join(' | ')],
  invalid: [Array.from({ length: 21 }, (_, i) => `alt ${i}`).join(' | '), `ok | ${'y'.repeat(201)}`],
};
const sectors: Pool = {
  valid: [
    'CIVIL_SOCIETY',
    'government',
    'Community organisation',
    'RESEARCH / ACADEMIA',
    'Donor / development partner',
    'private sector',
  ],
  invalid: ['Farmers', ''],
};
const levels: Pool = { valid: ['LOCAL', 'national', 'Regional', 'International'], invalid: ['Global', ''] };
const influence: Pool = {
  valid: ['', '1', '3', '5'],
  invalid: ['0', '6', '3.5', '0x3', '1e0', 'three', '-1', '+3', '9007199254740993'],
};
const booleans: Pool = { valid: ['', 'yes', 'no', 'TRUE', 'n'], invalid: ['maybe', '2'] };
const descriptions: Pool = {
  valid: ['', 'A description, with "quotes".', 'Over two lines,\nwith "quotes"; and a semicolon', 'd'.repeat(5000)],
  invalid: ['d'.repeat(5001), '-dash at the start', 'nul\u0001here'],
};
const websites: Pool = {
  valid: ['', 'https://example.org/path?q=1', 'http://localhost:8080'],
  invalid: [
    'ftp://example.org',
    'http://',
    'javascript:alert(1)',
    'http://exa mple.org',
    'https://[bad',
    `https://example.org/${'p'.repeat(500)}`,
  ],
};
const sources: Pool = { valid: ['', 'Workshop, Vientiane'], invalid: ['p'.repeat(501)] };
const dates: Pool = {
  valid: ['', '2015-05-12', '2016-02-29', '1999-12-31', '0000-02-29'],
  invalid: [
    '2026-13-45',
    '2015-02-30',
    '2015-02-29',
    '12/05/2015',
    '2015-5-1',
    '+002015-01-01',
    '2015-05-12T00:00',
    ' 2015-05-12x',
  ],
};
const confidences: Pool = { valid: ['', 'low', 'High', 'MEDIUM'], invalid: ['certain'] };
const years: Pool = { valid: ['', '1900', '2015', '2100'], invalid: ['1899', '2101', '2015.5', 'year'] };
const provenance = { provenance: sources, recordedAt: dates, confidence: confidences };
const existingActors: Pool = {
  valid: ['kh-cso-a', 'Mekong Land Watch', 'kh-cso-b', 'vn-farm', 'kh-gov'],
  invalid: ['no-such-actor', ''],
};
const labels = (max: number): Pool => ({
  valid: ['', 'steering committee', 'r'.repeat(max)],
  invalid: ['r'.repeat(max + 1)],
});

/** An actor row, for a new actor or (`existing`) for one already stored, where blank cells are valid: they keep what is stored. */
const actorColumns = (name: string, country: string, existing = false): Record<string, Pool> => {
  const blankKeeps = (pool: Pool): Pool =>
    existing ? { valid: [...pool.valid, ''], invalid: pool.invalid.filter((v) => v !== '') } : pool;
  return {
    id: existing
      ? { valid: ['kh-cso-c', 'kh-gov', 'la-res', 'vn-farm'], invalid: ['no:such', ' '.repeat(3) + 'x y'] }
      : {
          valid: ['', 'gen-{u}', 'gen.dotted_id-{u}'],
          invalid: ['bad id', 'actor:kh-1', 'x'.repeat(101), '-lead', 'é-{u}'],
        },
    [name]: blankKeeps(names),
    [country]: blankKeeps(countries),
    operatesIn: countryLists,
    acronym: acronyms,
    altNames,
    sector: blankKeeps(sectors),
    level: blankKeeps(levels),
    influence,
    sensitive: booleans,
    description: descriptions,
    website: websites,
    ...provenance,
  };
};

/** An export's edges file, one relation per kind of sheet so that a row's target fits its relation. */
function edgeSheets(): Record<string, { file: string; columns: Record<string, Pool> }> {
  const edges = (relation: string, target: Pool): { file: string; columns: Record<string, Pool> } => ({
    file: 'edges',
    columns: {
      source: existingActors,
      target,
      relation: { valid: [relation, relation.toLowerCase()], invalid: ['KNOWS', ''] },
      role: labels(100),
      since: years,
      kind: labels(100),
      position: { valid: ['SUPPORTS', 'Mixed'], invalid: relation === 'INTERESTED_IN' ? ['FOR', ''] : ['=1'] },
      priority: { valid: ['', '2'], invalid: ['5'] },
      sensitive: booleans,
      ...provenance,
    },
  });
  return {
    memberEdges: edges('MEMBER_OF', { valid: ['net-forest', 'coal-land'], invalid: ['nowhere', 'community-forestry'] }),
    interestEdges: edges('INTERESTED_IN', {
      valid: ['community-forestry', 'grievance-mechanisms'],
      invalid: ['nowhere', 'net-forest'],
    }),
    collaborationEdges: edges('COLLABORATES_WITH', { valid: ['kh-biz', 'la-res'], invalid: ['nowhere'] }),
    participationEdges: edges('PARTICIPATED_IN', { valid: ['act-visit'], invalid: ['nowhere', 'kh-biz'] }),
  };
}

const SHEETS: Record<string, { file: string; columns: Record<string, Pool> }> = {
  actors: { file: 'actors', columns: actorColumns('name', 'country') },
  actorUpdates: { file: 'actors', columns: actorColumns('name', 'country', true) },
  nodeActors: {
    file: 'nodes',
    columns: { kind: { valid: ['ACTOR', 'actor'], invalid: ['PERSON'] }, ...actorColumns('label', 'basedIn') },
  },
  groups: {
    file: 'groups',
    columns: {
      // Existing groups keep their kind (a network cannot become a coalition): only new ids here.
      id: { valid: ['gen-g-{u}', 'gen.group_{u}'], invalid: ['g:1', ''] },
      kind: { valid: ['NETWORK', 'coalition', 'Network'], invalid: ['club', ''] },
      name: names,
      acronym: acronyms,
      description: descriptions,
      founded: years,
      activeIn: countryLists,
      focusThemes: {
        valid: ['', 'community-forestry', 'community-forestry | grievance-mechanisms'],
        invalid: ['no-such-theme', 'bad id!'],
      },
      ...provenance,
    },
  },
  themes: {
    file: 'themes',
    columns: {
      id: { valid: ['gen-t-{u}', 'community-forestry'], invalid: ['t t', ''] },
      name: names,
      description: descriptions,
    },
  },
  memberships: {
    file: 'memberships',
    columns: {
      actor: existingActors,
      group: { valid: ['net-forest', 'coal-land'], invalid: ['no-such-group', ''] },
      role: labels(100),
      since: years,
      ...provenance,
    },
  },
  interests: {
    file: 'interests',
    columns: {
      actor: existingActors,
      theme: { valid: ['community-forestry', 'grievance-mechanisms', 'smallholder-investment'], invalid: ['nope', ''] },
      position: { valid: ['SUPPORTS', 'Opposes', 'mixed', 'Unknown'], invalid: ['FOR', ''] },
      priority: { valid: ['', '1', '3'], invalid: ['0', '4', '2.5'] },
      ...provenance,
    },
  },
  collaborations: {
    file: 'collaborations',
    columns: {
      actor: existingActors,
      partner: { valid: ['kh-biz', 'la-res', 'Provincial Land Office'], invalid: ['nobody', ''] },
      kind: labels(100),
      since: years,
      ...provenance,
    },
  },
  activities: {
    file: 'nodes',
    columns: {
      id: { valid: ['gen-x-{u}', 'act-visit'], invalid: ['x y', ''] },
      label: names,
      kind: { valid: ['ACTIVITY', 'activity'], invalid: ['PICNIC'] },
      activityType: {
        valid: ['TRAINING', 'learning visit', 'Cross-border learning', 'CASE_STUDIES'],
        invalid: ['PICNIC', ''],
      },
      activityDate: { valid: ['2015-03-02', '2016-02-29'], invalid: ['', '2015-02-30', '2026-13-45'] },
      heldIn: { valid: ['KH', 'Lao PDR'], invalid: ['XX', ''] },
      themes: { valid: ['', 'community-forestry'], invalid: ['no-such-theme'] },
      description: descriptions,
    },
  },
  activitySheets: {
    file: 'activities',
    columns: {
      id: { valid: ['gen-x-{u}', 'act-visit'], invalid: ['x y', ''] },
      type: { valid: ['TRAINING', 'learning visit', 'Convening and collaboration'], invalid: ['PICNIC', ''] },
      title: names,
      startDate: { valid: ['2015-03-02', '2016-02-29'], invalid: ['', '2015-02-30', '2026-13-45'] },
      // Valid last days are not before any valid first day.
      endDate: { valid: ['', '2016-03-01'], invalid: ['2015-01-01', '2015-02-30'] },
      status: { valid: ['', 'held', 'Planned', 'CANCELLED'], invalid: ['DONE'] },
      country: { valid: ['KH', 'Lao PDR', 'Regional'], invalid: ['XX', ''] },
      themes: { valid: ['', 'community-forestry', 'community-forestry | grievance-mechanisms'], invalid: ['nowhere'] },
      description: descriptions,
      outcomes: descriptions,
      source: sources,
    },
  },
  participantSheets: {
    file: 'participants',
    columns: {
      activity: { valid: ['act-visit'], invalid: ['nowhere', ''] },
      actor: existingActors,
      role: { valid: ['', 'facilitator', 'Key informant', 'HOST'], invalid: ['chairperson', 'r'.repeat(101)] },
      ...provenance,
      sensitive: booleans,
    },
  },
  ...edgeSheets(),
};

interface Case {
  /** 'invalid': one invalid value among valid ones (must be refused); 'valid': valid values only (must commit). */
  systematic: 'invalid' | 'valid' | null;
  label: string;
  name: string;
  header: string[];
  rows: string[][];
  xlsx: boolean;
}

/**
 * The cases of one sheet kind: every invalid value of every column once, in a row whose other cells are valid,
 * then random rows mixing valid and invalid values.
 */
function casesFor(kind: string, random: () => number): Case[] {
  const sheet = SHEETS[kind];
  if (!sheet) throw new Error(kind);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const header = Object.keys(sheet.columns);
  const pool = (column: string): Pool => sheet.columns[column] as Pool;
  const fill = (value: string, token: string): string => value.replace('{u}', token);
  const cases: Case[] = [];
  const push = (systematic: Case['systematic'], label: string, rows: string[][]): void => {
    const n = cases.length;
    // XLSX cannot hold control characters (ExcelJS drops them), so such rows always travel as CSV.
    const xlsx = n % 4 === 3 && !rows.some((row) => row.some((v) => CONTROL.test(v)));
    cases.push({
      systematic,
      label,
      name: `${sheet.file}-${Object.keys(SHEETS).indexOf(kind)}-${n}`,
      header,
      rows,
      xlsx,
    });
  };
  for (const column of header) {
    for (const bad of pool(column).invalid) {
      const token = `${kind}-${cases.length}`;
      push('invalid', `${column} = ${JSON.stringify(bad.slice(0, 40))}`, [
        header.map((c) => fill(c === column ? bad : pick(pool(c).valid), token)),
      ]);
    }
  }
  for (let i = 0; i < VALID_CASES; i += 1)
    push('valid', 'valid', [header.map((c) => fill(pick(pool(c).valid), `${kind}-${cases.length}`))]);
  for (let i = 0; i < RANDOM_CASES; i += 1) {
    const rows = Array.from({ length: 1 + Math.floor(random() * 3) }, (_, r) =>
      header.map((c) =>
        fill(random() < INVALID_SHARE ? pick(pool(c).invalid) : pick(pool(c).valid), `${kind}-${cases.length}-${r}`),
      ),
    );
    push(null, 'random', rows);
  }
  return cases;
}

const csvCell = (value: string): string => `"${value.replace(/"/g, '""')}"`;

async function write(c: Case): Promise<{ path: string; name: string }> {
  if (!c.xlsx) {
    const name = `${c.name}.csv`;
    const path = join(dir, name);
    await writeFile(path, [c.header, ...c.rows].map((row) => row.map(csvCell).join(',')).join('\r\n'));
    return { path, name };
  }
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(c.name.replace(/-.*$/, ''));
  ws.addRow(c.header);
  // Whole numbers go in as numbers (as a person typing them would), everything else as text.
  for (const row of c.rows) ws.addRow(row.map((v) => (/^-?\d{1,9}$/.test(v) ? Number(v) : v)));
  const name = `${c.name}.xlsx`;
  const path = join(dir, name);
  await wb.xlsx.writeFile(path);
  return { path, name };
}

/** What the domain's own validation (the schemas the API and the page's forms go through) says of what is stored. */
async function domainViolations(): Promise<string[]> {
  const found: string[] = [];
  const check = (
    what: string,
    schema: {
      safeParse(v: unknown): { success: boolean; error?: { issues: Array<{ path: PropertyKey[]; message: string }> } };
    },
    value: unknown,
  ): void => {
    const result = schema.safeParse(value);
    if (!result.success)
      found.push(
        `${what}: ${result.error?.issues.map((i) => `${i.path.map(String).join('.')} ${i.message}`).join('; ')}`,
      );
  };
  const prov = (r: Record<string, unknown>): Record<string, unknown> => ({
    source: r.source,
    recordedAt: r.recordedAt,
    confidence: r.confidence,
  });
  for (const row of await db.runStatement(
    'MATCH (a:Actor) RETURN a {.*} AS a, [(a)-[:BASED_IN]->(c) | c.id] AS basedIn, [(a)-[:OPERATES_IN]->(c) | c.id] AS operatesIn',
  )) {
    const a = row.a as Record<string, unknown>;
    const basedIn = row.basedIn as string[];
    if (basedIn.length > 1) found.push(`actor ${String(a.id)}: based in ${basedIn.join(' and ')}`);
    check(`actor ${String(a.id)}`, actorFieldsSchema, {
      ...a,
      basedIn: basedIn[0] ?? null,
      operatesIn: row.operatesIn,
    });
  }
  for (const row of await db.runStatement(
    'MATCH (g:Group) RETURN g {.*} AS g, g:Network AS network, g:Coalition AS coalition, [(g)-[:ACTIVE_IN]->(c) | c.id] AS activeIn, [(g)-[:FOCUSES_ON]->(t) | t.id] AS focusThemes',
  )) {
    const g = row.g as Record<string, unknown>;
    if (row.network === row.coalition) found.push(`group ${String(g.id)}: both or neither a network and a coalition`);
    check(`group ${String(g.id)}`, groupFieldsSchema, { ...g, activeIn: row.activeIn, focusThemes: row.focusThemes });
  }
  for (const row of await db.runStatement('MATCH (t:Theme) RETURN t {.*} AS t'))
    check(`theme ${String((row.t as { id: string }).id)}`, themeFieldsSchema, row.t);
  for (const row of await db.runStatement(
    'MATCH (a:Actor)-[r:MEMBER_OF]->(g) RETURN a.id AS a, g.id AS g, r {.*} AS r',
  )) {
    const r = row.r as Record<string, unknown>;
    check(`membership ${String(row.a)}→${String(row.g)}`, membershipSchema, {
      actorId: row.a,
      groupId: row.g,
      role: r.role,
      since: r.since,
      provenance: prov(r),
      sensitive: r.sensitive ?? false,
    });
  }
  for (const row of await db.runStatement(
    'MATCH (a:Actor)-[r:INTERESTED_IN]->(t) RETURN a.id AS a, t.id AS t, r {.*} AS r',
  )) {
    const r = row.r as Record<string, unknown>;
    check(`interest ${String(row.a)}→${String(row.t)}`, interestSchema, {
      actorId: row.a,
      themeId: row.t,
      position: r.position,
      priority: r.priority,
      provenance: prov(r),
      sensitive: r.sensitive ?? false,
    });
  }
  for (const row of await db.runStatement(
    'MATCH (a:Actor)-[r:COLLABORATES_WITH]->(b) RETURN a.id AS a, b.id AS b, r {.*} AS r',
  )) {
    const r = row.r as Record<string, unknown>;
    check(`collaboration ${String(row.a)}–${String(row.b)}`, collaborationSchema, {
      fromId: row.a,
      toId: row.b,
      kind: r.kind,
      since: r.since,
      provenance: prov(r),
      sensitive: r.sensitive ?? false,
    });
  }
  for (const row of await db.runStatement(
    'MATCH (x:Activity) RETURN x {.*} AS x, [(x)-[:HELD_IN]->(c) | c.id] AS heldIn',
  )) {
    const x = row.x as Record<string, unknown>;
    check(`activity ${String(x.id)}`, activityFieldsSchema, { ...x, country: (row.heldIn as string[])[0] ?? null });
    if (!(ACTIVITY_STATUSES as readonly unknown[]).includes(x.status))
      found.push(`activity ${String(x.id)}: status ${String(x.status)}`);
    if (x.endDate !== null && x.endDate !== undefined && String(x.endDate) <= String(x.date))
      found.push(`activity ${String(x.id)}: last day ${String(x.endDate)}, first ${String(x.date)}`);
    if (String(x.outcomes ?? '').length > 5000) found.push(`activity ${String(x.id)}: outcomes too long`);
  }
  return found;
}

describe.each(Object.keys(SHEETS))('%s sheets', (kind) => {
  const cases = casesFor(kind, seededRandom(0x5eed + Object.keys(SHEETS).indexOf(kind)));

  test(`dry run clean ⇔ commit succeeds; what commits passes the domain's rules (${cases.length} sheets)`, async () => {
    const disagreements: unknown[] = [];
    let clean = 0;
    for (const [number, c] of cases.entries()) {
      const f = await write(c);
      const before = await fingerprint(db);
      const outcome: { dry?: ImportReport; commit?: ImportReport; thrown?: string } = {};
      try {
        outcome.dry = await importFiles(db, ANALYST, [f], { dryRun: true });
        if (JSON.stringify(await fingerprint(db)) !== JSON.stringify(before))
          disagreements.push({ case: number, label: c.label, problem: 'the dry run wrote' });
        outcome.commit = await importFiles(db, ANALYST, [f], { dryRun: false });
      } catch (error) {
        outcome.thrown = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
      }
      const dryClean = outcome.dry?.issueCount === 0;
      if (dryClean) clean += 1;
      const agrees =
        outcome.thrown === undefined &&
        outcome.commit?.committed === dryClean &&
        (dryClean || JSON.stringify(outcome.commit?.issues) === JSON.stringify(outcome.dry?.issues));
      const shown = {
        case: number,
        label: c.label,
        file: f.name,
        rows: c.rows.map((r) => r.map((v) => (v.length > 50 ? `${v.slice(0, 47)}…(${v.length})` : v))),
      };
      if (!agrees)
        disagreements.push({
          ...shown,
          dry: outcome.dry?.issues.slice(0, 5),
          commit: outcome.commit?.issues.slice(0, 5),
          thrown: outcome.thrown,
        });
      if (c.systematic === 'invalid' && dryClean)
        disagreements.push({ ...shown, problem: 'an invalid value was accepted' });
      if (c.systematic === 'valid' && !outcome.commit?.committed)
        disagreements.push({ ...shown, problem: 'valid values were refused', issues: outcome.dry?.issues.slice(0, 5) });
      if (!outcome.commit?.committed && JSON.stringify(await fingerprint(db)) !== JSON.stringify(before))
        disagreements.push({ ...shown, problem: 'a failed commit wrote' });
      if (outcome.commit?.committed) {
        const violations = await domainViolations();
        if (violations.length > 0)
          disagreements.push({
            ...shown,
            problem: 'committed what the domain refuses',
            violations: violations.slice(0, 5),
          });
      }
    }
    expect(disagreements).toEqual([]);
    expect(clean).toBeGreaterThanOrEqual(VALID_CASES);
  });
});

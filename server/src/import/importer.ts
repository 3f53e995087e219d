import { createHash, randomUUID } from 'node:crypto';
import { basename } from 'node:path';

import { ACTIVITY_TYPES, GROUP_KINDS, illustrativeDataset, INFLUENCE_MAX, INFLUENCE_MIN, isIsoDate, LEVELS, POSITIONS, PRIORITY_MAX, PRIORITY_MIN, SECTORS } from '@reform-atlas/seed';

import type { Database, Tx } from '../db/database';
import { requireEditor } from '../domain/actors';
import { DomainError } from '../domain/errors';
import { actorSearchKey, normaliseSearchText } from '../domain/searchText';
import type { Viewer } from '../domain/viewer';
import { COLUMNS, detectKind, headerKey, mapHeader, type SheetKind } from './columns';
import { FileRejected, readTables, type ImportProgress, type TableSink } from './readers';
import { RowReader, truncate, type Provenance } from './rowReader';

export interface ImportIssue {
  file: string;
  sheet: string | null;
  /** Row number as a spreadsheet shows it; null for a problem with the whole file or sheet. */
  line: number | null;
  column?: string;
  message: string;
}

export interface ImportCounts {
  actors: number;
  newActors: number;
  groups: number;
  themes: number;
  memberships: number;
  interests: number;
  collaborations: number;
  activities: number;
  participations: number;
}

export interface ImportReport {
  dryRun: boolean;
  committed: boolean;
  files: string[];
  counts: ImportCounts;
  /** Every problem, row by row. Nothing is written unless this is empty. */
  issues: ImportIssue[];
  issueCount: number;
  changeId: string | null;
  millis: number;
}

export interface ImportFile {
  path: string;
  /** The name the user knows the file by (an upload's original name). */
  name?: string;
}

export interface ImportOptions {
  dryRun: boolean;
  onProgress?: (progress: ImportProgress | { phase: string; done: number; total: number }) => void;
  batchSize?: number;
}

interface Origin {
  file: string;
  sheet: string | null;
  line: number;
}
interface ActorRec {
  origin: Origin;
  id: string | null;
  name: string;
  nameKey: string;
  country: string;
  operatesIn: string[];
  acronym: string | null;
  altNames: string[];
  sector: string;
  level: string;
  influence: number;
  /**
   * Shown only to analysts and administrators. null (no such column, or a blank cell) keeps an existing actor's
   * flag and makes a new actor not sensitive, so an update sheet can never un-hide anyone by leaving it out.
   */
  sensitive: boolean | null;
  description: string | null;
  website: string | null;
  prov: Provenance;
}
interface GroupRec {
  origin: Origin;
  id: string;
  kind: string;
  name: string;
  acronym: string | null;
  description: string | null;
  founded: number | null;
  activeIn: string[];
  focusThemes: string[];
  prov: Provenance;
}
interface ThemeRec {
  origin: Origin;
  id: string;
  name: string;
  description: string | null;
}
/** A learning activity, from an export's nodes file (kind ACTIVITY). */
interface ActivityRec {
  origin: Origin;
  id: string;
  name: string;
  type: string;
  date: string;
  country: string;
  description: string | null;
  themes: string[];
}
const RELATIONS = ['MEMBER_OF', 'INTERESTED_IN', 'COLLABORATES_WITH', 'PARTICIPATED_IN'] as const;
interface LinkRec {
  origin: Origin;
  relation: (typeof RELATIONS)[number];
  /** From an export's edges file (columns source/target) rather than a template sheet. */
  fromEdges: boolean;
  actor: string;
  target: string;
  role: string;
  kind: string;
  since: number | null;
  position: string;
  priority: number;
  /** A link only analysts and administrators see; null (no such column, or a blank cell) keeps what the database has. */
  sensitive: boolean | null;
  prov: Provenance;
}

const MAX_ISSUES = 1_000;


/** What a set of files would change, built row by row as the files stream in. */
class ImportPlan {
  readonly actors: ActorRec[] = [];
  readonly groups: GroupRec[] = [];
  readonly themes: ThemeRec[] = [];
  readonly activities: ActivityRec[] = [];
  readonly links: LinkRec[] = [];
  readonly issues: ImportIssue[] = [];
  issueCount = 0;

  issue(issue: ImportIssue): void {
    this.issueCount += 1;
    if (this.issues.length < MAX_ISSUES) this.issues.push(issue);
  }

  table(file: string, sheet: string | null): TableSink {
    let kind: SheetKind | null = null;
    let columns: Array<string | null> = [];
    let headerSeen = false;
    let skip = false;
    const where = { file, sheet };
    return {
      row: (line, cells) => {
        if (skip || cells.every((c) => c.trim() === '')) return; // stray blank rows
        if (!headerSeen) {
          headerSeen = true;
          const tableName = sheet ?? basename(file).replace(/\.[^.]+$/, '');
          if (sheet !== null && /^(readme|instructions?|lists?|notes?)$/i.test(sheet.trim())) {
            skip = true;
            return;
          }
          kind = detectKind(tableName, new Set(cells.map(headerKey)));
          if (!kind) {
            skip = true;
            this.issue({ ...where, line, message: `cannot tell which sheet this is: name it actors, groups, themes, memberships, interests or collaborations, or use the template's column headers` });
            return;
          }
          const header = mapHeader(kind, cells);
          columns = header.columns;
          if (header.missing.length > 0 || header.unknown.length > 0) {
            skip = true;
            const parts = [
              header.missing.length ? `missing column${header.missing.length > 1 ? 's' : ''} ${header.missing.map((c) => `'${c}'`).join(', ')}` : '',
              header.unknown.length ? `unknown column${header.unknown.length > 1 ? 's' : ''} ${header.unknown.map((c) => `'${truncate(c)}'`).join(', ')}` : '',
            ].filter(Boolean);
            this.issue({ ...where, line, message: `${kind} sheet: ${parts.join('; ')} (expected ${COLUMNS[kind].map((c) => c.name).join(', ')})` });
          }
          return;
        }
        const values = new Map<string, string>();
        columns.forEach((name, i) => {
          if (name) values.set(name, cells[i] ?? '');
        });
        const reader = new RowReader(values);
        const origin = { file, sheet, line };
        if (kind) this.record(kind, reader, origin);
        for (const p of reader.problems) this.issue({ ...where, line, column: p.column, message: `${p.column}: ${p.message}` });
      },
      end: () => undefined,
    };
  }

  private record(kind: SheetKind, r: RowReader, origin: Origin): void {
    const before = r.problems.length;
    const push = <T>(list: T[], item: T): void => {
      if (r.problems.length === before) list.push(item);
    };
    switch (kind) {
      case 'actors':
        return push(this.actors, this.actor(r, origin, 'country'));
      case 'groups':
        return push(this.groups, this.group(r, origin, r.oneOf('kind', GROUP_KINDS, 'group kind', r.text('kind'))));
      case 'themes':
        return push(this.themes, this.theme(r, origin, 'name'));
      case 'memberships':
        return push(this.links, this.link(r, origin, 'MEMBER_OF', 'actor', 'group'));
      case 'interests':
        return push(this.links, this.link(r, origin, 'INTERESTED_IN', 'actor', 'theme'));
      case 'collaborations':
        return push(this.links, this.link(r, origin, 'COLLABORATES_WITH', 'actor', 'partner'));
      case 'nodes': {
        const nodeKind = r.oneOf('kind', ['ACTOR', 'NETWORK', 'COALITION', 'THEME', 'ACTIVITY'], 'node kind', r.text('kind'));
        if (nodeKind === 'ACTOR') return push(this.actors, this.actor(r, origin, 'basedIn', 'label'));
        if (nodeKind === 'THEME') return push(this.themes, this.theme(r, origin, 'label'));
        if (nodeKind === 'ACTIVITY') return push(this.activities, this.activity(r, origin));
        if (nodeKind) return push(this.groups, this.group(r, origin, nodeKind, 'label'));
        return;
      }
      case 'edges': {
        const relation = RELATIONS.find((x) => x === r.oneOf('relation', RELATIONS, 'relation', r.text('relation')));
        if (relation) push(this.links, this.link(r, origin, relation, 'source', 'target'));
      }
    }
  }

  private actor(r: RowReader, origin: Origin, countryColumn: string, nameColumn = 'name'): ActorRec {
    const name = r.max(nameColumn, r.required(nameColumn, 'name'), 200) ?? '';
    const altNames = r.list('altNames');
    const acronym = r.max('acronym', r.text('acronym'), 30);
    const website = r.text('website');
    if (website !== null && !/^https?:\/\/\S+$/i.test(website)) r.problems.push({ column: 'website', message: `must be an http(s) address (got '${truncate(website)}')` });
    const country = r.country(countryColumn, r.text(countryColumn));
    return {
      origin,
      id: r.id('id', false),
      name,
      nameKey: normaliseSearchText(name),
      country,
      operatesIn: r.countries('operatesIn').filter((c) => c !== country),
      acronym,
      altNames,
      sector: r.oneOf('sector', SECTORS, 'sector', r.text('sector')),
      level: r.oneOf('level', LEVELS, 'level', r.text('level')),
      influence: r.int('influence', INFLUENCE_MIN, INFLUENCE_MAX, 3) ?? 3,
      sensitive: r.optionalBool('sensitive'),
      description: r.max('description', r.text('description'), 5000),
      website,
      prov: r.provenance(origin.file),
    };
  }

  private group(r: RowReader, origin: Origin, kind: string, nameColumn = 'name'): GroupRec {
    return {
      origin,
      id: r.id('id', true) ?? '',
      kind,
      name: r.max(nameColumn, r.required(nameColumn, 'name'), 200) ?? '',
      acronym: r.max('acronym', r.text('acronym'), 30),
      description: r.max('description', r.text('description'), 5000),
      founded: r.int('founded', 1900, 2100, null),
      activeIn: r.countries('activeIn'),
      focusThemes: r.list('focusThemes'),
      prov: r.provenance(origin.file),
    };
  }

  private theme(r: RowReader, origin: Origin, nameColumn: string): ThemeRec {
    return {
      origin,
      id: r.id('id', true) ?? '',
      name: r.max(nameColumn, r.required(nameColumn, 'name'), 200) ?? '',
      description: r.max('description', r.text('description'), 5000),
    };
  }

  private activity(r: RowReader, origin: Origin): ActivityRec {
    const date = r.required('activityDate', 'date');
    if (date && !isIsoDate(date)) r.problems.push({ column: 'activityDate', message: `must be a real date YYYY-MM-DD (got '${truncate(date)}')` });
    return {
      origin,
      id: r.id('id', true) ?? '',
      name: r.max('label', r.required('label', 'name'), 200) ?? '',
      type: r.oneOf('activityType', ACTIVITY_TYPES, 'activity type', r.text('activityType')),
      date,
      country: r.country('heldIn', r.text('heldIn')),
      description: r.max('description', r.text('description'), 5000),
      themes: r.list('themes'),
    };
  }

  private link(r: RowReader, origin: Origin, relation: LinkRec['relation'], from: string, to: string): LinkRec {
    return {
      origin,
      relation,
      fromEdges: from === 'source',
      actor: r.required(from, from === 'source' ? 'source actor' : 'actor'),
      target: r.required(to, to),
      role: r.max('role', r.text('role'), 200) ?? (relation === 'PARTICIPATED_IN' ? 'participant' : 'member'),
      kind: r.max('kind', r.text('kind'), 200) ?? 'collaboration',
      since: r.int('since', 1900, 2100, null),
      position: relation === 'INTERESTED_IN' ? r.oneOf('position', POSITIONS, 'position', r.text('position')) : 'UNKNOWN',
      priority: r.int('priority', PRIORITY_MIN, PRIORITY_MAX, 2) ?? 2,
      sensitive: r.optionalBool('sensitive'),
      prov: r.provenance(origin.file),
    };
  }
}

/** How each relation is named in messages, and its target column in a template sheet. */
const LINK_SHEET: Record<LinkRec['relation'], { noun: string; target: string }> = {
  MEMBER_OF: { noun: 'membership', target: 'group' },
  INTERESTED_IN: { noun: 'interest', target: 'theme' },
  COLLABORATES_WITH: { noun: 'collaboration', target: 'partner' },
  PARTICIPATED_IN: { noun: 'participation', target: 'activity' },
};

const at = (o: Origin): string => `${o.file}${o.sheet ? ` [${o.sheet}]` : ''} row ${o.line}`;

function slug(text: string): string {
  return normaliseSearchText(text).replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 40);
}

/** A new actor's id: stable for the same name and country, so importing a sheet without ids twice is harmless. */
function newActorId(rec: ActorRec): string {
  const hash = createHash('sha1').update(`${rec.nameKey}|${rec.country}`).digest('hex').slice(0, 8);
  return [rec.country.toLowerCase(), slug(rec.name) || 'actor', hash].join('-');
}

interface DatabaseIndex {
  actorById: Map<string, { nameKey: string; country: string | null }>;
  actorsByKey: Map<string, string[]>;
  actorsByName: Map<string, string[]>;
  groups: Set<string>;
  themes: Set<string>;
  activities: Set<string>;
}

async function loadIndex(db: Database): Promise<DatabaseIndex> {
  const index: DatabaseIndex = { actorById: new Map(), actorsByKey: new Map(), actorsByName: new Map(), groups: new Set(), themes: new Set(), activities: new Set() };
  const add = (map: Map<string, string[]>, key: string, id: string): void => {
    const list = map.get(key);
    if (list) list.push(id);
    else map.set(key, [id]);
  };
  await db.stream('import-index', {}, (row) => {
    const id = String(row.id);
    if (row.kind === 'GROUP') index.groups.add(id);
    else if (row.kind === 'THEME') index.themes.add(id);
    else if (row.kind === 'ACTIVITY') index.activities.add(id);
    else {
      const nameKey = String(row.nameKey ?? '');
      const country = row.country === null ? null : String(row.country);
      index.actorById.set(id, { nameKey, country });
      add(index.actorsByKey, `${nameKey}|${country ?? ''}`, id);
      add(index.actorsByName, nameKey, id);
    }
  });
  return index;
}

/** Cross-row checks against each other and the database: ids assigned, duplicates and references found. */
function resolve(plan: ImportPlan, index: DatabaseIndex): { newActors: number } {
  const flag = (o: Origin, column: string, message: string): void => plan.issue({ file: o.file, sheet: o.sheet, line: o.line, column, message: `${column}: ${message}` });
  const byId = new Map<string, ActorRec>();
  const byKey = new Map<string, ActorRec>();
  const byName = new Map<string, ActorRec[]>();
  let newActors = 0;
  for (const a of plan.actors) {
    const key = `${a.nameKey}|${a.country}`;
    const existing = index.actorsByKey.get(key) ?? [];
    if (a.id === null) {
      if (existing.length > 1) flag(a.origin, 'name', `matches ${existing.length} existing actors in ${a.country} (${existing.slice(0, 3).join(', ')}); give the id of the one you mean`);
      a.id = existing[0] ?? newActorId(a);
    } else {
      const other = existing.find((id) => id !== a.id);
      if (other && !index.actorById.has(a.id)) flag(a.origin, 'name', `likely duplicate of existing actor '${other}' (same name and country); use id '${other}' to update it, or change the name`);
    }
    const twin = byId.get(a.id);
    const sameName = byKey.get(key);
    if (sameName) flag(a.origin, 'name', `likely duplicate of ${at(sameName.origin)} (same name and country)`);
    else if (twin) flag(a.origin, 'id', `actor '${a.id}' appears twice (also ${at(twin.origin)})`);
    byId.set(a.id, a);
    byKey.set(key, a);
    byName.set(a.nameKey, [...(byName.get(a.nameKey) ?? []), a]);
    if (!index.actorById.has(a.id)) newActors += 1;
  }
  const groupIds = new Map<string, GroupRec>();
  for (const g of plan.groups) {
    const twin = groupIds.get(g.id);
    if (twin) flag(g.origin, 'id', `group '${g.id}' appears twice (also ${at(twin.origin)})`);
    groupIds.set(g.id, g);
  }
  const themeIds = new Map<string, ThemeRec>();
  for (const t of plan.themes) {
    const twin = themeIds.get(t.id);
    if (twin) flag(t.origin, 'id', `theme '${t.id}' appears twice (also ${at(twin.origin)})`);
    themeIds.set(t.id, t);
  }
  const themeExists = (id: string): boolean => themeIds.has(id) || index.themes.has(id);
  for (const g of plan.groups) {
    for (const t of g.focusThemes) if (!themeExists(t)) flag(g.origin, 'focusThemes', `theme '${truncate(t)}' does not exist in this import or the database`);
  }
  const activityIds = new Map<string, ActivityRec>();
  for (const x of plan.activities) {
    const twin = activityIds.get(x.id);
    if (twin) flag(x.origin, 'id', `activity '${x.id}' appears twice (also ${at(twin.origin)})`);
    activityIds.set(x.id, x);
    for (const t of x.themes) if (!themeExists(t)) flag(x.origin, 'themes', `theme '${truncate(t)}' does not exist in this import or the database`);
  }
  // An actor reference is an id, else an exact (normalised) name that names one actor.
  const actorRef = (ref: string): string | null => {
    if (byId.has(ref) || index.actorById.has(ref)) return ref;
    const key = normaliseSearchText(ref);
    const candidates = new Set([...(byName.get(key) ?? []).map((a) => a.id ?? ''), ...(index.actorsByName.get(key) ?? [])]);
    return candidates.size === 1 ? [...candidates][0] ?? null : null;
  };
  const seen = new Map<string, LinkRec>();
  for (const link of plan.links) {
    const fromColumn = link.fromEdges ? 'source' : 'actor';
    const toColumn = link.fromEdges ? 'target' : LINK_SHEET[link.relation].target;
    const actor = actorRef(link.actor);
    if (!actor) flag(link.origin, fromColumn, `actor '${truncate(link.actor)}' does not exist in this import or the database`);
    else link.actor = actor;
    if (link.relation === 'MEMBER_OF' && !groupIds.has(link.target) && !index.groups.has(link.target)) {
      flag(link.origin, toColumn, `network or coalition '${truncate(link.target)}' does not exist in this import or the database`);
    } else if (link.relation === 'INTERESTED_IN' && !themeExists(link.target)) {
      flag(link.origin, toColumn, `theme '${truncate(link.target)}' does not exist in this import or the database`);
    } else if (link.relation === 'PARTICIPATED_IN' && !activityIds.has(link.target) && !index.activities.has(link.target)) {
      flag(link.origin, toColumn, `activity '${truncate(link.target)}' does not exist in this import or the database`);
    } else if (link.relation === 'COLLABORATES_WITH') {
      const partner = actorRef(link.target);
      if (!partner) flag(link.origin, toColumn, `actor '${truncate(link.target)}' does not exist in this import or the database`);
      else if (partner === link.actor) flag(link.origin, toColumn, 'an actor cannot collaborate with itself');
      else link.target = partner;
    }
    const pair = link.relation === 'COLLABORATES_WITH' ? [link.actor, link.target].sort().join('|') : `${link.actor}|${link.target}`;
    const key = `${link.relation}|${pair}`;
    const twin = seen.get(key);
    if (twin) flag(link.origin, toColumn, `the same ${LINK_SHEET[link.relation].noun} appears twice (also ${at(twin.origin)})`);
    seen.set(key, link);
  }
  return { newActors };
}

function* chunks<T>(items: readonly T[], size: number): Generator<T[]> {
  for (let i = 0; i < items.length; i += size) yield items.slice(i, i + size);
}

/** Writes the whole plan in ONE transaction (all or nothing), reusing the seed's idempotent MERGE queries. */
async function commit(db: Database, viewer: Viewer, plan: ImportPlan, files: string[], counts: ImportCounts, options: ImportOptions): Promise<string> {
  const now = new Date().toISOString();
  const size = options.batchSize ?? 1_000;
  const changeId = randomUUID();
  const steps: Array<[string, Array<Record<string, unknown>>]> = [
    ['import-countries', illustrativeDataset.countries.map((c) => ({ id: c.code, name: c.name }))],
    ['seed-themes', plan.themes.map((t) => ({ id: t.id, name: t.name, description: t.description ?? '' }))],
    [
      'seed-groups',
      plan.groups.map((g) => ({ id: g.id, kind: g.kind, name: g.name, acronym: g.acronym, description: g.description ?? '', founded: g.founded, activeIn: g.activeIn, focusThemes: g.focusThemes, ...g.prov })),
    ],
    [
      'seed-actors',
      plan.actors.map((a) => ({
        id: a.id,
        name: a.name,
        altNames: a.altNames,
        altNamesText: a.altNames.join(' | '),
        acronym: a.acronym,
        sector: a.sector,
        level: a.level,
        influence: a.influence,
        description: a.description ?? '',
        website: a.website,
        sensitive: a.sensitive,
        searchKey: actorSearchKey({ name: a.name, altNames: a.altNames, acronym: a.acronym }),
        illustrative: false,
        basedIn: a.country,
        operatesIn: a.operatesIn,
        ...a.prov,
      })),
    ],
    ['seed-interests', linkRows(plan, 'INTERESTED_IN', (l) => ({ actor: l.actor, theme: l.target, position: l.position, priority: l.priority, sensitive: l.sensitive, ...l.prov }))],
    ['seed-memberships', linkRows(plan, 'MEMBER_OF', (l) => ({ actor: l.actor, group: l.target, role: l.role, since: l.since, sensitive: l.sensitive, ...l.prov }))],
    ['seed-collaborations', linkRows(plan, 'COLLABORATES_WITH', (l) => ({ from: l.actor, to: l.target, kind: l.kind, since: l.since, sensitive: l.sensitive, ...l.prov }))],
    // Participants travel as edges (possibly in another file), so activities are written without them first.
    ['seed-activities', plan.activities.map((x) => ({ id: x.id, name: x.name, type: x.type, date: x.date, country: x.country, description: x.description ?? '', themes: x.themes, participants: [] }))],
    ['import-participations', linkRows(plan, 'PARTICIPATED_IN', (l) => ({ actor: l.actor, activity: l.target, role: l.role, sensitive: l.sensitive, ...l.prov }))],
  ];
  const total = steps.reduce((n, [, rows]) => n + rows.length, 0);
  await db.writeTransaction(async (tx: Tx) => {
    let done = 0;
    for (const [name, rows] of steps) {
      for (const batch of chunks(rows, size)) {
        await tx.run(name, { rows: batch, now });
        done += batch.length;
        options.onProgress?.({ phase: 'commit', done, total });
      }
    }
    await tx.run('change-record', {
      change: {
        id: changeId,
        userId: viewer.userId ?? null,
        username: viewer.username ?? null,
        action: 'import',
        entityKind: 'import',
        entityId: changeId,
        summary: `Imported ${files.join(', ')}: ${counts.actors} actors (${counts.newActors} new), ${counts.groups} groups, ${counts.themes} themes, ${counts.memberships} memberships, ${counts.interests} interests, ${counts.collaborations} collaborations, ${counts.activities} activities, ${counts.participations} participations`,
        before: null,
        after: null,
        undoOf: null,
      },
      now,
    });
  });
  return changeId;
}

function linkRows(plan: ImportPlan, relation: LinkRec['relation'], map: (l: LinkRec) => Record<string, unknown>): Array<Record<string, unknown>> {
  return plan.links.filter((l) => l.relation === relation).map(map);
}

/**
 * The one code path for the CLI and the upload: read every file as a stream, check every row, and,
 * unless this is a dry run or anything is wrong, commit everything in one transaction.
 */
export async function importFiles(db: Database, viewer: Viewer, files: readonly ImportFile[], options: ImportOptions): Promise<ImportReport> {
  requireEditor(viewer);
  if (files.length === 0) throw new DomainError('BAD_USER_INPUT', 'file: give at least one file to import', 'file');
  const started = Date.now();
  const plan = new ImportPlan();
  const names = files.map((f) => f.name ?? basename(f.path));
  const progress = options.onProgress ?? (() => undefined);
  for (const [i, file] of files.entries()) {
    const name = names[i] ?? basename(file.path);
    try {
      await readTables(file.path, (sheet) => plan.table(name, sheet), progress, name);
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      plan.issue({ file: name, sheet: null, line: error instanceof FileRejected ? error.line : null, message: error.message });
    }
  }
  const { newActors } = resolve(plan, await loadIndex(db));
  const count = (r: LinkRec['relation']): number => plan.links.filter((l) => l.relation === r).length;
  const counts: ImportCounts = {
    actors: plan.actors.length,
    newActors,
    groups: plan.groups.length,
    themes: plan.themes.length,
    memberships: count('MEMBER_OF'),
    interests: count('INTERESTED_IN'),
    collaborations: count('COLLABORATES_WITH'),
    activities: plan.activities.length,
    participations: count('PARTICIPATED_IN'),
  };
  const ok = plan.issueCount === 0;
  const changeId = ok && !options.dryRun ? await commit(db, viewer, plan, names, counts, options) : null;
  return { dryRun: options.dryRun, committed: changeId !== null, files: names, counts, issues: plan.issues, issueCount: plan.issueCount, changeId, millis: Date.now() - started };
}

/** One line per issue, as the CLI prints and the page lists them. */
export function describeIssue(issue: ImportIssue): string {
  const where = [issue.file, issue.sheet ? `sheet ${issue.sheet}` : null, issue.line !== null ? `row ${issue.line}` : null].filter(Boolean).join(', ');
  return `${where}: ${issue.message}`;
}

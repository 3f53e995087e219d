import { createHash } from 'node:crypto';
import { basename } from 'node:path';

import { INFLUENCE_MAX, INFLUENCE_MIN, PRIORITY_MAX, PRIORITY_MIN } from '@reform-atlas/vocabulary';
import { z } from 'zod';

import type { Database } from '../db/database';
import { groupFieldsSchema } from '../domain/groups';
import { linkLabelSchema } from '../domain/relations';
import { normaliseSearchText } from '../domain/searchText';
import { themeFieldsSchema } from '../domain/themes';
import { activityFieldsSchema, actorFieldsSchema, altNamesSchema, idSchema, nameSchema } from '../domain/validation';
import { requireEditor, Viewer } from '../domain/viewer';
import { DomainError } from '../errors';
import { actorUpdates, storedActors, type ActorRow } from './actorUpdates';
import { COLUMNS, detectKind, headerKey, mapHeader, type SheetKind } from './columns';
import { commitPlan } from './importCommit';
import { FileRejected, readTables, type ImportProgress, type TableSink } from './readers';
import { RowReader, truncate, type Provenance } from './rowReader';
import { RELATIONS, vocabularies, type Vocabularies } from './vocabulary';

export interface ImportIssue {
  file: string;
  sheet: string | null;
  /** Row number as a spreadsheet shows it; null for a problem with the whole file or sheet. */
  line: number | null;
  column?: string;
  message: string;
}

/** An existing actor that a row changes, and the columns whose stored value changes. */
export interface ImportUpdate {
  file: string;
  sheet: string | null;
  line: number;
  actorId: string;
  /** The stored name (the name the page shows now). */
  name: string;
  fields: string[];
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
  /** The existing actors the rows change (the first MAX_LISTED), each with the columns that change. */
  updates: ImportUpdate[];
  updateCount: number;
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

export interface Origin {
  file: string;
  sheet: string | null;
  line: number;
}
export interface ActorRec extends Omit<ActorRow, 'id'> {
  origin: Origin;
  /** Given in the row, or assigned by resolve(): the existing actor it matches, or a new id. */
  id: string | null;
  nameKey: string | null;
  prov: Provenance;
}
export interface GroupRec {
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
export interface ThemeRec {
  origin: Origin;
  id: string;
  name: string;
  description: string | null;
}
/** A learning activity, from an export's nodes file (kind ACTIVITY). */
export interface ActivityRec {
  origin: Origin;
  id: string;
  name: string;
  type: string;
  date: string;
  country: string;
  description: string | null;
  themes: string[];
}
export type Relation = (typeof RELATIONS)[number];
export interface LinkRec {
  origin: Origin;
  relation: Relation;
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

/** Issues and updates kept in the report (all are counted); the page lists the first ones. */
const MAX_LISTED = 1_000;
/** A header's unknown columns named in its message; the rest are counted. */
const MAX_NAMED_COLUMNS = 10;

/** What a set of files would change, built row by row as the files stream in. */
export class ImportPlan {
  readonly actors: ActorRec[] = [];
  readonly groups: GroupRec[] = [];
  readonly themes: ThemeRec[] = [];
  readonly activities: ActivityRec[] = [];
  readonly links: LinkRec[] = [];
  readonly issues: ImportIssue[] = [];
  issueCount = 0;
  /** Data rows read (accepted or not): an import with none has nothing to do. */
  rowCount = 0;
  /** "file|sheet" in the order the tables were read, to list issues in that order. */
  readonly tableOrder: string[] = [];

  constructor(private readonly vocabulary: Vocabularies) {}

  issue(issue: ImportIssue): void {
    this.issueCount += 1;
    if (this.issues.length < MAX_LISTED) this.issues.push(issue);
  }

  table(file: string, sheet: string | null): TableSink {
    this.tableOrder.push(`${file}|${sheet ?? ''}`);
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
            this.issue({
              ...where,
              line,
              message: `cannot tell which sheet this is: name it actors, groups, themes, memberships, interests or collaborations, or use the template's column headers`,
            });
            return;
          }
          const header = mapHeader(kind, cells);
          columns = header.columns;
          if (header.missing.length > 0 || header.unknown.length > 0) {
            skip = true;
            const named = header.unknown.slice(0, MAX_NAMED_COLUMNS).map((c) => `'${truncate(c)}'`);
            if (header.unknown.length > MAX_NAMED_COLUMNS)
              named.push(`and ${header.unknown.length - MAX_NAMED_COLUMNS} more`);
            const parts = [
              header.missing.length
                ? `missing column${header.missing.length > 1 ? 's' : ''} ${header.missing.map((c) => `'${c}'`).join(', ')}`
                : '',
              header.unknown.length ? `unknown column${header.unknown.length > 1 ? 's' : ''} ${named.join(', ')}` : '',
            ].filter(Boolean);
            this.issue({
              ...where,
              line,
              message: `${kind} sheet: ${parts.join('; ')} (expected ${COLUMNS[kind].map((c) => c.name).join(', ')})`,
            });
          }
          return;
        }
        this.rowCount += 1;
        const values = new Map<string, string>();
        columns.forEach((name, i) => {
          if (name) values.set(name, cells[i] ?? '');
        });
        const reader = new RowReader(values, this.vocabulary);
        // Every cell is checked for formulas and control characters, even one this kind of row does not read.
        for (const column of values.keys()) reader.text(column);
        const origin = { file, sheet, line };
        if (kind) this.record(kind, reader, origin);
        for (const p of reader.problems)
          this.issue({ ...where, line, column: p.column, message: `${p.column}: ${p.message}` });
      },
      end: () => undefined,
    };
  }

  private record(kind: SheetKind, r: RowReader, origin: Origin): void {
    const push = <T>(list: T[], item: T): void => {
      if (r.problems.length === 0) list.push(item);
    };
    const v = this.vocabulary;
    switch (kind) {
      case 'actors':
        return push(this.actors, this.actor(r, origin, 'name', 'country'));
      case 'groups': {
        const groupKind = r.oneOf('kind', v.groupKind, r.required('kind', 'group kind'));
        return push(this.groups, this.group(r, origin, groupKind ?? '', 'name'));
      }
      case 'themes':
        return push(this.themes, this.theme(r, origin, 'name'));
      case 'memberships':
        return push(this.links, this.link(r, origin, 'MEMBER_OF', 'actor', 'group'));
      case 'interests':
        return push(this.links, this.link(r, origin, 'INTERESTED_IN', 'actor', 'theme'));
      case 'collaborations':
        return push(this.links, this.link(r, origin, 'COLLABORATES_WITH', 'actor', 'partner'));
      case 'nodes': {
        const nodeKind = r.oneOf('kind', v.nodeKind, r.required('kind', 'node kind'));
        if (nodeKind === 'ACTOR') return push(this.actors, this.actor(r, origin, 'label', 'basedIn'));
        if (nodeKind === 'THEME') return push(this.themes, this.theme(r, origin, 'label'));
        if (nodeKind === 'ACTIVITY') return push(this.activities, this.activity(r, origin));
        if (nodeKind) return push(this.groups, this.group(r, origin, nodeKind, 'label'));
        return;
      }
      case 'edges': {
        const relation = RELATIONS.find((x) => x === r.oneOf('relation', v.relation, r.required('relation')));
        if (relation) push(this.links, this.link(r, origin, relation, 'source', 'target'));
      }
    }
  }

  /** Required cells are checked in resolve(): a row whose id names an existing actor may leave them blank. */
  private actor(r: RowReader, origin: Origin, nameColumn: string, countryColumn: string): ActorRec {
    const id = r.id('id', false);
    const name = r.valid(nameColumn, nameSchema, r.text(nameColumn));
    const altNames = r.list('altNames');
    const shape = actorFieldsSchema.shape;
    const website = r.text('website');
    return {
      origin,
      id,
      givenId: id !== null,
      columns: { name: nameColumn, country: countryColumn },
      name,
      nameKey: name === null ? null : normaliseSearchText(name),
      country: r.country(countryColumn, r.text(countryColumn)),
      operatesIn: r.countries('operatesIn'),
      acronym: r.valid('acronym', shape.acronym, r.text('acronym')),
      altNames: altNames.length > 0 ? r.valid('altNames', altNamesSchema, altNames) : null,
      sector: r.oneOf('sector', this.vocabulary.sector, r.text('sector')),
      level: r.oneOf('level', this.vocabulary.level, r.text('level')),
      influence: r.int('influence', INFLUENCE_MIN, INFLUENCE_MAX),
      sensitive: r.optionalBool('sensitive'),
      description: r.valid('description', shape.description, r.text('description')),
      website: r.valid('website', shape.website, website, website ?? undefined),
      prov: r.provenance(origin.file),
    };
  }

  private group(r: RowReader, origin: Origin, kind: string, nameColumn: string): GroupRec {
    const shape = groupFieldsSchema.shape;
    const focusThemes = r.list('focusThemes');
    return {
      origin,
      id: r.id('id', true) ?? '',
      kind,
      name: r.valid(nameColumn, shape.name, r.required(nameColumn, 'name')) ?? '',
      acronym: r.valid('acronym', shape.acronym, r.text('acronym')),
      description: r.valid('description', shape.description, r.text('description')),
      founded: r.int('founded', 1900, 2100),
      activeIn: r.countries('activeIn'),
      focusThemes: r.valid('focusThemes', shape.focusThemes, focusThemes) ?? [],
      prov: r.provenance(origin.file),
    };
  }

  private theme(r: RowReader, origin: Origin, nameColumn: string): ThemeRec {
    const shape = themeFieldsSchema.shape;
    return {
      origin,
      id: r.id('id', true) ?? '',
      name: r.valid(nameColumn, shape.name, r.required(nameColumn, 'name')) ?? '',
      description: r.valid('description', shape.description, r.text('description')),
    };
  }

  private activity(r: RowReader, origin: Origin): ActivityRec {
    const shape = activityFieldsSchema.shape;
    return {
      origin,
      id: r.id('id', true) ?? '',
      name: r.valid('label', shape.name, r.required('label', 'name')) ?? '',
      type: r.oneOf('activityType', this.vocabulary.activityType, r.required('activityType', 'activity type')) ?? '',
      date: r.date('activityDate', r.required('activityDate', 'date')) ?? '',
      country: r.country('heldIn', r.required('heldIn', 'country')) ?? '',
      description: r.valid('description', shape.description, r.text('description')),
      themes: r.valid('themes', z.array(idSchema), r.list('themes')) ?? [],
    };
  }

  private link(r: RowReader, origin: Origin, relation: LinkRec['relation'], from: string, to: string): LinkRec {
    const position =
      relation === 'INTERESTED_IN' ? r.oneOf('position', this.vocabulary.position, r.required('position')) : null;
    return {
      origin,
      relation,
      fromEdges: from === 'source',
      actor: r.required(from, from === 'source' ? 'source actor' : 'actor') ?? '',
      target: r.required(to, to) ?? '',
      role:
        r.valid('role', linkLabelSchema, r.text('role')) ?? (relation === 'PARTICIPATED_IN' ? 'participant' : 'member'),
      kind: r.valid('kind', linkLabelSchema, r.text('kind')) ?? 'collaboration',
      since: r.int('since', 1900, 2100),
      position: position ?? 'UNKNOWN',
      priority: r.int('priority', PRIORITY_MIN, PRIORITY_MAX) ?? 2,
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
  return normaliseSearchText(text)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40);
}

/** A new actor's id: stable for the same name and country, so importing a sheet without ids twice is harmless. */
function newActorId(nameKey: string, name: string, country: string): string {
  const hash = createHash('sha1').update(`${nameKey}|${country}`).digest('hex').slice(0, 8);
  return [country.toLowerCase(), slug(name) || 'actor', hash].join('-');
}

interface DatabaseIndex {
  actorById: Map<string, { nameKey: string; country: string | null }>;
  actorsByKey: Map<string, string[]>;
  actorsByName: Map<string, string[]>;
  /** Group id → NETWORK or COALITION. */
  groups: Map<string, string | null>;
  themes: Set<string>;
  activities: Set<string>;
  countries: Array<{ id: string; name: string }>;
}

async function loadIndex(db: Database): Promise<DatabaseIndex> {
  const index: DatabaseIndex = {
    actorById: new Map(),
    actorsByKey: new Map(),
    actorsByName: new Map(),
    groups: new Map(),
    themes: new Set(),
    activities: new Set(),
    countries: [],
  };
  const add = (map: Map<string, string[]>, key: string, id: string): void => {
    const list = map.get(key);
    if (list) list.push(id);
    else map.set(key, [id]);
  };
  await db.stream('import-index', {}, (row) => {
    const id = String(row.id);
    if (row.kind === 'GROUP') index.groups.set(id, row.groupKind === null ? null : String(row.groupKind));
    else if (row.kind === 'THEME') index.themes.add(id);
    else if (row.kind === 'ACTIVITY') index.activities.add(id);
    else if (row.kind === 'COUNTRY') index.countries.push({ id, name: String(row.name ?? id) });
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

/** Cross-row checks against each other and the database: ids assigned, required cells, duplicates and references. */
function resolve(plan: ImportPlan, index: DatabaseIndex): { newActors: number } {
  const flag = (o: Origin, column: string, message: string): void =>
    plan.issue({ file: o.file, sheet: o.sheet, line: o.line, column, message: `${column}: ${message}` });
  const byId = new Map<string, ActorRec>();
  const byKey = new Map<string, ActorRec>();
  const byName = new Map<string, ActorRec[]>();
  let newActors = 0;
  for (const a of plan.actors) {
    const stored = a.id === null ? undefined : index.actorById.get(a.id);
    // A row whose id names an existing actor may leave cells blank: they keep what is stored.
    const nameKey = a.nameKey ?? stored?.nameKey ?? null;
    const country = a.country ?? stored?.country ?? null;
    if (!stored) {
      const missing: Array<[string, string]> = [];
      if (a.name === null) missing.push([a.columns.name, 'name']);
      if (a.country === null) missing.push([a.columns.country, 'country']);
      if (a.sector === null) missing.push(['sector', 'sector']);
      if (a.level === null) missing.push(['level', 'level']);
      for (const [column, what] of missing) flag(a.origin, column, `missing ${what}`);
      if (missing.length > 0) continue;
    }
    if (nameKey === null || country === null) continue;
    const key = `${nameKey}|${country}`;
    const existing = index.actorsByKey.get(key) ?? [];
    if (a.id === null) {
      if (existing.length > 1)
        flag(
          a.origin,
          a.columns.name,
          `matches ${existing.length} existing actors in ${country} (${existing.slice(0, 3).join(', ')}); give the id of the one you mean`,
        );
      let id = existing[0] ?? newActorId(nameKey, a.name ?? '', country);
      // A stored actor renamed since it was imported may hold the id this name would get: take the next free one.
      for (let n = 2; !existing[0] && index.actorById.has(id); n += 1)
        id = `${newActorId(nameKey, a.name ?? '', country)}-${n}`;
      a.id = id;
    } else {
      const other = existing.find((id) => id !== a.id);
      if (other && !stored)
        flag(
          a.origin,
          a.columns.name,
          `likely duplicate of existing actor '${other}' (same name and country); use id '${other}' to update it, or change the name`,
        );
    }
    const twin = byId.get(a.id);
    const sameName = byKey.get(key);
    if (sameName) flag(a.origin, a.columns.name, `likely duplicate of ${at(sameName.origin)} (same name and country)`);
    else if (twin) flag(a.origin, 'id', `actor '${a.id}' appears twice (also ${at(twin.origin)})`);
    byId.set(a.id, a);
    byKey.set(key, a);
    byName.set(nameKey, [...(byName.get(nameKey) ?? []), a]);
    if (!index.actorById.has(a.id)) newActors += 1;
  }
  const groupIds = new Map<string, GroupRec>();
  for (const g of plan.groups) {
    const twin = groupIds.get(g.id);
    if (twin) flag(g.origin, 'id', `group '${g.id}' appears twice (also ${at(twin.origin)})`);
    const storedKind = index.groups.get(g.id);
    if (storedKind && storedKind !== g.kind)
      flag(
        g.origin,
        'kind',
        `'${g.id}' is a ${storedKind.toLowerCase()} in the database; a network cannot become a coalition or the other way round`,
      );
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
    for (const t of g.focusThemes)
      if (!themeExists(t))
        flag(g.origin, 'focusThemes', `theme '${truncate(t)}' does not exist in this import or the database`);
  }
  const activityIds = new Map<string, ActivityRec>();
  for (const x of plan.activities) {
    const twin = activityIds.get(x.id);
    if (twin) flag(x.origin, 'id', `activity '${x.id}' appears twice (also ${at(twin.origin)})`);
    activityIds.set(x.id, x);
    for (const t of x.themes)
      if (!themeExists(t))
        flag(x.origin, 'themes', `theme '${truncate(t)}' does not exist in this import or the database`);
  }
  // An actor reference is an id, else an exact (normalised) name that names one actor.
  const actorRef = (ref: string): string | null => {
    if (byId.has(ref) || index.actorById.has(ref)) return ref;
    const key = normaliseSearchText(ref);
    const candidates = new Set([
      ...(byName.get(key) ?? []).map((a) => a.id ?? ''),
      ...(index.actorsByName.get(key) ?? []),
    ]);
    return candidates.size === 1 ? ([...candidates][0] ?? null) : null;
  };
  const seen = new Map<string, LinkRec>();
  for (const link of plan.links) {
    const fromColumn = link.fromEdges ? 'source' : 'actor';
    const toColumn = link.fromEdges ? 'target' : LINK_SHEET[link.relation].target;
    const actor = actorRef(link.actor);
    if (!actor)
      flag(link.origin, fromColumn, `actor '${truncate(link.actor)}' does not exist in this import or the database`);
    else link.actor = actor;
    if (link.relation === 'MEMBER_OF' && !groupIds.has(link.target) && !index.groups.has(link.target)) {
      flag(
        link.origin,
        toColumn,
        `network or coalition '${truncate(link.target)}' does not exist in this import or the database`,
      );
    } else if (link.relation === 'INTERESTED_IN' && !themeExists(link.target)) {
      flag(link.origin, toColumn, `theme '${truncate(link.target)}' does not exist in this import or the database`);
    } else if (
      link.relation === 'PARTICIPATED_IN' &&
      !activityIds.has(link.target) &&
      !index.activities.has(link.target)
    ) {
      flag(link.origin, toColumn, `activity '${truncate(link.target)}' does not exist in this import or the database`);
    } else if (link.relation === 'COLLABORATES_WITH') {
      const partner = actorRef(link.target);
      if (!partner)
        flag(link.origin, toColumn, `actor '${truncate(link.target)}' does not exist in this import or the database`);
      else if (partner === link.actor) flag(link.origin, toColumn, 'an actor cannot collaborate with itself');
      else link.target = partner;
    }
    const pair =
      link.relation === 'COLLABORATES_WITH'
        ? [link.actor, link.target].sort().join('|')
        : `${link.actor}|${link.target}`;
    const key = `${link.relation}|${pair}`;
    const twin = seen.get(key);
    if (twin)
      flag(link.origin, toColumn, `the same ${LINK_SHEET[link.relation].noun} appears twice (also ${at(twin.origin)})`);
    seen.set(key, link);
  }
  return { newActors };
}

/** Issues in the order of the files and sheets as they were read, then of their rows (whole-file problems first). */
function sortIssues(issues: ImportIssue[], files: readonly string[], tables: readonly string[]): ImportIssue[] {
  const fileOrder = (i: ImportIssue): number => files.indexOf(i.file);
  const tableOrder = (i: ImportIssue): number =>
    i.sheet === null && i.line === null ? -1 : tables.indexOf(`${i.file}|${i.sheet ?? ''}`);
  return issues
    .map((issue, n) => ({ issue, n }))
    .sort(
      (a, b) =>
        fileOrder(a.issue) - fileOrder(b.issue) ||
        tableOrder(a.issue) - tableOrder(b.issue) ||
        (a.issue.line ?? 0) - (b.issue.line ?? 0) ||
        a.n - b.n,
    )
    .map((x) => x.issue);
}

/**
 * The one code path for the CLI and the upload: read every file as a stream, check every row, and,
 * unless this is a dry run or anything is wrong, commit everything in one transaction.
 */
export async function importFiles(
  db: Database,
  viewer: Viewer,
  files: readonly ImportFile[],
  options: ImportOptions,
): Promise<ImportReport> {
  requireEditor(viewer);
  if (files.length === 0) throw new DomainError('BAD_USER_INPUT', 'file: give at least one file to import', 'file');
  const started = Date.now();
  // The index first: a country may be named as its Country node is (the details panel shows that name).
  const index = await loadIndex(db);
  const plan = new ImportPlan(vocabularies(index.countries));
  const names = files.map((f) => f.name ?? basename(f.path));
  const progress = options.onProgress ?? (() => undefined);
  for (const [i, file] of files.entries()) {
    const name = names[i] ?? basename(file.path);
    try {
      await readTables(file.path, (sheet) => plan.table(name, sheet), progress, name);
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      plan.issue({
        file: name,
        sheet: null,
        line: error instanceof FileRejected ? error.line : null,
        message: error.message,
      });
    }
  }
  if (plan.rowCount === 0 && plan.issueCount === 0) {
    plan.issue({
      file: names[0] ?? '',
      sheet: null,
      line: null,
      message: `${names.join(', ')}: nothing to import (no rows under a header the importer knows; see the import template)`,
    });
  }
  const { newActors } = resolve(plan, index);
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
  let updates: ImportUpdate[] = [];
  let changeId: string | null = null;
  if (ok) {
    const existing = plan.actors.map((a) => a.id).filter((id): id is string => id !== null && index.actorById.has(id));
    if (options.dryRun)
      updates = actorUpdates(
        plan.actors,
        await storedActors((name, params) => db.read(name, params), existing),
      ).updates;
    else ({ changeId, updates } = await commitPlan(db, viewer, plan, existing, { files: names, counts }, options));
  }
  return {
    dryRun: options.dryRun,
    committed: changeId !== null,
    files: names,
    counts,
    issues: sortIssues(plan.issues, names, plan.tableOrder),
    issueCount: plan.issueCount,
    updates: updates.slice(0, MAX_LISTED),
    updateCount: updates.length,
    changeId,
    millis: Date.now() - started,
  };
}

/** One line per issue, as the CLI prints and the page lists them. */
export function describeIssue(issue: ImportIssue): string {
  const where = [
    issue.file,
    issue.sheet ? `sheet ${issue.sheet}` : null,
    issue.line !== null ? `row ${issue.line}` : null,
  ]
    .filter(Boolean)
    .join(', ');
  return `${where}: ${issue.message}`;
}

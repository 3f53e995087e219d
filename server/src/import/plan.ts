/** What a set of files would change, built row by row as the files stream in: records and the issues of each row. */
import { basename } from 'node:path';

import {
  INFLUENCE_MAX,
  INFLUENCE_MIN,
  PRIORITY_MAX,
  PRIORITY_MIN,
  storedRole,
  type ImportIssue,
  type ParticipantRole,
} from '@reform-atlas/vocabulary';
import { z } from 'zod';

import { groupFieldsSchema } from '../domain/groups';
import { linkLabelSchema } from '../domain/relations';
import { normaliseSearchText } from '../domain/searchText';
import { themeFieldsSchema } from '../domain/themes';
import {
  actorFieldsSchema,
  altNamesSchema,
  idSchema,
  isoDateSchema,
  nameSchema,
  optionalText,
  sourceSchema,
} from '../domain/validation';
import type { PositionRecord } from '../export/model';
import { COLUMNS, detectKind, headerKey, mapHeader, type SheetKind } from './columns';
import type { TableSink } from './readers';
import type { ActivityRec, ActorRec, GroupRec, LinkRec, Origin, PositionRec, ThemeRec } from './records';
import { RowReader, truncate } from './rowReader';
import { RELATIONS, type Vocabularies } from './vocabulary';

/** Issues and updates kept in the report (all are counted); the page lists the first ones. */
export const MAX_LISTED = 1_000;
/** A header's unknown columns named in its message; the rest are counted. */
const MAX_NAMED_COLUMNS = 10;

/** As the API takes them (domain/activities.ts): at most 50 themes, 5,000 characters of description and outcomes. */
const activityThemesSchema = z.array(idSchema).max(50, 'must have at most 50 items');
const longTextSchema = optionalText(5000);

/** The columns an activity is read from: an activities sheet's, or an export's nodes'. */
const ACTIVITY_COLUMNS = {
  sheet: {
    name: 'title',
    type: 'type',
    date: 'startDate',
    endDate: 'endDate',
    status: 'status',
    country: 'country',
    source: 'source',
  },
  nodes: {
    name: 'label',
    type: 'activityType',
    date: 'activityDate',
    endDate: 'activityEndDate',
    status: 'activityStatus',
    country: 'heldIn',
    source: 'provenance',
  },
} as const;

export class ImportPlan {
  readonly actors: ActorRec[] = [];
  readonly groups: GroupRec[] = [];
  readonly themes: ThemeRec[] = [];
  readonly activities: ActivityRec[] = [];
  readonly links: LinkRec[] = [];
  /** The positions sheet's rows, attached to their interests by resolve(). */
  readonly positions: PositionRec[] = [];
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
              message: `cannot tell which sheet this is: name it actors, groups, themes, memberships, interests, collaborations, activities, participants or positions, or use the template's column headers`,
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
      case 'activities':
        return push(this.activities, this.activity(r, origin, ACTIVITY_COLUMNS.sheet));
      case 'participants':
        return push(this.links, this.link(r, origin, 'PARTICIPATED_IN', 'actor', 'activity'));
      case 'positions':
        return push(this.positions, this.position(r, origin));
      case 'nodes': {
        const nodeKind = r.oneOf('kind', v.nodeKind, r.required('kind', 'node kind'));
        if (nodeKind === 'ACTOR') return push(this.actors, this.actor(r, origin, 'label', 'basedIn'));
        if (nodeKind === 'THEME') return push(this.themes, this.theme(r, origin, 'label'));
        if (nodeKind === 'ACTIVITY') return push(this.activities, this.activity(r, origin, ACTIVITY_COLUMNS.nodes));
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
      ...r.validity(),
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

  private activity(
    r: RowReader,
    origin: Origin,
    c: (typeof ACTIVITY_COLUMNS)[keyof typeof ACTIVITY_COLUMNS],
  ): ActivityRec {
    const v = this.vocabulary;
    const date = r.date(c.date, r.required(c.date, 'first day'));
    const endDate = r.date(c.endDate, r.text(c.endDate));
    if (date !== null && endDate !== null && endDate < date)
      r.reject(c.endDate, `must not be before the first day (${date}; got '${endDate}')`);
    return {
      origin,
      id: r.id('id', true) ?? '',
      columns: { name: c.name, date: c.date, country: c.country },
      name: r.valid(c.name, nameSchema, r.required(c.name, 'title')) ?? '',
      type: r.oneOf(c.type, v.activityType, r.required(c.type, 'activity type')) ?? '',
      date: date ?? '',
      // A last day equal to the first is a one-day activity, stored without one (as createActivity stores it).
      endDate: endDate === date ? null : endDate,
      status: r.oneOf(c.status, v.activityStatus, r.text(c.status)),
      country: r.country(c.country, r.required(c.country, 'country')) ?? '',
      description: r.valid('description', longTextSchema, r.text('description')),
      outcomes: r.valid('outcomes', longTextSchema, r.text('outcomes')),
      themes: r.valid('themes', activityThemesSchema, r.list('themes')) ?? [],
      source: r.valid(c.source, sourceSchema, r.text(c.source)),
    };
  }

  private link(r: RowReader, origin: Origin, relation: LinkRec['relation'], from: string, to: string): LinkRec {
    const position =
      relation === 'INTERESTED_IN' ? r.oneOf('position', this.vocabulary.position, r.required('position')) : null;
    const validity = r.validity();
    return {
      origin,
      relation,
      fromEdges: from === 'source',
      actor: r.required(from, from === 'source' ? 'source actor' : 'actor') ?? '',
      target: r.required(to, to) ?? '',
      role: this.role(r, relation, to),
      kind: r.valid('kind', linkLabelSchema, r.text('kind')) ?? 'collaboration',
      since: r.int('since', 1900, 2100),
      position: position ?? 'UNKNOWN',
      priority: r.int('priority', PRIORITY_MIN, PRIORITY_MAX) ?? 2,
      sensitive: r.optionalBool('sensitive'),
      prov: r.provenance(origin.file),
      ...validity,
      history: relation === 'INTERESTED_IN' ? this.history(r, position, validity) : null,
    };
  }

  /** A positions sheet row: one dated position (checked against its interest's other rows in resolve()). */
  private position(r: RowReader, origin: Origin): PositionRec {
    const source = r.valid('source', sourceSchema, r.text('source'));
    return {
      origin,
      actor: r.required('actor') ?? '',
      theme: r.required('theme') ?? '',
      position: r.oneOf('position', this.vocabulary.position, r.required('position')) ?? '',
      from: r.date('from', r.required('from', 'first day')) ?? '',
      source:
        source ?? `Spreadsheet import (${origin.file.length > 200 ? `${origin.file.slice(0, 199)}…` : origin.file})`,
      confidence: r.oneOf('confidence', this.vocabulary.confidence, r.text('confidence')) ?? 'MEDIUM',
    };
  }

  /**
   * An export's positionHistory cell (JSON, oldest first), checked entry by entry and against the row: each entry a
   * known position and confidence, a real date after the one before, a source of at most 500 characters; the first on
   * the interest's validFrom, the last its position. Null when blank.
   */
  private history(
    r: RowReader,
    position: string | null,
    validity: { validFrom: string | null; validTo: string | null },
  ): PositionRecord[] | null {
    const text = r.text('positionHistory');
    if (text === null) return null;
    const fail = (message: string): null => {
      r.reject('positionHistory', message);
      return null;
    };
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      return fail('must be the JSON the export writes: [{"position","from","source","confidence"}, …]');
    }
    if (!Array.isArray(parsed) || parsed.length === 0)
      return fail('must be a non-empty JSON list of {"position","from","source","confidence"}');
    const history: PositionRecord[] = [];
    for (const [k, raw] of parsed.entries()) {
      const entry = (raw ?? {}) as Record<string, unknown>;
      const at = `entry ${k + 1}`;
      const code = typeof entry.position === 'string' ? this.vocabulary.position.match(entry.position) : null;
      if (code === null) return fail(`${at}: unknown position '${truncate(String(entry.position))}'`);
      const from = typeof entry.from === 'string' ? entry.from : '';
      if (!isoDateSchema.safeParse(from).success)
        return fail(`${at}: from must be a real date YYYY-MM-DD (got '${truncate(from)}')`);
      const previous = history[history.length - 1];
      if (previous && from <= previous.from)
        return fail(`${at}: from ${from} must be after the entry before it (${previous.from}): oldest first`);
      const source = entry.source === null || entry.source === undefined ? null : String(entry.source);
      if (source !== null && !sourceSchema.safeParse(source).success)
        return fail(`${at}: source must be at most 500 characters`);
      const confidence =
        entry.confidence === null || entry.confidence === undefined
          ? null
          : this.vocabulary.confidence.match(String(entry.confidence));
      if (entry.confidence !== null && entry.confidence !== undefined && confidence === null)
        return fail(`${at}: unknown confidence '${truncate(String(entry.confidence))}'`);
      history.push({ position: code, from, source, confidence });
    }
    const first = history[0];
    const last = history[history.length - 1];
    if (last && position !== null && last.position !== position)
      return fail(`the last entry (${last.position}) must be the interest's position (${position})`);
    if (first && validity.validFrom !== null && first.from !== validity.validFrom)
      return fail(`the first entry must begin on validFrom (${validity.validFrom}; got ${first.from})`);
    if (last && validity.validTo !== null && last.from > validity.validTo)
      return fail(`the last entry (${last.from}) must not be after validTo (${validity.validTo})`);
    return history;
  }

  /**
   * A participants sheet takes the roles the API knows (a code or the page's words) and stores them as the API does
   * ('key informant'); an export's edges keep a role as it was recorded (an older import may hold other words).
   */
  private role(r: RowReader, relation: LinkRec['relation'], to: string): string {
    if (relation === 'PARTICIPATED_IN' && to === 'activity') {
      const code = r.oneOf('role', this.vocabulary.participantRole, r.text('role'));
      return storedRole((code ?? 'PARTICIPANT') as ParticipantRole);
    }
    return (
      r.valid('role', linkLabelSchema, r.text('role')) ?? (relation === 'PARTICIPATED_IN' ? 'participant' : 'member')
    );
  }
}

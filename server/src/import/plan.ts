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
  nameSchema,
  optionalText,
  sourceSchema,
} from '../domain/validation';
import { COLUMNS, detectKind, headerKey, mapHeader, type SheetKind } from './columns';
import type { TableSink } from './readers';
import type { ActivityRec, ActorRec, GroupRec, LinkRec, Origin, ThemeRec } from './records';
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
              message: `cannot tell which sheet this is: name it actors, groups, themes, memberships, interests, collaborations, activities or participants, or use the template's column headers`,
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
    };
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

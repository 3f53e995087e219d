/** The cross-row checks of an import: against each other and against what the database holds. */
import type { Database } from '../db/database';
import { newActorId, stableIdSuffix } from '../domain/actorIds';
import { normaliseSearchText } from '../domain/searchText';
import type { ImportPlan } from './plan';
import type { ActivityRec, ActorRec, GroupRec, LinkRec, Origin, PositionRec, ThemeRec } from './records';
import { truncate } from './rowReader';

/** How each relation is named in messages, and its target column in a template sheet. */
const LINK_SHEET: Record<LinkRec['relation'], { noun: string; target: string }> = {
  MEMBER_OF: { noun: 'membership', target: 'group' },
  INTERESTED_IN: { noun: 'interest', target: 'theme' },
  COLLABORATES_WITH: { noun: 'collaboration', target: 'partner' },
  PARTICIPATED_IN: { noun: 'participation', target: 'activity' },
};

const at = (o: Origin): string => `${o.file}${o.sheet ? ` [${o.sheet}]` : ''} row ${o.line}`;

export interface DatabaseIndex {
  actorById: Map<string, { nameKey: string; country: string | null }>;
  actorsByKey: Map<string, string[]>;
  actorsByName: Map<string, string[]>;
  /** Group id → NETWORK or COALITION. */
  groups: Map<string, string | null>;
  themes: Set<string>;
  activities: Set<string>;
  /** "title|first day|country" → the stored activity's id (createActivity refuses a second one). */
  activityByKey: Map<string, string>;
  countries: Array<{ id: string; name: string }>;
}

/** What makes two activities the same: title, first day and where held. */
const activityKey = (name: string, date: string, country: string): string =>
  `${name.normalize('NFC')}|${date}|${country}`;

export async function loadIndex(db: Database): Promise<DatabaseIndex> {
  const index: DatabaseIndex = {
    actorById: new Map(),
    actorsByKey: new Map(),
    actorsByName: new Map(),
    groups: new Map(),
    themes: new Set(),
    activities: new Set(),
    activityByKey: new Map(),
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
    else if (row.kind === 'ACTIVITY') {
      index.activities.add(id);
      const key = activityKey(String(row.name ?? ''), String(row.date ?? ''), String(row.country ?? ''));
      if (!index.activityByKey.has(key)) index.activityByKey.set(key, id);
    } else if (row.kind === 'COUNTRY') index.countries.push({ id, name: String(row.name ?? id) });
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
export function resolve(plan: ImportPlan, index: DatabaseIndex): { newActors: number } {
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
      const fresh = newActorId(a.name ?? '', country, stableIdSuffix(nameKey, country));
      let id = existing[0] ?? fresh;
      // A stored actor renamed since it was imported may hold the id this name would get: take the next free one.
      for (let n = 2; !existing[0] && index.actorById.has(id); n += 1) id = `${fresh}-${n}`;
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
  const activityKeys = new Map<string, ActivityRec>();
  // A stored activity the import itself changes is compared as the import leaves it, not as it is stored.
  const changedHere = new Set(plan.activities.map((x) => x.id));
  for (const x of plan.activities) {
    const twin = activityIds.get(x.id);
    const key = activityKey(x.name, x.date, x.country);
    const sameDay = activityKeys.get(key);
    const stored = index.activityByKey.get(key);
    if (twin) flag(x.origin, 'id', `activity '${x.id}' appears twice (also ${at(twin.origin)})`);
    else if (sameDay)
      flag(
        x.origin,
        x.columns.name,
        `likely duplicate of ${at(sameDay.origin)} ('${sameDay.id}': same title, first day and country)`,
      );
    else if (stored !== undefined && stored !== x.id && !changedHere.has(stored))
      flag(
        x.origin,
        x.columns.name,
        `likely duplicate of existing activity '${stored}' (same title, first day and country); use id '${stored}' to update it, or change the title`,
      );
    activityIds.set(x.id, x);
    activityKeys.set(key, x);
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
  attachPositions(plan, flag, actorRef, themeExists);
  return { newActors };
}

/**
 * The positions sheet's rows become their interests' histories: each row names an interest of the same import, an
 * interest's rows go oldest first (each after the one before), the first begins on the interest's validFrom (which it
 * gives, when the interest row leaves it blank) and the last holds the interest's position.
 */
function attachPositions(
  plan: ImportPlan,
  flag: (o: Origin, column: string, message: string) => void,
  actorRef: (ref: string) => string | null,
  themeExists: (id: string) => boolean,
): void {
  if (plan.positions.length === 0) return;
  const interests = new Map<string, LinkRec>();
  for (const link of plan.links)
    if (link.relation === 'INTERESTED_IN') interests.set(`${link.actor}|${link.target}`, link);
  const rows = new Map<LinkRec, PositionRec[]>();
  for (const p of plan.positions) {
    const actor = actorRef(p.actor);
    if (!actor) {
      flag(p.origin, 'actor', `actor '${truncate(p.actor)}' does not exist in this import or the database`);
      continue;
    }
    if (!themeExists(p.theme)) {
      flag(p.origin, 'theme', `theme '${truncate(p.theme)}' does not exist in this import or the database`);
      continue;
    }
    const link = interests.get(`${actor}|${p.theme}`);
    if (!link) {
      flag(
        p.origin,
        'theme',
        `no interest of '${truncate(actor)}' in '${truncate(p.theme)}' in this import: give it a row in the interests sheet too`,
      );
      continue;
    }
    if (link.history !== null && !rows.has(link)) {
      flag(p.origin, 'theme', `the interest's positions are given twice (also in positionHistory, ${at(link.origin)})`);
      continue;
    }
    const before = rows.get(link) ?? [];
    const previous = before[before.length - 1];
    if (previous && p.from <= previous.from) {
      flag(
        p.origin,
        'from',
        `must be after the interest's position before it (${previous.from}, ${at(previous.origin)}): list an interest's positions oldest first`,
      );
      continue;
    }
    rows.set(link, [...before, p]);
  }
  for (const [link, list] of rows) {
    const first = list[0];
    const last = list[list.length - 1];
    if (!first || !last) continue;
    let ok = true;
    if (last.position !== link.position) {
      flag(
        last.origin,
        'position',
        `the interest's latest position must be the one its row gives (${link.position}, ${at(link.origin)}; got ${last.position})`,
      );
      ok = false;
    }
    if (link.validFrom !== null && first.from !== link.validFrom) {
      flag(
        first.origin,
        'from',
        `the interest's first position must begin on its validFrom (${link.validFrom}, ${at(link.origin)}; got ${first.from})`,
      );
      ok = false;
    }
    if (link.validTo !== null && last.from > link.validTo) {
      flag(last.origin, 'from', `must not be after the interest's validTo (${link.validTo}, ${at(link.origin)})`);
      ok = false;
    }
    if (!ok) continue;
    link.history = list.map((p) => ({
      position: p.position,
      from: p.from,
      source: p.source,
      confidence: p.confidence,
    }));
    link.validFrom ??= first.from;
  }
}

/**
 * What a change changed, in words a person reads: each field (links included, one per linked item) with its value
 * before and after, worked out from the change's two snapshots. Pure: the snapshots are the audit trail's JSON.
 */
import {
  ACTIVITY_STATUS_LABELS,
  ACTIVITY_TYPE_LABELS,
  CONFIDENCE_LABELS,
  COUNTRY_NAMES,
  GROUP_KIND_LABELS,
  LEVEL_LABELS,
  POSITION_LABELS,
  SECTOR_LABELS,
} from '@reform-atlas/vocabulary';

export interface ChangeField {
  label: string;
  before: string | null;
  after: string | null;
}

type Snapshot = Record<string, unknown>;
type Item = Record<string, unknown>;
/** A snapshot's fields in reading order: label → value (a field not set is absent). */
type Fields = Map<string, string>;

const asItem = (v: unknown): Item => (v && typeof v === 'object' ? (v as Item) : {});
const items = (v: unknown): Item[] => (Array.isArray(v) ? v.map(asItem) : []);
const present = (v: unknown): boolean => v !== null && v !== undefined && v !== '';
/** A word from a vocabulary's labels, or the code itself when the vocabulary has none. */
const wordOf = (labels: Record<string, string>, code: unknown): string => labels[String(code)] ?? String(code);
const nameOf = (v: unknown): string => {
  const item = asItem(v);
  return typeof v === 'string' ? v : String(item.name ?? item.id ?? '');
};

function put(fields: Fields, label: string, value: unknown): void {
  if (!present(value)) return;
  // Two linked items of the same name stay two fields.
  let key = label;
  for (let n = 2; fields.has(key); n += 1) key = `${label} (${n})`;
  fields.set(key, String(value));
}

/** A link's provenance in words: "High confidence · Workshop, Phnom Penh · 2014-10-20 · sensitive link". */
function provenance(link: Item): string {
  const p = asItem(link.provenance ?? link.props);
  return [
    present(p.confidence) ? `${wordOf(CONFIDENCE_LABELS, p.confidence)} confidence` : null,
    p.source,
    p.recordedAt,
    link.sensitive === true || p.sensitive === true ? 'sensitive link' : null,
  ]
    .filter(present)
    .join(' · ');
}

const joined = (...parts: unknown[]): string => parts.filter(present).join(', ');

function actorFields(s: Snapshot): Fields {
  const a = asItem(s.actor);
  const f: Fields = new Map();
  put(f, 'Name', a.name);
  put(f, 'Other names', Array.isArray(a.altNames) ? a.altNames.join(' · ') : null);
  put(f, 'Acronym', a.acronym);
  put(f, 'Sector', present(a.sector) ? wordOf(SECTOR_LABELS, a.sector) : null);
  put(f, 'Level', present(a.level) ? wordOf(LEVEL_LABELS, a.level) : null);
  put(f, 'Influence', present(a.influence) ? `${String(a.influence)} / 5` : null);
  put(f, 'Description', a.description);
  put(f, 'Website', a.website);
  put(f, 'Sensitive', a.sensitive === true ? 'yes' : 'no');
  const countries = items(s.countries);
  const country = (l: Item) => nameOf(l.country);
  put(
    f,
    'Based in',
    countries
      .filter((l) => l.relation === 'BASED_IN')
      .map(country)
      .join(', '),
  );
  put(
    f,
    'Operates in',
    countries
      .filter((l) => l.relation === 'OPERATES_IN')
      .map(country)
      .join(', '),
  );
  for (const m of items(s.memberships)) {
    const since = present(m.since) ? `since ${String(m.since)}` : null;
    put(f, `Member of ${nameOf(m.group)}`, [joined(m.role, since), provenance(m)].filter(present).join(' · '));
  }
  for (const i of items(s.interests)) {
    const stance = joined(
      wordOf(POSITION_LABELS, i.position),
      present(i.priority) ? `priority ${String(i.priority)}` : null,
    );
    put(f, `Position on ${nameOf(i.theme)}`, [stance, provenance(i)].filter(present).join(' · '));
  }
  for (const c of items(s.collaborators)) {
    const since = present(c.since) ? `since ${String(c.since)}` : null;
    put(f, `Collaboration with ${nameOf(c.actor)}`, [joined(c.kind, since), provenance(c)].filter(present).join(' · '));
  }
  for (const x of items(s.activities)) {
    const activity = asItem(x.activity);
    const what = joined(present(activity.type) ? wordOf(ACTIVITY_TYPE_LABELS, activity.type) : null, activity.date);
    put(f, `Took part in ${nameOf(activity)}`, [joined(x.role, what), provenance(x)].filter(present).join(' · '));
  }
  return f;
}

/** "3: Forest Voices Cambodia, Mekong Land Watch, …" (the first ten names). */
function namesOf(list: Item[], key?: string): string | null {
  if (list.length === 0) return null;
  const names = list.slice(0, 10).map((l) => nameOf(key ? l[key] : l));
  return `${list.length}: ${names.join(', ')}${list.length > 10 ? ', …' : ''}`;
}

function groupFields(s: Snapshot): Fields {
  const g = asItem(s.group);
  const f: Fields = new Map();
  put(f, 'Name', g.name);
  put(f, 'Kind', present(s.kind) ? wordOf(GROUP_KIND_LABELS, s.kind) : null);
  put(f, 'Acronym', g.acronym);
  put(f, 'Description', g.description);
  put(f, 'Founded', g.founded);
  const countries = Array.isArray(s.countries) ? s.countries.map((c) => wordOf(COUNTRY_NAMES, nameOf(c))) : [];
  put(f, 'Active in', countries.sort().join(', '));
  put(f, 'Focus themes', Array.isArray(s.themes) ? s.themes.map(nameOf).sort().join(', ') : null);
  if (Array.isArray(s.members)) put(f, 'Members', namesOf(items(s.members), 'actor'));
  return f;
}

function themeFields(s: Snapshot): Fields {
  const t = asItem(s.theme);
  const f: Fields = new Map();
  put(f, 'Name', t.name);
  put(f, 'Description', t.description);
  if (Array.isArray(s.interests)) put(f, 'Positions held by', namesOf(items(s.interests), 'actor'));
  if (Array.isArray(s.groups)) put(f, 'Focus of', namesOf(items(s.groups)));
  if (Array.isArray(s.activities) && s.activities.length > 0)
    put(f, 'Addressed by activities', String(s.activities.length));
  return f;
}

function activityFields(s: Snapshot): Fields {
  const x = asItem(s.activity);
  const f: Fields = new Map();
  put(f, 'Title', x.name);
  put(f, 'Type', present(x.type) ? wordOf(ACTIVITY_TYPE_LABELS, x.type) : null);
  put(f, 'Dates', present(x.endDate) && x.endDate !== x.date ? `${String(x.date)} to ${String(x.endDate)}` : x.date);
  put(f, 'Status', present(x.status) ? wordOf(ACTIVITY_STATUS_LABELS, x.status) : null);
  put(f, 'Held in', present(s.country) ? wordOf(COUNTRY_NAMES, s.country) : null);
  put(f, 'Themes', Array.isArray(s.themes) ? s.themes.map(nameOf).sort().join(', ') : null);
  put(f, 'Description', x.description);
  put(f, 'Outcomes', x.outcomes);
  for (const p of items(s.participants)) {
    const props = asItem(p.props);
    put(f, `Participant ${nameOf(p.actor)}`, [props.role, provenance(p)].filter(present).join(' · '));
  }
  return f;
}

function viewFields(s: Snapshot): Fields {
  const v = asItem(s.view);
  const f: Fields = new Map();
  put(f, 'Name', v.name);
  put(f, 'Description', v.description);
  return f;
}

const FIELDS: Record<string, (s: Snapshot) => Fields> = {
  actor: actorFields,
  group: groupFields,
  theme: themeFields,
  activity: activityFields,
  savedView: viewFields,
};

/** Where each kind's snapshot keeps the item's own properties. */
const PROPS: Record<string, string> = {
  actor: 'actor',
  group: 'group',
  theme: 'theme',
  activity: 'activity',
  savedView: 'view',
};

function parse(json: string | null): Snapshot | null {
  if (!json) return null;
  try {
    return asItem(JSON.parse(json));
  } catch {
    return null;
  }
}

/** The fields a change changed, in reading order (the item's own first, then its links), each before and after. */
export function changeFields(kind: string, before: string | null, after: string | null): ChangeField[] {
  const read = FIELDS[kind];
  if (!read) return [];
  const was = parse(before);
  const is = parse(after);
  const then = was ? read(was) : new Map<string, string>();
  const now = is ? read(is) : new Map<string, string>();
  // Both snapshots' labels in reading order: one only "before" has goes after the label it followed there.
  const labels = [...now.keys()];
  let at = 0;
  for (const label of then.keys()) {
    const i = labels.indexOf(label);
    if (i >= 0) at = i + 1;
    else labels.splice(at++, 0, label);
  }
  return labels
    .map((label) => ({ label, before: then.get(label) ?? null, after: now.get(label) ?? null }))
    .filter((field) => field.before !== field.after);
}

/** The item's name as the change left it (as it was, for a deletion); null for an import. */
export function changeEntityName(kind: string, before: string | null, after: string | null): string | null {
  const props = PROPS[kind];
  if (!props) return null;
  const name = asItem((parse(after) ?? parse(before))?.[props]).name;
  return present(name) ? String(name) : null;
}

/**
 * The activities page in plain data: its filters and their URL keys (?page=activities&atype=TRAINING&acountry=LA
 * &atheme=t&astatus=HELD&aactor=x&afrom=2026-01-01&ato=2026-12-31&activity=id), the API's ActivityFilter and
 * ReachScope they make, the list grouped by month, participants grouped by sector and by country, and the form's
 * values to and from the API. Pure, so it is tested without React.
 */
import type {
  ActivityFilter,
  ActivityPatch,
  ActivityStatus,
  ActivityType,
  CreateActivityInput,
  ReachScope,
  Sector,
} from '../../data/generated/graphql';
import { ACTIVITY_TYPES, SECTOR_LABELS, SECTORS } from '../vocabulary';

export const ACTIVITY_STATUSES: readonly ActivityStatus[] = ['PLANNED', 'HELD', 'CANCELLED'];

export interface ActivityFilterState {
  types: ActivityType[];
  countries: string[];
  themes: string[];
  statuses: ActivityStatus[];
  /** An actor taking part (any role, invitations included). */
  participant: string | null;
  /** YYYY-MM-DD, or '' for no bound. */
  from: string;
  to: string;
}

export const NO_ACTIVITY_FILTER: ActivityFilterState = {
  types: [],
  countries: [],
  themes: [],
  statuses: [],
  participant: null,
  from: '',
  to: '',
};

const KEYS = ['atype', 'acountry', 'atheme', 'astatus', 'aactor', 'afrom', 'ato', 'activity'] as const;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

function params(search: string): URLSearchParams {
  return new URLSearchParams(search.startsWith('?') ? search.slice(1) : search);
}

function list(p: URLSearchParams, key: string): string[] {
  return (p.get(key) ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
}

export function decodeActivityFilter(search: string): ActivityFilterState {
  const p = params(search);
  const from = p.get('afrom') ?? '';
  const to = p.get('ato') ?? '';
  return {
    types: list(p, 'atype').filter((t): t is ActivityType => (ACTIVITY_TYPES as readonly string[]).includes(t)),
    countries: list(p, 'acountry'),
    themes: list(p, 'atheme'),
    statuses: list(p, 'astatus').filter((s): s is ActivityStatus => ACTIVITY_STATUSES.includes(s as ActivityStatus)),
    participant: p.get('aactor') || null,
    from: DAY.test(from) ? from : '',
    to: DAY.test(to) ? to : '',
  };
}

/** The activity whose details are open. */
export function selectedActivityOf(search: string): string | null {
  return params(search).get('activity') || null;
}

/** Writes the page's own keys over `base`, keeping everything else (the page, the explorer's filters). */
export function encodeActivityState(filter: ActivityFilterState, selected: string | null, base: string): string {
  const p = params(base);
  for (const k of KEYS) p.delete(k);
  if (filter.types.length) p.set('atype', filter.types.join(','));
  if (filter.countries.length) p.set('acountry', filter.countries.join(','));
  if (filter.themes.length) p.set('atheme', filter.themes.join(','));
  if (filter.statuses.length) p.set('astatus', filter.statuses.join(','));
  if (filter.participant) p.set('aactor', filter.participant);
  if (filter.from) p.set('afrom', filter.from);
  if (filter.to) p.set('ato', filter.to);
  if (selected) p.set('activity', selected);
  return p.toString();
}

/** The API's filter: only what is set (null for none). */
export function toActivityFilter(f: ActivityFilterState): ActivityFilter | null {
  const out: ActivityFilter = {};
  if (f.types.length) out.types = f.types;
  if (f.countries.length) out.countries = f.countries;
  if (f.themes.length) out.themes = f.themes;
  if (f.statuses.length) out.statuses = f.statuses;
  if (f.participant) out.participants = [f.participant];
  if (f.from) out.from = f.from;
  if (f.to) out.to = f.to;
  return Object.keys(out).length ? out : null;
}

/** The reach panel counts the filters' period, countries, themes and types (reach is about held activities). */
export function toReachScope(f: ActivityFilterState): ReachScope | null {
  const out: ReachScope = {};
  if (f.from) out.from = f.from;
  if (f.to) out.to = f.to;
  if (f.countries.length) out.countries = f.countries;
  if (f.themes.length) out.themes = f.themes;
  if (f.types.length) out.types = f.types;
  return Object.keys(out).length ? out : null;
}

export function activeFilterCount(f: ActivityFilterState): number {
  return (
    f.types.length +
    f.countries.length +
    f.themes.length +
    f.statuses.length +
    (f.participant ? 1 : 0) +
    (f.from ? 1 : 0) +
    (f.to ? 1 : 0)
  );
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

export interface MonthGroup<A> {
  /** YYYY-MM, or '' for activities without a date. */
  key: string;
  label: string;
  items: A[];
}

/** "2026-03" → "March 2026". */
export function monthLabel(key: string): string {
  const m = /^(\d{4})-(\d{2})$/.exec(key);
  const name = m ? MONTHS[Number(m[2]) - 1] : undefined;
  return m && name ? `${name} ${m[1]}` : 'Date not recorded';
}

/** The list by the month each activity starts, in the order given (the API's: newest first). */
export function groupByMonth<A extends { date?: string | null }>(activities: readonly A[]): Array<MonthGroup<A>> {
  const groups: Array<MonthGroup<A>> = [];
  const byKey = new Map<string, MonthGroup<A>>();
  for (const a of activities) {
    const key = a.date && DAY.test(a.date) ? a.date.slice(0, 7) : '';
    let g = byKey.get(key);
    if (!g) {
      g = { key, label: monthLabel(key), items: [] };
      byKey.set(key, g);
      groups.push(g);
    }
    g.items.push(a);
  }
  return groups;
}

/** "12–14 March 2026", "28 February – 2 March 2026", "5 March 2026". */
export function dayRange(date: string | null | undefined, endDate: string | null | undefined): string {
  if (!date || !DAY.test(date)) return 'no date';
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const words = (yy: number, mm: number, dd: number) => `${dd} ${MONTHS[mm - 1] ?? ''} ${yy}`;
  if (!endDate || endDate === date || !DAY.test(endDate)) return words(y, m, d);
  const [y2, m2, d2] = endDate.split('-').map(Number) as [number, number, number];
  if (y === y2 && m === m2) return `${d}–${words(y2, m2, d2)}`;
  if (y === y2) return `${d} ${MONTHS[m - 1] ?? ''} – ${words(y2, m2, d2)}`;
  return `${words(y, m, d)} – ${words(y2, m2, d2)}`;
}

export interface ParticipantLike {
  actor: { id: string; name: string; sector: Sector };
  country?: { id: string; name: string } | null;
}

export interface ParticipantGroup<P> {
  key: string;
  label: string;
  items: P[];
}

/** Participants by sector (the vocabulary's order) or by base country (most first, then by name). */
export function groupParticipants<P extends ParticipantLike>(
  participants: readonly P[],
  by: 'sector' | 'country',
): Array<ParticipantGroup<P>> {
  const byKey = new Map<string, ParticipantGroup<P>>();
  for (const p of participants) {
    const key = by === 'sector' ? p.actor.sector : (p.country?.id ?? '');
    const label = by === 'sector' ? SECTOR_LABELS[p.actor.sector] : (p.country?.name ?? 'No base country');
    const g = byKey.get(key) ?? { key, label, items: [] };
    g.items.push(p);
    byKey.set(key, g);
  }
  for (const g of byKey.values()) g.items.sort((a, b) => a.actor.name.localeCompare(b.actor.name));
  const groups = [...byKey.values()];
  return by === 'sector'
    ? groups.sort((a, b) => SECTORS.indexOf(a.key as Sector) - SECTORS.indexOf(b.key as Sector))
    : groups.sort((a, b) => b.items.length - a.items.length || a.label.localeCompare(b.label));
}

/** The activity form's fields, as typed. */
export interface ActivityFormValues {
  type: ActivityType | '';
  name: string;
  date: string;
  endDate: string;
  status: ActivityStatus | '';
  country: string;
  themes: string[];
  description: string;
  outcomes: string;
}

export const EMPTY_ACTIVITY_FORM: ActivityFormValues = {
  type: '',
  name: '',
  date: '',
  endDate: '',
  status: '',
  country: '',
  themes: [],
  description: '',
  outcomes: '',
};

export interface ActivityRecord {
  type: ActivityType;
  name: string;
  date?: string | null;
  endDate?: string | null;
  status: ActivityStatus;
  country?: { id: string } | null;
  themes: ReadonlyArray<{ id: string }>;
  description?: string | null;
  outcomes?: string | null;
}

export function activityFormFrom(a: ActivityRecord): ActivityFormValues {
  return {
    type: a.type,
    name: a.name,
    date: a.date ?? '',
    // The API gives the first day as the last of a one-day activity; the form leaves it empty.
    endDate: a.endDate && a.endDate !== a.date ? a.endDate : '',
    status: a.status,
    country: a.country?.id ?? '',
    themes: a.themes.map((t) => t.id),
    description: a.description ?? '',
    outcomes: a.outcomes ?? '',
  };
}

/**
 * What a new activity sends. An empty type or country is sent as it is, so the server names it with every other
 * invalid field at once (its extensions.fields), rather than the page checking some fields and the server others.
 */
export function activityInputFrom(v: ActivityFormValues): CreateActivityInput {
  return {
    type: v.type as ActivityType,
    name: v.name.trim(),
    date: v.date,
    country: v.country,
    themes: v.themes,
    ...(v.endDate ? { endDate: v.endDate } : {}),
    ...(v.status ? { status: v.status } : {}),
    ...(v.description.trim() ? { description: v.description.trim() } : {}),
    ...(v.outcomes.trim() ? { outcomes: v.outcomes.trim() } : {}),
  };
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

export function changedActivityKeys(original: ActivityFormValues, current: ActivityFormValues) {
  return (Object.keys(current) as Array<keyof ActivityFormValues>).filter((k) => !same(original[k], current[k]));
}

/** Only what the person changed, so a save on top of someone else's version keeps their other changes. */
export function activityPatchFrom(original: ActivityFormValues, v: ActivityFormValues): ActivityPatch {
  const patch: ActivityPatch = {};
  for (const k of changedActivityKeys(original, v)) {
    if (k === 'type') patch.type = v.type as ActivityType;
    else if (k === 'status') patch.status = v.status === '' ? null : v.status;
    else if (k === 'themes') patch.themes = v.themes;
    else if (k === 'name') patch.name = v.name.trim();
    // An empty end date, description or outcome clears it (the API's rule for these three).
    else patch[k] = v[k].trim();
  }
  return patch;
}

/** Which fields the form has, for mapping the server's extensions.fields ("input.date" → date). */
export function isActivityField(name: string): name is keyof ActivityFormValues {
  return name in EMPTY_ACTIVITY_FORM;
}

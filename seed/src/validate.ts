/**
 * Structural checks of a seed dataset: every reference resolves, ids are unique, numbers are in range,
 * dates are real ISO dates, a link's last day is not before its first, an interest's position history is in order and
 * ends on its position, and the collaboration graph has no self-loops or duplicate pairs.
 * Linear in the size of the dataset, so it can check synthetic datasets of any size.
 */
import {
  ACTIVITY_TYPES,
  CONFIDENCES,
  COUNTRY_CODES,
  GROUP_KINDS,
  INFLUENCE_MAX,
  INFLUENCE_MIN,
  LEVELS,
  POSITIONS,
  PRIORITY_MAX,
  PRIORITY_MIN,
  SECTORS,
} from '@reform-atlas/vocabulary';

import type { Provenance, SeedDataset, SeedInterest, Validity } from './types';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar date written YYYY-MM-DD (rejects 2015-02-30). */
export function isIsoDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

function isIntegerIn(value: number, min: number, max: number): boolean {
  return Number.isInteger(value) && value >= min && value <= max;
}

/** Returns human-readable problems; an empty array when the dataset is valid. */
export function validateDataset(d: SeedDataset): string[] {
  const problems: string[] = [];
  const sectors = new Set<string>(SECTORS);
  const levels = new Set<string>(LEVELS);
  const positions = new Set<string>(POSITIONS);
  const confidences = new Set<string>(CONFIDENCES);
  const groupKinds = new Set<string>(GROUP_KINDS);
  const activityTypes = new Set<string>(ACTIVITY_TYPES);
  const knownCodes = new Set<string>(COUNTRY_CODES);

  const checkProvenance = (where: string, p: Provenance): void => {
    if (typeof p.source !== 'string' || p.source.trim() === '') problems.push(`${where}: empty provenance source`);
    if (!isIsoDate(p.recordedAt)) problems.push(`${where}: recordedAt "${p.recordedAt}" is not an ISO date`);
    if (!confidences.has(p.confidence)) problems.push(`${where}: unknown confidence "${p.confidence}"`);
  };

  const checkDate = (where: string, field: string, value: string | undefined): boolean => {
    if (value === undefined) return true;
    if (isIsoDate(value)) return true;
    problems.push(`${where}: ${field} "${value}" is not an ISO date`);
    return false;
  };
  const checkValidity = (where: string, link: Validity): void => {
    const datesOk = checkDate(where, 'validFrom', link.validFrom) && checkDate(where, 'validTo', link.validTo);
    if (datesOk && link.validFrom !== undefined && link.validTo !== undefined && link.validTo < link.validFrom) {
      problems.push(`${where}: validTo ${link.validTo} is before validFrom ${link.validFrom}`);
    }
  };
  /** The history is oldest first, strictly by date, starts on the link's first day and ends on its position. */
  const checkHistory = (where: string, interest: SeedInterest): void => {
    const history = interest.history;
    if (history === undefined) return;
    if (history.length === 0) {
      problems.push(`${where}: empty position history`);
      return;
    }
    history.forEach((entry, k) => {
      const at = `${where} history #${k}`;
      if (!positions.has(entry.position)) problems.push(`${at}: unknown position "${entry.position}"`);
      if (!confidences.has(entry.confidence)) problems.push(`${at}: unknown confidence "${entry.confidence}"`);
      if (entry.source.trim() === '') problems.push(`${at}: empty source`);
      if (!checkDate(at, 'from', entry.from)) return;
      const previous = history[k - 1];
      if (previous && isIsoDate(previous.from) && entry.from <= previous.from) {
        problems.push(`${at}: from ${entry.from} is not after the previous entry's ${previous.from}`);
      }
    });
    const first = history[0];
    const last = history[history.length - 1];
    if (last && last.position !== interest.position) {
      problems.push(`${where}: history ends on ${last.position}, the interest holds ${interest.position}`);
    }
    if (first && interest.validFrom !== undefined && first.from !== interest.validFrom) {
      problems.push(`${where}: history starts on ${first.from}, the interest on ${interest.validFrom}`);
    }
    if (last && interest.validTo !== undefined && last.from > interest.validTo) {
      problems.push(`${where}: history entry ${last.from} is after the interest's last day ${interest.validTo}`);
    }
  };

  if (d.label.trim() === '') problems.push('dataset: empty label');

  // Phases
  const phaseIds = new Set<string>();
  for (const phase of d.phases ?? []) {
    const where = `phase ${phase.id}`;
    if (phase.id.trim() === '') problems.push('phase: empty id');
    if (phaseIds.has(phase.id)) problems.push(`${where}: duplicate id`);
    phaseIds.add(phase.id);
    if (phase.name.trim() === '') problems.push(`${where}: empty name`);
    const datesOk = checkDate(where, 'start', phase.start) && checkDate(where, 'end', phase.end);
    if (datesOk && phase.end !== undefined && phase.end < phase.start) {
      problems.push(`${where}: end ${phase.end} is before start ${phase.start}`);
    }
  }

  // Countries
  const countries = new Set<string>();
  for (const country of d.countries) {
    if (!knownCodes.has(country.code)) problems.push(`country ${country.code}: not a known country code`);
    if (countries.has(country.code)) problems.push(`country ${country.code}: duplicate code`);
    if (country.name.trim() === '') problems.push(`country ${country.code}: empty name`);
    countries.add(country.code);
  }
  const checkCountry = (where: string, code: string): void => {
    if (!countries.has(code)) problems.push(`${where}: unknown country "${code}"`);
  };

  // Themes
  const themes = new Set<string>();
  for (const theme of d.themes) {
    if (themes.has(theme.id)) problems.push(`theme ${theme.id}: duplicate id`);
    if (theme.id.trim() === '') problems.push('theme: empty id');
    if (theme.name.trim() === '') problems.push(`theme ${theme.id}: empty name`);
    themes.add(theme.id);
  }
  const checkTheme = (where: string, id: string): void => {
    if (!themes.has(id)) problems.push(`${where}: unknown theme "${id}"`);
  };

  // Groups
  const groups = new Set<string>();
  for (const group of d.groups) {
    const where = `group ${group.id}`;
    if (groups.has(group.id)) problems.push(`${where}: duplicate id`);
    if (group.id.trim() === '') problems.push('group: empty id');
    groups.add(group.id);
    if (group.name.trim() === '') problems.push(`${where}: empty name`);
    if (!groupKinds.has(group.kind)) problems.push(`${where}: unknown kind "${group.kind}"`);
    if (group.founded !== undefined && !isIntegerIn(group.founded, 1900, 2100)) {
      problems.push(`${where}: implausible founding year ${group.founded}`);
    }
    if (group.activeIn.length === 0) problems.push(`${where}: active in no country`);
    for (const code of group.activeIn) checkCountry(where, code);
    for (const theme of group.focusThemes) checkTheme(where, theme);
  }

  // Actors
  const actors = new Set<string>();
  for (const actor of d.actors) {
    const where = `actor ${actor.id}`;
    if (actors.has(actor.id)) problems.push(`${where}: duplicate id`);
    if (actor.id.trim() === '') problems.push('actor: empty id');
    actors.add(actor.id);
    if (actor.name.trim() === '') problems.push(`${where}: empty name`);
    if (!sectors.has(actor.sector)) problems.push(`${where}: unknown sector "${actor.sector}"`);
    if (!levels.has(actor.level)) problems.push(`${where}: unknown level "${actor.level}"`);
    if (!isIntegerIn(actor.influence, INFLUENCE_MIN, INFLUENCE_MAX)) {
      problems.push(`${where}: influence ${actor.influence} outside ${INFLUENCE_MIN}–${INFLUENCE_MAX}`);
    }
    checkCountry(where, actor.basedIn);
    for (const code of actor.operatesIn) checkCountry(where, code);
    checkDate(where, 'validFrom', actor.validFrom);

    const interestThemes = new Set<string>();
    for (const interest of actor.interests) {
      const at = `${where} interest ${interest.theme}`;
      checkTheme(where, interest.theme);
      if (interestThemes.has(interest.theme)) problems.push(`${at}: duplicate interest`);
      interestThemes.add(interest.theme);
      if (!positions.has(interest.position)) problems.push(`${at}: unknown position "${interest.position}"`);
      if (!isIntegerIn(interest.priority, PRIORITY_MIN, PRIORITY_MAX)) {
        problems.push(`${at}: priority ${interest.priority} outside ${PRIORITY_MIN}–${PRIORITY_MAX}`);
      }
      checkProvenance(at, interest);
      checkValidity(at, interest);
      checkHistory(at, interest);
    }

    const memberOf = new Set<string>();
    for (const membership of actor.memberships) {
      const at = `${where} membership ${membership.group}`;
      if (!groups.has(membership.group)) problems.push(`${where}: unknown group "${membership.group}"`);
      if (memberOf.has(membership.group)) problems.push(`${at}: duplicate membership`);
      memberOf.add(membership.group);
      if (membership.role.trim() === '') problems.push(`${at}: empty role`);
      if (membership.since !== undefined && !isIntegerIn(membership.since, 1900, 2100)) {
        problems.push(`${at}: implausible year ${membership.since}`);
      }
      checkProvenance(at, membership);
      checkValidity(at, membership);
    }
  }

  // Collaborations: undirected, so (a, b) and (b, a) are the same pair.
  const pairs = new Set<string>();
  d.collaborations.forEach((collaboration, index) => {
    const { from, to } = collaboration;
    const where = `collaboration #${index} ${from} — ${to}`;
    if (!actors.has(from)) problems.push(`${where}: unknown actor "${from}"`);
    if (!actors.has(to)) problems.push(`${where}: unknown actor "${to}"`);
    if (from === to) problems.push(`${where}: self collaboration`);
    const key = from < to ? `${from}\u0000${to}` : `${to}\u0000${from}`;
    if (pairs.has(key)) problems.push(`${where}: duplicate pair`);
    pairs.add(key);
    if (collaboration.kind.trim() === '') problems.push(`${where}: empty kind`);
    if (collaboration.since !== undefined && !isIntegerIn(collaboration.since, 1900, 2100)) {
      problems.push(`${where}: implausible year ${collaboration.since}`);
    }
    checkProvenance(where, collaboration);
    checkValidity(where, collaboration);
  });

  // Activities
  const activities = new Set<string>();
  for (const activity of d.activities) {
    const where = `activity ${activity.id}`;
    if (activities.has(activity.id)) problems.push(`${where}: duplicate id`);
    if (activity.id.trim() === '') problems.push('activity: empty id');
    activities.add(activity.id);
    if (activity.name.trim() === '') problems.push(`${where}: empty name`);
    if (!activityTypes.has(activity.type)) problems.push(`${where}: unknown type "${activity.type}"`);
    if (!isIsoDate(activity.date)) problems.push(`${where}: date "${activity.date}" is not an ISO date`);
    checkCountry(where, activity.country);
    for (const theme of activity.themes) checkTheme(where, theme);
    const seen = new Set<string>();
    for (const participant of activity.participants) {
      const at = `${where} participant ${participant.actor}`;
      if (!actors.has(participant.actor)) problems.push(`${where}: unknown actor "${participant.actor}"`);
      if (seen.has(participant.actor)) problems.push(`${at}: duplicate participant`);
      seen.add(participant.actor);
      if (participant.role.trim() === '') problems.push(`${at}: empty role`);
      checkProvenance(at, participant);
      checkValidity(at, participant);
    }
  }

  return problems;
}

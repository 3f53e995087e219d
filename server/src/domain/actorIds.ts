/**
 * The one rule for a new actor's id: `<country>-<slug of the name>-<suffix>`, readable, a valid id (letters, digits,
 * "-"), and unique by its suffix. The API's createActor takes a random suffix (two actors may share a name); the
 * importer a suffix derived from the name and country, so importing a sheet without ids twice finds the same actor.
 */
import { createHash, randomUUID } from 'node:crypto';

import { normaliseSearchText } from './searchText';

const SLUG_LENGTH = 40;

/** The name as an id part: lower case, no accents, runs of anything else one "-" (empty for a name in Khmer, Lao, …). */
export function slugOf(name: string): string {
  return normaliseSearchText(name)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, SLUG_LENGTH)
    .replace(/-+$/, '');
}

export function newActorId(name: string, country: string | null, suffix: string): string {
  return [country?.toLowerCase(), slugOf(name) || 'actor', suffix].filter(Boolean).join('-');
}

export const randomIdSuffix = (): string => randomUUID().slice(0, 8);

/** The same for the same (normalised) name and country. */
export const stableIdSuffix = (nameKey: string, country: string): string =>
  createHash('sha1').update(`${nameKey}|${country}`).digest('hex').slice(0, 8);

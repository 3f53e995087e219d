/** The actor form's values and the patch they imply: pure, so conflicts can be merged and tested. */
import type { ActorDetailsFragment, CreateActorInput } from '../data/generated/graphql';
import type { Level, Sector } from './vocabulary';

/** What the form sends: every field of CreateActorInput it edits, each given (null when left empty). */
export type ActorInput = Required<
  Pick<
    CreateActorInput,
    | 'name'
    | 'altNames'
    | 'acronym'
    | 'sector'
    | 'level'
    | 'influence'
    | 'description'
    | 'website'
    | 'basedIn'
    | 'operatesIn'
    | 'sensitive'
    | 'validFrom'
    | 'validTo'
  >
>;

export interface ActorFormValues {
  name: string;
  acronym: string;
  altNames: string;
  sector: Sector;
  level: Level;
  influence: string;
  basedIn: string;
  operatesIn: string[];
  description: string;
  website: string;
  /** Seen only by analysts and administrators (and never counted for anyone else). */
  sensitive: boolean;
  /** First and last day on the map (YYYY-MM-DD; empty: not recorded, still active). */
  validFrom: string;
  validTo: string;
}

export const EMPTY_ACTOR_FORM: ActorFormValues = {
  name: '',
  acronym: '',
  altNames: '',
  sector: 'CIVIL_SOCIETY',
  level: 'NATIONAL',
  influence: '2',
  basedIn: '',
  operatesIn: [],
  description: '',
  website: '',
  sensitive: false,
  validFrom: '',
  validTo: '',
};

export function formFromActor(a: ActorDetailsFragment): ActorFormValues {
  return {
    name: a.name,
    acronym: a.acronym ?? '',
    altNames: a.altNames.join('\n'),
    sector: a.sector,
    level: a.level,
    influence: String(a.influence),
    basedIn: a.basedIn?.id ?? '',
    operatesIn: a.countries
      .filter((c) => c.relation === 'OPERATES_IN')
      .map((c) => c.country.id)
      .sort(),
    description: a.description ?? '',
    website: a.website ?? '',
    sensitive: a.sensitive,
    validFrom: a.validFrom ?? '',
    validTo: a.validTo ?? '',
  };
}

export function inputFromForm(v: ActorFormValues): ActorInput {
  const influence = Number(v.influence);
  return {
    name: v.name.trim(),
    acronym: v.acronym.trim() || null,
    altNames: v.altNames
      .split('\n')
      .map((s) => s.trim())
      .filter(Boolean),
    sector: v.sector,
    level: v.level,
    influence: Number.isFinite(influence) ? influence : 0,
    description: v.description.trim() || null,
    website: v.website.trim() || null,
    basedIn: v.basedIn || null,
    operatesIn: v.operatesIn,
    sensitive: v.sensitive,
    validFrom: v.validFrom.trim() || null,
    validTo: v.validTo.trim() || null,
  };
}

export type FormField = keyof ActorFormValues;

function same(a: ActorFormValues[FormField], b: ActorFormValues[FormField]): boolean {
  return Array.isArray(a) && Array.isArray(b) ? [...a].sort().join() === [...b].sort().join() : a === b;
}

/** The fields the user changed compared with the version they started from. */
export function changedFields(original: ActorFormValues, current: ActorFormValues): FormField[] {
  return (Object.keys(current) as FormField[]).filter((k) => !same(original[k], current[k]));
}

/** Only what the user changed, so an edit made on top of someone else's keeps their other changes. */
export function patchFromForm(original: ActorFormValues, current: ActorFormValues): Partial<ActorInput> {
  const input = inputFromForm(current);
  const patch: Partial<ActorInput> = {};
  for (const field of changedFields(original, current)) {
    (patch as Record<string, unknown>)[field] = input[field];
  }
  return patch;
}

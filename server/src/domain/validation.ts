import {
  ACTIVITY_TYPES,
  CONFIDENCES,
  COUNTRY_CODES,
  INFLUENCE_MAX,
  INFLUENCE_MIN,
  LEVELS,
  POSITIONS,
  PRIORITY_MAX,
  PRIORITY_MIN,
  SECTORS,
} from '@reform-atlas/vocabulary';
import { z } from 'zod';

import { DomainError } from '../errors';

/** Parses input with a schema; the first problem becomes BAD_USER_INPUT naming the field. */
/** How many invalid fields one answer lists: enough for any form, bounded for a hostile input. */
const MOST_ISSUES = 20;

const plural = (n: number | bigint, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

/**
 * Zod's own wording ("Too big: expected number to be <=5") in words a person filling a form reads without a
 * manual, for the checks whose schema gives no message of its own (those keep theirs).
 */
const plainWords: z.core.$ZodErrorMap = (issue) => {
  switch (issue.code) {
    case 'too_big': {
      const max = issue.maximum;
      if (issue.origin === 'string') return `must be at most ${plural(max, 'character')}`;
      if (issue.origin === 'array' || issue.origin === 'set') return `must have at most ${plural(max, 'item')}`;
      return issue.inclusive === false ? `must be less than ${max}` : `must be at most ${max}`;
    }
    case 'too_small': {
      const min = issue.minimum;
      if (issue.origin === 'string')
        return Number(min) <= 1 ? 'must not be empty' : `must be at least ${plural(min, 'character')}`;
      if (issue.origin === 'array' || issue.origin === 'set') return `must have at least ${plural(min, 'item')}`;
      return issue.inclusive === false ? `must be more than ${min}` : `must be at least ${min}`;
    }
    case 'invalid_type':
      if (issue.input === undefined) return 'is required';
      if (issue.expected === 'number' || issue.expected === 'int') return 'must be a number';
      if (issue.expected === 'string') return 'must be text';
      if (issue.expected === 'boolean') return 'must be yes or no';
      if (issue.expected === 'array') return 'must be a list';
      return 'is not in the expected form';
    case 'invalid_value':
      return `must be one of: ${issue.values.map(String).join(', ')}`;
    case 'invalid_format':
      return `is not a valid ${issue.format === 'url' ? 'web address' : issue.format}`;
    case 'not_multiple_of':
      return `must be a multiple of ${String(issue.divisor)}`;
    case 'unrecognized_keys':
      return `has unknown fields: ${issue.keys.join(', ')}`;
    default:
      return undefined;
  }
};

/**
 * Parses input with a zod schema; a failure is BAD_USER_INPUT naming every invalid field at once (the first in the
 * message and `field`, all of them in `issues`), so a form can show each error beside its field.
 */
export function parseInput<T>(schema: z.ZodType<T>, input: unknown, prefix = ''): T {
  const result = schema.safeParse(input, { error: plainWords });
  if (result.success) return result.data;
  const all = result.error.issues.slice(0, MOST_ISSUES).map((issue) => ({
    field: [prefix, ...issue.path.map(String)].filter(Boolean).join('.') || 'input',
    message: issue.message || 'is not valid',
  }));
  // One problem once: an empty name fails both its length and its "more than invisible characters" check.
  const issues = all.filter((x, i) => all.findIndex((y) => y.field === x.field && y.message === x.message) === i);
  const first = issues[0] ?? { field: prefix || 'input', message: 'is not valid' };
  throw new DomainError('BAD_USER_INPUT', `${first.field}: ${first.message}`, first.field, issues);
}

const nfc = (s: string): string => s.normalize('NFC').trim();

/**
 * Text that every export can carry and every reader can show: no control characters (XML 1.0, which GraphML and
 * GEXF are, cannot hold most of them; a name holds no line breaks either), no unpaired UTF-16 surrogates, and a
 * name that is more than invisible format characters.
 */
// eslint-disable-next-line no-control-regex -- control characters are exactly what this refuses
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\ufffe\uffff]/u;
const LINE_BREAK = /[\n\r\u2028\u2029]/u;
const LONE_SURROGATE = /[\ud800-\udfff]/u;
const INVISIBLE = /[\p{Cf}\s]/gu;

const wellFormed = (s: string): boolean => !LONE_SURROGATE.test(s) && !CONTROL.test(s);
const WELL_FORMED = 'must not contain control characters or broken Unicode';

export const idSchema = z
  .string()
  .trim()
  .min(1, 'must not be empty')
  .max(100, 'must be at most 100 characters')
  .regex(/^[A-Za-z0-9][A-Za-z0-9_.-]*$/, 'may contain only letters, digits, "-", "_" and "."');

export const nameSchema = z
  .string()
  .refine(wellFormed, WELL_FORMED)
  .refine((s) => !LINE_BREAK.test(s.trim()), 'must be on one line')
  .transform(nfc)
  .pipe(
    z
      .string()
      .min(1, 'must not be empty')
      .max(200, 'must be at most 200 characters')
      .refine((s) => s.replace(INVISIBLE, '').length > 0, 'must not be empty'),
  );

/** Optional text up to `max` characters; omitted, null and empty are all null. */
export const optionalText = (max: number) =>
  z
    .string()
    .refine(wellFormed, WELL_FORMED)
    .transform(nfc)
    .pipe(z.string().max(max, `must be at most ${max} characters`))
    .nullish()
    .transform((v) => (v === undefined || v === null || v === '' ? null : v));

export const sectorSchema = z.enum(SECTORS);
export const levelSchema = z.enum(LEVELS);
export const positionSchema = z.enum(POSITIONS);
export const confidenceSchema = z.enum(CONFIDENCES);
export const countryCodeSchema = z.enum(COUNTRY_CODES, { message: `must be one of ${COUNTRY_CODES.join(', ')}` });

/** A calendar date YYYY-MM-DD that exists (no 2015-02-30, no month 13): what Neo4j's date() accepts. */
export const isoDateSchema = z.iso.date('must be a date YYYY-MM-DD');
export const sourceSchema = z
  .string()
  .refine(wellFormed, WELL_FORMED)
  .transform(nfc)
  .pipe(z.string().min(1, 'must not be empty').max(500, 'must be at most 500 characters'));

/** An optional GraphQL input field: omitted and null (which GraphQL allows for any nullable input) both mean `fallback()`. */
export function orDefault<T extends z.ZodType>(schema: T, fallback: () => z.output<T>) {
  return schema.nullish().transform((v): z.output<T> => v ?? fallback());
}

/** An optional field of a patch: omitted and null both leave the stored value as it is. */
export function unchangedWhenNull<T extends z.ZodType>(schema: T) {
  return schema.nullish().transform((v): z.output<T> | undefined => v ?? undefined);
}

export const provenanceSchema = z
  .object({
    source: sourceSchema,
    recordedAt: isoDateSchema.nullish(),
    confidence: confidenceSchema.nullish(),
  })
  .transform((p) => ({
    source: p.source,
    recordedAt: p.recordedAt ?? new Date().toISOString().slice(0, 10),
    confidence: p.confidence ?? 'MEDIUM',
  }));
export type ProvenanceInput = z.output<typeof provenanceSchema>;

/** Links entered without a stated source are attributed to Reform Atlas itself, today, medium confidence. */
const defaultProvenance = (): ProvenanceInput => ({
  source: 'Entered in Reform Atlas',
  recordedAt: new Date().toISOString().slice(0, 10),
  confidence: 'MEDIUM',
});

/** A year a group was founded or a link began; absent or null is unknown. */
export const optionalYearSchema = z
  .number()
  .int()
  .min(1900)
  .max(2100)
  .nullish()
  .transform((v) => v ?? null);

export const altNamesSchema = z.array(nameSchema).max(20, 'at most 20 alternative names');

export const actorFieldsSchema = z.object({
  name: nameSchema,
  altNames: orDefault(altNamesSchema, () => []),
  acronym: optionalText(30),
  sector: sectorSchema,
  level: levelSchema,
  influence: orDefault(z.number().int('must be a whole number').min(INFLUENCE_MIN).max(INFLUENCE_MAX), () => 3),
  description: optionalText(5000),
  website: z
    .url({ protocol: /^https?$/, message: 'must be an http(s) URL' })
    .max(500)
    .nullish()
    .transform((v) => v ?? null),
  sensitive: orDefault(z.boolean(), () => false),
  basedIn: countryCodeSchema.nullish().transform((v) => v ?? null),
  operatesIn: orDefault(z.array(countryCodeSchema).max(10), () => []),
  /** First and last day on the map; a patch's null clears one. */
  validFrom: isoDateSchema.nullish(),
  validTo: isoDateSchema.nullish(),
});

/** An actor's or a tie's last day may not come before its first. */
export function checkValidity(validFrom: string | null | undefined, validTo: string | null | undefined): void {
  if (validFrom && validTo && validTo < validFrom) {
    throw new DomainError('BAD_USER_INPUT', `validTo: must not be before validFrom (${validFrom})`, 'validTo');
  }
}

export const createActorSchema = actorFieldsSchema.extend({
  id: idSchema.nullish(),
  provenance: orDefault(provenanceSchema, defaultProvenance),
});
export type CreateActorInput = z.output<typeof createActorSchema>;

export const updateActorSchema = z.object({
  id: idSchema,
  version: z.number().int().min(1, 'must be the version you read'),
  patch: actorFieldsSchema.partial().extend({
    altNames: unchangedWhenNull(altNamesSchema),
    influence: unchangedWhenNull(z.number().int('must be a whole number').min(INFLUENCE_MIN).max(INFLUENCE_MAX)),
    sensitive: unchangedWhenNull(z.boolean()),
    operatesIn: unchangedWhenNull(z.array(countryCodeSchema).max(10)),
    provenance: unchangedWhenNull(provenanceSchema),
  }),
});
export type UpdateActorInput = z.output<typeof updateActorSchema>;

export const prioritySchema = z.number().int('must be a whole number').min(PRIORITY_MIN).max(PRIORITY_MAX);

/**
 * A learning activity as an import carries it (the importer checks them with this); the API's activity mutations
 * check more fields (server/src/domain/activities.ts).
 */
export const activityFieldsSchema = z.object({
  name: nameSchema,
  type: z.enum(ACTIVITY_TYPES),
  date: isoDateSchema,
  description: optionalText(5000),
  country: countryCodeSchema,
});
export { defaultProvenance };

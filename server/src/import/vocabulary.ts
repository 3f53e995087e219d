/**
 * The closed vocabularies as the importer reads them: a cell may hold the code (`COMMUNITY`) or the words the page
 * shows for it (`Community organisation`, from the shared labels in @reform-atlas/vocabulary), in any case and
 * spacing. Countries may also be given by the name their Country node has in the database (a store seeded before
 * the names became one list may still say "Laos (Lao PDR)").
 */
import {
  ACTIVITY_STATUS_LABELS,
  ACTIVITY_STATUSES,
  ACTIVITY_TYPE_LABELS,
  ACTIVITY_TYPES,
  CONFIDENCE_LABELS,
  CONFIDENCES,
  COUNTRY_CODES,
  COUNTRY_NAMES,
  GROUP_KIND_LABELS,
  GROUP_KINDS,
  LEVEL_LABELS,
  LEVELS,
  PARTICIPANT_ROLE_LABELS,
  PARTICIPANT_ROLES,
  POSITION_LABELS,
  POSITIONS,
  SECTOR_LABELS,
  SECTORS,
} from '@reform-atlas/vocabulary';

/** Case, spaces, underscores and punctuation do not matter: "Research / academia" = "RESEARCH_ACADEMIA". */
export const vocabularyKey = (text: string): string =>
  text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, '');

export class Vocabulary {
  private readonly byKey = new Map<string, string>();

  constructor(
    /** How a value is named in messages: "sector", "country". */
    readonly what: string,
    readonly codes: readonly string[],
    private readonly labels: Readonly<Record<string, string>> = {},
    aliases: ReadonlyArray<readonly [code: string, name: string]> = [],
  ) {
    for (const [code, name] of [...aliases, ...Object.entries(labels), ...codes.map((c) => [c, c] as const)]) {
      const key = vocabularyKey(name);
      const taken = this.byKey.get(key);
      if (taken !== undefined && taken !== code) throw new Error(`${what}: '${name}' names both ${taken} and ${code}`);
      this.byKey.set(key, code);
    }
  }

  /** The code a cell names, or null. */
  match(text: string): string | null {
    return this.byKey.get(vocabularyKey(text)) ?? null;
  }

  /** "KH, LA, … or Cambodia, Lao PDR, …": the labels only where some differ from their codes by more than case. */
  hint(): string {
    const labels = this.codes.map((c) => this.labels[c] ?? c);
    const differ = this.codes.some((c, i) => vocabularyKey(c) !== vocabularyKey(labels[i] ?? c));
    return differ ? `${this.codes.join(', ')}, or ${labels.join(', ')}` : this.codes.join(', ');
  }
}

export interface Vocabularies {
  sector: Vocabulary;
  level: Vocabulary;
  position: Vocabulary;
  confidence: Vocabulary;
  country: Vocabulary;
  groupKind: Vocabulary;
  activityType: Vocabulary;
  activityStatus: Vocabulary;
  participantRole: Vocabulary;
  nodeKind: Vocabulary;
  relation: Vocabulary;
}

export const NODE_KINDS = ['ACTOR', 'NETWORK', 'COALITION', 'THEME', 'ACTIVITY'] as const;
export const RELATIONS = ['MEMBER_OF', 'INTERESTED_IN', 'COLLABORATES_WITH', 'PARTICIPATED_IN'] as const;

/** Every vocabulary, with the names the database's Country nodes have as further names of their codes. */
export function vocabularies(countryNames: ReadonlyArray<{ id: string; name: string }> = []): Vocabularies {
  const codes = new Set<string>(COUNTRY_CODES);
  // A stored name that collides with another country's words is left out rather than making both ambiguous.
  const plain = new Vocabulary('country', COUNTRY_CODES, COUNTRY_NAMES);
  const aliases = countryNames
    .filter((c) => codes.has(c.id) && [c.id, null].includes(plain.match(c.name)))
    .map((c) => [c.id, c.name] as const);
  return {
    sector: new Vocabulary('sector', SECTORS, SECTOR_LABELS),
    level: new Vocabulary('level', LEVELS, LEVEL_LABELS),
    position: new Vocabulary('position', POSITIONS, POSITION_LABELS),
    confidence: new Vocabulary('confidence', CONFIDENCES, CONFIDENCE_LABELS),
    country: new Vocabulary('country', COUNTRY_CODES, COUNTRY_NAMES, aliases),
    groupKind: new Vocabulary('group kind', GROUP_KINDS, GROUP_KIND_LABELS),
    activityType: new Vocabulary('activity type', ACTIVITY_TYPES, ACTIVITY_TYPE_LABELS),
    activityStatus: new Vocabulary('status', ACTIVITY_STATUSES, ACTIVITY_STATUS_LABELS),
    participantRole: new Vocabulary('role', PARTICIPANT_ROLES, PARTICIPANT_ROLE_LABELS),
    nodeKind: new Vocabulary('node kind', NODE_KINDS, GROUP_KIND_LABELS),
    relation: new Vocabulary('relation', RELATIONS),
  };
}

/**
 * The key text search compares against: lower case, Latin diacritics removed (so "hoi nong dan"
 * finds "Hội Nông dân"), local scripts kept intact. Khmer, Lao and Burmese vowel signs are
 * combining marks too, so only the Latin combining block (U+0300–U+036F) is stripped.
 */
export function normaliseSearchText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .normalize('NFC')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** Everything an actor can be found by, joined with a separator no query can span. */
export function actorSearchKey(parts: { name: string; altNames: readonly string[]; acronym?: string | null }): string {
  return [parts.name, ...parts.altNames, parts.acronym ?? '']
    .filter((p) => p.length > 0)
    .map(normaliseSearchText)
    .join(' | ');
}

/** The importer's reading of the closed vocabularies: codes and the page's words, in any case. Unit tests. */
import { COUNTRY_NAMES, SECTOR_LABELS, SECTORS } from '@reform-atlas/vocabulary';

import { vocabularies, Vocabulary } from '../src/import/vocabulary';

describe('import vocabularies', () => {
  const v = vocabularies([
    { id: 'LA', name: 'Laos (Lao PDR)' },
    { id: 'REGIONAL', name: 'Mekong region (regional)' },
    // A stored name that is another country's word is ignored rather than made ambiguous.
    { id: 'KH', name: 'Thailand' },
  ]);

  test('every code and every label the page shows, in any case and spacing', () => {
    for (const code of SECTORS) {
      for (const text of [
        code,
        code.toLowerCase(),
        SECTOR_LABELS[code],
        SECTOR_LABELS[code].toUpperCase(),
        ` ${SECTOR_LABELS[code].toLowerCase().replace(/ /g, '  ')} `,
      ]) {
        expect({ text, code: v.sector.match(text) }).toEqual({ text, code });
      }
    }
    expect(v.sector.match('Community organisation')).toBe('COMMUNITY');
    expect(v.sector.match('research/academia')).toBe('RESEARCH');
    expect(v.country.match('lao pdr')).toBe('LA');
    expect(v.country.match('LAOS (LAO PDR)')).toBe('LA');
    expect(v.country.match('Thailand')).toBe('TH');
    expect(v.country.match(COUNTRY_NAMES.REGIONAL)).toBe('REGIONAL');
    expect(v.activityType.match('cross-border learning')).toBe('CROSS_BORDER_LEARNING');
    expect(v.position.match('Supports')).toBe('SUPPORTS');
    expect(v.sector.match('Farmers')).toBeNull();
  });

  test('messages list the codes, and the labels where they say more than the codes', () => {
    expect(v.position.hint()).toBe('SUPPORTS, OPPOSES, MIXED, UNKNOWN');
    expect(v.country.hint()).toBe(
      'KH, LA, MM, VN, TH, REGIONAL, or Cambodia, Lao PDR, Myanmar, Vietnam, Thailand, Regional',
    );
  });

  test('a word naming two codes is refused when the vocabulary is built', () => {
    expect(() => new Vocabulary('sector', ['A', 'B'], { A: 'Same', B: 'same' })).toThrow(
      "sector: 'same' names both A and B",
    );
  });
});

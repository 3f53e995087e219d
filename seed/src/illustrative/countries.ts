import { COUNTRY_CODES, COUNTRY_NAMES } from '@reform-atlas/vocabulary';

import type { SeedCountry } from '../types';

/** The programme's countries and the regional level, under the one list of names the page shows. */
export const countries: SeedCountry[] = COUNTRY_CODES.map((code) => ({ code, name: COUNTRY_NAMES[code] }));

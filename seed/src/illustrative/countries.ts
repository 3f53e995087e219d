import type { SeedCountry } from '../types';

export const countries: SeedCountry[] = [
  { code: 'KH', name: 'Cambodia' },
  { code: 'LA', name: 'Laos (Lao PDR)' },
  { code: 'MM', name: 'Myanmar' },
  { code: 'VN', name: 'Vietnam' },
  { code: 'TH', name: 'Thailand' },
  { code: 'REGIONAL', name: 'Mekong region (regional)' },
];

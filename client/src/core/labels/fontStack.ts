/**
 * The label fonts, bundled with the page (@fontsource, see main.tsx) so canvas, SVG and PDF draw the
 * same faces: Noto Sans for Latin and Vietnamese, then one Noto face per Mekong script.
 */
export const LABEL_FAMILIES = [
  'Noto Sans',
  'Noto Sans Khmer',
  'Noto Sans Lao',
  'Noto Sans Myanmar',
  'Noto Sans Thai',
] as const;

export const LABEL_FONT = `${LABEL_FAMILIES.map((f) => `"${f}"`).join(', ')}, sans-serif`;

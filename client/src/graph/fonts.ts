/**
 * The canvas draws labels with whatever fonts are loaded at that moment and never redraws for a
 * late font, so the Khmer, Lao, Burmese and Thai faces are loaded before the first labels are drawn.
 */
const SAMPLES: Array<[family: string, text: string]> = [
  ['Noto Sans', 'Aa Việt'],
  ['Noto Sans Khmer', 'ក'],
  ['Noto Sans Lao', 'ກ'],
  ['Noto Sans Myanmar', 'က'],
  ['Noto Sans Thai', 'ก'],
];

export async function loadLabelFonts(timeoutMs = 4000): Promise<void> {
  if (typeof document === 'undefined' || !('fonts' in document)) return;
  const loads = Promise.all(
    SAMPLES.map(([family, text]) => document.fonts.load(`14px "${family}"`, text).catch(() => [])),
  );
  await Promise.race([loads, new Promise((resolve) => setTimeout(resolve, timeoutMs))]);
}

/**
 * Embeds the page's label fonts in an SVG so Khmer, Lao, Burmese, Thai and Vietnamese shape the same in
 * any viewer, whatever it has installed. Reads the @font-face rules the bundled @fontsource CSS
 * declares, keeps only the subsets whose unicode-range covers characters the picture uses, and
 * inlines them as data URLs (a few tens of KB each; the Noto fonts are under the OFL, which allows it).
 */
import { LABEL_FAMILIES } from '../../core/labels/fontStack';

const FAMILIES: readonly string[] = LABEL_FAMILIES;

/** "U+0000-00FF, U+0131" → [[0, 255], [305, 305]]; an absent range covers everything. */
export function parseUnicodeRange(range: string): Array<[number, number]> {
  if (!range.trim()) return [[0, 0x10ffff]];
  return range.split(',').flatMap((part): Array<[number, number]> => {
    const m = /U\+([0-9A-F?]+)(?:-([0-9A-F]+))?/i.exec(part.trim());
    if (!m?.[1]) return [];
    if (m[1].includes('?'))
      return [[Number.parseInt(m[1].replace(/\?/g, '0'), 16), Number.parseInt(m[1].replace(/\?/g, 'F'), 16)]];
    const lo = Number.parseInt(m[1], 16);
    return [[lo, m[2] ? Number.parseInt(m[2], 16) : lo]];
  });
}

export function usesRange(codepoints: ReadonlySet<number>, ranges: Array<[number, number]>): boolean {
  for (const cp of codepoints) if (ranges.some(([lo, hi]) => cp >= lo && cp <= hi)) return true;
  return false;
}

function fontFaces(): CSSFontFaceRule[] {
  const out: CSSFontFaceRule[] = [];
  for (const sheet of Array.from(document.styleSheets)) {
    let rules: CSSRuleList;
    try {
      rules = sheet.cssRules;
    } catch {
      continue; // a cross-origin sheet
    }
    for (const rule of Array.from(rules)) if (rule instanceof CSSFontFaceRule) out.push(rule);
  }
  return out;
}

/** One bundled face (one weight, one unicode-range subset) of a label font, with its files' URLs. */
export interface LabelFace {
  family: string;
  weight: number;
  style: string;
  ranges: Array<[number, number]>;
  woff2: string | null;
  woff: string | null;
}

/** The label fonts' faces the page's stylesheets declare (the @fontsource CSS), in the stack's order. */
export function labelFaces(): LabelFace[] {
  if (typeof document === 'undefined') return [];
  const faces = fontFaces().flatMap((rule): LabelFace[] => {
    const s = rule.style;
    const family = s.getPropertyValue('font-family').replace(/["']/g, '').trim();
    if (!FAMILIES.includes(family)) return [];
    const src = s.getPropertyValue('src');
    const base = rule.parentStyleSheet?.href ?? document.baseURI;
    // "url(a.woff2) format("woff2"), url(a.woff) format("woff")"; Vite may inline a small file as a data URL.
    const sources = new Map<string, string>();
    for (const m of src.matchAll(/url\(\s*["']?([^"')]+)["']?\s*\)\s*format\(\s*["']?([\w-]+)["']?\s*\)/g))
      if (m[1] && m[2]) sources.set(m[2], m[1].startsWith('data:') ? m[1] : new URL(m[1], base).href);
    return [
      {
        family,
        weight: Number.parseInt(s.getPropertyValue('font-weight') || '400', 10) || 400,
        style: s.getPropertyValue('font-style') || 'normal',
        ranges: parseUnicodeRange(s.getPropertyValue('unicode-range')),
        woff2: sources.get('woff2') ?? null,
        woff: sources.get('woff') ?? null,
      },
    ];
  });
  return faces.sort((a, b) => FAMILIES.indexOf(a.family) - FAMILIES.indexOf(b.family));
}

async function dataUrl(url: string): Promise<string | null> {
  try {
    const response = await fetch(url);
    if (!response.ok) return null;
    const blob = await response.blob();
    return await new Promise((resolve) => {
      const reader = new FileReader();
      reader.onload = () => resolve(typeof reader.result === 'string' ? reader.result : null);
      reader.onerror = () => resolve(null);
      reader.readAsDataURL(blob);
    });
  } catch {
    return null;
  }
}

/** @font-face rules with inlined fonts for the characters of `text`; '' when none can be read. */
export async function embeddedFontCss(text: string): Promise<string> {
  if (typeof document === 'undefined') return '';
  const codepoints = new Set<number>();
  for (const ch of text) codepoints.add(ch.codePointAt(0) ?? 0);
  const picked = fontFaces().filter((rule) => {
    const family = rule.style.getPropertyValue('font-family').replace(/["']/g, '').trim();
    return (
      FAMILIES.includes(family) &&
      usesRange(codepoints, parseUnicodeRange(rule.style.getPropertyValue('unicode-range')))
    );
  });
  const css = await Promise.all(
    picked.map(async (rule) => {
      const src = rule.style.getPropertyValue('src');
      const url = /url\(["']?([^"')]+\.woff2)["']?\)/.exec(src)?.[1];
      if (!url) return '';
      const data = await dataUrl(new URL(url, rule.parentStyleSheet?.href ?? document.baseURI).href);
      if (!data) return '';
      const s = rule.style;
      const range = s.getPropertyValue('unicode-range');
      return `@font-face{font-family:${s.getPropertyValue('font-family')};font-style:${s.getPropertyValue('font-style') || 'normal'};font-weight:${s.getPropertyValue('font-weight') || '400'};src:url(${data}) format("woff2");${range ? `unicode-range:${range};` : ''}}`;
    }),
  );
  return css.filter(Boolean).join('\n');
}

/**
 * Which bundled face draws each character of a PDF text. A PDF font is one file, and @fontsource
 * splits every family into unicode-range subsets (latin, vietnamese, khmer…), so a Vietnamese or
 * Khmer name is written as runs, each in the first face of the stack (core/labels/fontStack.ts)
 * whose range holds the character, at the weight nearest the one asked. Marks and joiners stay in
 * the run they follow (a base letter and its vowel signs share one font), and so does what the
 * run's face also has (a space, a digit). Pure.
 */
export interface RunFace {
  id: string;
  family: string;
  weight: number;
  ranges: ReadonlyArray<readonly [number, number]>;
}

export interface TextRun {
  /** null: no bundled face has the character (the PDF shows the first face's missing-glyph box). */
  face: RunFace | null;
  text: string;
}

const covers = (face: RunFace, cp: number) => face.ranges.some(([lo, hi]) => cp >= lo && cp <= hi);

/** The face for one character: the stack's first family that has it, at the nearest weight (the lighter on a tie). */
export function faceFor(cp: number, weight: number, faces: readonly RunFace[]): RunFace | null {
  const holding = faces.filter((f) => covers(f, cp));
  const family = holding[0]?.family;
  if (family === undefined) return null;
  return (
    holding
      .filter((f) => f.family === family)
      .sort((a, b) => Math.abs(a.weight - weight) - Math.abs(b.weight - weight) || a.weight - b.weight)[0] ?? null
  );
}

/** Marks (Khmer, Lao, Burmese, Thai vowel signs, Vietnamese tone marks) and joiners join the run before them. */
const FOLLOWS = /^[\p{M}\u200C\u200D]$/u;

export function splitRuns(text: string, weight: number, faces: readonly RunFace[]): TextRun[] {
  const runs: TextRun[] = [];
  for (const ch of text.normalize('NFC')) {
    const last = runs[runs.length - 1];
    const cp = ch.codePointAt(0) ?? 0;
    // A character the current run's face has (a space after Latin, a digit) stays in it: fewer font switches.
    if (last && (FOLLOWS.test(ch) || (last.face && covers(last.face, cp)))) {
      last.text += ch;
      continue;
    }
    const face = faceFor(cp, weight, faces);
    if (last && last.face === face) last.text += ch;
    else runs.push({ face, text: ch });
  }
  return runs;
}

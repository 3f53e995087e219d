/**
 * What the browser tests check on any page: that it fits the window, that axe finds nothing serious, that labels do
 * not overlap; and how they type as a person does, through an input method (CDP composition events).
 */
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';

export const WIDTHS = [1280, 1440, 1920] as const;

export interface Fit {
  width: number;
  /** The page's scroll width: more than the window means a horizontal scroll bar. */
  scrollWidth: number;
  /** Visible controls that stand (partly) outside the window. */
  offScreen: string[];
  /** When the page scrolls sideways, the outermost elements that reach past the window's right edge. */
  overflowing: string[];
}

/** How the page fits the window now: every visible button, field, select and link within it. */
export async function fitOf(page: Page): Promise<Fit> {
  return page.evaluate(() => {
    const offScreen = [...document.querySelectorAll<HTMLElement>('button, input, select, textarea, a[href]')]
      .filter((el) => {
        const box = el.getBoundingClientRect();
        if (box.width === 0 || box.height === 0) return false;
        if (getComputedStyle(el).visibility === 'hidden') return false;
        return box.right > window.innerWidth + 0.5 || box.left < -0.5;
      })
      .map((el) => el.getAttribute('aria-label') ?? el.textContent?.trim() ?? el.tagName);
    const scrollWidth = document.documentElement.scrollWidth;
    // Named only when there is a scroll bar, to say what causes it.
    const overflowing =
      scrollWidth <= window.innerWidth
        ? []
        : [...document.querySelectorAll<HTMLElement>('body *')]
            .filter((el) => el.getBoundingClientRect().right > window.innerWidth + 0.5)
            .filter(
              (el) => !el.parentElement || el.parentElement.getBoundingClientRect().right <= window.innerWidth + 0.5,
            )
            .filter((el) => getComputedStyle(el).position !== 'fixed')
            .map(
              (el) => `${el.tagName.toLowerCase()}.${el.className} → ${Math.round(el.getBoundingClientRect().right)}px`,
            );
    return { width: window.innerWidth, scrollWidth, offScreen, overflowing };
  });
}

/** Serious and critical axe violations on the page as it is now, one line each (empty when none). */
export async function seriousAxeViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.impact} ${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** Pairs of drawn node labels on the explorer's map that overlap. */
export async function overlappingLabels(page: Page): Promise<string[]> {
  const labels = await page.evaluate(() => window.reformAtlasGraph?.drawnLabels() ?? []);
  const pairs: string[] = [];
  for (let i = 0; i < labels.length; i += 1) {
    for (let j = i + 1; j < labels.length; j += 1) {
      const a = labels[i];
      const b = labels[j];
      if (a && b && a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2) pairs.push(`${a.id} × ${b.id}`);
    }
  }
  return pairs;
}

/**
 * Pairs of labels drawn on the alignment graph (a node's or an edge's) whose boxes overlap by more than 2 px each
 * way; two edge labels may cross.
 */
export async function overlappingAlignmentLabels(page: Page): Promise<string[]> {
  const boxes = await page.evaluate(() => window.reformAtlasAlignment?.labelBoxes() ?? []);
  const clashes: string[] = [];
  for (const [i, a] of boxes.entries())
    for (const b of boxes.slice(i + 1)) {
      if (a.edge && b.edge) continue;
      const w = Math.min(a.x2, b.x2) - Math.max(a.x1, b.x1);
      const h = Math.min(a.y2, b.y2) - Math.max(a.y1, b.y1);
      if (w > 2 && h > 2) clashes.push(`${a.id} × ${b.id}`);
    }
  return clashes;
}

/**
 * Types `text` into the focused field as an input method does: each word (Vietnamese) or each grapheme cluster
 * (Khmer, Lao, Burmese, Thai) is composed step by step (Input.imeSetComposition, the text underlined in the field)
 * and then committed (Input.insertText), as Chromium receives it from a real IME.
 */
export async function typeWithInputMethod(page: Page, steps: ReadonlyArray<{ compose: string[]; commit: string }>) {
  const cdp = await page.context().newCDPSession(page);
  try {
    for (const step of steps) {
      for (const partial of step.compose) {
        await cdp.send('Input.imeSetComposition', {
          text: partial,
          selectionStart: partial.length,
          selectionEnd: partial.length,
        });
      }
      await cdp.send('Input.insertText', { text: step.commit });
    }
  } finally {
    await cdp.detach();
  }
}

const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/g;
const plain = (letter: string) => letter.normalize('NFD').replace(/\p{M}/gu, '').replace('đ', 'd').replace('Đ', 'D');

/**
 * Composition steps for Vietnamese typed with Telex, word by word, as the field shows it: a letter appears plain and
 * then takes its shape (o → ô, d → đ), the tone comes last (Hôi → Hội), the word is committed, a space follows.
 */
export function telexSteps(text: string): Array<{ compose: string[]; commit: string }> {
  return text.split(' ').flatMap((word, i) => {
    const toneless = [...word.normalize('NFD').replace(TONE_MARKS, '').normalize('NFC')];
    const compose: string[] = [];
    const show = (partial: string) => compose[compose.length - 1] !== partial && compose.push(partial);
    toneless.forEach((letter, at) => {
      const before = toneless.slice(0, at).join('');
      if (plain(letter) !== letter) show(before + plain(letter));
      show(before + letter);
    });
    show(word);
    const step = { compose, commit: word };
    return i === 0 ? [step] : [{ compose: [], commit: ' ' }, step];
  });
}

/** Composition steps for a text in a script typed cluster by cluster: each cluster grows code point by code point. */
export function clusterSteps(text: string): Array<{ compose: string[]; commit: string }> {
  const segmenter = new Intl.Segmenter('und', { granularity: 'grapheme' });
  return [...segmenter.segment(text)].map(({ segment }) => {
    const points = [...segment];
    return { compose: points.map((_, i) => points.slice(0, i + 1).join('')), commit: segment };
  });
}

/**
 * Poppler's command-line tools (Debian's poppler-utils) read the exported PDFs as a person's PDF reader
 * would: pdftotext for the text, pdffonts for the fonts, pdfinfo for the pages, pdftoppm to render pages to look at. Like
 * Chromium, they come from Debian: installed with apt-get when the tests run as root, otherwise the run
 * stops with a message naming the package. A missing tool never skips a check.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export const POPPLER_TOOLS = ['pdftotext', 'pdffonts', 'pdfinfo', 'pdftoppm'] as const;
type Tool = (typeof POPPLER_TOOLS)[number];

const path = (tool: Tool) => `/usr/bin/${tool}`;

let checked = false;

export function requirePoppler(): void {
  if (checked) return;
  const missing = () => POPPLER_TOOLS.filter((t) => !existsSync(path(t)));
  if (missing().length > 0 && process.getuid?.() === 0) {
    spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
    spawnSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'poppler-utils'], {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
  }
  const still = missing();
  if (still.length > 0)
    throw new Error(
      `${still.map(path).join(', ')} missing: the export tests read PDFs with Debian's poppler-utils (apt-get install -y poppler-utils, as root).`,
    );
  checked = true;
}

export function poppler(tool: Tool, args: string[]): string {
  requirePoppler();
  return execFileSync(path(tool), args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
}

export interface PdfFont {
  name: string;
  type: string;
  encoding: string;
  embedded: boolean;
  subset: boolean;
  unicode: boolean;
}

/** `pdffonts` as rows: name, type, encoding and the emb / sub / uni flags. */
export function pdfFonts(file: string): PdfFont[] {
  const lines = poppler('pdffonts', [file]).split('\n');
  const rule = lines.findIndex((l) => l.startsWith('---'));
  return lines.slice(rule + 1).flatMap((line): PdfFont[] => {
    // name, type (may hold a space: "CID TrueType"), encoding, emb, sub, uni, object, ID
    const m = /^(\S+)\s+(.+?)\s+(\S+)\s+(yes|no)\s+(yes|no)\s+(yes|no)\s+\d+\s+\d+\s*$/.exec(line);
    return m
      ? [
          {
            name: m[1] ?? '',
            type: m[2] ?? '',
            encoding: m[3] ?? '',
            embedded: m[4] === 'yes',
            subset: m[5] === 'yes',
            unicode: m[6] === 'yes',
          },
        ]
      : [];
  });
}

/** Words with their boxes on the page (pdftotext -bbox), in points. */
export function pdfWords(file: string): Array<{ page: number; text: string; height: number }> {
  const html = poppler('pdftotext', ['-bbox', file, '-']);
  const out: Array<{ page: number; text: string; height: number }> = [];
  let page = 0;
  for (const line of html.split('\n')) {
    if (line.includes('<page ')) page += 1;
    const m = /<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">(.*)<\/word>/.exec(line);
    if (m) out.push({ page, text: m[3] ?? '', height: Number(m[2]) - Number(m[1]) });
  }
  return out;
}

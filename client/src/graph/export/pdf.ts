/**
 * The vector PDF: each page's SVG (core/export/figure.ts pdfPages) drawn by svg2pdf.js into jsPDF, so
 * shapes stay vector and every label, title and caption is real text, selectable and searchable, in
 * the page's own Noto faces, embedded (jsPDF subsets them to the glyphs used).
 *
 * Before drawing, each SVG is adapted to what svg2pdf and jsPDF do: a halo (stroke under the glyphs
 * through paint-order, which PDF has not) becomes an outline-only copy drawn first; a text is split
 * into runs, one bundled face each (core/export/fontRuns.ts); dominant-baseline is given as the
 * alignment-baseline svg2pdf reads. jsPDF maps characters to glyphs one to one, without OpenType
 * shaping (see README: Khmer subscripts, Burmese reordering).
 */
import { A4_LANDSCAPE, PT_PER_PX, type PdfPage } from '../../core/export/figure';
import { splitRuns, type RunFace } from '../../core/export/fontRuns';
import { browserInflate, isWoff, woffToSfnt } from '../../core/export/woff';
import { labelFaces } from './fontCss';

const SVG_NS = 'http://www.w3.org/2000/svg';

interface PdfFace extends RunFace {
  url: string;
}

function pdfFaces(): PdfFace[] {
  return labelFaces().flatMap((f, i) =>
    f.woff && f.style === 'normal'
      ? [
          {
            id: `${f.family.replace(/\W+/g, '')}-${f.weight}-${i}`,
            family: f.family,
            weight: f.weight,
            ranges: f.ranges,
            url: f.woff,
          },
        ]
      : [],
  );
}

function weightOf(el: Element): number {
  for (let e: Element | null = el; e; e = e.parentElement) {
    const w = e.getAttribute('font-weight');
    if (w) return w === 'bold' || Number(w) >= 600 ? 700 : 400;
  }
  return 400;
}

/** Halos: an outline-only copy under the text (PDF draws a text's stroke over its fill, never under). */
function splitHalos(doc: Document): void {
  for (const text of Array.from(doc.getElementsByTagName('text'))) {
    const stroke = text.getAttribute('stroke');
    if (!stroke || stroke === 'none') continue;
    const outline = text.cloneNode(true) as Element;
    outline.setAttribute('fill', 'none');
    outline.removeAttribute('paint-order');
    text.parentNode?.insertBefore(outline, text);
    text.setAttribute('stroke', 'none');
  }
}

function inherited(el: Element, name: string): string | null {
  for (let e: Element | null = el; e; e = e.parentElement) {
    const v = e.getAttribute(name);
    if (v !== null) return v;
  }
  return null;
}

interface Chunk {
  x: number;
  y: number;
  runs: Array<{ face: PdfFace | null; text: string; fill: string | null }>;
}

/** A text as chunks (a new one wherever a tspan sets x), each a list of runs of one face. */
interface LaidText {
  text: Element;
  size: number;
  anchor: string;
  chunks: Chunk[];
}

function chunksOf(text: Element, faces: PdfFace[]): LaidText {
  const num = (v: string | null, fallback: number) => (v === null ? fallback : Number.parseFloat(v) || 0);
  const spans = Array.from(text.getElementsByTagName('tspan')).filter(
    (t) => t.getElementsByTagName('tspan').length === 0,
  );
  const chunks: Chunk[] = [];
  let y = num(text.getAttribute('y'), 0);
  for (const leaf of spans.length > 0 ? spans : [text]) {
    const x = leaf.getAttribute('x');
    y = num(leaf.getAttribute('y'), y);
    const last = chunks[chunks.length - 1];
    const chunk: Chunk = x !== null || !last ? { x: num(x ?? text.getAttribute('x'), 0), y, runs: [] } : last;
    if (chunk !== last) chunks.push(chunk);
    const content = (leaf.textContent ?? '').replace(/\s+/g, ' ');
    // A tspan's own colour (the matrix's grey sublabel) goes with its runs.
    const fill = leaf === text ? null : leaf.getAttribute('fill');
    for (const run of splitRuns(content, weightOf(leaf), faces))
      chunk.runs.push({ face: run.face as PdfFace | null, text: run.text, fill });
  }
  return {
    text,
    size: num(inherited(text, 'font-size'), 16),
    anchor: inherited(text, 'text-anchor') ?? 'start',
    chunks,
  };
}

/**
 * Writes each run as a tspan at its own x, measured with the embedded face itself: svg2pdf would measure
 * with the browser's fonts, which do not know the PDF's face names, and misplace centred and mixed-script text.
 */
function layRuns(laid: LaidText, width: (text: string, face: string) => number, fallback: string): void {
  const { text } = laid;
  while (text.firstChild) text.removeChild(text.firstChild);
  text.setAttribute('text-anchor', 'start');
  text.setAttribute('xml:space', 'preserve');
  for (const chunk of laid.chunks) {
    const widths = chunk.runs.map((r) => width(r.text, r.face?.id ?? fallback) * laid.size);
    const total = widths.reduce((a, b) => a + b, 0);
    let pen = chunk.x - (laid.anchor === 'middle' ? total / 2 : laid.anchor === 'end' ? total : 0);
    chunk.runs.forEach((run, i) => {
      const span = text.ownerDocument.createElementNS(SVG_NS, 'tspan');
      span.setAttribute('x', String(pen));
      span.setAttribute('y', String(chunk.y));
      span.setAttribute('font-family', run.face?.id ?? fallback);
      span.setAttribute('font-weight', 'normal');
      span.setAttribute('font-style', 'normal');
      if (run.fill) span.setAttribute('fill', run.fill);
      span.textContent = run.text;
      text.appendChild(span);
      pen += widths[i] ?? 0;
    });
  }
}

function binaryString(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 0x8000)
    out += String.fromCharCode(...bytes.subarray(i, Math.min(bytes.length, i + 0x8000)));
  return out;
}

async function trueType(url: string): Promise<Uint8Array> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`A label font could not be read (${response.status}).`);
  const bytes = new Uint8Array(await response.arrayBuffer());
  if (!isWoff(bytes)) throw new Error('A label font is not in the WOFF format the PDF export reads.');
  return woffToSfnt(bytes, browserInflate);
}

export interface PdfMeta {
  title: string;
  subject: string;
}

export async function writePdf(pages: PdfPage[], meta: PdfMeta): Promise<Blob> {
  const [{ jsPDF }, { svg2pdf }] = await Promise.all([import('jspdf'), import('svg2pdf.js')]);
  const faces = pdfFaces();
  const fallback = faces.find((f) => f.family === 'Noto Sans' && f.weight === 400);
  if (!fallback) throw new Error('The label fonts are not loaded: reload the page and export again.');
  const docs = pages.map((p) => new DOMParser().parseFromString(p.svg, 'image/svg+xml'));
  const used = new Set<PdfFace>([fallback]);
  const texts: LaidText[] = [];
  for (const doc of docs) {
    if (doc.getElementsByTagName('parsererror').length > 0) throw new Error('The picture could not be read back.');
    splitHalos(doc);
    doc.documentElement.setAttribute('font-family', fallback.id);
    for (const text of Array.from(doc.getElementsByTagName('text'))) {
      const baseline = text.getAttribute('dominant-baseline');
      if (baseline) text.setAttribute('alignment-baseline', baseline);
      const laid = chunksOf(text, faces);
      for (const c of laid.chunks) for (const r of c.runs) if (r.face) used.add(r.face);
      texts.push(laid);
    }
  }

  const pdf = new jsPDF({ orientation: 'landscape', unit: 'pt', format: 'a4', compress: true, putOnlyUsedFonts: true });
  const fonts = await Promise.all([...used].map(async (face) => ({ face, ttf: await trueType(face.url) })));
  for (const { face, ttf } of fonts) {
    pdf.addFileToVFS(`${face.id}.ttf`, binaryString(ttf));
    pdf.addFont(`${face.id}.ttf`, face.id, 'normal', 'Identity-H');
  }
  const width = (text: string, face: string) => {
    pdf.setFont(face, 'normal');
    return pdf.getStringUnitWidth(text);
  };
  for (const laid of texts) layRuns(laid, width, fallback.id);
  pdf.setProperties({ title: meta.title, subject: meta.subject, creator: 'Reform Atlas' });
  for (const [i, doc] of docs.entries()) {
    if (i > 0) pdf.addPage('a4', 'landscape');
    const page = pages[i];
    if (!page) continue;
    const scale = Math.min(1, A4_LANDSCAPE.width / page.width);
    await svg2pdf(doc.documentElement, pdf, {
      x: 0,
      y: 0,
      width: page.width * PT_PER_PX * scale,
      height: page.height * PT_PER_PX * scale,
    });
  }
  return pdf.output('blob');
}

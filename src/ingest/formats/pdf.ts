/**
 * PDF → text, from the text layer, with Mozilla's pdf.js (pdfjs-dist 4.10, the last line that runs
 * on Node 20; its legacy build carries the polyfills Node 20 lacks). unpdf wraps the same engine but
 * its current releases need Node 22. pdf.js's worker module is imported into this thread and
 * registered as `globalThis.pdfjsWorker`, so pdf.js never fetches a worker script: nothing leaves
 * the origin, in Node, in a browser page or in a web worker. Both are loaded on demand.
 */
import { foldPrintedForms } from './radicals';
import { dropRunningLines, joinLines, type PrintedLine } from './pages';
import { FormatError } from './sniff';

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
let pdfjs: Promise<PdfJs> | undefined;

/** pdf.js with its worker running in this thread. */
function loadPdfJs(): Promise<PdfJs> {
  pdfjs ??= (async () => {
    const g = globalThis as { pdfjsWorker?: unknown };
    g.pdfjsWorker ??= await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
    return import('pdfjs-dist/legacy/build/pdf.mjs');
  })();
  return pdfjs;
}

interface Item {
  str: string;
  x: number;
  y: number;
  width: number;
  size: number;
}

/** Text items → lines: items whose baselines lie within half a font size are one line, read left to right. */
export function itemsToLines(items: Item[]): PrintedLine[] {
  const sorted = items.filter((i) => i.str.trim()).sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: { items: Item[]; y: number; size: number }[] = [];
  for (const it of sorted) {
    const line = lines.find((l) => Math.abs(l.y - it.y) <= Math.max(l.size, it.size) * 0.5);
    if (line) line.items.push(it);
    else lines.push({ items: [it], y: it.y, size: it.size });
  }
  return lines
    .sort((a, b) => b.y - a.y)
    .map((l) => {
      const its = l.items.sort((a, b) => a.x - b.x);
      let text = '';
      let end = its[0].x;
      for (const it of its) {
        // A visible gap between runs was a space the layer did not write as a character.
        if (text && it.x - end > it.size * 0.15 && !/\s$/.test(text) && !/^\s/.test(it.str)) text += ' ';
        text += it.str;
        end = it.x + it.width;
      }
      return { text: text.trim(), x0: its[0].x, x1: end, y: l.y, size: Math.max(...its.map((i) => i.size)) };
    });
}

/** The text of a PDF's text layer, one paragraph a line, with running heads, feet and page numbers dropped. */
export async function pdfText(bytes: Uint8Array): Promise<string> {
  const { getDocument } = await loadPdfJs();
  let doc;
  try {
    // pdf.js takes the buffer over, and refuses a Node Buffer: give it a plain copy.
    doc = await getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, disableFontFace: true, useSystemFonts: false, verbosity: 0 }).promise;
  } catch (e) {
    const err = e as Error;
    if (err.name === 'PasswordException') throw new FormatError('encrypted-pdf', 'it needs a password to open; save an unprotected copy');
    throw new FormatError('corrupt-pdf', `cannot be opened (${err.message})`);
  }
  try {
    const pages: PrintedLine[][] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      const items: Item[] = [];
      for (const it of content.items) {
        if (!('str' in it)) continue;
        const [a, b, , , x, y] = it.transform as number[];
        items.push({ str: it.str, x, y, width: it.width, size: Math.hypot(a, b) || it.height });
      }
      pages.push(itemsToLines(items));
      page.cleanup();
    }
    const text = foldPrintedForms(joinLines(dropRunningLines(pages)));
    if (!text.trim()) throw new FormatError('scanned-pdf', `no text layer on any of its ${doc.numPages} page(s) (images only); run OCR and save it with text`);
    return text;
  } finally {
    await doc.destroy();
  }
}

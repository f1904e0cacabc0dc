/**
 * Printed pages → running text. A PDF's text layer is lines placed on pages: a paragraph wraps
 * mid-sentence at the right margin, and every page repeats a header, a footer and a page number.
 * Pure: works on laid-out lines, so the rules are tested without a PDF.
 */

/** One printed line: its text, left and right edges, baseline (y grows upwards) and font size. */
export interface PrintedLine {
  text: string;
  x0: number;
  x1: number;
  y: number;
  size: number;
}

/** A page number printed on its own: 12, - 12 -, — 12 —, 第 12 页, 第12页 共30页, 12 / 30, Page 12. */
export const PAGE_NUMBER = /^(?:[-—–]\s*\d+\s*[-—–]|\d+(?:\s*\/\s*\d+)?|第\s*\d+\s*页(?:\s*[,，/]?\s*共\s*\d+\s*页)?|(?:page\s*)?\d+\s*(?:of\s*\d+)?)$/i;
const SENTENCE_END = /[。！？!?；;：:”」』）)]$/;
const EDGE = 2; // lines at the top and at the bottom of a page where running heads and feet stand

/** A running line's identity: its text with the numbers blanked (a foot says 第 3 页, then 第 4 页) and where it stands. */
function runningKey(l: PrintedLine): string {
  return `${l.text.replace(/\d+/g, '#').replace(/\s+/g, '')}@${Math.round(l.y / 4)}`;
}

/** Drops running headers and footers (a line at a page's edge repeated at the same height on most pages) and bare page numbers above or below everything else. */
export function dropRunningLines(pages: PrintedLine[][]): PrintedLine[][] {
  const edges = (p: PrintedLine[]) => new Set([...p.slice(0, EDGE), ...p.slice(-EDGE)]);
  const seen = new Map<string, number>();
  for (const p of pages) for (const k of new Set([...edges(p)].map(runningKey))) seen.set(k, (seen.get(k) ?? 0) + 1);
  const often = Math.max(2, Math.ceil(pages.length * 0.5));
  return pages.map((p) => {
    const edge = edges(p);
    // A bare number is a page number only as a page's very first or last line; nearer the body it may be a figure.
    const outer = new Set([p[0], p[p.length - 1]]);
    return p.filter((l) => !((edge.has(l) && pages.length >= 2 && seen.get(runningKey(l))! >= often) || (outer.has(l) && PAGE_NUMBER.test(l.text.trim()))));
  });
}

/** Latin letters or digits on both sides of a line break were two words; CJK runs straight on. */
function joiner(a: string, b: string): string {
  return /[A-Za-z0-9,.]$/.test(a) && /^[A-Za-z]/.test(b) ? ' ' : '';
}

/**
 * Joins wrapped lines into paragraphs, one a line. A line wraps when it reaches the right margin;
 * then, where the document indents its paragraphs, an unindented next line continues it; where it
 * does not, a line that ends a sentence is taken to end its paragraph.
 */
export function joinLines(pages: PrintedLine[][]): string {
  const lines = pages.flat();
  if (!lines.length) return '';
  const size = median(lines.map((l) => l.size));
  const left = Math.min(...lines.map((l) => l.x0));
  const right = Math.max(...lines.map((l) => l.x1));
  const indented = (l: PrintedLine) => l.x0 > left + size * 0.8;
  const usesIndent = lines.filter(indented).length >= lines.length * 0.1;
  const out: string[] = [];
  let para = '';
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    const text = l.text.trim();
    para += joiner(para, text) + text;
    const next = lines[i + 1];
    // A line within ~2 characters of the margin is full: wrapping leaves at most a word's or a character's gap.
    const full = l.x1 >= right - size * 2.2;
    const continues = next && full && (usesIndent ? !indented(next) : !SENTENCE_END.test(text));
    if (!continues) {
      out.push(para);
      para = '';
    }
  }
  return out.join('\n');
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

/**
 * Saved web pages: extract the visible text, keeping the map to raw offsets.
 * Markup, scripts, styles and comments never reach a plan.
 */
import { MappedBuilder, type MappedText } from './mappedText';

/** True when the text looks like an HTML page rather than plain text. */
export function looksLikeHtml(text: string): boolean {
  const head = text.slice(0, 4096).toLowerCase();
  if (/<!doctype html|<html[\s>]|<body[\s>]|<head[\s>]/.test(head)) return true;
  const tags = head.match(/<\/?(p|div|span|br|table|td|tr|h[1-6]|a|li|ul)\b[^>]*>/g);
  return (tags?.length ?? 0) >= 5;
}

const BLOCK = new Set(
  'p div br tr li ul ol h1 h2 h3 h4 h5 h6 table section article header footer title blockquote pre hr dd dt dl'.split(' '),
);
const SKIP = new Set(['script', 'style', 'noscript', 'template', 'svg', 'iframe', 'object', 'head']);
const NAMED: Record<string, string> = {
  nbsp: ' ', amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", ldquo: '“', rdquo: '”', lsquo: '‘',
  rsquo: '’', mdash: '—', ndash: '–', hellip: '…', middot: '·', ensp: ' ', emsp: ' ', times: '×',
};

function decodeEntity(body: string): string | null {
  if (body[0] === '#') {
    const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
    if (!Number.isFinite(code) || code <= 0 || code > 0x10ffff) return null;
    return String.fromCodePoint(code);
  }
  return NAMED[body.toLowerCase()] ?? null;
}

const CLOSERS = new Map<string, RegExp>();

/**
 * Where the element `name` (one of SKIP) closes at or after `from`, ignoring case — by a sticky
 * search from there, not by lower-casing the whole page for each such element (quadratic: a
 * 640 KB page of scripts took minutes).
 */
function closingTag(s: string, name: string, from: number): number {
  let re = CLOSERS.get(name);
  if (!re) CLOSERS.set(name, (re = new RegExp(`</${name}`, 'gi')));
  re.lastIndex = from;
  return re.exec(s)?.index ?? -1;
}

/** Extracts the text of an HTML page (in time linear in its length); block elements become line breaks. */
export function htmlToText(src: MappedText): MappedText {
  const s = src.text;
  const b = new MappedBuilder(src);
  let i = 0;
  let textStart = 0;
  const flush = (end: number) => {
    // Copy text, decoding entities and dropping carriage returns; plain runs go in one piece.
    let j = textStart;
    let run = j;
    const copyRun = () => { b.copy(run, j); };
    while (j < end) {
      const c = s[j];
      if (c === '&') {
        // Only the next ten characters: a page of bare '&'s must not search to its end for each.
        const rel = s.slice(j + 1, j + 11).indexOf(';');
        const dec = rel >= 0 ? decodeEntity(s.slice(j + 1, j + 1 + rel)) : null;
        if (dec !== null) {
          copyRun();
          b.insert(dec, j);
          j += rel + 2;
          run = j;
          continue;
        }
      } else if (c === '\r') {
        copyRun();
        run = ++j;
        continue;
      }
      j++;
    }
    copyRun();
  };
  while (i < s.length) {
    const lt = s.indexOf('<', i);
    if (lt < 0) break;
    if (lt + 1 < s.length && !/[a-zA-Z/!?]/.test(s[lt + 1])) {
      i = lt + 1;
      continue;
    }
    flush(lt);
    if (s.startsWith('<!--', lt)) {
      const end = s.indexOf('-->', lt + 4);
      i = end < 0 ? s.length : end + 3;
      textStart = i;
      continue;
    }
    const gt = s.indexOf('>', lt);
    if (gt < 0) {
      i = s.length;
      textStart = i;
      break;
    }
    const tag = /^<\/?\s*([a-zA-Z0-9]+)/.exec(s.slice(lt, Math.min(gt + 1, lt + 40)));
    const name = tag ? tag[1].toLowerCase() : '';
    const closing = s[lt + 1] === '/';
    i = gt + 1;
    if (!closing && SKIP.has(name)) {
      const close = closingTag(s, name, i);
      const closeEnd = close < 0 ? s.length : s.indexOf('>', close) + 1 || s.length;
      i = closeEnd;
    }
    if (BLOCK.has(name)) b.insert('\n', lt);
    else if (name === 'td' || name === 'th') b.insert(' ', lt);
    textStart = i;
  }
  flush(s.length);
  return b.build();
}

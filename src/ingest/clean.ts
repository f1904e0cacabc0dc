/**
 * Clean: raw document text → readable simplified Chinese, one paragraph a line.
 * Drops spam, page chrome and pinyin readings, converts traditional script, and collects the
 * metadata a page prints around the document (source, page date, key/value tables) as fields.
 * Every kept character stays mapped to its raw offset.
 */
import * as OpenCC from 'opencc-js/t2cn';
import { BODY_LABELS, CHROME_LINES, END_MARKERS, FIELD_LABELS, INLINE_FIELD, SOURCE_NOTE, SPAM_TERMS } from './chrome';
import { htmlToText, looksLikeHtml } from './html';
import { fromRaw, mapChars, MappedBuilder, rawSpan, type MappedText } from './mappedText';
import { stripPinyin } from './pinyin';

/** A `label: value` the page printed around the document. */
export interface Field {
  label: string;
  value: string;
  start: number;
  end: number;
}

/** The cleaned document: text (lines = paragraphs), its map to raw offsets, and page fields. */
export interface Cleaned extends MappedText {
  fields: Field[];
  html: boolean;
  dropped: { reason: string; start: number; end: number }[];
}

let t2s: ((s: string) => string) | null = null;
// Per character: does the converter change it on its own? Phrase rules only override characters
// that do change, so a text of unchanged characters alone is already simplified.
// By UTF-16 code unit: 0 not yet asked, 1 unchanged, 2 changed.
const changes = new Uint8Array(0x10000);
function toSimplified(s: string): string {
  t2s ??= OpenCC.Converter({ from: 't', to: 'cn' });
  for (let i = 0; i < s.length; i++) {
    const code = s.charCodeAt(i);
    if (code < 0x2e80) continue;
    // A character outside the BMP is asked of the converter with the whole text.
    if (code >= 0xd800 && code < 0xe000) return t2s(s);
    if (changes[code] === 0) changes[code] = t2s(s[i]) === s[i] ? 1 : 2;
    if (changes[code] === 2) return t2s(s);
  }
  return s;
}

/** Full-width digits and Latin letters → ASCII, one character for one. */
function halfWidth(s: string): string {
  return s.replace(/[０-９Ａ-Ｚａ-ｚ]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

interface Line {
  start: number;
  end: number;
  text: string;
}

function splitLines(t: MappedText): Line[] {
  const out: Line[] = [];
  const s = t.text;
  let i = 0;
  while (i <= s.length) {
    let j = s.indexOf('\n', i);
    if (j < 0) j = s.length;
    // Trim white space (including the ideographic space) on both ends of the line.
    let a = i;
    let b = j;
    while (a < b && /[\s\u3000\ufeff]/.test(s[a])) a++;
    while (b > a && /[\s\u3000\ufeff]/.test(s[b - 1])) b--;
    if (b > a) out.push({ start: a, end: b, text: s.slice(a, b) });
    i = j + 1;
  }
  return out;
}

/** A line of comma-separated keyword phrases carrying spam terms. */
export function isSpamLine(line: string): boolean {
  if (/[。；;！？]/.test(line)) return false;
  const items = line.split(/[,，、|｜\s]+/).filter(Boolean);
  if (items.length < 4) return false;
  const avg = items.reduce((n, x) => n + x.length, 0) / items.length;
  if (avg > 14) return false;
  const lower = line.toLowerCase();
  const hits = SPAM_TERMS.filter((t) => lower.includes(t)).length;
  return hits >= 3;
}

const ORG_SUFFIX = /(局|厅|部|委|府|办|会|室|院|组|处|中心|公司|政府|委员会|办公室|办公厅)$/;
const DATE_LINE = /^\d{4}\s*年\s*\d{1,2}\s*月(\s*\d{1,2}\s*日)?$/;
const HEADING = /^([一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[）)]|\d+[.．、])/;
const SENTENCE_END = /[。；;！？!?”」）)：:]$/;

/** The lines of a document and what is decided about them: kept or dropped (and why), and the fields they hold. */
interface LineBook {
  t: MappedText;
  lines: Line[];
  keep: boolean[];
  fields: Field[];
  dropped: Cleaned['dropped'];
}

function lineBook(t: MappedText): LineBook {
  const lines = splitLines(t);
  return { t, lines, keep: lines.map(() => true), fields: [], dropped: [] };
}

/** Drops line `i` (once), saying why. */
function drop(book: LineBook, i: number, reason: string): void {
  if (!book.keep[i]) return;
  book.keep[i] = false;
  book.dropped.push({ reason, ...rawSpan(book.t, book.lines[i].start, book.lines[i].end) });
}

/** Keeps a field the page printed, at the raw span of its line. */
function field(book: LineBook, label: string, value: string, l: Line): void {
  book.fields.push({ label, value, ...rawSpan(book.t, l.start, l.end) });
}

/**
 * A rule for one line of the page (its text without a list bullet): when it applies it drops the
 * line (and any it takes with it) and answers the last line it took; otherwise null.
 */
type LineRule = (book: LineBook, i: number, text: string) => number | null;

/** The end of the article (责任编辑, 相关阅读 …): it and everything after it go. */
const endOfArticle: LineRule = (book, i, text) => {
  if (!END_MARKERS.some((re) => re.test(text))) return null;
  drop(book, i, 'end of article');
  for (let j = i + 1; j < book.lines.length; j++) drop(book, j, 'after end of article');
  return book.lines.length - 1;
};

const spam: LineRule = (book, i, text) => (isSpamLine(text) ? (drop(book, i, 'spam'), i) : null);

/** Key/value tables: a label line, then its value on the next real line. */
const fieldTable: LineRule = (book, i, text) => {
  const label = text.replace(/[:：]$/, '');
  if (!FIELD_LABELS.has(label)) return null;
  drop(book, i, 'field label');
  if (BODY_LABELS.has(label)) return i;
  const { lines } = book;
  let j = i + 1;
  while (j < lines.length && CHROME_LINES[0].test(lines[j].text)) drop(book, j++, 'table rule');
  if (j < lines.length && !FIELD_LABELS.has(lines[j].text.replace(/[:：]$/, ''))) {
    field(book, label, lines[j].text, lines[j]);
    drop(book, j, 'field value');
    return j;
  }
  return i;
};

const pageChrome: LineRule = (book, i, text) => (CHROME_LINES.some((re) => re.test(text)) ? (drop(book, i, 'page chrome'), i) : null);

const sourceNote: LineRule = (book, i, text) => {
  const src = SOURCE_NOTE.exec(text);
  if (!src || text.length > 44) return null;
  field(book, '来源', src[1], book.lines[i]);
  drop(book, i, 'source note');
  return i;
};

/** A page's meta line: date-time, 来源:…, 浏览:… (any of them, on one line). */
const metaLine: LineRule = (book, i, text) => {
  // Both a time and a label have a colon: a line without one is not read for them.
  if (!text.includes(':') && !text.includes('：')) return null;
  const stamp = /^(\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?)(\s+\d{1,2}:\d{2}(:\d{2})?)?/.exec(text);
  const inline = [...text.matchAll(INLINE_FIELD)];
  const rest = text.replace(INLINE_FIELD, '').replace(stamp?.[0] ?? '', '').trim();
  if (!((stamp && (stamp[2] || inline.length) && rest.length < 4) || (inline.length && !rest))) return null;
  if (stamp) field(book, '页面日期', stamp[1], book.lines[i]);
  for (const m of inline) field(book, m[1], m[2], book.lines[i]);
  drop(book, i, 'page meta line');
  return i;
};

/** 厦门市工业和信息化局办公室 2022年3月21日印发: the print line at the foot of an official document. */
const printLine: LineRule = (book, i, text) => {
  const printed = /^(.{2,40}?)\s*(\d{4}年\d{1,2}月\d{1,2}日)\s*印发$/.exec(text);
  if (!printed) return null;
  field(book, '印发', `${printed[1]} ${printed[2]}`, book.lines[i]);
  drop(book, i, 'print line');
  return i;
};

/** The line rules, first match wins. */
const LINE_RULES: LineRule[] = [endOfArticle, spam, fieldTable, pageChrome, sourceNote, metaLine, printLine];

/** Runs the line rules down the page. */
function sortLines(book: LineBook): void {
  for (let i = 0; i < book.lines.length; i++) {
    const text = book.lines[i].text.replace(/^[-•·]\s*/, (m) => (m.trim() === '·' ? m : ''));
    for (const rule of LINE_RULES) {
      const last = rule(book, i, text);
      if (last !== null) { i = last; break; }
    }
  }
}

/** Breadcrumbs before the title: a very short first line or two that is neither heading nor date. */
function dropBreadcrumbs(book: LineBook): void {
  for (let i = 0, seen = 0; i < book.lines.length && seen < 2; i++) {
    if (!book.keep[i]) continue;
    seen++;
    const text = book.lines[i].text;
    if (text.length <= 4 && !/[《》\d]/.test(text) && !/^[一二三四五六七八九十]+、/.test(text)) drop(book, i, 'breadcrumb');
    else break;
  }
}

/** Widgets after the article's last sentence: short lines that are neither a signature nor a date. */
function dropTrailingWidgets(book: LineBook): void {
  for (let i = book.lines.length - 1; i >= 0; i--) {
    if (!book.keep[i]) continue;
    const text = book.lines[i].text;
    if (SENTENCE_END.test(text) || text.length > 10 || DATE_LINE.test(text) || ORG_SUFFIX.test(text) || HEADING.test(text)) break;
    drop(book, i, 'trailing widget');
  }
}

/** The kept lines, one paragraph a line, still mapped to the raw text. */
function keptText({ t, lines, keep }: LineBook): MappedText {
  const b = new MappedBuilder(t);
  let first = true;
  for (let i = 0; i < lines.length; i++) {
    if (!keep[i]) continue;
    if (!first) b.insert('\n', lines[i].start);
    first = false;
    let start = lines[i].start;
    // Bullet dashes the page used for list items are layout, not text.
    while (start < lines[i].end && /[-•]/.test(t.text[start]) && /\s/.test(t.text[start + 1] ?? '')) start += 2;
    b.copy(start, lines[i].end);
  }
  return b.build();
}

/** The raw text as plain, half-width, simplified characters without pinyin readings, each mapped to its raw offset. */
function normalise(raw: string, html: boolean): MappedText {
  let t = fromRaw(raw);
  if (html) t = htmlToText(t);
  t = mapChars(t, halfWidth);
  t = stripPinyin(t);
  return mapChars(t, toSimplified);
}

/** Cleans a raw document. */
export function clean(raw: string): Cleaned {
  const html = looksLikeHtml(raw);
  const book = lineBook(normalise(raw, html));
  sortLines(book);
  dropBreadcrumbs(book);
  dropTrailingWidgets(book);
  return { ...keptText(book), fields: book.fields, html, dropped: book.dropped };
}

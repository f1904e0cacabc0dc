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
function toSimplified(s: string): string {
  t2s ??= OpenCC.Converter({ from: 't', to: 'cn' });
  return t2s(s);
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

/** Cleans a raw document. */
export function clean(raw: string): Cleaned {
  let t = fromRaw(raw);
  const html = looksLikeHtml(raw);
  if (html) t = htmlToText(t);
  t = mapChars(t, halfWidth);
  t = stripPinyin(t);
  t = mapChars(t, toSimplified);

  const lines = splitLines(t);
  const fields: Field[] = [];
  const dropped: Cleaned['dropped'] = [];
  const keep: boolean[] = lines.map(() => true);
  const drop = (i: number, reason: string) => {
    if (!keep[i]) return;
    keep[i] = false;
    dropped.push({ reason, ...rawSpan(t, lines[i].start, lines[i].end) });
  };
  const field = (label: string, value: string, l: Line) =>
    fields.push({ label, value, ...rawSpan(t, l.start, l.end) });

  let ended = false;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    const text = l.text.replace(/^[-•·]\s*/, (m) => (m.trim() === '·' ? m : ''));
    if (ended) {
      drop(i, 'after end of article');
      continue;
    }
    if (END_MARKERS.some((re) => re.test(text))) {
      ended = true;
      drop(i, 'end of article');
      continue;
    }
    if (isSpamLine(text)) {
      drop(i, 'spam');
      continue;
    }
    // Key/value tables: a label line, then its value on the next real line.
    const label = text.replace(/[:：]$/, '');
    if (FIELD_LABELS.has(label)) {
      drop(i, 'field label');
      if (BODY_LABELS.has(label)) continue;
      let j = i + 1;
      while (j < lines.length && CHROME_LINES[0].test(lines[j].text)) drop(j++, 'table rule');
      if (j < lines.length && !FIELD_LABELS.has(lines[j].text.replace(/[:：]$/, ''))) {
        field(label, lines[j].text, lines[j]);
        drop(j, 'field value');
        i = j;
      }
      continue;
    }
    if (CHROME_LINES.some((re) => re.test(text))) {
      drop(i, 'page chrome');
      continue;
    }
    const src = SOURCE_NOTE.exec(text);
    if (src && text.length <= 44) {
      field('来源', src[1], l);
      drop(i, 'source note');
      continue;
    }
    // A page's meta line: date-time, 来源:…, 浏览:… (any of them, on one line).
    const stamp = /^(\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?)(\s+\d{1,2}:\d{2}(:\d{2})?)?/.exec(text);
    const inline = [...text.matchAll(INLINE_FIELD)];
    const rest = text.replace(INLINE_FIELD, '').replace(stamp?.[0] ?? '', '').trim();
    if ((stamp && (stamp[2] || inline.length) && rest.length < 4) || (inline.length && !rest)) {
      if (stamp) field('页面日期', stamp[1], l);
      for (const m of inline) field(m[1], m[2], l);
      drop(i, 'page meta line');
      continue;
    }
    // 厦门市工业和信息化局办公室 2022年3月21日印发: the print line at the foot of an official document.
    const printed = /^(.{2,40}?)\s*(\d{4}年\d{1,2}月\d{1,2}日)\s*印发$/.exec(text);
    if (printed) {
      field('印发', `${printed[1]} ${printed[2]}`, l);
      drop(i, 'print line');
      continue;
    }
  }

  // Breadcrumbs before the title: a very short first line or two that is neither heading nor date.
  for (let i = 0, seen = 0; i < lines.length && seen < 2; i++) {
    if (!keep[i]) continue;
    seen++;
    const text = lines[i].text;
    if (text.length <= 4 && !/[《》\d]/.test(text) && !/^[一二三四五六七八九十]+、/.test(text)) drop(i, 'breadcrumb');
    else break;
  }
  // Widgets after the article's last sentence: short lines that are neither a signature nor a date.
  for (let i = lines.length - 1; i >= 0; i--) {
    if (!keep[i]) continue;
    const text = lines[i].text;
    if (SENTENCE_END.test(text) || text.length > 10 || DATE_LINE.test(text) || ORG_SUFFIX.test(text) || HEADING.test(text)) break;
    drop(i, 'trailing widget');
  }

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
  const out = b.build();
  return { ...out, fields, html, dropped };
}

/**
 * Text that remembers, for every character, where it came from in the raw document.
 * Every cleaning step maps MappedText → MappedText, so a fact found in cleaned text can
 * always be traced back to a span of the raw (decoded) text.
 */
export interface MappedText {
  /** The current text. */
  readonly text: string;
  /** map[i] = offset in the raw text of text[i]; map[text.length] = end of the raw text. */
  readonly map: Int32Array;
}

/** Wraps raw text as the identity mapping. */
export function fromRaw(raw: string): MappedText {
  const map = new Int32Array(raw.length + 1);
  for (let i = 0; i <= raw.length; i++) map[i] = i;
  return { text: raw, map };
}

/**
 * Builds a new MappedText piece by piece. Pieces either copy a range of the source
 * (keeping its map) or insert new text attributed to one source offset.
 */
export class MappedBuilder {
  private parts: string[] = [];
  // Offsets written straight into one growing typed array (doubled when full): no per-piece
  // arrays to gather and copy again at the end.
  private map: Int32Array;
  private length = 0;
  constructor(private readonly src: MappedText) {
    this.map = new Int32Array(Math.max(16, src.text.length + 1));
  }

  private reserve(n: number): void {
    if (this.length + n < this.map.length) return;
    let size = this.map.length * 2;
    while (this.length + n >= size) size *= 2;
    const grown = new Int32Array(size);
    grown.set(this.map.subarray(0, this.length));
    this.map = grown;
  }

  /** Copies src.text[start, end) with its offsets. */
  copy(start: number, end: number): void {
    if (end <= start) return;
    this.parts.push(this.src.text.slice(start, end));
    this.reserve(end - start);
    if (end - start > SHORT_PIECE) this.map.set(this.src.map.subarray(start, end), this.length);
    else for (let i = start, at = this.length; i < end; i++, at++) this.map[at] = this.src.map[i];
    this.length += end - start;
  }

  /** Inserts text that stands for the source range beginning at srcIndex. */
  insert(text: string, srcIndex: number): void {
    if (!text) return;
    const at = this.src.map[Math.min(srcIndex, this.src.text.length)];
    this.parts.push(text);
    this.reserve(text.length);
    this.map.fill(at, this.length, this.length + text.length);
    this.length += text.length;
  }

  /** Finishes; the end sentinel maps to the end of the source. */
  build(endSrcIndex = this.src.text.length): MappedText {
    this.reserve(1);
    this.map[this.length] = this.src.map[endSrcIndex];
    return { text: this.parts.join(''), map: this.map.slice(0, this.length + 1) };
  }
}
/** A copy shorter than this is written offset by offset (cheaper than making a view to set from). */
const SHORT_PIECE = 32;

/** Replaces every regex match with the result of `replace` (a string, possibly ''), keeping the map. */
export function replaceMapped(
  src: MappedText,
  re: RegExp,
  replace: (m: RegExpExecArray) => string,
): MappedText {
  if (!re.global) throw new Error('replaceMapped needs a global regex');
  const b = new MappedBuilder(src);
  let last = 0;
  re.lastIndex = 0;
  for (let m = re.exec(src.text); m; m = re.exec(src.text)) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    b.copy(last, m.index);
    b.insert(replace(m), m.index);
    last = m.index + m[0].length;
  }
  b.copy(last, src.text.length);
  return b.build();
}

/** Character-wise transform that keeps length where possible (e.g. traditional → simplified). */
export function mapChars(src: MappedText, convert: (s: string) => string): MappedText {
  const out = convert(src.text);
  if (out.length === src.text.length) return { text: out, map: src.map };
  // Phrase conversions changed the length somewhere: fall back line by line, then char by char.
  const b = new MappedBuilder(src);
  let start = 0;
  while (start < src.text.length) {
    let end = src.text.indexOf('\n', start);
    end = end < 0 ? src.text.length : end + 1;
    const line = src.text.slice(start, end);
    const conv = convert(line);
    if (conv.length === line.length) {
      for (let i = 0; i < conv.length; i++) b.insert(conv[i], start + i);
    } else {
      for (let i = 0; i < line.length; i++) {
        const c = convert(line[i]);
        b.insert(c.length === 1 ? c : line[i], start + i);
      }
    }
    start = end;
  }
  return b.build();
}

/** A span in the raw text for cleaned range [start, end). */
export function rawSpan(t: MappedText, start: number, end: number): { start: number; end: number } {
  const s = t.map[Math.max(0, Math.min(start, t.text.length))];
  const lastChar = Math.max(start, end - 1);
  const e = end > start ? t.map[Math.min(lastChar, t.text.length)] + 1 : s;
  return { start: s, end: Math.max(s, e) };
}

/**
 * Line breaking for Chinese panels. Chinese does not wrap at spaces, so lines break anywhere,
 * measured in "columns" (a CJK character is one column, Latin letters and digits about half),
 * with the usual rule that closing punctuation never starts a line.
 */

/** Characters that must not begin a line (they stick to the previous one). */
const NO_LINE_START = new Set('，。、；：？！）》」』”’·｜…—,.;:?!)]%');

/**
 * What separates the parts of one line the hall draws (period, issuers, date; zone, numbers).
 * Not the middle dot: the hall's font draws it as a full-width character whose dot troika sets
 * near the letters' top, where visitors read it as a stray mark. The full-width bar is set narrow
 * (as troika sets the font's full-width punctuation), so it takes a space each side.
 */
export const SEPARATOR = ' ｜ ';

/** Width of one character in columns: full-width for CJK and full-width forms, ~half for the rest. */
export function charColumns(ch: string): number {
  const c = ch.codePointAt(0) ?? 0;
  return c >= 0x2e80 || (c >= 0x2010 && c <= 0x201f) ? 1 : 0.55;
}

/** Width of a string in columns. */
export function textColumns(text: string): number {
  let w = 0;
  for (const ch of text) w += charColumns(ch);
  return w;
}

/** Height (m) of a one-line label of `text` that fits `width` metres, at most `max`: measured, CJK one em a character, Latin about half. */
export function fitSize(text: string, width: number, max: number): number {
  return Math.min(max, width / Math.max(textColumns(text), 1));
}

/** Breaks `text` into lines of at most `maxColumns` columns; existing newlines are kept. */
export function wrapLines(text: string, maxColumns: number): string[] {
  const lines: string[] = [];
  for (const para of text.split('\n')) {
    let line = '';
    let width = 0;
    for (const ch of para) {
      const w = charColumns(ch);
      if (width + w > maxColumns && line) {
        if (!NO_LINE_START.has(ch)) {
          lines.push(line);
          line = '';
          width = 0;
        } else if (width > maxColumns) {
          // One closing mark already hangs past the edge: carry the last character before the
          // marks down with them, so neither a second mark hangs nor a line starts with one.
          // A line of nothing but one character and marks breaks before the mark: overflowing
          // the panel would be worse than a line that starts with punctuation.
          let k = line.length - 1;
          while (k > 0 && NO_LINE_START.has(line[k])) k--;
          const cut = k > 0 ? k : line.length;
          lines.push(line.slice(0, cut));
          line = line.slice(cut);
          width = textColumns(line);
        }
      }
      line += ch;
      width += w;
    }
    lines.push(line);
  }
  return lines;
}

/** Shortens `text` to at most `maxColumns` columns, ending with an ellipsis when cut. */
export function clip(text: string, maxColumns: number): string {
  if (textColumns(text) <= maxColumns) return text;
  let out = '';
  let width = 0;
  for (const ch of text) {
    const w = charColumns(ch);
    if (width + w > maxColumns - 1) break;
    out += ch;
    width += w;
  }
  return `${out}…`;
}

/** Dates as Chinese documents write them: 2022年12月15日, 2023年1月, 9月15日, 2022-07-08, 2022/3/25. */

/** A date found in text, with its position in that text. */
export interface FoundDate {
  year?: number;
  month?: number;
  day?: number;
  index: number;
  length: number;
}

const DATE_RE =
  /(?:(\d{4})\s*年\s*(\d{1,2})\s*月(?:\s*(\d{1,2})\s*[日号])?)|(?:(\d{4})[-/.](\d{1,2})[-/.](\d{1,2}))|(?:(?<![\d年])(\d{1,2})\s*月\s*(\d{1,2})\s*[日号])/g;

/** All dates in `text`, in order. Months and days are range-checked. */
export function findDates(text: string): FoundDate[] {
  const out: FoundDate[] = [];
  DATE_RE.lastIndex = 0;
  for (let m = DATE_RE.exec(text); m; m = DATE_RE.exec(text)) {
    const year = Number(m[1] ?? m[4]) || undefined;
    const month = Number(m[2] ?? m[5] ?? m[7]);
    const day = Number(m[3] ?? m[6] ?? m[8]) || undefined;
    if (month < 1 || month > 12 || (day !== undefined && (day < 1 || day > 31))) continue;
    if (year !== undefined && (year < 1949 || year > 2100)) continue;
    out.push({ year, month, day, index: m.index, length: m[0].length });
  }
  return out;
}

/** Formats as YYYY, YYYY-MM or YYYY-MM-DD, filling a missing year from `year`. */
export function formatDate(d: FoundDate, year?: number): string | undefined {
  const y = d.year ?? year;
  if (!y) return undefined;
  if (!d.month) return String(y);
  const mm = String(d.month).padStart(2, '0');
  return d.day ? `${y}-${mm}-${String(d.day).padStart(2, '0')}` : `${y}-${mm}`;
}

/**
 * The year a document is written in, for dates it gives without one (9月15日): the latest year
 * among its full dates. Deadlines (到2025年) and plan periods are not dates and are not counted.
 */
export function documentYear(text: string): number | undefined {
  let best: number | undefined;
  for (const d of findDates(text)) if (d.year && (!best || d.year > best)) best = d.year;
  return best;
}

/** A plan period written as (2023-2025年), 2022—2024年, 2023至2025年. */
export function findPeriod(text: string): [number, number] | undefined {
  const m = /(20\d\d|19\d\d)\s*年?\s*[-—–─~～至到]\s*(20\d\d|19\d\d)\s*年?/.exec(text);
  if (!m) return undefined;
  const a = Number(m[1]);
  const b = Number(m[2]);
  return b >= a && b - a <= 30 ? [a, b] : undefined;
}

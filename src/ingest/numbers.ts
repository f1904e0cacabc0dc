/** Chinese numerals: 一 → 1, 十五 → 15, 两 → 2, 三百 → 300. */

const DIGIT: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const SMALL: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
const BIG: Record<string, number> = { 万: 1e4, 亿: 1e8 };

/** Parses a Chinese numeral (一千五百, 十二); returns NaN when it is not one. */
export function parseChineseNumber(s: string): number {
  if (!s) return NaN;
  let total = 0;
  let section = 0;
  let digit = 0;
  let sawDigit = false;
  for (const c of s) {
    if (c in DIGIT) {
      digit = DIGIT[c];
      sawDigit = true;
    } else if (c in SMALL) {
      section += (sawDigit ? digit : 1) * SMALL[c];
      digit = 0;
      sawDigit = false;
    } else if (c in BIG) {
      total += (section + digit) * BIG[c];
      section = 0;
      digit = 0;
      sawDigit = false;
    } else return NaN;
  }
  return total + section + digit;
}

/** Parses an Arabic or Chinese number as written ("1,500", "2.5", "十五"). */
export function parseNumber(s: string): number {
  const t = s.replace(/[,，]/g, '');
  if (/^\d+(\.\d+)?$/.test(t)) return Number(t);
  return parseChineseNumber(t);
}

/** Ordinal of a heading number: "三" → 3, "12" → 12. */
export function ordinal(s: string): number {
  return /^\d+$/.test(s) ? Number(s) : parseChineseNumber(s);
}

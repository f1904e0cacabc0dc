/** Between the cleaned text the studio shows and the raw text figure spans index (pure). */

/** The first index i with map[i] ≥ raw (map is non-decreasing). */
export function cleanIndex(map: number[], raw: number): number {
  let lo = 0, hi = map.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (map[mid] < raw) lo = mid + 1; else hi = mid;
  }
  return lo;
}

/** A raw span as a span of the cleaned text. */
export function toClean(map: number[], span: { start: number; end: number }): { start: number; end: number } {
  return { start: cleanIndex(map, span.start), end: Math.max(cleanIndex(map, span.start) + 1, cleanIndex(map, span.end)) };
}

/** A selection of the cleaned text as a raw span (the words the curator selected, in the document). */
export function toRaw(map: number[], start: number, end: number): { start: number; end: number } {
  return { start: map[start], end: map[Math.max(start, end - 1)] + 1 };
}

/** Number and unit read from selected words (500亿元, 3–5个, 20%), for a new figure's first values. */
export function readFigure(words: string, units: string[]): { min: number; max: number; unit: string } | null {
  const unit = [...units].sort((a, b) => b.length - a.length).find((u) => words.includes(u)) ?? '';
  const nums = [...words.matchAll(/\d+(?:\.\d+)?/g)].map((m) => Number(m[0]));
  if (!nums.length) return null;
  return { min: nums[0], max: nums.length > 1 && /[-–—~～至到]/.test(words) ? nums[1] : nums[0], unit: unit || '个' };
}

/**
 * Radical code points → the ideographs they stand for. PDF printers (Chromium with Noto CJK among
 * them) write a ToUnicode map that sends a glyph shared by a radical and an ideograph to the
 * radical, so 厦门 extracts as 厦⻔ and 行动 as ⾏动. NFKC folds the Kangxi Radicals
 * (U+2F00–U+2FDF) and the compatibility ideographs, but not the CJK Radicals Supplement
 * (U+2E80–U+2EFF): those come from this table, which follows Unicode's
 * EquivalentUnifiedIdeograph.txt (checked in test/unit/ingest/formats/radicals.test.ts against
 * Noto CJK, where each radical and its ideograph share a glyph).
 */

/** CJK Radicals Supplement → equivalent unified ideograph. Radicals with no equivalent are absent. */
export const RADICALS_SUPPLEMENT: Readonly<Record<string, string>> = {
  '⺁': '厂', '⺂': '乛', '⺃': '乚', '⺄': '乙', '⺅': '亻', '⺆': '冂', '⺇': '𠘨', '⺉': '刂', '⺊': '卜',
  '⺋': '㔾', '⺌': '小', '⺍': '𭕄', '⺎': '兀', '⺏': '尣', '⺐': '尢', '⺒': '巳', '⺓': '幺',
  '⺔': '彑', '⺕': '彐', '⺖': '忄', '⺗': '心', '⺘': '扌', '⺙': '攵', '⺛': '旡', '⺜': '日', '⺝': '月',
  '⺞': '歺', '⺟': '母', '⺠': '民', '⺡': '氵', '⺢': '氺', '⺣': '灬', '⺤': '爫', '⺥': '爫',
  '⺦': '丬', '⺧': '牛', '⺨': '犭', '⺩': '𤣩', '⺪': '疋', '⺫': '罒', '⺬': '示', '⺭': '礻',
  '⺮': '𥫗', '⺯': '糹', '⺰': '纟', '⺱': '罓', '⺲': '罒', '⺳': '㓁', '⺴': '网', '⺶': '羊',
  '⺹': '耂', '⺺': '肀', '⺻': '聿', '⺼': '肉', '⺽': '𦥑', '⺾': '艹', '⺿': '艹', '⻀': '艹', '⻁': '虎',
  '⻂': '衤', '⻃': '覀', '⻄': '西', '⻅': '见', '⻆': '角', '⻇': '𧢲', '⻈': '讠', '⻉': '贝', '⻊': '𧾷',
  '⻋': '车', '⻌': '辶', '⻍': '辶', '⻎': '辶', '⻏': '阝', '⻐': '钅', '⻑': '長', '⻒': '镸',
  '⻓': '长', '⻔': '门', '⻕': '𨸏', '⻖': '阝', '⻗': '雨', '⻘': '青', '⻙': '韦', '⻚': '页',
  '⻛': '风', '⻜': '飞', '⻝': '食', '⻞': '𩙿', '⻟': '飠', '⻠': '饣', '⻡': '𩠐', '⻢': '马', '⻣': '骨', '⻤': '鬼',
  '⻥': '鱼', '⻦': '鸟', '⻧': '卤', '⻨': '麦', '⻩': '黄', '⻪': '黾', '⻫': '斉', '⻬': '齐',
  '⻭': '歯', '⻮': '齿', '⻯': '竜', '⻰': '龙', '⻱': '龜', '⻲': '亀', '⻳': '龟',
};

/**
 * Punctuation a CJK font draws with one glyph for two code points, extracted as the one the text
 * did not use: the dash of 2022—2024 comes out as U+2015 HORIZONTAL BAR (older GB2312 tables map
 * the 破折号 there too); Chinese text writes U+2014.
 */
export const SHARED_PUNCTUATION: Readonly<Record<string, string>> = { '\u2015': '\u2014' };

// Kangxi Radicals, the CJK compatibility ideographs (BMP and supplement): NFKC knows these.
const NFKC_RANGES = /[\u2F00-\u2FDF\uF900-\uFAFF]|\uD87E[\uDC00-\uDE1F]/g;
const SUPPLEMENT = /[\u2E80-\u2EFF]/g;
const PUNCTUATION = /\u2015/g;

/** Folds radicals, compatibility ideographs and shared-glyph punctuation to what the text printed; nothing else changes. */
export function foldPrintedForms(text: string): string {
  return text
    .replace(NFKC_RANGES, (c) => c.normalize('NFKC'))
    .replace(SUPPLEMENT, (c) => RADICALS_SUPPLEMENT[c] ?? c)
    .replace(PUNCTUATION, (c) => SHARED_PUNCTUATION[c]);
}

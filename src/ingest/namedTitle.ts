/**
 * The plan a news article is about: the title it names in 《…》 (or “…”) beside a verb of issuing —
 * 印发《…》, 《…》正式发布, 《…》(以下简称《…》)出炉 — not the article's headline or first line.
 */

// A title ends with what kind of document it is, optionally followed by its period or status.
const PLAN_TAIL = /(计划|方案|规划|意见|办法|措施|纲要|政策|细则|条例|指南|要点|决定|通知)(\([^)]*\))?$/;
const ISSUE = '印发|发布|出台|制定|提出|转发|出炉|公布|颁布|起草|审议通过|推出';
const ISSUED_BEFORE = new RegExp(`(${ISSUE})(了)?$`);
const ISSUED_AFTER = new RegExp(`^(正式|近日|日前|今日|已|将|于[^,，。]{0,12})?(${ISSUE}|实施)`);
// 此前已印发的《…》: an earlier plan the article refers to.
const EARLIER = /(此前|之前|先前|已经?)(正式)?(印发|发布|出台)的$/;

/** A title named in the text, with the sentence that issues it. */
export interface NamedTitle {
  title: string;
  /** Offset of the opening bracket in `text`. */
  at: number;
  sentence: string;
}

function sentenceAround(text: string, a: number, b: number): string {
  let s = a;
  while (s > 0 && !/[。！？\n]/.test(text[s - 1])) s--;
  let e = b;
  while (e < text.length && !/[。！？\n]/.test(text[e])) e++;
  return text.slice(s, e);
}

/** The first plan title the text names as being issued, if any. */
export function namedTitle(text: string): NamedTitle | undefined {
  const re = /《([^《》\n]{4,80})》|“([^“”\n]{6,40})”/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const quoted = m[1] === undefined;
    const title = (m[1] ?? m[2]).replace(/\s+/g, '').replace(/（/g, '(').replace(/）/g, ')');
    if (!PLAN_TAIL.test(title)) continue;
    const before = text.slice(Math.max(0, m.index - 10), m.index).replace(/\s+/g, '');
    if (/简称$/.test(before) || EARLIER.test(before)) continue;
    // After the title: skip an abbreviation note — (以下简称《…》) — then look for the verb.
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 40).replace(/\s+/g, '').replace(/^[(（][^)）]{0,20}[)）]/, '').replace(/^[,，]?[\u4e00-\u9fff]{0,6}?(?=已|正式)/, '');
    const issued = ISSUED_BEFORE.test(before.replace(/(正式|联合|共同|近日|日前)+$/, '')) || ISSUED_AFTER.test(after);
    if (!issued) continue;
    // A bare “…” needs the verb right beside it; quotes mark many things besides titles.
    if (quoted && !ISSUED_AFTER.test(after) && !ISSUED_BEFORE.test(before)) continue;
    return { title, at: m.index, sentence: sentenceAround(text, m.index, m.index + m[0].length) };
  }
  return undefined;
}

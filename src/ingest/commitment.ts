/**
 * Which figures are commitments, decided on the whole clause rather than the word before the
 * figure: a goal or support verb anywhere earlier in the sentence (给予每个平台最高2亿元,
 * 争创2个国家级先导区), a deadline (到2025年), a support noun after it (…的产业基金) or a cap
 * before it (最高, 最长). Against: the present or the past (目前, 已, 截至, 同比, 成立了, 预计2021年),
 * eligibility thresholds (对…超过500万元的项目), structure counts (5大任务, 等12个领域) and names
 * in quotes (“一核三园”).
 */

/** Verbs of a goal or an offer, found anywhere earlier in the sentence. */
export const VERBS = [
  '达到', '达', '突破', '超过', '超', '增长到', '增至', '提升至', '提高到', '提高', '实现', '培育', '引育', '引进', '引入', '打造',
  '建设', '建成', '组建', '形成', '新增', '培养', '汇聚', '集聚', '聚集', '给予', '予以', '享受', '提供', '设立', '安排', '扶持',
  '奖励', '补助', '资助', '补贴', '创建', '认定', '孵化', '带动', '吸引', '布局', '开发', '推出', '举办', '开展', '制定', '建立',
  '落地', '招引', '引培', '储备', '扩大到', '发展', '打响', '推广', '应用', '服务', '吸纳', '支持', '争创', '拥有', '新申请', '申请',
  '获得', '成立', '推动', '覆盖', '部署', '投入', '贴息', '占比', '比重', '增速', '普及率', '覆盖率',
];
const VERB_ANY = new RegExp(`(${VERBS.join('|')})`);
const DEADLINE_IN = /(?:到|至|于)20\d\d年|20\d\d年(?:前|底前|以前)/;
const SUPPORT_NOUN = /(基金|资金|风险池|补助|资助|奖励|补贴|安家费|扶持|贴息|启动资金|免租|租金|支持)/;
const CAP_BEFORE = /(最高|最多|最长|不超过)/;
const GIVING = /(给予|予以|提供|安排|设立|享受)/;
// A figure about now or before: 目前, 已, 截至, 同比, 以来, a verb with 了 (成立了3只基金).
const PAST = /(目前|现有|已有|已经|已|截至|截止|同比|以来|去年|上年|此前|曾|数据显示|据统计|(?<!为|除)[\u4e00-\u9fff]了|预计20\d\d年)/;
// 对…超过500万元的(项目), 凡…达到…以上的: who qualifies, not what is promised.
const CONDITION = /(对|凡|符合|满足)/;
const THRESHOLD_AFTER = /^(及)?(以上|以下)?的/;
const STRUCTURE_AFTER = /^(大(?![\u4e00-\u9fff]{0,4}(场景|平台|基地|集群|园区|中心))|方面|层面|方向|任务|措施|工程|部门|阶段|体系|亮点|维度|原则|环节|步骤|重点|特点|要素|行动|板块|问题|批|级|条(新政|措施|政策)|个(方面|领域|行业|目标|发展路径|应用场景”))/;

// 支持内容共包含三项: how many parts something has.
const PARTS = /(包含|包括|分为|共有|涵盖|分别是)/;

/** Where a figure stands: its sentence and comma-bounded segment. */
export interface FigureContext {
  /** Sentence text before the figure. */
  sentenceBefore: string;
  /** Sentence text after the figure's unit. */
  sentenceAfter: string;
  /** Segment (between commas) text before the figure and after its unit. */
  pre: string;
  after: string;
}

/** Whether a figure in this context is a structure count or a name rather than an amount. */
export function isStructure(c: FigureContext, unit: string, written: string): boolean {
  if (STRUCTURE_AFTER.test(c.after) || /等$/.test(c.pre) || PARTS.test(c.pre)) return true;
  // 5大任务 is the plan's structure; 8大示范场景 counts scenes; A、B、C三大平台 counts a list just written.
  if (unit === '大') return /、[^，,；;]*$/.test(c.sentenceBefore) || !/^[\u4e00-\u9fff]{0,4}(场景|平台|基地|集群|园区|中心|产业园|项目)/.test(c.after);
  // 一次性, 二次攀峰, 三元一体: a numeral inside a word, not an amount.
  const chinese = !/\d/.test(written);
  if (/^性/.test(c.after) || (chinese && ((unit === '次' && /^[\u4e00-\u9fff]/.test(c.after)) || unit === '元'))) return true;
  // Inside a name in quotes or a title: “一核三园两港”, 《…三年行动计划》.
  const open = (o: string, cl: string) => c.sentenceBefore.lastIndexOf(o) > c.sentenceBefore.lastIndexOf(cl);
  if (open('“', '”') || open('《', '》')) return true;
  return unit === '年' && !/(最长|最多|连续|为期|期限为?)$/.test(c.pre) && !SUPPORT_NOUN.test(c.after.slice(0, 6));
}

/** Removes titles in 《》 and time clauses (建成后) so their words do not count as the sentence's verbs. */
function withoutTitles(s: string): string {
  // The patterns need 《 and 后: a sentence without them is not run through either.
  const out = s.includes('《') ? s.replace(/《[^》]*》/g, '') : s;
  return out.includes('后') ? out.replace(AFTER_DONE, '') : out;
}
// 建成后, 完成后: a time clause describing a project, not a verb of the plan.
const AFTER_DONE = new RegExp(`(${VERBS.join('|')})后`, 'g');

/** goal or support when the figure is a commitment, else undefined. `lastKind` is the previous figure's in the sentence. */
export function commitment(c: FigureContext, lastKind?: 'goal' | 'support'): 'goal' | 'support' | undefined {
  const before = withoutTitles(c.sentenceBefore);
  if (PAST.test(c.pre) || /(截至|截止|数据显示|据统计|以来|预计20\d\d年)/.test(before)) return undefined;
  if (THRESHOLD_AFTER.test(c.after) && !SUPPORT_NOUN.test(c.after) && CONDITION.test(before) && !GIVING.test(c.pre)) return undefined;
  const support = CAP_BEFORE.test(c.pre) || GIVING.test(c.pre) || SUPPORT_NOUN.test(c.pre) || /^(的)?[^，,；;。]{0,8}?(给予|予以)?[^，,；;。]{0,6}?(基金|资金|风险池|补助|资助|奖励|补贴|安家费|扶持|贴息)/.test(c.after);
  if (support) return 'support';
  const committed = VERB_ANY.test(before) || DEADLINE_IN.test(before) || SUPPORT_NOUN.test(c.after);
  if (!committed) return undefined;
  return lastKind === 'support' && !VERB_ANY.test(c.pre) ? 'support' : 'goal';
}

/**
 * A document's most distinctive terms, for plans the theme vocabulary says nothing about (a
 * new-energy-vehicle or data-element plan in a metaverse hall). Chinese has no spaces, so the
 * candidates are all runs of 2–6 Han characters that cross no punctuation, digit, Latin letter or
 * generic policy word (发展, 推进 … are read as separators); a candidate is a term when it stands
 * free (more than one neighbour on each side: accessor variety) and is not mostly part of a
 * longer candidate. Terms are ranked TF-IDF-like: frequent here, rare in the background
 * (the other plans of the same ingest), longer terms weighted up as more specific (C-value).
 */
import { placesInText } from './divisions';

/** One term of a document: how often it occurs there and how distinctive it is. */
export interface DistinctiveTerm {
  term: string;
  count: number;
  score: number;
}

/** Options for distinctiveTerms. */
export interface TermOptions {
  /** How many terms to return. */
  limit?: number;
  /** Terms to leave out besides the generic words (the plan's own region, say). */
  exclude?: (term: string) => boolean;
}

const MIN_LEN = 2;
const MAX_LEN = 6;
/**
 * Only the head of a very long document (and of each background one) is read: a plan's domain
 * shows in its first pages, and counting every n-gram of a 20 MB text would cost more than
 * ingesting it.
 */
const MAX_CHARS = 60_000;
/** A shorter candidate inside a longer one is dropped when this share of its uses are in it. */
const SUBSUMED = 0.7;

/**
 * Words every plan uses whatever its field: verbs of policy, its structure, its kinds of actors,
 * administrative and news boilerplate. A candidate that is one of these, or begins or ends with
 * one (推动新能源汽车, 汽车产业), is not a term: its core is.
 */
export const GENERIC_WORDS: ReadonlySet<string> = new Set(
  (
    '发展 推进 建设 加快 推动 加强 支持 提升 实施 完善 创新 产业 企业 工作 建立 构建 打造 培育 鼓励 重点 项目 应用 ' +
    '服务 体系 领域 国家 政府 部门 单位 相关 行动 计划 方案 规划 年度 我市 我区 我省 全市 全区 全省 全国 各地 有关 进一步 ' +
    '积极 开展 促进 深化 优化 强化 形成 实现 达到 提高 引导 组织 落实 保障 措施 机制 政策 示范 试点 基地 园区 集群 龙头 ' +
    '高新区 开发区 经开区 新区 示范区 先导区 试验区 片区 街道 ' +
    '骨干 高质量 能力 水平 资源 主要 目标 任务 总体 要求 指导思想 基本原则 通知 印发 发布 记者 报道 日前 近日 获悉 ' +
    '新闻 来源 责任编辑 编辑 工程 专项 重大 重要 关键 核心 基础 加大 力度 统筹 协调 结合 围绕 聚焦 依托 面向 提供 ' +
    '研究 制定 出台 探索 持续 不断 全面 充分 有效 大力 着力 做好 用好 规范 健全 营造 环境 生态 合作 交流 ' +
    '主体 社会 行业 区域 地方 省市 区县 功能 作用 成果 质量 现代 ' +
    '规模 数量 总量 以上 左右 同比 增长 年均 累计 最高 最多 不超过 超过 不低于 至少 每年 单个 分别 力争 确保 基本 初步 显著 明显 领先 一流 国际 国内 全球 ' +
    '部署 要点 意见 办法 细则 条例 纲要 负责 牵头 责任 配合 按照 根据 通过 进行 加以 给予 予以 对于 关于 以及 ' +
    '其中 同时 此外 并且 或者 已经 正在 将会 可以 需要 应当 一批 一系列 若干 多个 各类 各级 一体 一是 二是 三是 四是'
  ).split(/\s+/),
);

/** Characters that do not begin or end a term: particles, conjunctions, prepositions, numerals, measure words. */
const EDGE_FUNCTION = /^[的了和与及等在是为对将把被各其之以由从向于并或也就到上中下个年月日第一二三四五六七八九十百千万亿两每该此这那]|[的了和与及等在是为对将把被各其之以由从向于并或也就到个第一二三四五六七八九十百千万亿两每该此这那]$/;

const HAN_RUN = /[\u3400-\u9fff\uf900-\ufaff]+/g;
// Generic words and 的 part a run as punctuation does: 推动新能源汽车产业发展 → 新能源汽车. At each
// character the longest stop word that begins there is cut out (looked up by that character, not
// tried as one alternation of two hundred words at every character).
const STOPS_BY_FIRST = new Map<string, string[]>();
for (const w of [...[...GENERIC_WORDS].sort((a, b) => b.length - a.length), '的']) {
  const list = STOPS_BY_FIRST.get(w[0]);
  if (list) list.push(w);
  else STOPS_BY_FIRST.set(w[0], [w]);
}

/** Pushes the pieces of a Han run between its stop words (empty ones included) onto `out`. */
function splitAtStops(run: string, out: string[]): void {
  let from = 0;
  for (let i = 0; i < run.length; ) {
    const stop = STOPS_BY_FIRST.get(run[i])?.find((w) => run.startsWith(w, i));
    if (!stop) {
      i++;
      continue;
    }
    out.push(run.slice(from, i));
    i += stop.length;
    from = i;
  }
  out.push(run.slice(from));
}

/** Runs of Han characters of `text` (its first MAX_CHARS characters) between punctuation and generic words. */
function hanRuns(text: string): string[] {
  const pieces: string[] = [];
  for (const run of text.slice(0, MAX_CHARS).match(HAN_RUN) ?? []) splitAtStops(run, pieces);
  return pieces.filter((r) => r.length >= MIN_LEN);
}

/** How often each 2–6 character run occurs in `text` (overlaps counted). */
export function ngramCounts(text: string): Map<string, number> {
  return countNgrams(hanRuns(text));
}

function countNgrams(runs: string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const run of runs) {
    for (let i = 0; i + MIN_LEN <= run.length; i++) {
      for (let n = MIN_LEN; n <= MAX_LEN && i + n <= run.length; n++) {
        const g = run.slice(i, i + n);
        counts.set(g, (counts.get(g) ?? 0) + 1);
      }
    }
  }
  return counts;
}

/** True when a generic word is, begins or ends `term`. */
function generic(term: string): boolean {
  if (GENERIC_WORDS.has(term) || EDGE_FUNCTION.test(term)) return true;
  for (let n = 2; n <= Math.min(4, term.length - 1); n++) {
    if (GENERIC_WORDS.has(term.slice(0, n)) || GENERIC_WORDS.has(term.slice(-n))) return true;
  }
  return false;
}

/**
 * Accessor variety of candidates: the distinct characters seen before and after each, with a run's
 * edge counting as a new neighbour each time (a term that begins a clause stands free there).
 */
function accessorVariety(runs: string[], wanted: Set<string>): Map<string, { left: number; right: number }> {
  const seen = new Map<string, { left: Set<string>; right: Set<string> }>();
  let edge = 0;
  for (const run of runs) {
    for (let i = 0; i + MIN_LEN <= run.length; i++) {
      for (let n = MIN_LEN; n <= MAX_LEN && i + n <= run.length; n++) {
        const g = run.slice(i, i + n);
        if (!wanted.has(g)) continue;
        let s = seen.get(g);
        if (!s) seen.set(g, (s = { left: new Set(), right: new Set() }));
        s.left.add(i > 0 ? run[i - 1] : `^${edge++}`);
        s.right.add(i + n < run.length ? run[i + n] : `$${edge++}`);
      }
    }
  }
  return new Map([...seen].map(([g, s]) => [g, { left: s.left.size, right: s.right.size }]));
}

/**
 * The most distinctive terms of `text` against `background` (other documents), best first. Never
 * empty for a text with any Han run of two characters that is not all generic words.
 */
export function distinctiveTerms(text: string, background: readonly string[], opts: TermOptions = {}): DistinctiveTerm[] {
  const limit = opts.limit ?? 5;
  const runs = hanRuns(text);
  const counts = countNgrams(runs);
  // A place begins it (杭州种业), or is named in full in it; a short name inside is often a word (振兴).
  const places = (g: string) => placesInText(g).some((p) => p.at === 0 || !p.short);
  const usable = (g: string) => !generic(g) && !places(g) && !opts.exclude?.(g);
  // A term is said more than once, unless the text is too short to repeat anything. (Repeats are
  // judged first: most n-grams occur once, and are only read when nothing usable repeats.)
  const entries = [...counts.entries()];
  let pool = entries.filter(([g, n]) => n > 1 && usable(g));
  if (!pool.length) pool = entries.filter(([g]) => usable(g));

  // Free-standing: a fragment of a longer phrase always has the same neighbour on one side.
  const av = accessorVariety(runs, new Set(pool.map(([g]) => g)));
  const free = pool.filter(([g]) => {
    const v = av.get(g)!;
    return v.left > 1 && v.right > 1;
  });
  if (free.length) pool = free;

  // Nested candidates: a shorter one mostly used inside a longer kept one adds nothing of its own.
  pool.sort((a, b) => b[0].length - a[0].length || b[1] - a[1]);
  const kept: [string, number][] = [];
  // Every shorter piece of a kept candidate → the highest count of a kept candidate holding it
  // (longer ones are kept first, and one of a length cannot hold another of the same length).
  const heldBy = new Map<string, number>();
  for (const [g, n] of pool) {
    if ((heldBy.get(g) ?? -1) >= SUBSUMED * n) continue;
    kept.push([g, n]);
    for (let len = MIN_LEN; len < g.length; len++) {
      for (let i = 0; i + len <= g.length; i++) {
        const piece = g.slice(i, i + len);
        if ((heldBy.get(piece) ?? -1) < n) heldBy.set(piece, n);
      }
    }
  }

  const docs = background.length;
  // The background is read to the same depth as the text.
  const heads = background.map((b) => b.slice(0, MAX_CHARS));
  const scored = kept.map(([term, count]) => {
    const df = heads.reduce((d, b) => d + (b.includes(term) ? 1 : 0), 0);
    // Smoothed IDF (never zero with no background) × C-value's length weight.
    const score = count * (1 + Math.log((docs + 1) / (df + 1))) * Math.log2(term.length);
    return { term, count, score };
  });
  scored.sort((a, b) => b.score - a.score || b.term.length - a.term.length || (a.term < b.term ? -1 : 1));
  // One term per idea: a term inside (or around) a better one is left out.
  const out: DistinctiveTerm[] = [];
  for (const t of scored) {
    if (out.length >= limit) break;
    if (out.some((o) => o.term.includes(t.term) || t.term.includes(o.term))) continue;
    out.push(t);
  }
  return out;
}

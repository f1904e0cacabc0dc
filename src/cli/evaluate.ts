/**
 * Measures ingest output against a hand-checked gold set: target precision, recall and F1
 * (a match is the same plan, min, max and unit), region and title accuracy and, per plan,
 * section and clause counts. Reads both gold shapes: the seeds' (`seed`) and the corpus' (`file`,
 * `aliases`, targets marked `unsure` that count neither way).
 */
import { clauseCount } from '../plan/counts';
import type { Plan } from '../plan/schema';

/** One gold target. */
export interface GoldTarget {
  min: number;
  max: number;
  unit: string;
  metric?: string;
  quote?: string;
  unsure?: boolean;
}

/** One gold plan. */
export interface GoldPlan {
  seed?: string;
  file?: string;
  region: string;
  aliases?: string[];
  level?: string;
  title: string | null;
  structure?: { sections?: number; numbered_clauses?: number; task_groups?: number; safeguards?: number };
  targets: GoldTarget[];
}

/** The gold file's shape (only what is measured). */
export interface Gold {
  plans: GoldPlan[];
}

/** One row per gold plan. */
export interface PlanScore {
  seed: string;
  region: string;
  found: boolean;
  planId?: string;
  gotRegion?: string;
  regionRight: boolean;
  gotTitle?: string;
  title: string | null;
  titleRight: boolean;
  sections: { gold?: number; got: number };
  clauses: { gold?: number; got: number };
  groups: { gold?: number; got: number };
  safeguards: { gold?: number; got: number };
  matched: number;
  missing: string[];
  extra: string[];
}

/** The whole evaluation. */
export interface Evaluation {
  precision: number;
  recall: number;
  f1: number;
  tp: number;
  fp: number;
  fn: number;
  /** Share of gold plans whose region came out right (an alias counts). */
  regionAccuracy: number;
  /** Share of gold plans with a title whose title came out right. */
  titleAccuracy: number;
  titlesRight: number;
  titlesTotal: number;
  plans: PlanScore[];
  /** Plans the pipeline produced that the gold does not list. */
  unexpected: string[];
}

const key = (t: { min: number; max: number; unit: string }) => `${t.min}|${t.max}|${t.unit}`;
const label = (t: { metric?: string; quote?: string; min: number; max: number; unit: string }) =>
  `${t.metric ?? t.quote ?? ''} ${t.min}-${t.max}${t.unit}`;

/** A title compared without spacing, bracket width, quote style or pinyin-free differences. */
export function titleKey(t: string): string {
  return t.replace(/\s+/g, '').replace(/（/g, '(').replace(/）/g, ')').replace(/[“”"《》]/g, '').replace(/[—–─]/g, '-');
}

/** Finds the produced plan for a gold plan: same seed, then same region (or the seed's first full plan). */
function match(gold: GoldPlan, plans: Plan[]): Plan | undefined {
  const seed = gold.seed ?? gold.file;
  const same = plans.filter((p) => p.seed === seed);
  const names = [gold.region, ...(gold.aliases ?? [])];
  return (
    same.find((p) => names.includes(p.region)) ??
    same.find((p) => gold.title !== null && p.title === gold.title) ??
    (same.length === 1 || gold.file ? same.find((p) => p.evidence === 'full') ?? same[0] : undefined)
  );
}

/** Scores `plans` against `gold`. */
export function evaluate(plans: Plan[], gold: Gold): Evaluation {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  const used = new Set<Plan>();
  const rows: PlanScore[] = gold.plans.map((g) => {
    const p = match(g, plans);
    if (p) used.add(p);
    const got = [...(p?.targets ?? [])];
    const missing: string[] = [];
    let matched = 0;
    // Sure targets first, so an unsure one never takes a figure a sure one needs.
    const ordered = [...g.targets].sort((a, b) => Number(!!a.unsure) - Number(!!b.unsure));
    for (const t of ordered) {
      const i = got.findIndex((x) => key(x) === key(t));
      if (i >= 0) {
        got.splice(i, 1);
        if (!t.unsure) matched++;
      } else if (!t.unsure) missing.push(label(t));
    }
    tp += matched;
    fn += missing.length;
    fp += got.length;
    const clauses = p ? clauseCount(p) : 0;
    const groups = p?.sections.filter((s) => !s.safeguards).reduce((n, s) => n + (s.clauses.length ? s.groups.length : 0), 0) ?? 0;
    const safeguards = p?.sections.filter((s) => s.safeguards).reduce((n, s) => n + s.groups.length + s.clauses.length, 0) ?? 0;
    const s = g.structure ?? {};
    return {
      seed: g.seed ?? g.file ?? '', region: g.region, found: !!p, planId: p?.id,
      gotRegion: p?.region, regionRight: !!p && [g.region, ...(g.aliases ?? [])].includes(p.region),
      gotTitle: p?.title, title: g.title, titleRight: !!p && g.title !== null && titleKey(p.title) === titleKey(g.title),
      sections: { gold: s.sections, got: p?.sections.length ?? 0 },
      clauses: { gold: s.numbered_clauses, got: clauses },
      groups: { gold: s.task_groups, got: groups },
      safeguards: { gold: s.safeguards, got: safeguards },
      matched, missing, extra: got.map((t) => label(t)),
    };
  });
  for (const p of plans) if (!used.has(p)) fp += p.targets.length;
  const precision = tp + fp ? tp / (tp + fp) : 1;
  const recall = tp + fn ? tp / (tp + fn) : 1;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  const titled = rows.filter((r) => r.title !== null);
  const titlesRight = titled.filter((r) => r.titleRight).length;
  return {
    precision, recall, f1, tp, fp, fn,
    regionAccuracy: rows.length ? rows.filter((r) => r.regionRight).length / rows.length : 1,
    titleAccuracy: titled.length ? titlesRight / titled.length : 1,
    titlesRight, titlesTotal: titled.length,
    plans: rows, unexpected: plans.filter((p) => !used.has(p)).map((p) => p.id),
  };
}

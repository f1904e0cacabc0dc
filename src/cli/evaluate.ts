/**
 * Measures ingest output against a hand-checked gold set: target precision, recall and F1
 * (a match is the same plan, min, max and unit) and, per plan, section and clause counts.
 */
import { clauseCount } from '../plan/counts';
import type { Plan } from '../plan/schema';

/** The gold file's shape (only what is measured). */
export interface Gold {
  plans: {
    seed: string;
    region: string;
    title: string;
    structure: { sections?: number; numbered_clauses?: number; task_groups?: number; safeguards?: number };
    targets: { min: number; max: number; unit: string; metric: string }[];
  }[];
}

/** One row per gold plan. */
export interface PlanScore {
  seed: string;
  region: string;
  found: boolean;
  planId?: string;
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
  plans: PlanScore[];
  /** Plans the pipeline produced that the gold does not list. */
  unexpected: string[];
}

const key = (t: { min: number; max: number; unit: string }) => `${t.min}|${t.max}|${t.unit}`;

/** Finds the produced plan for a gold plan: same seed, then same region (or the seed's only plan). */
function match(gold: Gold['plans'][number], plans: Plan[]): Plan | undefined {
  const same = plans.filter((p) => p.seed === gold.seed);
  return same.find((p) => p.region === gold.region) ?? same.find((p) => p.title === gold.title) ?? (same.length === 1 ? same[0] : undefined);
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
    for (const t of g.targets) {
      const i = got.findIndex((x) => key(x) === key(t));
      if (i >= 0) {
        got.splice(i, 1);
        matched++;
      } else missing.push(`${t.metric} ${t.min}-${t.max}${t.unit}`);
    }
    tp += matched;
    fn += missing.length;
    fp += got.length;
    const clauses = p ? clauseCount(p) : 0;
    const groups = p?.sections.filter((s) => !s.safeguards).reduce((n, s) => n + (s.clauses.length ? s.groups.length : 0), 0) ?? 0;
    const safeguards = p?.sections.filter((s) => s.safeguards).reduce((n, s) => n + s.groups.length + s.clauses.length, 0) ?? 0;
    return {
      seed: g.seed, region: g.region, found: !!p, planId: p?.id,
      sections: { gold: g.structure.sections, got: p?.sections.length ?? 0 },
      clauses: { gold: g.structure.numbered_clauses, got: clauses },
      groups: { gold: g.structure.task_groups, got: groups },
      safeguards: { gold: g.structure.safeguards, got: safeguards },
      matched, missing, extra: got.map((t) => `${t.metric} ${t.min}-${t.max}${t.unit}`),
    };
  });
  for (const p of plans) if (!used.has(p)) fp += p.targets.length;
  const precision = tp + fp ? tp / (tp + fp) : 1;
  const recall = tp + fn ? tp / (tp + fn) : 1;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1, tp, fp, fn, plans: rows, unexpected: plans.filter((p) => !used.has(p)).map((p) => p.id) };
}

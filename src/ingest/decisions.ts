/**
 * A curator's decisions about a plan's figures, kept in its .meta.yaml beside the unchanged
 * document: figures added, dropped and edited, each keyed by its source span in the decoded raw
 * text. Applied after every ingest, so a better extractor keeps every human decision; a decision
 * whose span no longer holds a figure (or no longer holds the words it was made on) is reported.
 */
import { z } from 'zod';
import { Bound, type Plan, type Target } from '../plan/schema';
import { UNITS } from './units';

/** A source span of the raw text, the key of a decision. */
const Span = z.object({ start: z.number().int().nonnegative(), end: z.number().int().nonnegative() });

/** What a curator may set on a figure. */
const FigureFields = z.object({
  metric: z.string().min(1).max(200),
  min: z.number().finite(),
  max: z.number().finite(),
  unit: z.string().min(1).max(20),
  bound: Bound,
  kind: z.enum(['goal', 'support']),
  year: z.number().int().min(1900).max(2200).optional(),
});

/** The `targets:` block of an overlay. */
export const TargetDecisions = z.object({
  /** Figures the extractor missed: the span is the words the curator selected. */
  added: z.array(Span.extend(FigureFields.shape).extend({ quote: z.string().optional() })).default([]),
  /** Figures the extractor found wrongly. */
  dropped: z.array(Span).default([]),
  /** Figures kept with some fields corrected. */
  edited: z.array(Span.extend(FigureFields.partial().shape)).default([]),
});
export type TargetDecisions = z.infer<typeof TargetDecisions>;

type SpanKey = { start: number; end: number };
const sameSpan = (a: SpanKey, b: SpanKey) => a.start === b.start && a.end === b.end;

/** Base-unit values for a unit as written (an unknown unit counts things). */
function normalized(min: number, max: number, unit: string): Target['normalized'] {
  const u = UNITS[unit] ?? { factor: 1, base: 'count' as const };
  return { min: min * u.factor, max: max * u.factor, unit: u.base };
}

/**
 * Applies decisions to one plan. `raw` is the decoded text the spans index. Returns the plan with
 * its targets decided and a warning for each decision that no longer matches the text.
 */
export function applyTargetDecisions(plan: Plan, d: TargetDecisions | undefined, raw: string): { plan: Plan; warnings: string[] } {
  if (!d) return { plan, warnings: [] };
  const warnings: string[] = [];
  const at = (s: SpanKey) => `${s.start}–${s.end}`;
  for (const s of [...d.dropped, ...d.edited]) {
    if (!plan.targets.some((t) => sameSpan(t.source, s))) warnings.push(`decision on the figure at ${at(s)} no longer matches a figure the text gives; check it in the studio`);
  }
  const kept = plan.targets
    .filter((t) => !d.dropped.some((s) => sameSpan(t.source, s)))
    .map((t) => {
      const e = d.edited.find((s) => sameSpan(t.source, s));
      if (!e) return t;
      const { start: _s, end: _e, ...fields } = e;
      const next = { ...t, ...Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined)) } as Target;
      return { ...next, normalized: normalized(next.min, next.max, next.unit) };
    });
  const added: Target[] = [];
  for (const a of d.added) {
    const words = raw.slice(a.start, a.end);
    if (a.end > raw.length || a.end <= a.start || (a.quote !== undefined && words !== a.quote)) {
      warnings.push(`added figure "${a.metric}" at ${at(a)}: the text there no longer reads "${a.quote ?? ''}"; check it in the studio`);
      continue;
    }
    const { start, end, quote: _q, ...fields } = a;
    added.push({
      ...fields, id: `${plan.id}-a${start}`, normalized: normalized(a.min, a.max, a.unit),
      quote: words, where: whereIn(plan, start), source: { seed: plan.seed, start, end },
    });
  }
  const targets = [...kept, ...added].sort((x, y) => x.source.start - y.source.start);
  return { plan: { ...plan, targets, warnings: [...plan.warnings, ...warnings] }, warnings };
}

/** The section and clause a raw offset stands in. */
function whereIn(plan: Plan, offset: number): Target['where'] {
  const section = plan.sections.findIndex((s) => offset >= s.source.start && offset < s.source.end);
  if (section < 0) return {};
  const clause = plan.sections[section].clauses.find((c) => offset >= c.source.start && offset < c.source.end);
  return clause ? { section, clause: clause.number } : { section };
}

/**
 * The Plan schema: the contract between ingest and everything after it.
 * Versioned; validated at the boundary so a bad document is a clear error, never a broken scene.
 */
import { z } from 'zod';

/** Bump when a change to the shape would break a reader of older bundles. */
export const PLAN_SCHEMA_VERSION = 2;

/** Where a fact came from: offsets into the decoded raw text of one seed (JS string indices). */
export const Source = z.object({
  seed: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});
export type Source = z.infer<typeof Source>;

/** Administrative level of the issuing region. */
export const Level = z.enum(['national', 'province', 'city', 'district']);
export type Level = z.infer<typeof Level>;

/** A date as precise as the text gives it: YYYY, YYYY-MM or YYYY-MM-DD. */
export const PartialDate = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/);

/**
 * Base units targets are normalised to, so plans can be compared: only figures of the same base
 * unit are (3个百分点 is not 3%, 1.5倍 is not a count). Members were added, none changed.
 */
export const BaseUnit = z.enum(['CNY', 'm2', 'count', 'percent', 'points', 'ratio', 'years', 'flops', 'bytes', 'watts', 'CNY/kWh']);
export type BaseUnit = z.infer<typeof BaseUnit>;

/**
 * How the written number binds: exact (100家), atLeast (100家以上, 超过, 突破, 不低于, N+),
 * atMost (最高500万元, 不超过), about (约10个, 左右). Replaced v1's `ceiling` flag (= atMost).
 */
export const Bound = z.enum(['exact', 'atLeast', 'atMost', 'about']);
export type Bound = z.infer<typeof Bound>;

/** A quantified goal or support figure. */
export const Target = z.object({
  id: z.string(),
  metric: z.string(),
  /** Value as written: min = max for a single figure, min < max for a range (3–5). */
  min: z.number(),
  max: z.number(),
  /** Unit as written (亿元, 家, 万平方米); a bare 万 in a money context is read as 万元. */
  unit: z.string(),
  /** min and max in base units. */
  normalized: z.object({ min: z.number(), max: z.number(), unit: BaseUnit }),
  kind: z.enum(['goal', 'support']),
  bound: Bound,
  per: z.enum(['year']).optional(),
  year: z.number().int().optional(),
  quote: z.string(),
  /** Section index and clause number the figure stands in, for highlighting it there. */
  where: z.object({ section: z.number().int().optional(), clause: z.string().optional() }),
  source: Source,
});
export type Target = z.infer<typeof Target>;

/** A numbered item of a plan: 1.攻克虚拟拍摄技术。… */
export const Clause = z.object({
  number: z.string(),
  lead: z.string(),
  text: z.string(),
  /** 责任单位: the bodies responsible for the clause. */
  units: z.array(z.string()),
  themes: z.array(z.string()),
  /** The group heading number the clause stands under, e.g. "一" for （一）. */
  group: z.string().optional(),
  source: Source,
});
export type Clause = z.infer<typeof Clause>;

/** A heading level between section and clause: （一）聚焦元宇宙技术创新… */
export const Group = z.object({
  number: z.string(),
  title: z.string(),
  text: z.string(),
  source: Source,
});
export type Group = z.infer<typeof Group>;

/** A top-level part of a plan: 一、总体要求. */
export const Section = z.object({
  number: z.string(),
  title: z.string(),
  /** Text directly under the heading (a Q&A answer, an introduction). */
  text: z.string(),
  groups: z.array(Group),
  clauses: z.array(Clause),
  /** True for the safeguards part (保障措施). */
  safeguards: z.boolean(),
  source: Source,
});
export type Section = z.infer<typeof Section>;

/** Another plan the document names: a timeline entry with what is known of it. */
export const Mention = z.object({
  region: z.string(),
  level: Level.optional(),
  title: z.string().optional(),
  published: PartialDate.optional(),
  status: z.enum(['published', 'draft']),
  quote: z.string(),
  source: Source,
});
export type Mention = z.infer<typeof Mention>;

/** Optional display data from seeds/<name>.meta.yaml. */
export const Display = z.object({
  nameEn: z.string().optional(),
  regionEn: z.string().optional(),
  position: z.tuple([z.number(), z.number()]).optional(),
  color: z.string().optional(),
  order: z.number().optional(),
  /** A curator hid the booth: the plan is ingested but not shown in the hall. */
  hidden: z.boolean().optional(),
});

/** One region's plan, as structured from a seed document. */
export const Plan = z.object({
  schemaVersion: z.literal(PLAN_SCHEMA_VERSION),
  id: z.string().regex(/^[a-z0-9-]+$/),
  seed: z.string(),
  /** full: the text is here; quoted: known only from quotes in another document. */
  evidence: z.enum(['full', 'quoted']),
  kind: z.enum(['plan', 'interpretation', 'reply', 'notice']),
  region: z.string(),
  level: Level,
  title: z.string(),
  issuers: z.array(z.string()),
  announcedBy: z.string().optional(),
  published: PartialDate.optional(),
  signed: PartialDate.optional(),
  period: z.tuple([z.number().int(), z.number().int()]).optional(),
  docNumber: z.string().optional(),
  preamble: z.string(),
  sections: z.array(Section),
  targets: z.array(Target),
  /**
   * What the plan addresses, most signalled first: vocabulary themes (id only), or, for a plan the
   * vocabulary says nothing about, its most distinctive terms (label = the term as written).
   */
  themes: z.array(z.object({ id: z.string(), count: z.number().int(), label: z.string().optional() })),
  mentions: z.array(Mention),
  warnings: z.array(z.string()),
  display: Display,
  source: Source,
});
export type Plan = z.infer<typeof Plan>;

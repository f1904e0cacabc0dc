/**
 * Meta overlays: seeds/<name>.meta.yaml says what the text cannot (English names, map position,
 * display overrides). Optional; applied after parsing, validated like everything else.
 */
import { z } from 'zod';
import { Level, PartialDate, type Plan } from '../plan/schema';
import { applyTargetDecisions, TargetDecisions } from './decisions';

const PlanOverlay = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/).optional(),
  region: z.string().optional(),
  title: z.string().optional(),
  nameEn: z.string().optional(),
  regionEn: z.string().optional(),
  position: z.tuple([z.number(), z.number()]).optional(),
  color: z.string().optional(),
  order: z.number().optional(),
  // Front matter a curator corrected in the studio.
  level: Level.optional(),
  period: z.tuple([z.number().int(), z.number().int()]).optional(),
  issuers: z.array(z.string()).optional(),
  published: PartialDate.optional(),
  /** Left out of the hall (still ingested, so the studio can show it again). */
  hidden: z.boolean().optional(),
  /** Figures added, dropped and edited by a curator (src/ingest/decisions.ts). */
  targets: TargetDecisions.optional(),
});

/** The shape of a .meta.yaml file: overlay for the document's main plan, plus `plans` keyed by region. */
export const MetaOverlay = PlanOverlay.extend({
  plans: z.record(z.string(), PlanOverlay).optional(),
});
export type MetaOverlay = z.infer<typeof MetaOverlay>;

/**
 * Applies an overlay to the plans of one document (the first plan is the document's own). With
 * the decoded `raw` text, the curator's figure decisions are applied too (their spans index it).
 */
export function applyMeta(plans: Plan[], meta: MetaOverlay | undefined, raw?: string): Plan[] {
  if (!meta) return plans;
  return plans.map((p, i) => {
    const o = i === 0 ? meta : meta.plans?.[p.region];
    if (!o) return p;
    const { id, region, title, nameEn, regionEn, position, color, order, level, period, issuers, published, hidden } = o;
    const overlaid: Plan = {
      ...p,
      ...(id ? { id } : {}),
      ...(region ? { region } : {}),
      ...(title ? { title } : {}),
      ...(level ? { level } : {}),
      ...(period ? { period } : {}),
      ...(issuers ? { issuers } : {}),
      ...(published ? { published } : {}),
      display: { ...p.display, nameEn, regionEn, position, color, order, ...(hidden ? { hidden } : {}) },
    };
    return raw === undefined ? overlaid : applyTargetDecisions(overlaid, o.targets, raw).plan;
  });
}

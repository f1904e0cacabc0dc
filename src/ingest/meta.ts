/**
 * Meta overlays: seeds/<name>.meta.yaml says what the text cannot (English names, map position,
 * display overrides). Optional; applied after parsing, validated like everything else.
 */
import { z } from 'zod';
import type { Plan } from '../plan/schema';

const PlanOverlay = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/).optional(),
  region: z.string().optional(),
  title: z.string().optional(),
  nameEn: z.string().optional(),
  regionEn: z.string().optional(),
  position: z.tuple([z.number(), z.number()]).optional(),
  color: z.string().optional(),
  order: z.number().optional(),
});

/** The shape of a .meta.yaml file: overlay for the document's main plan, plus `plans` keyed by region. */
export const MetaOverlay = PlanOverlay.extend({
  plans: z.record(z.string(), PlanOverlay).optional(),
});
export type MetaOverlay = z.infer<typeof MetaOverlay>;

/** Applies an overlay to the plans of one document (the first plan is the document's own). */
export function applyMeta(plans: Plan[], meta: MetaOverlay | undefined): Plan[] {
  if (!meta) return plans;
  return plans.map((p, i) => {
    const o = i === 0 ? meta : meta.plans?.[p.region];
    if (!o) return p;
    const { id, region, title, nameEn, regionEn, position, color, order } = o;
    return {
      ...p,
      ...(id ? { id } : {}),
      ...(region ? { region } : {}),
      ...(title ? { title } : {}),
      display: { ...p.display, nameEn, regionEn, position, color, order },
    };
  });
}

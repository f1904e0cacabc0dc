/**
 * Checking a scene bundle against its schema, plan by plan, remembering the plans already checked:
 * a hall the studio republishes while it is open changes a plan or two, and checking all of them
 * again (zod over a multi-megabyte bundle) was the largest part of putting the new hall in place.
 * A plan whose JSON text is the same as one checked before is that plan again; only the others
 * are checked. Pure data, no DOM.
 */
import { z } from 'zod';
import { Plan } from '../plan/schema';
import { SceneBundle } from './bundle';

/** The bundle's schema with its plans left unchecked: they are checked one by one. */
const BundleFrame = SceneBundle.extend({ plans: z.array(z.unknown()) });

/** What a check answers: the bundle, or the first problem found. */
export type BundleCheck = { success: true; data: SceneBundle } | { success: false; message: string };

/** Checks bundles, reusing the plans of the last bundle it accepted whose text has not changed. */
export class BundleChecker {
  /** The last accepted bundle's checked plans, by their JSON text. */
  private known = new Map<string, Plan>();

  /** Checks `raw` (a parsed bundle file) as SceneBundle.safeParse would. */
  check(raw: unknown): BundleCheck {
    const frame = BundleFrame.safeParse(raw);
    if (!frame.success) return { success: false, message: frame.error.issues[0]?.message ?? 'not a bundle' };
    const next = new Map<string, Plan>();
    const plans: Plan[] = [];
    for (const item of frame.data.plans) {
      const text = JSON.stringify(item);
      let plan = next.get(text) ?? this.known.get(text);
      if (!plan) {
        const r = Plan.safeParse(item);
        if (!r.success) return { success: false, message: r.error.issues[0]?.message ?? 'not a plan' };
        plan = r.data;
      }
      next.set(text, plan);
      plans.push(plan);
    }
    this.known = next;
    return { success: true, data: { ...frame.data, plans } };
  }
}

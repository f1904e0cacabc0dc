import { describe, expect, it } from 'vitest';
import { SceneBundle } from '../../../src/scene/bundle';
import { BundleChecker } from '../../../src/scene/bundleCheck';
import { buildScene } from '../../../src/cli/scenes';

/** The seed hall's bundle as a page reads it: JSON, parsed. */
const raw = async () => JSON.parse(JSON.stringify(await buildScene('scenes/hall.yaml'))) as { plans: Record<string, unknown>[] };

describe('BundleChecker', () => {
  it('accepts what the schema accepts, with the same result', async () => {
    const b = await raw();
    const r = new BundleChecker().check(b);
    expect(r.success).toBe(true);
    expect(r.success && r.data).toEqual(SceneBundle.parse(b));
  });

  it('checks again only the plans that changed, and reuses the others', async () => {
    const checker = new BundleChecker();
    const first = checker.check(await raw());
    const next = await raw();
    next.plans[1].title = `${String(next.plans[1].title)} (corrected)`;
    const second = checker.check(next);
    if (!first.success || !second.success) throw new Error('both are bundles');
    expect(second.data.plans[0]).toBe(first.data.plans[0]);
    expect(second.data.plans[1]).not.toBe(first.data.plans[1]);
    expect(second.data.plans[1].title).toMatch(/\(corrected\)$/);
    expect(second.data).toEqual(SceneBundle.parse(next));
  });

  it('rejects a broken plan even when the bundle before it was accepted', async () => {
    const checker = new BundleChecker();
    expect(checker.check(await raw()).success).toBe(true);
    const broken = await raw();
    broken.plans[0].targets = 'none';
    const r = checker.check(broken);
    expect(r.success).toBe(false);
    expect(SceneBundle.safeParse(broken).success).toBe(false);
  });

  it('rejects a bundle whose frame is wrong, as the schema does', () => {
    const r = new BundleChecker().check({ bundleVersion: 2, scene: 'hall', title: 'x', plans: [], problems: [] });
    expect(r.success).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { evaluateSet } from '../../../src/cli/evalSets';

// The development corpus: 16 real documents the rules were not written from; measured, never read by the pipeline.
const e = await evaluateSet('corpus');

describe('development corpus against its gold', () => {
  it('finds the targets (F1 ≥ 0.95)', () => {
    expect(e.f1, JSON.stringify(e.plans.map((p) => [p.seed, p.missing, p.extra]).filter((x) => (x[1] as string[]).length + (x[2] as string[]).length))).toBeGreaterThanOrEqual(0.95);
  });
  it('gets every region right', () => {
    expect(e.plans.filter((p) => !p.regionRight).map((p) => `${p.seed}: ${p.gotRegion} ≠ ${p.region}`)).toEqual([]);
  });
  it('gets at least 14 of 15 titles right', () => {
    expect(e.titlesTotal).toBe(15);
    expect(e.titlesRight, e.plans.filter((p) => p.title !== null && !p.titleRight).map((p) => p.gotTitle).join(' | ')).toBeGreaterThanOrEqual(14);
  });
});

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ingestPaths } from '../../../src/cli/readSeeds';
import { evaluate, type Gold } from '../../../src/cli/evaluate';

// The development set: measured, never read by the pipeline.
const gold = JSON.parse(readFileSync('test/fixtures/seeds.gold.json', 'utf8')) as Gold;
const { docs, plans, problems } = await ingestPaths(['seeds']);
const e = evaluate(plans, gold);

describe('seeds against the gold set', () => {
  it('ingests every seed without an error', () => {
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
  });
  it('finds every gold target and nothing else (F1 = 1)', () => {
    expect({ missing: e.plans.flatMap((p) => p.missing), extra: e.plans.flatMap((p) => p.extra) }).toEqual({ missing: [], extra: [] });
    expect(e.f1).toBe(1);
  });
  it('counts sections, clauses, task groups and safeguards exactly', () => {
    for (const r of e.plans) {
      expect(r.found, r.region).toBe(true);
      for (const k of ['sections', 'clauses', 'groups', 'safeguards'] as const) {
        if (r[k].gold !== undefined) expect(r[k].got, `${r.region} ${k}`).toBe(r[k].gold);
      }
    }
  });
  it('matches the gold facts of each plan', () => {
    for (const g of (JSON.parse(readFileSync('test/fixtures/seeds.gold.json', 'utf8')) as { plans: Record<string, unknown>[] }).plans) {
      const p = plans.find((x) => x.seed === g.seed && x.region === g.region);
      expect(p, String(g.region)).toBeDefined();
      expect(p!.title).toBe(g.title);
      expect(p!.level).toBe(g.level);
      if (g.issuers) expect(p!.issuers).toEqual(g.issuers);
      if (g.published) expect(p!.published).toBe(g.published);
      if (g.period) expect(p!.period).toEqual(g.period);
      if (g.doc_number) expect(p!.docNumber).toBe(g.doc_number);
      if (g.announced_by) expect(p!.announcedBy).toBe(g.announced_by);
      for (const t of g.targets as { min: number; max: number; unit: string; kind: string; year?: number; per?: string; quote: string }[]) {
        const same = p!.targets.filter((x) => x.min === t.min && x.max === t.max && x.unit === t.unit);
        const got = same.find((x) => t.quote.includes(x.quote) || x.quote.includes(t.quote)) ?? same[0];
        expect(got.kind, t.quote).toBe(t.kind);
        expect(got.year, t.quote).toBe(t.year);
        if (t.per) expect(got.per).toBe(t.per);
        // Our quote is a clause of the gold quote or contains it.
        expect(t.quote.includes(got.quote) || got.quote.includes(t.quote), `${got.quote} ~ ${t.quote}`).toBe(true);
      }
    }
  });
  it('records the plans the news article only mentions, with their dates', () => {
    const mentions = plans.flatMap((p) => p.mentions);
    for (const m of (gold as unknown as { mentioned: { region: string; published?: string }[] }).mentioned) {
      const got = mentions.find((x) => x.region === m.region);
      expect(got, m.region).toBeDefined();
      if (m.published) expect(got!.published).toBe(m.published);
    }
  });
  it('keeps every source span inside its raw document', () => {
    const sizes = new Map(docs.map((d) => [d.name, new TextDecoder().decode(d.bytes).length]));
    for (const p of plans) {
      const spans = [p.source, ...p.targets.map((t) => t.source), ...p.sections.flatMap((s) => [s.source, ...s.clauses.map((c) => c.source)]), ...p.mentions.map((m) => m.source)];
      for (const s of spans) {
        expect(s.start).toBeLessThanOrEqual(s.end);
        expect(s.end).toBeLessThanOrEqual(sizes.get(s.seed)!);
      }
    }
  });
});

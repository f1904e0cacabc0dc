import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ingestDocument } from '../../../src/ingest';
import type { Plan } from '../../../src/plan/schema';

const seedText = readFileSync('seeds/001_f246e4f52edc7b86.txt', 'utf8');
const alphabet = [...'一二三四五六七八九十、。，,：:（）()《》“”0123456789.-—年月日亿元万家个人%最高给予达到打造责任单位附全文\n |·THEEND来源產(chǎn)業(yè)'];

function spans(p: Plan) {
  return [
    p.source, ...p.targets.map((t) => t.source), ...p.mentions.map((m) => m.source),
    ...p.sections.flatMap((s) => [s.source, ...s.groups.map((g) => g.source), ...s.clauses.map((c) => c.source)]),
  ];
}

/** Ingests bytes; checks nothing escapes and every span stays inside the decoded raw text. */
async function check(bytes: Uint8Array) {
  const r = await ingestDocument({ name: 'fuzz.txt', bytes });
  if (!r.plans.length) {
    expect(r.problems.some((p) => p.severity === 'error' && p.file === 'fuzz.txt')).toBe(true);
    return;
  }
  const rawLength = r.sources[0].text.length;
  for (const p of r.plans) for (const s of spans(p)) {
    expect(s.start).toBeGreaterThanOrEqual(0);
    expect(s.end).toBeGreaterThanOrEqual(s.start);
    expect(s.end).toBeLessThanOrEqual(rawLength);
  }
}

describe('ingest under random and corrupted input', () => {
  it('survives random byte strings', async () => {
    await fc.assert(fc.asyncProperty(fc.uint8Array({ maxLength: 600 }), (b) => check(b)), { numRuns: 1500 });
  });
  it('survives random policy-like text', async () => {
    const doc = fc.array(fc.constantFrom(...alphabet), { maxLength: 800 }).map((cs) => new TextEncoder().encode(cs.join('')));
    await fc.assert(fc.asyncProperty(doc, (b) => check(b)), { numRuns: 1500 });
  });
  it('survives a real seed cut, spliced and corrupted at random places', async () => {
    const bytes = new TextEncoder().encode(seedText);
    const mutated = fc
      .tuple(fc.nat(bytes.length), fc.nat(bytes.length), fc.uint8Array({ maxLength: 40 }), fc.nat(bytes.length))
      .map(([a, b, junk, at]) => {
        const [lo, hi] = a < b ? [a, b] : [b, a];
        const cut = new Uint8Array([...bytes.subarray(0, lo), ...bytes.subarray(hi)]);
        const i = Math.min(at, cut.length);
        return new Uint8Array([...cut.subarray(0, i), ...junk, ...cut.subarray(i)]);
      });
    await fc.assert(fc.asyncProperty(mutated, (b) => check(b)), { numRuns: 300 });
  });
  it('keeps spans exact: each target span in the raw text reads as its quote once cleaned', async () => {
    // Simplified seeds have no pinyin or traditional script, so the raw slice is the quote itself.
    const raw = readFileSync('seeds/003_2cdc29314d597a48.txt', 'utf8');
    const r = await ingestDocument({ name: 's.txt', bytes: new TextEncoder().encode(raw) });
    for (const t of r.plans[0].targets) expect(raw.slice(t.source.start, t.source.end)).toBe(t.quote);
  });
});

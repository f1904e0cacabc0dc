import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { ingestAll, ingestDocument, sniff, type IngestResult } from '../../../../src/ingest';
import type { Plan } from '../../../../src/plan/schema';

// Fixtures made by test/fixtures/formats/make.ts from this seed: printed from Chromium with Noto CJK, and as DOCX.
const SEED = 'seeds/003_2cdc29314d597a48.txt';
const fixture = (name: string) => new Uint8Array(readFileSync(`test/fixtures/formats/${name}`));

/** What the issue asks to be identical: targets, clauses (numbers and leads) and title. */
function essentials(plans: Plan[]) {
  return plans.map((p) => ({
    title: p.title,
    targets: p.targets.map((t) => ({ metric: t.metric, min: t.min, max: t.max, unit: t.unit, kind: t.kind, bound: t.bound })),
    clauses: p.sections.flatMap((s) => s.clauses.map((c) => ({ number: c.number, lead: c.lead }))),
  }));
}

let txt: IngestResult;
beforeAll(async () => {
  txt = await ingestDocument({ name: 'xiamen.txt', bytes: new Uint8Array(readFileSync(SEED)) });
});

describe.each([['xiamen.pdf', 'pdf'], ['xiamen.docx', 'docx']] as const)('%s, the seed saved as %s', (file, format) => {
  let r: IngestResult;
  beforeAll(async () => {
    r = await ingestDocument({ name: file, bytes: fixture(file) });
  }, 120_000);
  it('is read as its format and gives exactly the targets, clauses and title of the .txt', () => {
    expect(sniff(fixture(file))).toBe(format);
    expect(r.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(r.sources[0].format).toBe(format);
    const want = essentials(txt.plans);
    expect(want[0].targets.length).toBeGreaterThan(1);
    expect(want[0].clauses.length).toBeGreaterThan(10);
    expect(essentials(r.plans)).toEqual(want);
  });
  it('keeps the extracted text, and every span points into it at its quote', () => {
    const text = r.sources[0].text;
    expect(r.sources[0].file).toBe(file);
    for (const t of r.plans[0].targets) expect(text.slice(t.source.start, t.source.end)).toBe(t.quote);
    for (const c of r.plans[0].sections.flatMap((s) => s.clauses)) expect(text.slice(c.source.start, c.source.end)).toContain(c.lead);
  });
  it('has no page furniture or radicals left in the text', () => {
    const text = r.sources[0].text;
    expect(text).not.toMatch(/第 \d+ 页 共 \d+ 页/);
    expect(text).not.toMatch(/[\u2E80-\u2EFF\u2F00-\u2FDF]/);
    // The printed title stands once in the seed's body and once above the text; the running header is gone.
    const title = txt.sources[0].text.split('\n')[0].trim();
    expect(text.split('\n').filter((l) => l === title).length).toBe(txt.sources[0].text.split('\n').filter((l) => l.trim() === title).length);
  });
});

describe('documents that cannot be read', () => {
  it('name the file and the problem, and the other documents are still ingested', async () => {
    const docx = fixture('xiamen.docx');
    const r = await ingestAll([
      { name: 'scan.pdf', bytes: fixture('scanned.pdf') },
      { name: 'locked.pdf', bytes: fixture('encrypted.pdf') },
      { name: 'cut.docx', bytes: docx.subarray(0, docx.length >> 1) },
      { name: 'xiamen.txt', bytes: new Uint8Array(readFileSync(SEED)) },
      { name: 'archive.docx', bytes: new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...new TextEncoder().encode('word.txt hello')]) },
    ]);
    expect(r.plans.map((p) => p.seed)).toEqual(['xiamen.txt']);
    const errors = Object.fromEntries(r.problems.filter((p) => p.severity === 'error').map((p) => [p.file, p.message]));
    expect(errors['scan.pdf']).toMatch(/^scanned PDF: no text layer/);
    expect(errors['locked.pdf']).toMatch(/^encrypted PDF: .*password/);
    expect(errors['cut.docx']).toMatch(/^damaged DOCX: cannot be opened/);
    expect(errors['archive.docx']).toMatch(/^damaged DOCX: .*without word\/document\.xml/);
    expect(Object.keys(errors)).toHaveLength(4);
  }, 120_000);
});

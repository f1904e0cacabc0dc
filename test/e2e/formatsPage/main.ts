/**
 * A test-only page (built by formats.ts): the production ingest entry point in a browser, with
 * nothing set up for it. `window.ingestUrl(url)` fetches a document and ingests it.
 */
import { ingestDocument } from '../../../src/ingest';
import type { Plan } from '../../../src/plan/schema';

/** What a seed must keep whatever its format: title, targets, clauses. */
function essentials(plans: Plan[]) {
  return plans.map((p) => ({
    title: p.title,
    targets: p.targets.map((t) => ({ metric: t.metric, min: t.min, max: t.max, unit: t.unit, kind: t.kind, bound: t.bound })),
    clauses: p.sections.flatMap((s) => s.clauses.map((c) => ({ number: c.number, lead: c.lead, text: c.text }))),
  }));
}

declare global {
  interface Window {
    ingestUrl: (url: string) => Promise<{ format: string; problems: string[]; plans: ReturnType<typeof essentials> }>;
  }
}

window.ingestUrl = async (url) => {
  const bytes = new Uint8Array(await (await fetch(url)).arrayBuffer());
  const r = await ingestDocument({ name: url.split('/').pop()!, bytes });
  return { format: r.sources[0]?.format ?? 'none', problems: r.problems.filter((p) => p.severity === 'error').map((p) => p.message), plans: essentials(r.plans) };
};
document.getElementById('state')!.textContent = 'ready';

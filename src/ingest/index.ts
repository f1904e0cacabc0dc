/**
 * Ingest: raw documents → validated Plans. Pure TypeScript; the CLI, the tests, the benchmark
 * and the browser (a dropped-in document) all call these.
 */
import { Plan } from '../plan/schema';
import { decode, DecodeError } from './decode';
import { applyMeta, type MetaOverlay } from './meta';
import { parsePlans } from './parsePlans';
import { sameTitle } from './frontMatter';
import type { Vocabulary } from './themes';

export { decode, DecodeError } from './decode';
export { parsePlans } from './parsePlans';
export { MetaOverlay, applyMeta } from './meta';
export { DEFAULT_VOCABULARY, mergeVocabulary, type Vocabulary } from './themes';

/** A document to ingest: its file name and bytes, with an optional overlay. */
export interface SeedDocument {
  name: string;
  bytes: Uint8Array;
  meta?: MetaOverlay;
}

/** A problem with one file: `error` means the file gave no plan; `warning` means it gave what it held. */
export interface Problem {
  file: string;
  severity: 'error' | 'warning';
  message: string;
}

/** What ingesting a set of documents gives. */
export interface IngestResult {
  plans: Plan[];
  problems: Problem[];
}

/** Ingests one document. Never throws: a bad file becomes an error Problem. */
export function ingestDocument(doc: SeedDocument, vocabulary?: Vocabulary): IngestResult {
  const problems: Problem[] = [];
  try {
    const decoded = decode(doc.bytes);
    const parsed = applyMeta(parsePlans(decoded.text, doc.name, { vocabulary, meta: doc.meta, decodeWarnings: decoded.warnings }), doc.meta);
    const plans: Plan[] = [];
    for (const p of parsed) {
      const r = Plan.safeParse(p);
      if (r.success) plans.push(r.data);
      else problems.push({ file: doc.name, severity: 'error', message: `plan "${p.title}" failed validation: ${r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}` });
    }
    for (const w of plans[0]?.warnings ?? []) problems.push({ file: doc.name, severity: 'warning', message: w });
    return { plans, problems };
  } catch (e) {
    const message = e instanceof DecodeError ? e.message : `could not be parsed: ${(e as Error).message}`;
    return { plans: [], problems: [{ file: doc.name, severity: 'error', message }] };
  }
}

/**
 * Ingests several documents: one bad file never stops the others. Ids are made unique, and a
 * mention of a plan that another document holds in full is linked to it instead of duplicated.
 */
export function ingestAll(docs: SeedDocument[], vocabulary?: Vocabulary): IngestResult {
  const plans: Plan[] = [];
  const problems: Problem[] = [];
  for (const d of docs) {
    const r = ingestDocument(d, vocabulary);
    plans.push(...r.plans);
    problems.push(...r.problems);
  }
  const ids = new Map<string, number>();
  for (const p of plans) {
    const n = ids.get(p.id) ?? 0;
    ids.set(p.id, n + 1);
    if (n) p.id = `${p.id}-${n + 1}`;
  }
  for (const p of plans) {
    p.mentions = p.mentions.filter((m) => !(m.title && plans.some((q) => q !== p && sameTitle(q.title, m.title!))));
  }
  return { plans, problems };
}

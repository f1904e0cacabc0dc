/**
 * Ingest: raw documents → validated Plans. Pure TypeScript; the CLI, the tests, the benchmark
 * and the browser (a dropped-in document) all call these.
 */
import { Plan } from '../plan/schema';
import { DecodeError } from './decode';
import { extractText, FormatError, type Format } from './formats';
import { applyMeta, type MetaOverlay } from './meta';
import { parsePlans } from './parsePlans';
import { addDocumentThemes } from './documentThemes';
import { sameTitleKey, titleKey } from './frontMatter';
import type { Vocabulary } from './themes';

export { decode, DecodeError } from './decode';
export { parsePlans } from './parsePlans';
export { extractText, FormatError, foldPrintedForms, sniff, type Extracted, type Format, type FormatProblem } from './formats';
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

/** The text a document's plans index (every source span's start/end), and the format it was read from. */
export interface SourceText {
  file: string;
  format: Format;
  text: string;
}

/** What ingesting documents gives: plans, problems, and the text each read document's spans point into. */
export interface IngestResult {
  plans: Plan[];
  problems: Problem[];
  sources: SourceText[];
}

/** A document whose text is already at hand (decoded, or extracted from a PDF or DOCX). */
export interface TextDocument {
  name: string;
  text: string;
  meta?: MetaOverlay;
  format?: Format;
  /** Warnings from reading the bytes (damaged encoding), reported with the plan's. */
  warnings?: string[];
}

const failed = (file: string, message: string): IngestResult => ({ plans: [], problems: [{ file, severity: 'error', message }], sources: [] });

/** Ingests text already at hand, synchronously. Never throws: a bad document becomes an error Problem. */
export function ingestText(doc: TextDocument, vocabulary?: Vocabulary): IngestResult {
  const problems: Problem[] = [];
  try {
    const parsed = applyMeta(parsePlans(doc.text, doc.name, { vocabulary, meta: doc.meta, decodeWarnings: doc.warnings ?? [] }), doc.meta, doc.text);
    const plans: Plan[] = [];
    for (const p of parsed) {
      const r = Plan.safeParse(p);
      if (r.success) plans.push(r.data);
      else problems.push({ file: doc.name, severity: 'error', message: `plan "${p.title}" failed validation: ${r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}` });
    }
    for (const w of plans[0]?.warnings ?? []) problems.push({ file: doc.name, severity: 'warning', message: w });
    return { plans, problems, sources: [{ file: doc.name, format: doc.format ?? 'text', text: doc.text }] };
  } catch (e) {
    return failed(doc.name, `could not be parsed: ${(e as Error).message}`);
  }
}

/**
 * Ingests one document of any supported format (TXT/HTML in any encoding, PDF, DOCX; told from its
 * content). Never rejects: an unreadable file becomes an error Problem naming it.
 */
export async function ingestDocument(doc: SeedDocument, vocabulary?: Vocabulary): Promise<IngestResult> {
  let extracted;
  try {
    extracted = await extractText(doc.bytes);
  } catch (e) {
    if (e instanceof DecodeError || e instanceof FormatError) return failed(doc.name, e.message);
    return failed(doc.name, `could not be read: ${(e as Error).message}`);
  }
  return ingestText({ name: doc.name, meta: doc.meta, ...extracted }, vocabulary);
}

/**
 * Joins the results of several documents: ids are made unique, and a mention of a plan that
 * another document holds in full is linked to it instead of duplicated.
 */
export function linkResults(results: IngestResult[], vocabulary?: Vocabulary): IngestResult {
  const plans = linkPlans(results.flatMap((r) => r.plans), vocabulary);
  return { plans, problems: results.flatMap((r) => r.problems), sources: results.flatMap((r) => r.sources) };
}

/**
 * The steps across documents, for plans ingested one document at a time (the studio caches them):
 * ids are made unique, mentions of a plan another document holds in full are dropped, and the
 * themes taken from documents are measured against all the plans.
 */
export function linkPlans(plans: Plan[], vocabulary?: Vocabulary): Plan[] {
  const ids = new Map<string, number>();
  for (const p of plans) {
    const n = ids.get(p.id) ?? 0;
    ids.set(p.id, n + 1);
    if (n) p.id = `${p.id}-${n + 1}`;
  }
  const titles = plans.map((q) => titleKey(q.title));
  for (const p of plans) {
    p.mentions = p.mentions.filter((m) => {
      if (!m.title) return true;
      const key = titleKey(m.title);
      return !plans.some((q, j) => q !== p && sameTitleKey(titles[j], key));
    });
  }
  // A term is distinctive against every plan at hand, not only those of its own document.
  return addDocumentThemes(plans, vocabulary);
}

/** Ingests several documents of any supported format: one bad file never stops the others. */
export async function ingestAll(docs: SeedDocument[], vocabulary?: Vocabulary): Promise<IngestResult> {
  const results: IngestResult[] = [];
  // One at a time: PDF pages are read in this thread, and order must not depend on timing.
  for (const d of docs) results.push(await ingestDocument(d, vocabulary));
  return linkResults(results, vocabulary);
}

/** Ingests texts already at hand, synchronously (generated plans, text typed or pasted). */
export function ingestTexts(docs: TextDocument[], vocabulary?: Vocabulary): IngestResult {
  return linkResults(docs.map((d) => ingestText(d, vocabulary)), vocabulary);
}

/**
 * What the studio's worker thread does (kept free of worker plumbing, so tests call it directly):
 * ingest one document for review, and publish a scene, re-ingesting only the documents whose
 * bytes, overlay or vocabulary changed since the last time.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import fontverter from 'fontverter';
import { clean } from '../../ingest/clean';
import { extractText, ingestDocument, linkPlans, type IngestResult, type Problem, type SeedDocument, type Vocabulary } from '../../ingest';
import type { Plan } from '../../plan/schema';
import { readDocuments, readVocabulary } from '../../cli/readSeeds';
import { glyphSet, prepareSubsetter, SubsetCache } from '../../cli/fontSubset';
import { rememberFields, type FieldCache } from '../../cli/glyphFields';
import { SceneBundle } from '../../scene/bundle';
import { readGlyphFields } from '../../scene/glyphFields';
import { buildSceneFiles, writeBuiltScene, type SceneOptions } from '../../cli/scenes';

/** A document as the studio reviews it: its plans, problems, and the cleaned text with its map to the raw text. */
export interface Reviewed extends IngestResult {
  text: string;
  /** map[i] = offset in the raw (decoded) text of text[i]: figure spans are raw offsets. */
  map: number[];
}

const hash = (...parts: (string | Uint8Array)[]) => {
  const h = createHash('sha256');
  for (const p of parts) h.update(p).update('\0');
  return h.digest('hex');
};

/**
 * Per-document ingest results, keyed by what they were made from. Promises, so a publish that
 * comes while the warm-up ingests a document waits for that ingest instead of doing it again.
 */
const cache = new Map<string, { key: string; result: Promise<IngestResult> }>();

function ingestCached(doc: SeedDocument, vocabulary: Vocabulary): Promise<IngestResult> {
  const key = hash(doc.bytes, JSON.stringify(doc.meta ?? null), JSON.stringify(vocabulary));
  const hit = cache.get(doc.name);
  if (hit?.key === key) return hit.result;
  const result = ingestDocument(doc, vocabulary);
  cache.set(doc.name, { key, result });
  // A failed ingest is not kept: the next try reads the document again.
  result.catch(() => { if (cache.get(doc.name)?.result === result) cache.delete(doc.name); });
  return result;
}

/** Ingests one document for review (with the seeds folder's vocabulary). */
export async function reviewDocument(doc: SeedDocument, seedsDir: string): Promise<Reviewed> {
  const { vocabulary } = readVocabulary([seedsDir]);
  const result = await ingestCached(doc, vocabulary);
  let text = '';
  let map: number[] = [];
  try {
    // The same text the spans index: decoded, or extracted from a PDF or DOCX.
    const c = clean((await extractText(doc.bytes)).text);
    text = c.text;
    map = Array.from(c.map);
  } catch {
    // A document no reader can open: its problem is already in the result; no text view.
  }
  prepareFont(doc.name, result.plans);
  return { ...result, text, map };
}

/** What the studio shows of a reviewed document in lists and in the upload's answer. */
export interface ReviewSummary {
  region: string | null;
  title: string | null;
  targets: Plan['targets'];
  problems: Problem[];
  plans: number;
  hidden: boolean;
  order: number | null;
}

/**
 * A reviewed document as it crosses to the server's main thread: the summary as data, the large
 * parts (text, its offset map, the plan) as one JSON text. A string crosses threads as a copy;
 * a multi-megabyte document's map and plan as objects cost the main thread a third of a second
 * to take apart, and again to write out — a stall visitors and the relay would feel.
 */
export interface ReviewAnswer {
  summary: ReviewSummary;
  /** JSON of { text, map, plan }. */
  detail: string;
}

/** Ingests one document for review and answers it in the form the main thread takes cheaply. */
export async function reviewAnswer(doc: SeedDocument, seedsDir: string): Promise<ReviewAnswer> {
  const r = await reviewDocument(doc, seedsDir);
  const p: Plan | undefined = r.plans[0];
  return {
    summary: { region: p?.region ?? null, title: p?.title ?? null, targets: p?.targets ?? [], problems: r.problems, plans: r.plans.length, hidden: !!p?.display.hidden, order: p?.display.order ?? null },
    detail: JSON.stringify({ text: r.text, map: r.map, plan: p ?? null }),
  };
}

/** The characters of the font the hall has now, and of each document reviewed since (by name). */
let shownChars = '';
const reviewedText = new Map<string, string>();

/**
 * While the official reviews, a font subset covering the hall's characters and those of every
 * document under review is made in the background: the publish then finds its glyphs in it
 * (SubsetCache takes a covering subset) instead of subsetting the full font while visitors wait.
 * A plan that gains characters only at publish (linking) still gets a subset of its own then.
 */
function prepareFont(name: string, plans: Plan[]): void {
  reviewedText.set(name, JSON.stringify(plans));
  // Nothing shown known yet: the warm-up prepares it once it has read the served font.
  if (shownChars) prepareSubset();
}

/** Starts (or finds) the subset covering the hall shown and the documents under review. */
function prepareSubset(): void {
  fonts.get(glyphSet(shownChars + [...reviewedText.values()].join(''))).catch(() => undefined);
}

/**
 * Notes the font the hall shows: the base of the next prepared subset. After a publish the
 * reviewed documents are in it; after the warm-up they are still to come, and get their subset.
 */
function shown(chars: string, published: boolean): void {
  shownChars = chars;
  if (published) reviewedText.clear();
  else if (reviewedText.size) prepareSubset();
}

/** The studio preview's font: the subset's characters and the WOFF, base64, as one JSON text. */
export interface PreviewFontAnswer { chars: string; woff: string }

/** Answers by the subset's characters (the few latest): a preview asked again is not encoded again. */
const previewAnswers = new Map<string, string>();

/**
 * The font the studio's preview draws a staged document's booth with: a subset covering the hall
 * shown and this document, so its new characters are drawn, not □, before the publish. It is the
 * subset the review prepares (prepareFont) or one covering it, so it costs no subsetting of its
 * own when that one is made. `bundleFile`: the served bundle, whose characters are the hall's
 * until the warm-up or a publish has told this thread. Answers JSON of PreviewFontAnswer.
 */
export async function previewFont(doc: SeedDocument, seedsDir: string, bundleFile: string): Promise<string> {
  const { vocabulary } = readVocabulary([seedsDir]);
  const { plans } = await ingestCached(doc, vocabulary);
  if (!shownChars) shownChars = servedChars(bundleFile);
  prepareFont(doc.name, plans);
  const subset = await fonts.get(glyphSet(shownChars + JSON.stringify(plans)));
  const known = previewAnswers.get(subset.chars);
  if (known) return known;
  const answer = JSON.stringify({ chars: subset.chars, woff: subset.woff.toString('base64') } satisfies PreviewFontAnswer);
  previewAnswers.set(subset.chars, answer);
  for (const chars of previewAnswers.keys()) if (previewAnswers.size > 4) previewAnswers.delete(chars);
  return answer;
}

/** The characters of the served bundle's font ('' without one). */
function servedChars(bundleFile: string): string {
  if (!existsSync(bundleFile)) return '';
  return (JSON.parse(readFileSync(bundleFile, 'utf8')) as { font?: { chars?: string } }).font?.chars ?? '';
}

/** Reads and ingests documents under `paths`, re-ingesting only what changed; plans linked across documents. */
export async function ingestChanged(paths: string[]): Promise<{ plans: Plan[]; problems: Problem[]; vocabulary: Vocabulary }> {
  const { docs, problems } = readDocuments(paths);
  const { vocabulary, problems: vocabProblems } = readVocabulary(paths);
  const plans: Plan[] = [];
  for (const d of docs) {
    const r = await ingestCached(d, vocabulary);
    // Linking renames and filters in place: it works on copies, the cache keeps the originals.
    plans.push(...structuredClone(r.plans));
    problems.push(...r.problems);
  }
  for (const name of cache.keys()) if (!docs.some((d) => d.name === name)) cache.delete(name);
  return { plans: sameAsBefore(linkPlans(plans, vocabulary)), problems: [...problems, ...vocabProblems], vocabulary };
}

/** The linked plans of the last build, by their JSON text. */
let lastPlans = new Map<string, Plan>();

/**
 * Each plan as the object the last build had when its text is the same: the layout then reuses
 * its booth (src/layout/hallScene.ts) instead of building every booth of the hall again.
 */
function sameAsBefore(plans: Plan[]): Plan[] {
  const next = new Map<string, Plan>();
  const out = plans.map((p) => {
    const text = JSON.stringify(p);
    const kept = next.get(text) ?? lastPlans.get(text) ?? p;
    next.set(text, kept);
    return kept;
  });
  lastPlans = next;
  return out;
}

/** Font subsets and glyph fields of this thread's builds: a publish makes only what is new. */
const fonts = new SubsetCache();
const fields: FieldCache = new Map();

/**
 * Rebuilds a scene's bundle, font subset and glyph fields from `seedsDir` into `outDir`, under a
 * new version. `sent` (epoch ms): when the job was posted; the wait for this thread is a step.
 */
export async function publishScene(sceneFile: string, seedsDir: string, outDir: string, version: string, sent?: number): Promise<{ plans: number; problems: Problem[]; steps: Record<string, number> }> {
  const steps: Record<string, number> = {};
  if (sent !== undefined) steps.worker = Math.max(0, Math.round(performance.timeOrigin + performance.now() - sent));
  const built = await buildSceneFiles(sceneFile, { ...sceneOptions(seedsDir), version, steps });
  const t0 = performance.now();
  writeBuiltScene(built, outDir);
  steps.write = Math.round(performance.now() - t0);
  shown(built.bundle.font!.chars, true);
  return { plans: built.bundle.plans.length, problems: built.bundle.problems, steps };
}

/**
 * Builds the scene as published now, writing nothing: every document ingested, the font subset
 * and the first view's fields made, so the studio's first publish redoes only what it changed.
 * The subset and fields the served bundle already has are taken from its files, not made again.
 * The studio asks for it when an official first signs in or uploads.
 */
export async function warmScene(sceneFile: string, seedsDir: string, outDir: string): Promise<{ plans: number; remembered: number }> {
  const remembered = await rememberServed(servedBundle(sceneFile, outDir));
  // The subset the review prepares, or the publish makes, then costs only its own glyphs.
  await prepareSubsetter();
  const { bundle } = await buildSceneFiles(sceneFile, sceneOptions(seedsDir));
  if (bundle.font) shown(bundle.font.chars, false);
  return { plans: bundle.plans.length, remembered };
}

/** Where the served bundle of `sceneFile` is in `outDir`. */
export function servedBundle(sceneFile: string, outDir: string): string {
  return join(outDir, `${basename(sceneFile).replace(/\.ya?ml$/, '')}.json`);
}

/** Puts the served bundle's font subset and glyph fields into this thread's caches; how many fields. */
async function rememberServed(bundleFile: string): Promise<number> {
  if (!existsSync(bundleFile)) return 0;
  const { font } = SceneBundle.parse(JSON.parse(readFileSync(bundleFile, 'utf8')));
  const dir = join(bundleFile, '..');
  if (!font || !existsSync(join(dir, font.file))) return 0;
  const woff = readFileSync(join(dir, font.file));
  const sfnt = await fontverter.convert(woff, 'sfnt');
  fonts.add(font.chars, { woff, sfnt });
  shown(font.chars, false);
  if (!font.fields || !existsSync(join(dir, font.fields.file))) return 0;
  const before = fields.size;
  rememberFields(fields, sfnt, font.chars, font.fields, readGlyphFields(font.fields, readFileSync(join(dir, font.fields.file))));
  return fields.size - before;
}

function sceneOptions(seedsDir: string): SceneOptions {
  return { seeds: [seedsDir], fonts, fields, ingest: ingestChanged };
}

/**
 * Node side of ingest: reads documents (files or directories), their .meta.yaml overlays and an
 * optional vocabulary.yaml. The parsing itself stays in src/ingest (pure).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { DEFAULT_VOCABULARY, ingestAll, MetaOverlay, mergeVocabulary, type SeedDocument, type Problem, type Vocabulary } from '../ingest';
import type { Plan } from '../plan/schema';

const NOT_DOCUMENTS = new Set(['.yaml', '.yml', '.json', '.md']);

/** The overlay file for a document: seeds/001_x.txt → seeds/001_x.meta.yaml. */
export function metaPathFor(file: string): string {
  const ext = extname(file);
  return join(dirname(file), `${basename(file, ext)}.meta.yaml`);
}

/** Lists document files under the given paths (directories are read one level deep, sorted). */
export function listDocuments(paths: string[]): string[] {
  const out: string[] = [];
  for (const p of paths) {
    if (!existsSync(p)) {
      out.push(p); // reported as a problem when read
      continue;
    }
    if (statSync(p).isDirectory()) {
      for (const f of readdirSync(p).sort()) {
        const full = join(p, f);
        if (f.startsWith('.') || NOT_DOCUMENTS.has(extname(f).toLowerCase()) || statSync(full).isDirectory()) continue;
        out.push(full);
      }
    } else out.push(p);
  }
  return out;
}

/** Reads documents and overlays; unreadable files and bad overlays become problems, not exceptions. */
export function readDocuments(paths: string[]): { docs: SeedDocument[]; problems: Problem[] } {
  const docs: SeedDocument[] = [];
  const problems: Problem[] = [];
  for (const file of listDocuments(paths)) {
    const name = basename(file);
    let bytes: Uint8Array;
    try {
      bytes = readFileSync(file);
    } catch (e) {
      problems.push({ file: name, severity: 'error', message: `cannot be read: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}` });
      continue;
    }
    let meta: MetaOverlay | undefined;
    const metaFile = metaPathFor(file);
    if (existsSync(metaFile)) {
      try {
        const r = MetaOverlay.safeParse(parseYaml(readFileSync(metaFile, 'utf8')));
        if (r.success) meta = r.data;
        else problems.push({ file: basename(metaFile), severity: 'warning', message: `overlay ignored: ${r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}` });
      } catch (e) {
        problems.push({ file: basename(metaFile), severity: 'warning', message: `overlay ignored: not valid YAML (${(e as Error).message.split('\n')[0]})` });
      }
    }
    docs.push({ name, bytes, meta });
  }
  return { docs, problems };
}

/** The built-in theme vocabulary, extended by vocabulary.yaml in any given directory. */
export function readVocabulary(paths: string[]): { vocabulary: Vocabulary; problems: Problem[] } {
  let vocabulary = DEFAULT_VOCABULARY;
  const problems: Problem[] = [];
  for (const p of paths) {
    const file = existsSync(p) && statSync(p).isDirectory() ? join(p, 'vocabulary.yaml') : '';
    if (!file || !existsSync(file)) continue;
    try {
      const y = parseYaml(readFileSync(file, 'utf8')) as { themes?: Record<string, { zh?: string; en?: string; terms?: string[] }> };
      vocabulary = mergeVocabulary(vocabulary, y?.themes);
    } catch (e) {
      problems.push({ file: 'vocabulary.yaml', severity: 'warning', message: `ignored: ${(e as Error).message.split('\n')[0]}` });
    }
  }
  return { vocabulary, problems };
}

/** Reads and ingests documents under `paths` with their overlays and vocabulary; every problem in one list. */
export function ingestPaths(paths: string[]): { docs: SeedDocument[]; plans: Plan[]; problems: Problem[]; vocabulary: Vocabulary } {
  const { docs, problems: readProblems } = readDocuments(paths);
  const { vocabulary, problems: vocabProblems } = readVocabulary(paths);
  const { plans, problems } = ingestAll(docs, vocabulary);
  return { docs, plans, vocabulary, problems: [...readProblems, ...vocabProblems, ...problems] };
}

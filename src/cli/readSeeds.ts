/**
 * Node side of ingest: reads documents (files or directories), their .meta.yaml overlays and an
 * optional vocabulary.yaml. The parsing itself stays in src/ingest (pure).
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { DEFAULT_VOCABULARY, ingestAll, MetaOverlay, mergeVocabulary, type SeedDocument, type SourceText, type Problem, type Vocabulary } from '../ingest';
import type { Plan } from '../plan/schema';
import { maxDocumentBytes, readRegularFile, readSmallText } from './safeFile';

const NOT_DOCUMENTS = new Set(['.yaml', '.yml', '.json', '.md']);

/** The overlay file for a document: seeds/001_x.txt → seeds/001_x.meta.yaml. */
export function metaPathFor(file: string): string {
  const ext = extname(file);
  return join(dirname(file), `${basename(file, ext)}.meta.yaml`);
}

/** A folder (or a link to one); a dangling link is not, so it is listed and reported by name when read. */
const isFolder = (p: string) => { try { return statSync(p).isDirectory(); } catch { return false; } };

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
        if (f.startsWith('.') || NOT_DOCUMENTS.has(extname(f).toLowerCase()) || isFolder(full)) continue;
        out.push(full);
      }
    } else out.push(p);
  }
  return out;
}

/** Reads documents and overlays; unreadable files and bad overlays become problems, not exceptions. */
export function readDocuments(paths: string[], maxBytes = maxDocumentBytes()): { docs: SeedDocument[]; problems: Problem[] } {
  const docs: SeedDocument[] = [];
  const problems: Problem[] = [];
  for (const file of listDocuments(paths)) {
    const name = basename(file);
    let bytes: Uint8Array;
    try {
      // Regular files only, no link out of the folder, within the size limit (safeFile.ts).
      bytes = readRegularFile(file, maxBytes);
    } catch (e) {
      problems.push({ file: name, severity: 'error', message: `cannot be read: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}` });
      continue;
    }
    let meta: MetaOverlay | undefined;
    const metaFile = metaPathFor(file);
    if (existsSync(metaFile)) {
      try {
        const r = MetaOverlay.safeParse(parseYaml(readSmallText(metaFile)));
        if (r.success) meta = r.data;
        else problems.push({ file: basename(metaFile), severity: 'warning', message: `overlay ignored: ${r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}` });
      } catch (e) {
        problems.push({ file: basename(metaFile), severity: 'warning', message: `overlay ignored: ${(e as Error).name === 'YAMLParseError' ? 'not valid YAML' : 'cannot be read'} (${(e as Error).message.split('\n')[0]})` });
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
      const y = parseYaml(readSmallText(file)) as { themes?: Record<string, { zh?: string; en?: string; terms?: string[] }> };
      vocabulary = mergeVocabulary(vocabulary, y?.themes);
    } catch (e) {
      problems.push({ file: 'vocabulary.yaml', severity: 'warning', message: `ignored: ${(e as Error).message.split('\n')[0]}` });
    }
  }
  return { vocabulary, problems };
}

/** Reads and ingests documents under `paths` with their overlays and vocabulary; every problem in one list. */
export async function ingestPaths(paths: string[]): Promise<{ docs: SeedDocument[]; plans: Plan[]; problems: Problem[]; vocabulary: Vocabulary; sources: SourceText[] }> {
  const { docs, problems: readProblems } = readDocuments(paths);
  const { vocabulary, problems: vocabProblems } = readVocabulary(paths);
  const { plans, problems, sources } = await ingestAll(docs, vocabulary);
  return { docs, plans, vocabulary, sources, problems: [...readProblems, ...vocabProblems, ...problems] };
}

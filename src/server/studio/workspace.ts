/**
 * The studio's documents: those published in seeds/ and those staged (new documents and changed
 * overlays waiting in <state dir>/staging until published). Publishing moves the staged files
 * into seeds/ and keeps what they replaced in <state dir>/history, so the last publish can be undone.
 */
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml, stringify as toYaml } from 'yaml';
import { MetaOverlay } from '../../ingest';
import { listDocuments, metaPathFor } from '../../cli/readSeeds';
import { writeAtomic } from './files';

/** One document as the studio lists it. */
export interface WorkspaceDocument {
  name: string;
  /** In seeds/ (published at least once). */
  published: boolean;
  /** Has staged changes: a new document, or an overlay not yet published. */
  staged: boolean;
}

/** A publish that can be undone: what each file it wrote held before (null: did not exist). */
interface HistoryEntry {
  at: string;
  files: { name: string; existed: boolean }[];
}

/** The seeds folder and the staging area beside it. */
export class Workspace {
  readonly staging: string;
  readonly history: string;
  constructor(readonly seedsDir: string, stateDir: string) {
    this.staging = join(stateDir, 'staging');
    this.history = join(stateDir, 'history');
    mkdirSync(this.staging, { recursive: true });
    mkdirSync(seedsDir, { recursive: true });
  }

  /** Every document, published or staged, by name. */
  list(): WorkspaceDocument[] {
    const names = (dir: string) => listDocuments([dir]).map((f) => f.slice(dir.length + 1));
    const published = new Set(names(this.seedsDir));
    const stagedDocs = new Set(names(this.staging));
    const stagedMeta = new Set(readdirSync(this.staging).filter((f) => f.endsWith('.meta.yaml')));
    const all = [...new Set([...published, ...stagedDocs])].sort();
    return all.map((name) => ({ name, published: published.has(name), staged: stagedDocs.has(name) || stagedMeta.has(metaPathFor(name)) }));
  }

  /** True when a document of that name exists, published or staged. */
  has(name: string): boolean {
    return existsSync(join(this.seedsDir, name)) || existsSync(join(this.staging, name));
  }

  /** The document's bytes (staged copy first). */
  bytes(name: string): Buffer {
    const staged = join(this.staging, name);
    return readFileSync(existsSync(staged) ? staged : join(this.seedsDir, name));
  }

  /** The document's overlay (staged first; {} when none). */
  meta(name: string): MetaOverlay {
    const file = [join(this.staging, metaPathFor(name)), join(this.seedsDir, metaPathFor(name))].find(existsSync);
    return file ? MetaOverlay.parse(parseYaml(readFileSync(file, 'utf8')) ?? {}) : {};
  }

  /** Stages a new document. */
  stageDocument(name: string, bytes: Uint8Array): void {
    writeAtomic(join(this.staging, name), bytes);
  }

  /** Stages an overlay (validated: a bad one throws and nothing is written). */
  stageMeta(name: string, meta: unknown): MetaOverlay {
    const m = MetaOverlay.parse(meta);
    writeAtomic(join(this.staging, metaPathFor(name)), toYaml(m));
    return m;
  }

  /** Drops a document's staged changes. */
  discard(name: string): void {
    rmSync(join(this.staging, name), { force: true });
    rmSync(join(this.staging, metaPathFor(name)), { force: true });
  }

  /** Staged file names (documents and overlays). */
  pending(): string[] {
    return readdirSync(this.staging).filter((f) => !f.startsWith('.')).sort();
  }

  /** Moves staged files into seeds/, each atomically, keeping what they replace; returns their names. */
  publish(): string[] {
    const files = this.pending();
    if (!files.length) return [];
    const at = new Date().toISOString().replace(/[:.]/g, '-');
    const dir = join(this.history, at);
    mkdirSync(dir, { recursive: true });
    const entry: HistoryEntry = { at, files: files.map((name) => ({ name, existed: existsSync(join(this.seedsDir, name)) })) };
    for (const f of entry.files) if (f.existed) copyFileSync(join(this.seedsDir, f.name), join(dir, f.name));
    writeFileSync(join(dir, 'entry.json'), JSON.stringify(entry));
    for (const f of files) {
      writeAtomic(join(this.seedsDir, f), readFileSync(join(this.staging, f)));
      rmSync(join(this.staging, f));
    }
    return files;
  }

  /** Puts back what the last publish replaced; returns the names restored, or null with nothing to undo. */
  undo(): string[] | null {
    const last = existsSync(this.history) ? readdirSync(this.history).sort().pop() : undefined;
    if (!last) return null;
    const dir = join(this.history, last);
    const entry = JSON.parse(readFileSync(join(dir, 'entry.json'), 'utf8')) as HistoryEntry;
    for (const f of entry.files) {
      if (f.existed) writeAtomic(join(this.seedsDir, f.name), readFileSync(join(dir, f.name)));
      else rmSync(join(this.seedsDir, f.name), { force: true });
    }
    rmSync(dir, { recursive: true, force: true });
    return entry.files.map((f) => f.name);
  }
}

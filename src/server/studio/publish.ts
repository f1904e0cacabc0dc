/**
 * Publishing: staged files into seeds/, the scene rebuilt in the worker (only changed documents
 * re-ingested), older published fonts and fields removed, open halls told. One at a time.
 */
import { readdirSync, rmSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Problem } from '../../ingest';
import type { StudioWorker } from './workerClient';
import type { Workspace } from './workspace';

/** What a publish or an undo did. */
export interface Published {
  files: string[];
  version: string;
  plans: number;
  problems: Problem[];
  /** Open halls told. */
  told: number;
  ms: number;
  /**
   * Where the time went (ms): queued behind another publish, moving the files, waiting for the
   * worker thread, ingest and bundle, font, fields, writing, removing old files and telling halls.
   */
  steps: Record<string, number>;
}

/** What the publisher needs. */
export interface PublisherOptions {
  workspace: Workspace;
  worker: StudioWorker;
  sceneFile: string;
  outDir: string;
  tellHalls: (scene: string, version: string) => number;
}

/** Publishes and undoes, one after the other. */
export class Publisher {
  private queue: Promise<unknown> = Promise.resolve();
  private last = 0;
  private warmed = false;
  private warmEnded = false;
  constructor(private readonly o: PublisherOptions) {}

  /** True once the warm-up has ended: a publish from now on waits for nothing it did not change. */
  get ready(): boolean {
    return this.warmEnded;
  }

  /** Publishes what is staged (or rebuilds, with nothing staged). */
  publish(): Promise<Published> {
    const asked = performance.now();
    return this.serial(() => this.rebuild(() => this.o.workspace.publish(), asked));
  }

  /**
   * Builds the hall as published now in the worker, writing nothing, so the first publish redoes
   * only what it changed; once a process, queued before any publish.
   */
  warm(): void {
    if (this.warmed) return;
    this.warmed = true;
    const { sceneFile, workspace, outDir } = this.o;
    // A failed warm-up costs only time: the publish then builds what it lacks and reports why.
    void this.serial(() => this.o.worker.run({ job: 'warm', sceneFile, seedsDir: workspace.seedsDir, outDir }))
      .catch(() => undefined).finally(() => { this.warmEnded = true; });
  }

  /** Restores what the last publish replaced; null when there is none. */
  undo(): Promise<Published | null> {
    const asked = performance.now();
    return this.serial(async () => {
      const t0 = performance.now();
      const files = this.o.workspace.undo();
      return files ? this.rebuild(() => files, asked, t0) : null;
    });
  }

  private serial<T>(job: () => Promise<T>): Promise<T> {
    const next = this.queue.then(job, job);
    this.queue = next.catch(() => undefined);
    return next;
  }

  /** Moves the files (`move`), rebuilds in the worker and tells the halls; `t0`: when this job began. */
  private async rebuild(move: () => string[], asked: number, t0 = performance.now()): Promise<Published> {
    const files = move();
    const moved = performance.now();
    // Versions only grow, even within one millisecond: a hall told of one loads files of that name.
    this.last = Math.max(Date.now(), this.last + 1);
    const version = `v${this.last.toString(36)}`;
    const { sceneFile, seedsDir, outDir } = { ...this.o, seedsDir: this.o.workspace.seedsDir };
    // On the epoch, which both threads share: the worker reports how long the job waited for it.
    const sent = performance.timeOrigin + performance.now();
    const r = await this.o.worker.run<{ plans: number; problems: Problem[]; steps: Record<string, number> }>({ job: 'publish', sceneFile, seedsDir, outDir, version, sent });
    const built = performance.now();
    const scene = basename(sceneFile).replace(/\.ya?ml$/, '');
    removeOlder(outDir, scene, version);
    const told = this.o.tellHalls(scene, version);
    const end = performance.now();
    const ms = Math.round(end - t0);
    const steps = { queued: Math.round(t0 - asked), files: Math.round(moved - t0), ...r.steps, tell: Math.round(end - built) };
    return { files, version, plans: r.plans, problems: r.problems, told, ms, steps };
  }
}

/**
 * Removes fonts and fields of earlier publishes; the current one and the build's own (no version)
 * stay, and so does the one before, which a hall told a moment ago may still be fetching.
 */
function removeOlder(outDir: string, scene: string, version: string): void {
  const re = new RegExp(`^${scene}\\.(font|fields)\\.(v[0-9a-z]+)\\.(woff|bin)$`);
  const versions = [...new Set(readdirSync(outDir).map((f) => re.exec(f)?.[2]).filter((v): v is string => !!v && v !== version))].sort();
  const keep = versions.pop();
  for (const f of readdirSync(outDir)) {
    const v = re.exec(f)?.[2];
    if (v && v !== version && v !== keep) rmSync(join(outDir, f), { force: true });
  }
}

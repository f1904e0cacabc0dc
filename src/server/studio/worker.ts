/**
 * The studio's worker thread: ingest and publishing run here, so the server's main thread — the
 * hall's files and the relay — never waits for them. Answers each request by its id.
 */
import { parentPort } from 'node:worker_threads';
import { previewFont, publishScene, reviewAnswer, servedBundle, warmScene } from './ingestJobs';

/** A request to the worker. */
export type WorkerRequest =
  | { id: number; job: 'review'; name: string; bytes: Uint8Array; meta?: unknown; seedsDir: string }
  /** The font the studio's preview draws the document with; sceneFile and outDir find the hall's font. */
  | { id: number; job: 'previewFont'; name: string; bytes: Uint8Array; meta?: unknown; seedsDir: string; sceneFile: string; outDir: string }
  /** `sent`: when the job was posted (epoch ms), so the publish reports how long it waited for the thread. */
  | { id: number; job: 'publish'; sceneFile: string; seedsDir: string; outDir: string; version: string; sent?: number }
  | { id: number; job: 'warm'; sceneFile: string; seedsDir: string; outDir: string };

/** What each job runs, by its name: the compiler checks every job has one. */
const jobs: { [J in WorkerRequest['job']]: (r: Extract<WorkerRequest, { job: J }>) => Promise<unknown> } = {
  review: (r) => reviewAnswer({ name: r.name, bytes: r.bytes, meta: r.meta as never }, r.seedsDir),
  previewFont: (r) => previewFont({ name: r.name, bytes: r.bytes, meta: r.meta as never }, r.seedsDir, servedBundle(r.sceneFile, r.outDir)),
  publish: (r) => publishScene(r.sceneFile, r.seedsDir, r.outDir, r.version, r.sent),
  warm: (r) => warmScene(r.sceneFile, r.seedsDir, r.outDir),
};

parentPort?.on('message', async (r: WorkerRequest) => {
  try {
    const result = await (jobs[r.job] as (r: WorkerRequest) => Promise<unknown>)(r);
    parentPort!.postMessage({ id: r.id, result });
  } catch (e) {
    parentPort!.postMessage({ id: r.id, error: (e as Error).stack ?? String(e) });
  }
});

/** The main thread's side of the studio's worker: one thread, started on first use, jobs answered by id. */
import { Worker } from 'node:worker_threads';
import type { WorkerRequest } from './worker';

type Job = WorkerRequest extends infer R ? (R extends { id: number } ? Omit<R, 'id'> : never) : never;

/** Runs jobs in the studio's worker thread. */
export class StudioWorker {
  private worker: Worker | null = null;
  private next = 1;
  private waiting = new Map<number, { ok: (v: unknown) => void; fail: (e: Error) => void }>();

  /** Runs one job; rejects with the worker's error, or if the thread dies. */
  run<T>(job: Job): Promise<T> {
    const w = this.start();
    const id = this.next++;
    return new Promise<T>((ok, fail) => {
      this.waiting.set(id, { ok: ok as (v: unknown) => void, fail });
      w.postMessage({ ...job, id });
    });
  }

  /** Ends the thread. */
  async close(): Promise<void> {
    await this.worker?.terminate();
    this.worker = null;
  }

  private start(): Worker {
    if (this.worker) return this.worker;
    const entry = new URL('./worker.ts', import.meta.url).href;
    const w = new Worker(new URL('./boot.mjs', import.meta.url), { workerData: { entry } });
    w.on('message', (m: { id: number; result?: unknown; error?: string }) => {
      const p = this.waiting.get(m.id);
      this.waiting.delete(m.id);
      if (m.error !== undefined) p?.fail(new Error(m.error)); else p?.ok(m.result);
    });
    const died = (e: Error) => {
      for (const p of this.waiting.values()) p.fail(e);
      this.waiting.clear();
      this.worker = null;
    };
    w.on('error', died);
    w.on('exit', (code) => { if (this.worker === w) died(new Error(`the studio worker stopped (code ${code})`)); });
    w.unref();
    this.worker = w;
    return w;
  }
}

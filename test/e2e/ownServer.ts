/**
 * A hall server a browser test starts for itself (`npm start --no-build` on a port of its own, with
 * its own folders and settings), for tests that restart it, stop it or need settings the shared
 * server does not have.
 */
import { spawn, type ChildProcess } from 'node:child_process';

/** A running server of one test file. */
export interface OwnServer {
  base: string;
  stop(): Promise<void>;
}

/** Starts the server on `port` with `env` added to this process's; resolves once it says it is open. */
export async function startOwnServer(port: number, env: Record<string, string>): Promise<OwnServer> {
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'src/cli/start.ts', '--no-build'], {
    env: { ...process.env, PORT: String(port), ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise<void>((ok, fail) => {
    const timer = setTimeout(() => fail(new Error(`the server on port ${port} did not start within 60 s`)), 60_000);
    child.stdout!.on('data', (d: Buffer) => { if (String(d).includes('is open at')) { clearTimeout(timer); ok(); } });
    child.once('exit', (code) => { clearTimeout(timer); fail(new Error(`the server on port ${port} exited (${code})`)); });
  });
  // Keep reading its output, so a chatty server never blocks on a full pipe.
  child.stdout!.resume();
  return {
    base: `http://127.0.0.1:${port}`,
    stop: () => new Promise((done) => {
      if (child.exitCode !== null) return done();
      child.once('exit', () => done());
      child.kill('SIGTERM');
    }),
  };
}

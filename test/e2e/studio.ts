/** Browser-test helpers for the studio: a server of its own over a copy of the build and the seeds, so publishing touches nothing shared. */
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A studio server's folders, reused across its restarts. */
export interface StudioServer { base: string; dir: string; key: string; port: number; proc: ChildProcess | null }

/** Copies dist/ and seeds/ into a temporary folder. */
export function studioFolders(port: number): StudioServer {
  const dir = mkdtempSync(join(tmpdir(), 'expo-studio-e2e-'));
  cpSync('dist', join(dir, 'dist'), { recursive: true });
  cpSync('seeds', join(dir, 'seeds'), { recursive: true });
  return { base: `http://127.0.0.1:${port}`, dir, key: 'studio-e2e-key-0123456789', port, proc: null };
}

/** Starts (or restarts) the server on the copied folders; resolves once it answers. */
export async function startStudioServer(s: StudioServer): Promise<void> {
  s.proc = spawn('npx', ['tsx', 'src/cli/start.ts', '--no-build'], {
    env: { ...process.env, PORT: String(s.port), EXPO_DIST_DIR: join(s.dir, 'dist'), EXPO_SEEDS_DIR: join(s.dir, 'seeds'), EXPO_STATE_DIR: join(s.dir, 'state'), EXPO_STUDIO_KEY: s.key },
    stdio: ['ignore', 'inherit', 'inherit'],
    detached: true,
  });
  for (let i = 0; i < 120; i++) {
    try { if ((await fetch(`${s.base}/`)).ok) return; } catch { /* not yet */ }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error('the studio server did not start');
}

/** Stops the server (its whole process group: npx, tsx, node). */
export async function stopStudioServer(s: StudioServer): Promise<void> {
  const p = s.proc;
  if (!p?.pid) return;
  const exited = new Promise((r) => p.once('exit', r));
  process.kill(-p.pid, 'SIGTERM');
  await exited;
  s.proc = null;
}

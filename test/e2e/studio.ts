/** Browser-test helpers for the studio: a server of its own over a copy of the build and the seeds, so publishing touches nothing shared. */
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startOwnServer, type OwnServer } from './ownServer';

/** A studio server's folders, reused across its restarts. */
export interface StudioServer { base: string; dir: string; key: string; port: number; server: OwnServer | null }

/** Copies dist/ and seeds/ into a temporary folder. */
export function studioFolders(port: number): StudioServer {
  const dir = mkdtempSync(join(tmpdir(), 'expo-studio-e2e-'));
  cpSync('dist', join(dir, 'dist'), { recursive: true });
  cpSync('seeds', join(dir, 'seeds'), { recursive: true });
  return { base: `http://127.0.0.1:${port}`, dir, key: 'studio-e2e-key-0123456789', port, server: null };
}

/** Starts (or restarts) the server on the copied folders; resolves once it is open. */
export async function startStudioServer(s: StudioServer): Promise<void> {
  s.server = await startOwnServer(s.port, { EXPO_DIST_DIR: join(s.dir, 'dist'), EXPO_SEEDS_DIR: join(s.dir, 'seeds'), EXPO_STATE_DIR: join(s.dir, 'state'), EXPO_STUDIO_KEY: s.key });
}

/** Stops the server. */
export async function stopStudioServer(s: StudioServer): Promise<void> {
  await s.server?.stop();
  s.server = null;
}

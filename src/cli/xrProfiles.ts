/**
 * WebXR input profiles served from the hall's own origin. @react-three/xr reads a controller's
 * button layout (and a hand's model) from these files and would fetch them from a CDN, which an
 * event venue without internet cannot reach. Every profile's layout is copied (about 0.5 MB);
 * of the models only the generic hand's, since hands have no other visible stand-in.
 */
import { copyFileSync, existsSync, mkdirSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** Models shipped with the layouts (hand tracking shows these hands). */
const MODELS = ['generic-hand/left.glb', 'generic-hand/right.glb'];

/** Copies the profile list, each profile's layout and the hand models into `outDir`; returns the file count. */
export function copyXRProfiles(outDir: string): number {
  const src = join(dirname(createRequire(import.meta.url).resolve('@webxr-input-profiles/assets/package.json')), 'dist', 'profiles');
  const files = ['profilesList.json', ...MODELS];
  for (const d of readdirSync(src, { withFileTypes: true })) {
    if (d.isDirectory() && existsSync(join(src, d.name, 'profile.json'))) files.push(`${d.name}/profile.json`);
  }
  for (const f of files) {
    mkdirSync(dirname(join(outDir, f)), { recursive: true });
    copyFileSync(join(src, f), join(outDir, f));
  }
  return files.length;
}

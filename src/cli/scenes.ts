/**
 * npm run scenes [-- scenes/hall.yaml …]
 * Ingests each scene's seeds and writes public/generated/<scene>.json, the bundle the app loads.
 * A broken document is reported (stderr and the bundle's `problems`) and the rest still ship.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { SceneBundle, SceneDefinition } from '../scene/bundle';
import { ingestPaths } from './readSeeds';

/** Builds the bundle of one scene file. */
export function buildScene(file: string): SceneBundle {
  const def = SceneDefinition.parse(parseYaml(readFileSync(file, 'utf8')) ?? {});
  const { plans, problems } = ingestPaths(def.seeds);
  return SceneBundle.parse({
    bundleVersion: 1, scene: basename(file).replace(/\.ya?ml$/, ''), title: def.title, titleEn: def.titleEn,
    plans, problems,
  });
}

/** Every scene definition in `dir` (scenes/*.yaml). */
export function sceneFiles(dir = 'scenes'): string[] {
  return readdirSync(dir).filter((f) => /\.ya?ml$/.test(f)).map((f) => join(dir, f));
}

/** Writes bundles for the given scene files (default: every scenes/*.yaml). Returns the paths written. */
export function writeScenes(files: string[], outDir = 'public/generated'): string[] {
  mkdirSync(outDir, { recursive: true });
  return files.map((f) => {
    const bundle = buildScene(f);
    const out = join(outDir, `${bundle.scene}.json`);
    writeFileSync(out, JSON.stringify(bundle));
    for (const p of bundle.problems) process.stderr.write(`${p.severity}: ${p.file}: ${p.message}\n`);
    process.stderr.write(`scene ${bundle.scene}: ${bundle.plans.length} plans → ${out}\n`);
    return out;
  });
}

const isMain = process.argv[1] && basename(process.argv[1]).startsWith('scenes');
if (isMain) {
  const args = process.argv.slice(2);
  const files = args.length ? args : sceneFiles();
  writeScenes(files);
}

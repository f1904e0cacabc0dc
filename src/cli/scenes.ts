/**
 * npm run scenes [-- scenes/hall.yaml …]
 * Ingests each scene's seeds and writes public/generated/<scene>.json, the bundle the app loads.
 * A broken document is reported (stderr and the bundle's `problems`) and the rest still ship.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { SceneBundle, SceneDefinition } from '../scene/bundle';
import { firstSightChars } from '../world/firstSight';
import { glyphSet, subsetFonts } from './fontSubset';
import { buildGlyphFields } from './glyphFields';
import { ingestPaths } from './readSeeds';
import { copyXRProfiles } from './xrProfiles';
import { readTours, tourFiles } from './tours';
import { buildHallScene } from '../layout/hallScene';

/** Builds the bundle of one scene file, with the authored tours (scenes/tours/*.yaml) that tour it. */
export function buildScene(file: string, tours = tourFiles(join(dirname(file), 'tours'))): SceneBundle {
  const def = SceneDefinition.parse(parseYaml(readFileSync(file, 'utf8')) ?? {});
  const { plans, problems, vocabulary } = ingestPaths(def.seeds);
  const themes = Object.fromEntries(Object.entries(vocabulary).map(([id, t]) => [id, { zh: t.zh, en: t.en }]));
  const scene = basename(file).replace(/\.ya?ml$/, '');
  const authored = readTours(tours, scene, buildHallScene(plans, { title: def.title }));
  return SceneBundle.parse({
    bundleVersion: 1, scene, title: def.title, titleEn: def.titleEn,
    plans, problems: [...problems, ...authored.problems], themes, tours: authored.tours,
  });
}

/** Every scene definition in `dir` (scenes/*.yaml). */
export function sceneFiles(dir = 'scenes'): string[] {
  return readdirSync(dir).filter((f) => /\.ya?ml$/.test(f)).map((f) => join(dir, f));
}

/** Writes bundles and their font subsets for the given scene files (default: every scenes/*.yaml). Returns the bundle paths. */
export async function writeScenes(files: string[], outDir = 'public/generated'): Promise<string[]> {
  mkdirSync(outDir, { recursive: true });
  const written: string[] = [];
  for (const f of files) {
    const bundle = buildScene(f);
    const chars = glyphSet(JSON.stringify([bundle.title, bundle.titleEn, bundle.plans, bundle.themes, bundle.tours]));
    const fontFile = `${bundle.scene}.font.woff`;
    const { woff, sfnt } = await subsetFonts(chars);
    writeFileSync(join(outDir, fontFile), woff);
    // The glyphs of the first view come with their fields made, so the entrance reads at once.
    const scene = buildHallScene(bundle.plans, { title: bundle.title, titleEn: bundle.titleEn, themes: bundle.themes });
    const fields = buildGlyphFields(sfnt, firstSightChars(scene));
    const fieldsFile = `${bundle.scene}.fields.bin`;
    writeFileSync(join(outDir, fieldsFile), fields.data);
    bundle.font = { file: fontFile, chars, fields: { file: fieldsFile, ...fields.index } };
    const out = join(outDir, `${bundle.scene}.json`);
    writeFileSync(out, JSON.stringify(bundle));
    for (const p of bundle.problems) process.stderr.write(`${p.severity}: ${p.file}: ${p.message}\n`);
    process.stderr.write(`scene ${bundle.scene}: ${bundle.plans.length} plans, ${bundle.tours.length} authored tours → ${out}; font ${[...chars].length} glyphs, ${(woff.length / 1024).toFixed(0)} KB; ${fields.index.glyphs.length / 5} glyph fields, ${(fields.data.length / 1024).toFixed(0)} KB\n`);
    written.push(out);
  }
  const profiles = copyXRProfiles(join(outDir, 'xr-profiles'));
  process.stderr.write(`xr input profiles: ${profiles} files → ${join(outDir, 'xr-profiles')}\n`);
  return written;
}

const isMain = process.argv[1] && basename(process.argv[1]).startsWith('scenes');
if (isMain) {
  const args = process.argv.slice(2);
  const files = args.length ? args : sceneFiles();
  await writeScenes(files);
}

/**
 * npm run scenes [-- scenes/hall.yaml …]
 * Ingests each scene's seeds and writes public/generated/<scene>.json, the bundle the app loads.
 * A broken document is reported (stderr and the bundle's `problems`) and the rest still ship.
 */
import { mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { SceneBundle, SceneDefinition } from '../scene/bundle';
import { firstSightChars } from '../world/firstSight';
import { glyphSet, subsetFonts, type SubsetCache } from './fontSubset';
import { buildGlyphFields, type FieldCache } from './glyphFields';
import { ingestPaths } from './readSeeds';
import { copyXRProfiles } from './xrProfiles';
import { readTours, tourFiles } from './tours';
import { buildHallScene, type HallScene } from '../layout/hallScene';

/** Where a scene's documents come from instead of its definition's `seeds` (the studio's seeds folder). */
export interface SceneOptions {
  seeds?: string[];
  /** Ingests the documents (the studio passes its cache of plans, re-ingesting only what changed). */
  ingest?: (paths: string[]) => Promise<Pick<Awaited<ReturnType<typeof ingestPaths>>, 'plans' | 'problems' | 'vocabulary'>>;
  /** Published while the server runs: font and fields get new names, so an open page loads the new ones. */
  version?: string;
  /** Subsets and glyph fields made by earlier builds in this process (the studio's publishes). */
  fonts?: SubsetCache;
  fields?: FieldCache;
  /** Filled with each step's time (ms): ingest and bundle, font, fields. */
  steps?: Record<string, number>;
}

/** Runs `run`, adding its time to `steps[name]`. */
async function timed<T>(steps: Record<string, number> | undefined, name: string, run: () => Promise<T> | T): Promise<T> {
  const t0 = performance.now();
  try { return await run(); } finally { if (steps) steps[name] = Math.round(performance.now() - t0); }
}

/** A scene's bundle with its font subset and glyph fields, made but not yet written. */
export interface BuiltScene {
  bundle: SceneBundle;
  woff: Uint8Array;
  fields: Uint8Array;
}

/** Builds a scene's bundle, font subset and first view's glyph fields (file names carry `options.version`). */
export async function buildSceneFiles(file: string, options: SceneOptions = {}): Promise<BuiltScene> {
  const v = options.version ? `.${options.version}` : '';
  const { steps } = options;
  const { bundle, hall } = await timed(steps, 'bundle', () => buildSceneWithHall(file, undefined, options));
  const { woff, sfnt, chars } = await timed(steps, 'font', () => {
    const wanted = glyphSet(JSON.stringify([bundle.title, bundle.titleEn, bundle.plans, bundle.themes, bundle.tours]));
    return options.fonts ? options.fonts.get(wanted) : subsetFonts(wanted).then((f) => ({ ...f, chars: wanted }));
  });
  // The glyphs of the first view come with their fields made, so the entrance reads at once.
  const fields = await timed(steps, 'fields', () => buildGlyphFields(sfnt, firstSightChars(hall), options.fields));
  bundle.font = { file: `${bundle.scene}.font${v}.woff`, chars, fields: { file: `${bundle.scene}.fields${v}.bin`, ...fields.index } };
  return { bundle, woff, fields: fields.data };
}

/** Plans the hall shows: hidden booths left out, the rest in the curator's order (unordered ones keep theirs). */
export function shownPlans<P extends { display: { hidden?: boolean; order?: number } }>(plans: P[]): P[] {
  const rank = (p: P, i: number) => p.display.order ?? i;
  return plans.map((p, i) => ({ p, r: rank(p, i), i })).filter(({ p }) => !p.display.hidden)
    .sort((a, b) => a.r - b.r || a.i - b.i).map(({ p }) => p);
}

/** Builds the bundle of one scene file, with the authored tours (scenes/tours/*.yaml) that tour it. */
export async function buildScene(file: string, tours = tourFiles(join(dirname(file), 'tours')), options: SceneOptions = {}): Promise<SceneBundle> {
  return (await buildSceneWithHall(file, tours, options)).bundle;
}

/**
 * The bundle and the hall laid out from it, as the app lays it out (title, English title, theme
 * labels): laid out once, it resolves the tours and gives the first view's characters.
 */
async function buildSceneWithHall(file: string, tours = tourFiles(join(dirname(file), 'tours')), options: SceneOptions = {}): Promise<{ bundle: SceneBundle; hall: HallScene }> {
  const def = SceneDefinition.parse(parseYaml(readFileSync(file, 'utf8')) ?? {});
  const seeds = options.seeds ?? def.seeds;
  const ingested = options.ingest ? await options.ingest(seeds) : await ingestPaths(seeds);
  const { problems, vocabulary } = ingested;
  const plans = shownPlans(ingested.plans);
  const themes = Object.fromEntries(Object.entries(vocabulary).map(([id, t]) => [id, { zh: t.zh, en: t.en }]));
  const scene = basename(file).replace(/\.ya?ml$/, '');
  const hall = buildHallScene(plans, { title: def.title, titleEn: def.titleEn, themes });
  const authored = readTours(tours, scene, hall);
  const bundle = SceneBundle.parse({
    bundleVersion: 1, scene, title: def.title, titleEn: def.titleEn,
    plans, problems: [...problems, ...authored.problems], themes, tours: authored.tours,
  });
  return { bundle, hall };
}

/** Every scene definition in `dir` (scenes/*.yaml). */
export function sceneFiles(dir = 'scenes'): string[] {
  return readdirSync(dir).filter((f) => /\.ya?ml$/.test(f)).map((f) => join(dir, f));
}

/** Writes a built scene into `outDir`: font and fields first, the bundle last. Returns the bundle's path. */
export function writeBuiltScene({ bundle, woff, fields }: BuiltScene, outDir: string): string {
  const font = bundle.font!;
  writeFileSync(join(outDir, font.file), woff);
  writeFileSync(join(outDir, font.fields!.file), fields);
  const out = join(outDir, `${bundle.scene}.json`);
  // The bundle last, by rename: a page never reads a bundle whose font is not written yet.
  writeFileSync(`${out}.tmp`, JSON.stringify(bundle));
  renameSync(`${out}.tmp`, out);
  for (const p of bundle.problems) process.stderr.write(`${p.severity}: ${p.file}: ${p.message}\n`);
  process.stderr.write(`scene ${bundle.scene}: ${bundle.plans.length} plans, ${bundle.tours.length} authored tours → ${out}; font ${[...font.chars].length} glyphs, ${(woff.length / 1024).toFixed(0)} KB; ${font.fields!.glyphs.length / 5} glyph fields, ${(fields.length / 1024).toFixed(0)} KB\n`);
  return out;
}

/** Writes bundles and their font subsets for the given scene files (default: every scenes/*.yaml). Returns the bundle paths. */
export async function writeScenes(files: string[], outDir = 'public/generated', options: SceneOptions = {}): Promise<string[]> {
  mkdirSync(outDir, { recursive: true });
  const written: string[] = [];
  for (const f of files) {
    const out = writeBuiltScene(await buildSceneFiles(f, options), outDir);
    written.push(out);
  }
  if (options.version) return written; // a publish: the profiles are there since the build
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

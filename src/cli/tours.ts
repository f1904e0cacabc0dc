/**
 * Authored tours: scenes/tours/*.yaml, checked against a scene's booths when its bundle is built.
 * A broken tour file is reported by name and left out; a stop naming a missing booth, clause or
 * figure is reported and dropped while the rest of its tour ships.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { resolveTour, type TourScene } from '../layout/tours';
import { TourDefinition, type BundleTour } from '../scene/bundle';

/** A problem with one input file. */
type Problem = { file: string; severity: 'error' | 'warning'; message: string };

/** The tour files beside the scenes (none when the folder does not exist). */
export function tourFiles(dir = 'scenes/tours'): string[] {
  return existsSync(dir) ? readdirSync(dir).filter((f) => /\.ya?ml$/.test(f)).sort().map((f) => join(dir, f)) : [];
}

/** Reads and checks the tours of scene `sceneName`. */
export function readTours(files: string[], sceneName: string, scene: TourScene): { tours: BundleTour[]; problems: Problem[] } {
  const tours: BundleTour[] = [];
  const problems: Problem[] = [];
  for (const file of files) {
    let def: TourDefinition;
    try {
      const r = TourDefinition.safeParse(parseYaml(readFileSync(file, 'utf8')));
      if (!r.success) {
        const i = r.error.issues[0];
        problems.push({ file, severity: 'error', message: `not a tour: ${i.path.length ? `${i.path.join('.')}: ` : ''}${i.message}` });
        continue;
      }
      def = r.data;
    } catch (e) {
      problems.push({ file, severity: 'error', message: `cannot be read: ${(e as Error).message.split('\n')[0]}` });
      continue;
    }
    if (def.scene && def.scene !== sceneName) continue;
    const id = basename(file).replace(/\.ya?ml$/, '');
    const { tour, problems: stopProblems, kept } = resolveTour({ id, title: def.title, stops: def.stops }, scene);
    for (const message of stopProblems) problems.push({ file, severity: 'warning', message: `${message}; the stop is left out` });
    if (!tour.stops.length) {
      problems.push({ file, severity: 'error', message: 'no stop of this tour is in the hall; the tour is left out' });
      continue;
    }
    // Shipped as authored (only the stops that resolve): the app resolves them against the hall it builds.
    tours.push({ id, title: def.title, stops: kept.map((i) => def.stops[i]) });
  }
  return { tours, problems };
}

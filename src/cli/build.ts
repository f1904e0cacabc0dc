/**
 * The build step of npm start, run in its own process: ingest seeds/ → scene bundles → production
 * build (precompressed, with the service worker). Its memory is returned when it exits, so the
 * process that then serves stays small.
 */
import { build } from 'vite';
import { sceneFiles, writeScenes } from './scenes';

// $EXPO_SEEDS_DIR: the studio's seeds folder, when it is not seeds/.
await writeScenes(sceneFiles(), undefined, process.env.EXPO_SEEDS_DIR ? { seeds: [process.env.EXPO_SEEDS_DIR] } : {});
await build({ logLevel: 'warn' });

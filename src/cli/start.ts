/**
 * npm start: ingest seeds/ → scene bundles → production build → serve on $PORT (default 8080).
 * With --no-build it serves the existing dist/.
 */
import { build } from 'vite';
import { serveStatic } from '../server/serve';
import { sceneFiles, writeScenes } from './scenes';

const port = Number(process.env.PORT ?? 8080);
if (!process.argv.includes('--no-build')) {
  await writeScenes(sceneFiles());
  await build({ logLevel: 'warn' });
}
await serveStatic('dist', port);
console.log(`Policy Expo is open at http://localhost:${port}/`);

/**
 * npm start: ingest seeds/ → scene bundles → production build → serve on $PORT (default 8080),
 * with the follow-me relay on the same origin (ws …/relay). With --no-build it serves the existing dist/.
 */
import { build } from 'vite';
import { attachRelay, lanAddresses } from '../server/relay';
import { serveStatic } from '../server/serve';
import { sceneFiles, writeScenes } from './scenes';

const port = Number(process.env.PORT ?? 8080);
if (!process.argv.includes('--no-build')) {
  await writeScenes(sceneFiles());
  await build({ logLevel: 'warn' });
}
const server = await serveStatic('dist', port);
attachRelay(server);
console.log(`Policy Expo is open at http://localhost:${port}/`);
// Audiences' phones and headsets join over the local network.
for (const address of lanAddresses()) console.log(`  on this network: http://${address}:${port}/`);

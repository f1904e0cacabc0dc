/**
 * npm start: builds in a child process (src/cli/build.ts), then serves dist/ on $PORT (default
 * 8080) from this lean process, with the follow-me relay on the same origin (ws …/relay).
 *   --no-build            serve the existing dist/
 *   --https               HTTPS with a certificate made here on first run (.cache/tls/)
 *   --cert FILE --key FILE  HTTPS with your own certificate
 *   --origin URL          another origin whose pages may use the relay (repeatable; also $EXPO_ORIGINS, comma-separated)
 * The studio (/studio) reads and writes $EXPO_SEEDS_DIR (seeds/) and keeps its key, staging, history
 * and audit log in $EXPO_STATE_DIR (.expo/); $EXPO_STUDIO_KEY sets the key instead of the file's.
 * $EXPO_REDIS_URL (redis://host:port) runs the relay as one of several processes behind one address,
 * sharing sessions and hall instances through that Redis ($EXPO_REDIS_PREFIX keeps several expos apart);
 * without it this one process holds them, as the embedded default.
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { parseArgs } from 'node:util';
import { join } from 'node:path';
import { createApp } from '../server/app';
import { redisBus } from '../server/redisBus';
import { bearerKeyAuthorize } from '../server/analytics/authorize';
import { createAnalytics } from '../server/analytics/routes';
import { createStudioApi } from '../server/studio';
import { lanAddresses } from '../server/origins';
import { caHandler, CA_PATH, selfSignedCert } from '../server/tls';

const { values: args } = parseArgs({
  options: { 'no-build': { type: 'boolean' }, https: { type: 'boolean' }, cert: { type: 'string' }, key: { type: 'string' }, origin: { type: 'string', multiple: true } },
});
const port = Number(process.env.PORT ?? 8080);

if (!args['no-build']) {
  // The same node, with the same loader (tsx) as this process.
  const code = await new Promise<number | null>((done) => {
    spawn(process.execPath, [...process.execArgv, new URL('./build.ts', import.meta.url).pathname], { stdio: 'inherit' }).on('exit', done);
  });
  if (code !== 0) {
    console.error('The build failed; nothing is served.');
    process.exit(1);
  }
}

const origins = [...(args.origin ?? []), ...(process.env.EXPO_ORIGINS ?? '').split(',')].filter(Boolean);
let tls: { cert: string; key: string } | undefined;
let caFile: string | undefined;
if (args.cert || args.key) {
  if (!args.cert || !args.key) throw new Error('--cert and --key go together');
  tls = { cert: readFileSync(args.cert, 'utf8'), key: readFileSync(args.key, 'utf8') };
} else if (args.https) {
  const made = await selfSignedCert('.cache/tls', ['localhost', '127.0.0.1', '::1', hostname(), `${hostname()}.local`, ...lanAddresses()]);
  tls = made;
  caFile = made.caFile;
}

// $EXPO_DIST_DIR serves another build (tests serve a copy they may publish into).
const root = process.env.EXPO_DIST_DIR ?? 'dist';
const redisUrl = process.env.EXPO_REDIS_URL;
const bus = redisUrl ? await redisBus({ url: redisUrl, prefix: process.env.EXPO_REDIS_PREFIX }) : undefined;
const app = createApp({ root, tls, origins, bus });
if (caFile) app.use(caHandler(caFile));
const studio = createStudioApi({ outDir: join(root, 'generated'), tellHalls: (scene, version) => app.relay.halls.tell(scene, version) });
// Reach (analytics) sits behind the same studio key. It is mounted first: its report lives under
// /api/studio/analytics, and the studio's handler answers 404 for any /api/studio path it does not know.
const analytics = createAnalytics({ authorize: bearerKeyAuthorize(studio.keys[0].secret) });
app.use(analytics.handler);
app.use(studio.handler);
// Events still queued are committed before the process ends; the other relay processes are told it left.
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => { analytics.close(); void (bus?.close() ?? Promise.resolve()).catch(() => {}).finally(() => process.exit(0)); });
}
await app.listen(port);
const scheme = tls ? 'https' : 'http';
console.log(`Policy Expo is open at ${scheme}://localhost:${port}/${bus ? ` (relay process ${bus.self}, sharing through Redis)` : ''}`);
console.log(`  the curator's studio (keep this address private): ${scheme}://localhost:${port}/studio#key=${encodeURIComponent(studio.keys[0].secret)}`);
// Audiences' phones and headsets join over the local network.
for (const address of lanAddresses()) console.log(`  on this network: ${scheme}://${address}:${port}/`);
console.log(`  Reach (visitor analytics${analytics.config.collect ? '' : ', collection off'}): ${scheme}://localhost:${port}/#/studio/reach (the studio key)`);
if (caFile) console.log(`  the certificate to trust on phones and headsets: ${scheme}://<address>:${port}${CA_PATH} (README: HTTPS)`);

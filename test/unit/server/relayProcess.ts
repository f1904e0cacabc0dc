/**
 * One relay process of a multi-process test or bench (relayCluster.ts starts it with node + tsx):
 * the relay on its own http server at $PORT (0: any), sharing through Redis at $EXPO_REDIS_URL.
 * Every hall named hall… is served with the same floor; GET /stats answers the relay's counters, and
 * GET /publish/<scene> tells open halls a new bundle is out, as the studio does after a publish.
 * Prints "listening <port>" once ready; SIGTERM leaves the others cleanly, SIGKILL as a crash would.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { attachRelay, DEFAULT_LIMITS } from '../../../src/server/relay';
import { redisBus } from '../../../src/server/redisBus';

const BOUNDS = { minX: -50, maxX: 50, minZ: -80, maxZ: 40 };

const bus = await redisBus({ url: process.env.EXPO_REDIS_URL!, beatMs: Number(process.env.BEAT_MS ?? 500) });
const limits = { ...DEFAULT_LIMITS, ...JSON.parse(process.env.RELAY_LIMITS ?? '{}') };
const server = createServer((req, res) => {
  const published = /^\/publish\/([a-z0-9-]+)$/.exec(req.url ?? '');
  if (published) return void res.writeHead(200).end(String(relay.halls.tell(published[1], 'v2')));
  if (req.url !== '/stats') return void res.writeHead(404).end();
  res.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify({ ...relay.stats(), cpu: process.cpuUsage() }));
});
const relay = attachRelay(server, limits, (o) => o === process.env.EXPO_ORIGIN, { hallBounds: (h) => (h.startsWith('hall') ? BOUNDS : null), bus });
server.listen(Number(process.env.PORT ?? 0), '127.0.0.1', () => console.log(`listening ${(server.address() as AddressInfo).port}`));
process.once('SIGTERM', async () => {
  relay.close();
  // The sockets' close handlers give their places back before the bus leaves.
  await new Promise((ok) => setTimeout(ok, 100));
  await bus.close();
  process.exit(0);
});

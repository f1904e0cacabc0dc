/**
 * Several relay processes behind one address, sharing through a real redis-server, for the
 * multi-process tests and bench: Redis on a free port in a temporary folder (no saving), relay
 * processes (relayProcess.ts), and a small TCP proxy that is the one address clients know.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createConnection, createServer, type AddressInfo, type Server, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Says plainly why the multi-process tests cannot run, instead of skipping them. */
export function requireRedisServer(): string {
  const found = spawnSync('sh', ['-c', 'command -v redis-server'], { encoding: 'utf8' }).stdout.trim();
  if (!found) throw new Error("redis-server is not installed: the relay's multi-process tests need Debian's redis-server (apt-get install redis-server; test/run-all.sh installs it when run as root)");
  return found;
}

const freePort = () => new Promise<number>((ok) => {
  const s = createServer().listen(0, '127.0.0.1', () => { const { port } = s.address() as AddressInfo; s.close(() => ok(port)); });
});

/** Resolves with the first match of `pattern` in the child's stdout. */
function awaitLine(child: ChildProcess, pattern: RegExp, what: string): Promise<RegExpExecArray> {
  return new Promise((ok, fail) => {
    let out = '';
    const timer = setTimeout(() => fail(new Error(`${what} did not start: ${out}`)), 60_000);
    child.stdout!.on('data', (d) => {
      out += d;
      const m = pattern.exec(out);
      if (m) { clearTimeout(timer); ok(m); }
    });
    child.stderr!.on('data', (d) => { out += d; });
    child.once('exit', (code) => { clearTimeout(timer); fail(new Error(`${what} exited (${code}): ${out}`)); });
  });
}

/** A redis-server of its own; `stop` ends it and removes its folder. */
export async function startRedis(): Promise<{ url: string; stop(): void }> {
  const bin = requireRedisServer();
  const dir = mkdtempSync(join(tmpdir(), 'expo-redis-'));
  const port = await freePort();
  const child = spawn(bin, ['--port', String(port), '--bind', '127.0.0.1', '--dir', dir, '--save', '', '--appendonly', 'no'], { stdio: ['ignore', 'pipe', 'pipe'] });
  await awaitLine(child, /Ready to accept connections/, 'redis-server');
  return { url: `redis://127.0.0.1:${port}`, stop: () => { child.kill('SIGKILL'); rmSync(dir, { recursive: true, force: true }); } };
}

/** A relay process: its port and pid. */
export interface RelayProcess { port: number; child: ChildProcess }

/** Starts a relay process on Redis at `url`, letting pages of `origin` in, with these limits. */
export async function startRelay(url: string, origin: string, limits: Record<string, number> = {}): Promise<RelayProcess> {
  const script = new URL('./relayProcess.ts', import.meta.url).pathname;
  const child = spawn(process.execPath, ['--import', 'tsx', script], {
    env: { ...process.env, EXPO_REDIS_URL: url, EXPO_ORIGIN: origin, RELAY_LIMITS: JSON.stringify(limits), PORT: '0' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const m = await awaitLine(child, /listening (\d+)/, 'relay process');
  return { port: Number(m[1]), child };
}

/** Counters of a relay process (GET /stats), with its CPU time so far. */
export async function relayStats(p: RelayProcess): Promise<{ dropped: Record<string, number>; refused: Record<string, number>; presence: { visitors: number; instances: number }; sessions: number; cpu: { user: number; system: number } }> {
  return (await fetch(`http://127.0.0.1:${p.port}/stats`)).json();
}

/** The one address: each new connection goes to `prefer` when it is up, else to the next backend that answers. */
export interface Proxy { port: number; prefer: number; close(): void }

export async function startProxy(backends: () => number[]): Promise<Proxy> {
  const open = new Set<Socket>();
  const server: Server = createServer((client) => {
    open.add(client);
    client.pause();
    const order = [proxy.prefer, ...backends().filter((p) => p !== proxy.prefer)];
    const attempt = (i: number) => {
      if (i >= order.length) return void client.destroy();
      // From the client's own address, as a TCP balancer passing connections through would: per-address limits still see the client.
      const up = createConnection({ port: order[i], host: '127.0.0.1', localAddress: client.remoteAddress });
      let connected = false;
      // A backend that is down refuses at once: the next one is tried.
      up.once('error', () => { if (!connected) attempt(i + 1); });
      up.once('connect', () => {
        connected = true;
        open.add(up);
        client.pipe(up).pipe(client);
        client.resume();
        const end = () => { client.destroy(); up.destroy(); open.delete(client); open.delete(up); };
        client.once('close', end);
        up.once('close', end);
        up.on('error', end);
      });
    };
    client.on('error', () => client.destroy());
    attempt(0);
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const proxy: Proxy = {
    port: (server.address() as AddressInfo).port,
    prefer: 0,
    close: () => { for (const s of open) s.destroy(); server.close(); },
  };
  return proxy;
}

import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, wellFormedPath, type App } from '../../../src/server/app';
import { CONTENT_SECURITY_POLICY } from '../../../src/server/headers';
import { precompressFile } from '../../../src/server/precompress';

let dir: string;
let app: App;
let base: string;
const SCRIPT = `export const hall = ${JSON.stringify('展'.repeat(4000))};\n`;

/** A raw HTTP request (fetch would normalise the URL and hide what the server does with it). */
function get(path: string, headers: Record<string, string> = {}, method = 'GET'): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }> {
  return new Promise((ok, fail) => {
    const req = httpRequest(`${base}/`, { method, path, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => ok({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', fail);
    req.end();
  });
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'expo-serve-'));
  const root = join(dir, 'dist');
  mkdirSync(join(root, 'assets'), { recursive: true });
  mkdirSync(join(root, 'generated'));
  mkdirSync(join(dir, 'dist-secret'));
  writeFileSync(join(dir, 'dist-secret', 'secret.txt'), 'secret');
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>hall</title>');
  writeFileSync(join(root, '.env'), 'KEY=1');
  writeFileSync(join(root, 'assets', 'index-abc123.js'), SCRIPT);
  precompressFile(join(root, 'assets', 'index-abc123.js'));
  writeFileSync(join(root, 'generated', 'hall.json'), JSON.stringify({ plans: Array(500).fill({ title: '规划' }) }));
  precompressFile(join(root, 'generated', 'hall.json'));
  writeFileSync(join(root, 'generated', 'hall.fields.bin'), Buffer.alloc(10_000, 7));
  app = createApp({ root, limits: { idleMs: 400 } });
  app.use((req, res) => {
    if (req.url === '/api/boom') throw new Error('a bug in a handler');
    if (req.url !== '/api/ping') return false;
    res.end(req.method);
    return true;
  });
  base = `http://127.0.0.1:${await app.listen(0, '127.0.0.1')}`;
});
afterAll(async () => {
  await app.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('wellFormedPath', () => {
  it('decodes good paths and refuses malformed ones', () => {
    expect(wellFormedPath('/generated/hall.json?x=1')).toBe('/generated/hall.json');
    expect(wellFormedPath('/%E5%B1%95')).toBe('/展');
    for (const bad of ['/100%', '/%E0%A4%A', '/..%2fdist-secret%2fsecret.txt', '/a/%2e%2e/b', '/a\\b', '/%00', 'x', '', undefined]) expect(wellFormedPath(bad)).toBeNull();
  });
});

describe('server', () => {
  it('answers malformed URLs 400 and keeps serving', async () => {
    for (const path of ['/100%', '/%E0%A4%A', '/..%2fdist-secret%2fsecret.txt', '/%2e%2e/dist-secret/secret.txt']) {
      expect((await get(path)).status, path).toBe(400);
    }
    expect((await get('//')).status).toBeLessThan(500);
    expect((await get('/')).status).toBe(200);
  });

  it('never reads a sibling folder', async () => {
    const r = await get('/../dist-secret/secret.txt');
    expect(r.status).not.toBe(200);
    expect(r.body.toString()).not.toContain('secret');
  });

  it('answers 404 for missing files, never the page, and never caches it', async () => {
    const asset = await get('/assets/missing-zzz.js');
    expect(asset.status).toBe(404);
    expect(asset.headers['cache-control']).not.toMatch(/immutable|max-age/);
    expect((await get('/no/such/page', { accept: 'text/html', 'sec-fetch-mode': 'navigate' })).body.toString()).toContain('Back to the hall');
    expect((await get('/.env')).status).toBe(404);
    const page = await get('/', { accept: 'text/html' });
    expect(page.status).toBe(200);
    expect(page.body.toString()).toContain('<title>hall</title>');
  });

  it('refuses writes with 405 and allows GET and HEAD', async () => {
    for (const m of ['PUT', 'DELETE', 'POST', 'PATCH']) {
      const r = await get('/index.html', {}, m);
      expect(r.status, m).toBe(405);
      expect(r.headers.allow).toBe('GET, HEAD');
    }
    const head = await get('/index.html', {}, 'HEAD');
    expect(head.status).toBe(200);
    expect(head.body.length).toBe(0);
  });

  it('answers a byte range with 206 and an unsatisfiable one with 416', async () => {
    const r = await get('/generated/hall.fields.bin', { range: 'bytes=100-199' });
    expect(r.status).toBe(206);
    expect(r.headers['content-range']).toBe('bytes 100-199/10000');
    expect(r.body.length).toBe(100);
    expect((await get('/generated/hall.fields.bin', { range: 'bytes=20000-' })).status).toBe(416);
    // A reversed or suffix range is ignored: the whole file.
    expect((await get('/generated/hall.fields.bin', { range: 'bytes=50-10' })).body.length).toBe(10_000);
  });

  it('revalidates the bundle (ETag → 304) and caches hashed assets for a year', async () => {
    const first = await get('/generated/hall.json', { 'accept-encoding': 'br' });
    expect(first.headers['cache-control']).toBe('no-cache');
    expect(first.headers['last-modified']).toBeTruthy();
    const etag = first.headers.etag as string;
    expect(etag).toBeTruthy();
    expect((await get('/generated/hall.json', { 'accept-encoding': 'br', 'if-none-match': etag })).status).toBe(304);
    const asset = await get('/assets/index-abc123.js');
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect((await get('/assets/index-abc123.js', { 'if-none-match': asset.headers.etag as string })).status).toBe(304);
  });

  it('sends the precompressed copy the client accepts', async () => {
    const br = await get('/assets/index-abc123.js', { 'accept-encoding': 'gzip, deflate, br' });
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers['content-type']).toMatch(/javascript/);
    expect(br.headers.vary).toBe('Accept-Encoding');
    expect(br.body.length).toBeLessThan(Buffer.byteLength(SCRIPT) / 4);
    expect(brotliDecompressSync(br.body).toString()).toBe(SCRIPT);
    const gz = await get('/assets/index-abc123.js', { 'accept-encoding': 'gzip' });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.body).toString()).toBe(SCRIPT);
    const plain = await get('/assets/index-abc123.js');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString()).toBe(SCRIPT);
  });

  it('never sends a compressed copy older than a file published after the build', async () => {
    const file = join(dir, 'dist', 'generated', 'hall.json');
    writeFileSync(file, '{"plans":[]}');
    const later = new Date(Date.now() + 5000);
    utimesSync(file, later, later);
    const r = await get('/generated/hall.json', { 'accept-encoding': 'br, gzip' });
    expect(r.headers['content-encoding']).toBeUndefined();
    expect(r.body.toString()).toBe('{"plans":[]}');
  });

  it('sets the security headers on every answer', async () => {
    for (const path of ['/', '/assets/missing.js', '/100%']) {
      const r = await get(path);
      expect(r.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
      expect(r.headers['x-content-type-options']).toBe('nosniff');
      expect(r.headers['referrer-policy']).toBe('no-referrer');
      expect(r.headers['x-frame-options']).toBe('DENY');
    }
    expect(CONTENT_SECURITY_POLICY).toContain("frame-ancestors 'none'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval|\*/);
  });

  it('runs API handlers before the files, and survives one that throws', async () => {
    expect((await get('/api/ping', {}, 'POST')).body.toString()).toBe('POST');
    const spy = console.error;
    console.error = () => {};
    try {
      expect((await get('/api/boom')).status).toBe(500);
    } finally {
      console.error = spy;
    }
    expect((await get('/')).status).toBe(200);
  });

  it('closes a socket that never sends a byte', async () => {
    const socket = connect(Number(new URL(base).port), '127.0.0.1');
    const t0 = Date.now();
    await new Promise<void>((ok) => socket.on('close', () => ok()));
    expect(Date.now() - t0).toBeLessThan(3000);
    expect((await get('/')).status).toBe(200);
  });
});

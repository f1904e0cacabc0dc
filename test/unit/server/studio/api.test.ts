/** The studio's HTTP contract, against a real server with a temporary seeds folder. */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fontverter from 'fontverter';
import { Blob as HbBlob, Face, Font } from 'harfbuzzjs';
import { WebSocket } from 'ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../../../src/server/app';
import { createStudioApi, type Studio } from '../../../../src/server/studio';
import { fullFontPath } from '../../../../src/cli/fontSubset';

const KEY = 'test-key-0123456789abcdef';
const DOC = readFileSync('test/fixtures/corpus/weifang_metaverse_news.txt');
let dir: string, seeds: string, state: string, out: string;
let app: App, studio: Studio, base: string;

const auth = (key = KEY) => ({ Authorization: `Bearer ${key}` });
function upload(name: string, bytes: Uint8Array, key = KEY) {
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(bytes)]), name);
  return fetch(`${base}/api/studio/documents`, { method: 'POST', body: form, headers: auth(key) });
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'expo-studio-'));
  seeds = join(dir, 'seeds');
  state = join(dir, 'state');
  out = join(dir, 'dist', 'generated');
  cpSync('seeds', seeds, { recursive: true });
  mkdirSync(out, { recursive: true });
  writeFileSync(join(dir, 'hall.yaml'), 'title: 展\n');
  app = createApp({ root: join(dir, 'dist') });
  studio = createStudioApi({ seedsDir: seeds, stateDir: state, sceneFile: join(dir, 'hall.yaml'), outDir: out, keys: [{ label: 'test', secret: KEY }], upload: { fileBytes: 2 * 1024 * 1024 }, tellHalls: (s, v) => app.relay.halls.tell(s, v) });
  app.use(studio.handler);
  base = `http://127.0.0.1:${await app.listen(0, '127.0.0.1')}`;
}, 60_000);

afterAll(async () => {
  await studio.close();
  await app.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('studio API', () => {
  it('answers 401 without the key or with a wrong one, and writes nothing', async () => {
    const before = readdirSync(seeds).length;
    expect((await fetch(`${base}/api/studio/documents`)).status).toBe(401);
    expect((await upload('x.txt', DOC, 'wrong-key')).status).toBe(401);
    expect((await fetch(`${base}/api/studio/publish`, { method: 'POST' })).status).toBe(401);
    expect((await fetch(`${base}/api/studio/publish`, { method: 'POST', headers: { Cookie: `key=${KEY}` } })).status).toBe(401);
    expect(readdirSync(seeds).length).toBe(before);
    expect(readdirSync(join(state, 'staging'))).toEqual([]);
  });

  it('stages an upload: 201 with the region, title and figures found, nothing public yet', async () => {
    const r = await upload('weifang.txt', DOC);
    expect(r.status).toBe(201);
    const body = await r.json();
    expect(body.id).toBe('weifang.txt');
    expect(body.region).toMatch(/潍坊/);
    expect(body.targets.some((t: { unit: string }) => t.unit === '亿元')).toBe(true);
    expect(existsSync(join(seeds, 'weifang.txt'))).toBe(false);
  }, 60_000);

  it('sanitises a hostile name: no path, no dots, a suffix when taken', async () => {
    const r = await upload('../../etc/.passwd.txt', DOC);
    expect(r.status).toBe(201);
    const { id } = await r.json();
    expect(id).toBe('passwd.txt');
    expect(existsSync(join(dir, 'etc'))).toBe(false);
    const again = await (await upload('weifang.txt', DOC)).json();
    expect(again.id).toBe('weifang-2.txt');
    for (const n of [id, again.id]) expect((await fetch(`${base}/api/studio/documents/${n}`, { method: 'DELETE', headers: auth() })).status).toBe(200);
  }, 60_000);

  it('refuses an oversized and a binary file by name', async () => {
    const big = await upload('big.txt', Buffer.alloc(3 * 1024 * 1024, 0x41));
    expect(big.status).toBe(413);
    expect((await big.json()).name).toBe('big.txt');
    const png = await upload('plan.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]));
    expect(png.status).toBe(415);
    expect((await png.json()).error).toMatch(/plan\.txt/);
    expect(readdirSync(join(state, 'staging')).filter((f) => /big|plan/.test(f))).toEqual([]);
  });

  it('publishes decisions: the bundle has the corrected booth and open halls are told', async () => {
    const ws = new WebSocket(`${base.replace('http', 'ws')}/relay`, { origin: base });
    await new Promise((ok) => ws.on('open', ok));
    ws.send(JSON.stringify({ t: 'watch' }));
    const told = new Promise<{ t: string; version: string }>((ok) => ws.on('message', (m) => ok(JSON.parse(String(m)))));
    const doc = await (await fetch(`${base}/api/studio/documents/weifang.txt`, { headers: auth() })).json();
    const wrong = doc.plan.targets[0];
    const text: string = doc.text;
    const at = text.indexOf('3500亿元');
    const raw = { start: doc.map[at], end: doc.map[at + 6] };
    const meta = { region: '潍坊市', targets: { dropped: [{ start: wrong.source.start, end: wrong.source.end }], added: [{ ...raw, metric: '计划投资', min: 3500, max: 3500, unit: '亿元', bound: 'exact', kind: 'goal', year: 2026 }] } };
    const put = await fetch(`${base}/api/studio/documents/weifang.txt/meta`, { method: 'PUT', headers: { ...auth(), 'Content-Type': 'application/json' }, body: JSON.stringify(meta) });
    expect(put.status).toBe(200);
    const decided = await put.json();
    // Ids are positional, so the decisions are checked by source span: the rejected figure is gone, the added one is there.
    const spans = decided.plan.targets.map((t: { source: { start: number } }) => t.source.start);
    expect(wrong.source.start).not.toBe(raw.start);
    expect(spans).not.toContain(wrong.source.start);
    expect(spans).toContain(raw.start);
    const pub = await fetch(`${base}/api/studio/publish`, { method: 'POST', headers: auth() });
    expect(pub.status).toBe(200);
    const version = (await pub.json()).version;
    expect((await told).version).toBe(version);
    ws.close();
    const bundle = JSON.parse(readFileSync(join(out, 'hall.json'), 'utf8'));
    const plan = bundle.plans.find((p: { seed: string }) => p.seed === 'weifang.txt');
    expect(plan.region).toBe('潍坊市');
    expect(plan.targets.find((t: { source: { start: number } }) => t.source.start === raw.start)).toMatchObject({ metric: '计划投资', min: 3500, unit: '亿元' });
    expect(bundle.font.file).toBe(`hall.font.${version}.woff`);
    expect(existsSync(join(out, bundle.font.file))).toBe(true);
    expect(readFileSync(join(seeds, 'weifang.txt'))).toEqual(DOC);
    expect(readFileSync(join(seeds, 'weifang.meta.yaml'), 'utf8')).toMatch(/dropped/);
  }, 120_000);

  it('undo restores the previous hall', async () => {
    const r = await fetch(`${base}/api/studio/undo`, { method: 'POST', headers: auth() });
    expect(r.status).toBe(200);
    expect(existsSync(join(seeds, 'weifang.txt'))).toBe(false);
    const bundle = JSON.parse(readFileSync(join(out, 'hall.json'), 'utf8'));
    expect(bundle.plans.some((p: { seed: string }) => p.seed === 'weifang.txt')).toBe(false);
  }, 120_000);

  it('serves the preview a font with the hall and a character only the staged document has, only with the key', async () => {
    const hall: string = JSON.parse(readFileSync(join(out, 'hall.json'), 'utf8')).font.chars;
    const text = DOC.toString('utf8');
    // A character the full font has, but neither the published hall nor the document.
    const full = new Font(new Face(new HbBlob(readFileSync(fullFontPath()))));
    let novel = '';
    for (let cp = 0x4e00; !novel && cp < 0x9fff; cp++) {
      const ch = String.fromCodePoint(cp);
      if (!hall.includes(ch) && !text.includes(ch) && full.nominalGlyph(cp)) novel = ch;
    }
    expect(novel).not.toBe('');
    // In the title line, so it reaches the booth's sign.
    const lines = text.split('\n');
    const title = lines.findIndex((l) => l.includes('潍坊'));
    lines[title] = lines[title].replace('潍坊', `潍坊${novel}`);
    const up = await upload('novel.txt', Buffer.from(lines.join('\n')));
    expect(up.status).toBe(201);
    const { id } = await up.json();
    const url = `${base}/api/studio/preview-font?doc=${encodeURIComponent(id)}`;

    for (const headers of [{}, auth('wrong-key')]) {
      const r = await fetch(url, { headers });
      expect(r.status).toBe(401);
      expect(Object.keys(await r.json())).toEqual(['error']);
    }
    expect((await fetch(`${base}/api/studio/preview-font?doc=nothing.txt`, { headers: auth() })).status).toBe(404);

    const r = await fetch(url, { headers: auth() });
    expect(r.status).toBe(200);
    expect(r.headers.get('cache-control')).toBe('no-store');
    const { chars, woff } = await r.json() as { chars: string; woff: string };
    expect([...hall].filter((c) => !chars.includes(c))).toEqual([]);
    expect(chars).toContain(novel);
    const font = new Font(new Face(new HbBlob(await fontverter.convert(Buffer.from(woff, 'base64'), 'sfnt'))));
    expect(font.nominalGlyph(novel.codePointAt(0)!), novel).toBeGreaterThan(0);
    // The served font lacks it: this is what the preview gains.
    const served = new Font(new Face(new HbBlob(await fontverter.convert(readFileSync(join(out, JSON.parse(readFileSync(join(out, 'hall.json'), 'utf8')).font.file)), 'sfnt'))));
    expect(served.nominalGlyph(novel.codePointAt(0)!)).toBeUndefined();
    // Asked again: the same subset (the worker's cache, keyed by its characters).
    expect((await (await fetch(url, { headers: auth() })).json()).chars).toBe(chars);
    expect((await fetch(`${base}/api/studio/documents/${id}`, { method: 'DELETE', headers: auth() })).status).toBe(200);
  }, 120_000);

  it('keeps an append-only audit log with the key label', async () => {
    const log = await (await fetch(`${base}/api/studio/audit`, { headers: auth() })).json();
    expect(log.map((e: { action: string }) => e.action)).toEqual(expect.arrayContaining(['upload', 'decide', 'publish', 'undo']));
    expect(log.every((e: { key: string }) => e.key === 'test')).toBe(true);
  });
});

/**
 * Serving at an event: what the seed hall's first view costs on the wire (compressed, as the
 * server sends it, and what it would be raw), what the service worker's offline copy adds, the
 * resident memory of `npm start` serving (its build done in a child process), and how long ingest
 * takes for 1 MB of HTML tags (linear parsing).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { chromium, type Browser, type Page } from '@playwright/test';
import { ingestAll } from '../src/ingest';
import { htmlToText } from '../src/ingest/html';
import { fromRaw } from '../src/ingest/mappedText';
import type { Figure } from './ingestBench';

const PORT = 4304;
const ARGS = ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--use-gl=angle', '--use-angle=swiftshader', '--enable-unsafe-swiftshader'];
const kb = (n: number) => Math.round(n / 1024);

/** A page of about 1 MB made of tags: scripts, styles, comments, entities, blocks, little text. */
function tagSoup(): string {
  const unit = '<div class="x"><p>发展目标。</p><SCRIPT>var a = 1 < 2 && b;</script><style>p{color:red}</STYLE><!-- c --><span>规模&amp;</span>&&<br/><td>a</td></div>\n';
  return `<!doctype html><html><body>${unit.repeat(Math.ceil((1024 * 1024) / Buffer.byteLength(unit)))}</body></html>`;
}

/** Median ms of 5 runs of `f` after a warm-up (the JIT, ingest's dictionaries). */
function medianMs(f: () => void): number {
  const times: number[] = [];
  for (let i = 0; i < 6; i++) {
    const t0 = performance.now();
    f();
    if (i > 0) times.push(performance.now() - t0);
  }
  return Math.round(times.sort((a, b) => a - b)[2]);
}

/** HTML parsing of 1 MB of tags alone, and the whole ingest of that page as a document. */
export function benchHtmlIngest(): Figure[] {
  const page = tagSoup();
  const bytes = new TextEncoder().encode(page);
  return [
    { name: 'HTML: 1 MB of tags to text (median of 5)', value: medianMs(() => htmlToText(fromRaw(page))), unit: 'ms', target: '< 1000 (linear)' },
    { name: 'ingest: a 1 MB page of tags, whole pipeline (median of 5)', value: medianMs(() => ingestAll([{ name: 'tags.html', bytes }])), unit: 'ms', target: '< 1000' },
  ];
}

/** Starts `npm start --no-build` as a separate process, as an event would. */
async function startServer(): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/start.ts', '--no-build'], { env: { ...process.env, PORT: String(PORT) }, stdio: ['ignore', 'pipe', 'inherit'] });
  await new Promise<void>((ok, fail) => {
    child.stdout!.on('data', (d: Buffer) => { if (String(d).includes('is open at')) ok(); });
    child.once('exit', (code) => fail(new Error(`npm start exited with ${code}`)));
  });
  return child;
}

/** Bytes over the network until `done` (CDP: encoded = on the wire incl. headers; decoded = bodies as used). */
async function wire(page: Page, done: () => Promise<unknown>): Promise<{ encoded: number; decoded: number; requests: number }> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  const sum = { encoded: 0, decoded: 0, requests: 0 };
  cdp.on('Network.loadingFinished', (e) => { sum.encoded += e.encodedDataLength; sum.requests++; });
  cdp.on('Network.dataReceived', (e) => { sum.decoded += e.dataLength; });
  await done();
  return sum;
}

const ready = (page: Page) => page.waitForFunction(() => window.__expo?.ready === true, null, { timeout: 180_000 });

/** First view on the wire, the offline copy, and npm start's memory while serving. */
export async function benchServe(): Promise<Figure[]> {
  const server = await startServer();
  let browser: Browser | undefined;
  try {
    browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ARGS });
    const base = `http://127.0.0.1:${PORT}/?diagnostics`;
    const first = await browser.newPage({ serviceWorkers: 'block' });
    const view = await wire(first, async () => { await first.goto(base); await ready(first); });
    await first.context().close();
    // With the service worker: everything it stores for offline use, on top of the first view.
    // Its own fetches are not the page's, so they are counted from the context's side.
    const installed = await browser.newPage({ serviceWorkers: 'allow' });
    let all = 0;
    installed.context().on('requestfinished', (r) => void r.sizes().then((s) => { all += s.responseBodySize + s.responseHeadersSize; }).catch(() => {}));
    await installed.goto(base);
    await ready(installed);
    await installed.waitForFunction(async () => !!navigator.serviceWorker.controller && !!(await caches.match('/generated/hall.fields.bin')), null, { timeout: 120_000, polling: 500 });
    await installed.waitForTimeout(1000);
    await installed.context().close();
    const rss = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${server.pid}/status`, 'utf8'))?.[1] ?? 0);
    return [
      { name: `seed hall first view on the wire (brotli, ${view.requests} requests)`, value: kb(view.encoded), unit: 'KB', target: 'was ≈ 2600 uncompressed' },
      { name: 'seed hall first view, bodies uncompressed', value: kb(view.decoded), unit: 'KB' },
      { name: 'first visit with the service worker’s offline copy (on the wire)', value: kb(all), unit: 'KB' },
      { name: 'npm start resident memory while serving (after both visits)', value: Math.round(rss / 1024), unit: 'MB', target: 'was ≈ 830 (build in-process)' },
    ];
  } finally {
    await browser?.close();
    server.kill();
  }
}

/**
 * The hall in headless Chromium (SwiftShader) against the production build: bundle sizes, time to
 * __expo.ready, renderer figures in the overview and at a booth, JS heap, and frame times along a
 * fixed walk — for the seed hall and generated halls of 100 and 300 booths. A bare three.js page
 * (one mesh) is measured in the same run, and times are also given as a ratio to it.
 */
import { benchXR } from './xrBench';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type Page } from '@playwright/test';
import { createApp } from '../src/server/app';
import { glyphsLaidOut } from '../test/e2e/hall';
import type { Figure } from './ingestBench';

const ARGS = ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--use-gl=angle', '--use-angle=swiftshader', '--enable-unsafe-swiftshader', '--enable-precise-memory-info', '--js-flags=--expose-gc'];

/** Sizes of what a visitor downloads. */
export function bundleSizes(dist = 'dist'): Figure[] {
  const figures: Figure[] = [];
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const entry = /src="\/assets\/([^"]+\.js)"/.exec(html)?.[1];
  for (const f of readdirSync(join(dist, 'assets')).filter((x) => x.endsWith('.js'))) {
    const kb = gzipSync(readFileSync(join(dist, 'assets', f))).length / 1024;
    figures.push(f === entry
      ? { name: 'initial JS (gzip)', value: +kb.toFixed(1), unit: 'KB', target: '≤ 350' }
      : { name: `lazy chunk ${f.replace(/-[\w-]{8}\.js$/, '')} (gzip)`, value: +kb.toFixed(1), unit: 'KB' });
  }
  // A scene's text payload: its font subset and the glyph fields prebuilt for its first view.
  const kb = (f: string) => +(statSync(join(dist, 'generated', f)).size / 1024).toFixed(0);
  for (const f of readdirSync(join(dist, 'generated')).filter((x) => x.endsWith('.font.woff'))) {
    const fields = f.replace(/\.font\.woff$/, '.fields.bin');
    const withFields = readdirSync(join(dist, 'generated')).includes(fields);
    figures.push({ name: `font ${f}`, value: kb(f), unit: 'KB' });
    if (withFields) figures.push({ name: `glyph fields ${fields}`, value: kb(fields), unit: 'KB' });
    figures.push({ name: `Chinese font payload ${f.replace(/\.font\.woff$/, '')} (font + glyph fields)`, value: kb(f) + (withFields ? kb(fields) : 0), unit: 'KB', target: '≤ 1024 (seed hall)' });
  }
  return figures;
}

function percentile(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(s.length * p))] ?? 0;
}

/** Frame times (ms) over `ms` milliseconds of rendering. (A string, so the bundler's helpers stay out of the page.) */
function frameTimes(page: Page, ms: number): Promise<number[]> {
  return page.evaluate(`new Promise((resolve) => {
    const out = [];
    let last = performance.now();
    const end = last + ${ms};
    const tick = (t) => { out.push(t - last); last = t; if (t < end) requestAnimationFrame(tick); else resolve(out.slice(1)); };
    requestAnimationFrame(tick);
  })`) as Promise<number[]>;
}

const expo = (page: Page, js: string) => page.evaluate(js);

const median = (xs: number[]) => percentile(xs, 0.5);

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

/** Waits until the camera has stopped. */
const settle = (page: Page) => page.waitForFunction(() => !window.__expo!.view.moving, null, { timeout: 60_000 });

/** A fresh page: a load never waits on a previous document's rendering. */
// Service workers blocked: each load is a first visit, and the offline copy a worker would fetch
// meanwhile (measured apart, in serveBench) would load the machine while the hall is timed.
const newPage = (browser: Browser) => browser.newPage({ viewport: { width: 1280, height: 800 }, serviceWorkers: 'block' });

/** Loads per configuration for the time to ready (the median is reported: single loads on a shared machine swing by half). */
const LOADS = 5;

/** Runs `load` LOADS times, each in a fresh page; the last page stays open for more measuring. */
async function loadsInFreshPages<T>(browser: Browser, load: (page: Page) => Promise<T>): Promise<{ results: T[]; page: Page }> {
  const results: T[] = [];
  let page = await newPage(browser);
  for (let i = 0; i < LOADS; i++) {
    if (i > 0) { await page.close(); page = await newPage(browser); }
    results.push(await load(page));
  }
  return { results, page };
}

/** Navigation to __expo.ready (ms), and when the loading stages finished (ms after navigation). */
async function loadOnce(page: Page, url: string): Promise<{ ready: number; marks: Record<string, number> }> {
  const t0 = Date.now();
  await page.goto(url);
  await page.waitForFunction(() => window.__expo?.ready === true, null, { timeout: 180_000 });
  const ready = Date.now() - t0;
  const marks = (await expo(page, `Object.fromEntries(performance.getEntriesByType('mark').filter(m => m.name.startsWith('expo:')).map(m => [m.name.slice(5), m.startTime]))`)) as Record<string, number>;
  return { ready, marks };
}

/** The walk's five booths: first, quarter, middle, three quarters, last. */
const walkStops = (booths: string[]) => [0, 0.25, 0.5, 0.75, 1].map((f) => booths[Math.round(f * (booths.length - 1))]);

/**
 * Takes the visitor to five booths spread over the hall (first, quarter, middle, three quarters,
 * last); frame times (ms) on the way. Five legs rather than three: at 5–8 frames a second under
 * SwiftShader, three legs gave ~21 frames and medians that swung by a third between runs.
 */
async function walk(page: Page, booths: string[], after?: () => Promise<void>): Promise<number[]> {
  const times: number[] = [];
  for (const id of walkStops(booths)) {
    await expo(page, `window.__expo.goToBooth(${JSON.stringify(id)})`);
    times.push(...(await frameTimes(page, 1500)));
    await settle(page);
    await page.waitForTimeout(800);
    await after?.();
  }
  return times;
}

/** The bare page's times, which every hall time is also given as a multiple of. */
interface BareTimes {
  ready: number;
  frame: number;
  render: number;
}

/** Measures one hall configuration (LOADS loads, each in a fresh page, for the time to ready). */
async function measureHall(browser: Browser, base: string, label: string, query: string, bare: BareTimes): Promise<Figure[]> {
  const { results: loads, page } = await loadsInFreshPages(browser, (p) => loadOnce(p, `${base}/?diagnostics${query}`));
  const ready = median(loads.map((l) => l.ready));
  const stage = (name: string) => Math.round(median(loads.map((l) => l.marks[name] ?? 0)));
  await page.waitForTimeout(2500); // let shader and glyph warm-up pass
  const stats = async () => (await expo(page, 'window.__expo.stats()')) as { calls: number; triangles: number; textures: number; geometries: number };
  const booths = (await expo(page, 'window.__expo.booths.map(b => b.id)')) as string[];
  // A first walk lays out every glyph and compiles every shader on the way; the second is timed.
  const firstWalk = await walk(page, booths);
  const busiest = { calls: 0, triangles: 0 };
  const costs: number[] = [];
  const steady = await walk(page, booths, async () => {
    costs.push((await expo(page, 'window.__expo.renderCost(10)')) as number);
    const s = await stats();
    busiest.calls = Math.max(busiest.calls, s.calls);
    busiest.triangles = Math.max(busiest.triangles, s.triangles);
  });
  const booth = await stats();
  await expo(page, 'window.__expo.setOverview(true)');
  await settle(page);
  await page.waitForTimeout(800);
  const over = await stats();
  const overFrames = await frameTimes(page, 2000);
  await expo(page, 'window.gc && window.gc()');
  const heap = (await expo(page, 'performance.memory ? performance.memory.usedJSHeapSize : 0')) as number;
  await page.close();
  const frame = (name: string, ms: number): Figure => ({ name: `${label}: ${name}`, value: +ms.toFixed(1), unit: 'ms', bare: ms / bare.frame });
  return [
    // The budget is the seed hall's, the one visitors get; a generated hall's time also holds generating and ingesting its plans.
    { name: `${label}: time to ready (median of ${LOADS})`, value: ready, unit: 'ms', bare: ready / bare.ready, target: label === 'seed' ? '≤ 3× bare' : 'incl. generating the plans' },
    { name: `${label}: … bundle / scene / world code / font / ready`, value: stage('ready'), unit: 'ms', target: `${stage('bundle')} / ${stage('scene')} / ${stage('world')} / ${stage('font')}` },
    { name: `${label}: draw calls, overview`, value: over.calls, unit: 'calls', target: label === 'seed' ? '< 60' : '< 100' },
    { name: `${label}: draw calls, busiest booth`, value: busiest.calls, unit: 'calls', target: '< 100' },
    { name: `${label}: triangles, overview`, value: over.triangles, unit: 'tris', target: label === 'seed' ? '< 300k' : '' },
    { name: `${label}: triangles, busiest booth`, value: busiest.triangles, unit: 'tris', target: label === 'seed' ? '< 300k' : '' },
    { name: `${label}: textures / geometries`, value: booth.textures, unit: `/ ${booth.geometries}` },
    { name: `${label}: JS heap (after GC)`, value: +(heap / 2 ** 20).toFixed(1), unit: 'MB' },
    frame('frame time walking, median', median(steady)),
    frame('frame time walking, p95', percentile(steady, 0.95)),
    frame('frame time first walk (glyphs laid out), p95', percentile(firstWalk, 0.95)),
    frame('frame time overview, median', median(overFrames)),
    frame('frame time overview, p95', percentile(overFrames, 0.95)),
    { name: `${label}: render cost at the walk's booths, mean`, value: +mean(costs).toFixed(1), unit: 'ms', bare: mean(costs) / bare.render, target: 'forced renders, no vsync' },
  ];
}

/**
 * Render cost of the seed hall and the 300-booth hall measured in alternation: `rounds` fresh
 * loads of each, one page at a time, the mean over the walk's booths. Measured minutes apart, as
 * in measureHall, their ratio swung from 1.25 to 1.74 between runs on this shared machine.
 */
async function alternatedRenderCost(browser: Browser, base: string, bare: BareTimes, rounds = 2): Promise<Figure[]> {
  const halls = [['seed', ''], ['synthetic 300', '&synthetic=300']] as const;
  const costs = new Map<string, number[]>(halls.map(([label]) => [label, []]));
  for (let r = 0; r < rounds; r++) {
    for (const [label, query] of halls) {
      const page = await newPage(browser);
      await loadOnce(page, `${base}/?diagnostics${query}`);
      await page.waitForTimeout(1500);
      for (const id of walkStops((await expo(page, 'window.__expo.booths.map(b => b.id)')) as string[])) {
        await expo(page, `window.__expo.goToBooth(${JSON.stringify(id)})`);
        await settle(page);
        await glyphsLaidOut(page); // troika's workers share the renderer's two cores
        await expo(page, 'window.__expo.renderCost(2)'); // shaders of this view, first
        costs.get(label)!.push((await expo(page, 'window.__expo.renderCost(8)')) as number);
      }
      await page.close();
    }
  }
  const of = (label: string) => mean(costs.get(label)!);
  return [
    ...halls.map(([label]) => ({ name: `${label}: render cost, ${rounds} alternated loads, mean`, value: +of(label).toFixed(1), unit: 'ms', bare: of(label) / bare.render })),
    { name: 'render cost 300 booths / seed hall (alternated)', value: +(of('synthetic 300') / of('seed')).toFixed(2), unit: '×', target: '≤ 1.5 (steadier than frame times)' },
  ];
}

/** Navigation to the bare page's first frame drawn (ms). */
async function loadBare(page: Page): Promise<number> {
  const t0 = Date.now();
  await page.goto(`http://127.0.0.1:${PORT + 1}/`);
  await page.waitForFunction(() => (window as any).__bareReady === true);
  return Date.now() - t0;
}

/** Pairs of loads behind the time-to-ready budget: single pairs on this machine ranged 2.3–3.4×, and five left the median swinging by 0.4 between runs. */
const PAIRS = 10;

/**
 * The seed hall's time to ready over the bare page's, from PAIRS pairs of loads taken one after
 * the other (each in a fresh page): measured a minute apart, as the two medians are, the ratio
 * moved with the machine's load (2.4× to 3.7× on this shared machine, between runs).
 */
async function alternatedReady(browser: Browser, base: string): Promise<Figure[]> {
  const ratios: number[] = [];
  for (let i = 0; i < PAIRS; i++) {
    const a = await newPage(browser);
    const bareMs = await loadBare(a);
    await a.close();
    const b = await newPage(browser);
    ratios.push((await loadOnce(b, `${base}/?diagnostics`)).ready / bareMs);
    await b.close();
  }
  return [{ name: `seed: time to ready / bare page, ${PAIRS} alternated pairs, median`, value: +median(ratios).toFixed(2), unit: '×', target: `≤ 3 (pairs: ${ratios.map((r) => r.toFixed(2)).join(', ')})` }];
}

/** A page with three.js and one mesh: the yardstick for times on this machine. */
function barePage(): string {
  return `<!doctype html><body style="margin:0"><script type="module">
import * as THREE from '/three.module.js';
const r = new THREE.WebGLRenderer({ antialias: true }); r.setSize(innerWidth, innerHeight); document.body.appendChild(r.domElement);
const s = new THREE.Scene(); const c = new THREE.PerspectiveCamera(60, innerWidth / innerHeight, 0.1, 100); c.position.z = 3;
s.add(new THREE.Mesh(new THREE.BoxGeometry(), new THREE.MeshNormalMaterial()));
const gl = r.getContext();
// Like the hall's ready, the first frame counts once the GPU has drawn it (a pixel read back waits for that).
const drawn = () => gl.readPixels(0, 0, 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, new Uint8Array(4));
r.setAnimationLoop(() => { r.render(s, c); drawn(); window.__bareReady = true; });
// The hall's renderCost, for this page: ms per forced render, waited out.
window.__bareRender = (n) => { drawn(); const t0 = performance.now(); for (let i = 0; i < n; i++) r.render(s, c); drawn(); return (performance.now() - t0) / n; };
</script>`;
}

/** Ports of the bench's two servers (BENCH_PORT, and the next one for the bare page), so runs in parallel worktrees do not collide. */
const PORT = Number(process.env.BENCH_PORT ?? 4390);
/** BENCH_ONLY=seed,synthetic,ready,render,xr runs only those parts (all by default), to check one budget quickly. */
const part = (name: string) => !process.env.BENCH_ONLY || process.env.BENCH_ONLY.split(',').includes(name);

/** Runs the browser figures; expects dist/ to hold a production build with scenes. */
export async function benchHall(): Promise<Figure[]> {
  // three's build folder (the module build imports its core file beside it).
  const threeDir = dirname(createRequire(import.meta.url).resolve('three'));
  const bare = createServer((req, res) => {
    const file = /^\/(three\.[\w.]+\.js)$/.exec(req.url ?? '')?.[1];
    if (file) { res.writeHead(200, { 'content-type': 'text/javascript' }); res.end(readFileSync(join(threeDir, file))); return; }
    res.writeHead(200, { 'content-type': 'text/html' }); res.end(barePage());
  });
  await new Promise<void>((r) => bare.listen(PORT + 1, '127.0.0.1', r));
  const server = createApp({ root: 'dist' });
  await server.listen(PORT, '127.0.0.1');
  const base = `http://127.0.0.1:${PORT}`;
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ARGS });
  const figures: Figure[] = [...bundleSizes()];
  try {
    const { results: bareLoads, page } = await loadsInFreshPages(browser, loadBare);
    const bareFrames = await frameTimes(page, 2000);
    const renders: number[] = [];
    for (let i = 0; i < 5; i++) renders.push((await expo(page, 'window.__bareRender(10)')) as number);
    const bare: BareTimes = { ready: median(bareLoads), frame: median(bareFrames), render: median(renders) };
    figures.push({ name: `bare three.js page: time to first frame (median of ${LOADS})`, value: bare.ready, unit: 'ms' });
    figures.push({ name: 'bare three.js page: frame time, median', value: +bare.frame.toFixed(1), unit: 'ms' });
    figures.push({ name: 'bare three.js page: render cost', value: +bare.render.toFixed(2), unit: 'ms', target: 'forced renders, no vsync' });
    await page.close();
    for (const [label, query] of [['seed', ''], ['synthetic 100', '&synthetic=100'], ['synthetic 300', '&synthetic=300']] as const) {
      if (part(label === 'seed' ? 'seed' : 'synthetic')) figures.push(...(await measureHall(browser, base, label, query, bare)));
    }
    if (part('ready')) figures.push(...(await alternatedReady(browser, base)));
    if (part('render')) figures.push(...(await alternatedRenderCost(browser, base, bare)));
    if (part('xr')) {
      figures.push(...(await benchXR(browser, base, 'seed', '', 'every')));
      figures.push(...(await benchXR(browser, base, 'synthetic 300', '&synthetic=300', walkStops)));
    }
  } finally {
    await browser.close();
    await server.close();
    bare.close();
  }
  const frame = (label: string) => figures.find((f) => f.name === `${label}: frame time walking, median`)?.value ?? 0;
  const heap = (label: string) => figures.find((f) => f.name === `${label}: JS heap (after GC)`)?.value ?? 0;
  figures.push({ name: 'frame time 300 booths / seed hall', value: +(frame('synthetic 300') / frame('seed')).toFixed(2), unit: '×', target: '≤ 1.5' });
  figures.push({ name: 'JS heap 300 booths / seed hall', value: +(heap('synthetic 300') / heap('seed')).toFixed(2), unit: '×', target: '≤ 2' });
  return figures;
}

/**
 * Studio publish → booth drawn in an already-open visitor's page, for the seed hall and for a
 * 300-booth hall (300 generated plan documents, src/ingest/synthetic.ts, in the studio's seeds
 * folder, its bundle built before the server starts as `npm start` would). Each case: a server
 * of its own over a copy of dist/ and the seeds, a visitor in headless Chromium, a studio sign-in,
 * one document uploaded, then the time from the publish request until the visitor's page reports
 * the new hall drawn, with where the time went on each side.
 * Prints each case's breakdown (the server's steps, the message's way to the page, the page's
 * steps), its total and whether the goal is met. Part of `npm run bench`; run alone: npx tsx
 * bench/studioBench.ts (needs dist/ built). BENCH_PORT (default 4343) and the next port are used;
 * STUDIO_BENCH_BOOTHS changes the big hall's size.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser } from '@playwright/test';
import { writeScenes } from '../src/cli/scenes';
import { syntheticDocuments } from '../src/ingest/synthetic';
import type { Figure } from './ingestBench';
import { startStudioServer, stopStudioServer, studioFolders, type StudioServer } from '../test/e2e/studio';

const port = Number(process.env.BENCH_PORT ?? 4343);
const booths = Number(process.env.STUDIO_BENCH_BOOTHS ?? 300);
const DOCUMENT = 'test/fixtures/corpus/weifang_metaverse_news.txt';
/** The goal: publish → booth drawn in an already-open visitor's page (ms). */
const GOAL_MS = 3000;

/** One case's times (ms): the total, and where it went on each side. */
export interface PublishTimes {
  label: string;
  booths: [number, number];
  total: number;
  /** From the request until the publish answered, and its steps in the server. */
  answered: number;
  server: Record<string, number>;
  /** From the request until the page got the message. */
  told: number;
  /** From the message until drawn, and its steps in the page. */
  inPage: number;
  page: Record<string, number>;
}

/** One publish, timed from the request to the open page's report of the new hall drawn. */
async function publishCase(browser: Browser, server: StudioServer, label: string): Promise<PublishTimes> {
  await startStudioServer(server);
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`${server.base}/?diagnostics`);
    await page.waitForFunction(() => window.__expo!?.ready === true, null, { timeout: 300_000 });
    const shown = await page.evaluate(() => window.__expo!.booths.length);
    const auth = { Authorization: `Bearer ${server.key}` };
    // The official signs in, which warms the studio up (the published hall ingested, the served
    // font and fields read), chooses a document meanwhile, and adds it: what comes before a publish.
    const signedIn = Date.now();
    while (!(await (await fetch(`${server.base}/api/studio/session`, { headers: auth })).json() as { ready: boolean }).ready) {
      if (Date.now() - signedIn > 300_000) throw new Error('the studio did not warm up');
      await new Promise((r) => setTimeout(r, 250));
    }
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array(readFileSync(DOCUMENT))]), 'weifang.txt');
    const staged = await fetch(`${server.base}/api/studio/documents`, { method: 'POST', body: form, headers: auth });
    if (staged.status !== 201) throw new Error(`upload: HTTP ${staged.status}`);
    // Both clocks are the machine's: the page's drawn time, on the epoch, against the request's.
    const t0 = Date.now();
    const res = await fetch(`${server.base}/api/studio/publish`, { method: 'POST', headers: auth });
    if (!res.ok) throw new Error(`publish: HTTP ${res.status}`);
    const r = await res.json() as { steps: Record<string, number> };
    const answered = Date.now() - t0;
    await page.waitForFunction(() => (window.__expo?.hall?.updates ?? 0) >= 1 || !!window.__expo?.hall?.error, null, { timeout: 300_000, polling: 100 });
    const hall = await page.evaluate(() => { const h = window.__expo!.hall!; return { told: performance.timeOrigin + h.told, drawn: performance.timeOrigin + h.drawn, steps: h.steps, error: h.error }; });
    if (hall.error) throw new Error(`the page could not put the hall in place: ${hall.error}`);
    const after = await page.evaluate(() => window.__expo!.booths.length);
    return {
      label, booths: [shown, after], total: Math.round(hall.drawn - t0), answered, server: r.steps,
      told: Math.round(hall.told - t0), inPage: Math.round(hall.drawn - hall.told), page: hall.steps,
    };
  } finally {
    await stopStudioServer(server);
  }
}

/** Steps as "name ms, …", with what the steps leave unexplained of `whole` as "other". */
function breakdown(steps: Record<string, number>, whole?: number): string {
  const parts = Object.entries(steps).map(([k, v]) => `${k} ${v}`);
  const other = whole === undefined ? 0 : whole - Object.values(steps).reduce((a, b) => a + b, 0);
  return [...parts, ...(other > 0 ? [`other ${other}`] : [])].join(', ');
}

/** A case as printed lines: the total against the goal, then each side's steps. */
export function describe(t: PublishTimes): string {
  return [
    `studio publish, ${t.label} (${t.booths[0]} → ${t.booths[1]} booths): booth drawn in the open page ${t.total} ms after the request; goal < ${GOAL_MS} ms ${t.total < GOAL_MS ? 'met' : 'NOT met'}`,
    `  server ${t.answered} ms to answer: ${breakdown(t.server, t.answered)}`,
    `  page told at ${t.told} ms, then ${t.inPage} ms in the page: ${breakdown(t.page, t.inPage)}`,
  ].join('\n');
}

/** A server's folders whose seeds are `n` generated plans, their bundle built into the copied dist/. */
async function syntheticFolders(n: number, at: number): Promise<StudioServer> {
  const server = studioFolders(at);
  const seeds = join(server.dir, 'seeds');
  rmSync(seeds, { recursive: true, force: true });
  mkdirSync(seeds);
  for (const d of syntheticDocuments(n)) writeFileSync(join(seeds, d.name), d.bytes);
  await writeScenes(['scenes/hall.yaml'], join(server.dir, 'dist', 'generated'), { seeds: [seeds] });
  return server;
}

/** Both cases, the seed hall and `booths` generated plans, each printed as it ends; their figures. */
export async function benchStudio(): Promise<Figure[]> {
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--use-gl=angle', '--use-angle=swiftshader', '--enable-unsafe-swiftshader'] });
  const servers: StudioServer[] = [];
  const times: PublishTimes[] = [];
  try {
    servers.push(studioFolders(port));
    times.push(await publishCase(browser, servers[0], 'seed hall'));
    console.log(describe(times[0]));
    servers.push(await syntheticFolders(booths, port + 1));
    times.push(await publishCase(browser, servers[1], `${booths} generated plans`));
    console.log(describe(times[1]));
  } finally {
    await browser.close();
    for (const s of servers) rmSync(s.dir, { recursive: true, force: true });
  }
  return times.flatMap((t) => [
    { name: `studio publish → booth drawn, ${t.label}`, value: t.total, unit: 'ms', target: `< ${GOAL_MS}: ${t.total < GOAL_MS ? 'met' : 'not met'}` },
    { name: `studio publish answered, ${t.label}`, value: t.answered, unit: 'ms' },
    { name: `studio publish, in the page, ${t.label}`, value: t.inPage, unit: 'ms' },
  ]);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await benchStudio();
  process.exit(0);
}

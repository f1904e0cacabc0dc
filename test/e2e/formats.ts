/**
 * The browser side of the format readers: builds formatsPage/ (the ingest entry point and nothing
 * else) with vite into a temporary folder, and serves it and the format fixtures to a page under
 * a made-up origin by routing, so no server or port is needed.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { build } from 'vite';

/** The origin the built page is served under (only ever routed, never resolved). */
export const ORIGIN = 'http://ingest.test';

const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.mjs': 'text/javascript', '.json': 'application/json' };

/** Builds the page; returns its folder. */
export async function buildFormatsPage(): Promise<string> {
  const outDir = mkdtempSync(join(tmpdir(), 'expo-formats-'));
  await build({
    configFile: false, root: resolve('test/e2e/formatsPage'), base: './', logLevel: 'warn',
    build: { outDir, emptyOutDir: true, target: 'es2022', chunkSizeWarningLimit: 4000 },
  });
  return outDir;
}

/** Routes ORIGIN/… to the built page, and ORIGIN/fixtures/… to files under `fixtures`. */
export async function servePage(page: Page, outDir: string, fixtures: Record<string, string>): Promise<void> {
  await page.route(`${ORIGIN}/**`, async (route) => {
    const path = new URL(route.request().url()).pathname;
    const fixture = path.startsWith('/fixtures/') ? fixtures[path.slice('/fixtures/'.length)] : undefined;
    const file = fixture ?? join(outDir, path === '/' ? 'index.html' : path);
    try {
      await route.fulfill({ body: readFileSync(file), contentType: TYPES[extname(file)] ?? 'application/octet-stream' });
    } catch {
      await route.fulfill({ status: 404, body: 'not found' });
    }
  });
}

/** Removes the built page. */
export function removePage(outDir: string): void {
  rmSync(outDir, { recursive: true, force: true });
}

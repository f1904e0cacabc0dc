import { defineConfig } from '@playwright/test';

// Debian's chromium, not a downloaded browser: `npx playwright install` cannot work on these machines.
const PORT = Number(process.env.E2E_PORT ?? 4173);

/**
 * Specs where a page joins the hall's presence (csp.spec checks its socket too), whose service
 * worker's offline reload has failed under a busy machine (offline.spec), or where several pages (visitors, followers, a presenter, a studio) share the machine and the
 * relay, and where time between them is measured: they run one at a time, after the rest.
 */
const TOGETHER = /(presence|present|xrPresenter|studio|studioPreview|reach|csp|offline)\.spec\.ts$/;

export default defineConfig({
  testDir: 'test/e2e',
  timeout: 120_000,
  // One page each, nothing shared but the server: two at a time. A page spends much of its test
  // loading, waiting for text and settling, time the other uses.
  workers: Number(process.env.E2E_WORKERS ?? 2),
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    viewport: { width: 1280, height: 800 },
    // Each test is a first visit; offline.spec.ts lets the service worker in where it is the subject.
    serviceWorkers: 'block',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--use-gl=angle', '--use-angle=swiftshader', '--enable-unsafe-swiftshader'],
    },
  },
  projects: [
    { name: 'alone', testIgnore: TOGETHER },
    { name: 'together', testMatch: TOGETHER, workers: 1, dependencies: ['alone'] },
  ],
  webServer: {
    command: `PORT=${PORT} npx tsx src/cli/start.ts --no-build`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: false,
    timeout: 120_000,
  },
});

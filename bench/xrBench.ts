/**
 * Draw calls and triangles per eye in a headset: a hall entered through an emulated Meta Quest 3
 * (iwer), measured at the entrance, at booths and their clause panels (every booth of the seed
 * hall; the walk's five in a generated one) and with the menu open. The busiest of these views is
 * the figure the budget is checked against.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser } from '@playwright/test';
import type { Figure } from './ingestBench';

const iwer = readFileSync(createRequire(import.meta.url).resolve('iwer/build/iwer.min.js'), 'utf8');

/** Waits for `n` frames of the XR session. (A string, so the bundler's helpers stay out of the page.) */
const xrFrames = (n: number) => `(async () => { const s = window.__xrDevice.activeSession; for (let i = 0; i < ${n}; i++) await new Promise((r) => s.requestAnimationFrame(() => r())); })()`;

/**
 * Per-eye figures at the busiest XR view of the hall served at `base` with `query`: the entrance,
 * the front and clause panel of `every` booth or of those `stops` picks, and the menu open.
 */
export async function benchXR(browser: Browser, base: string, label: string, query: string, stops: 'every' | ((booths: string[]) => string[])): Promise<Figure[]> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.addInitScript({ content: `${iwer}\n;window.__xrDevice = new IWER.XRDevice(IWER.metaQuest3); window.__xrDevice.installRuntime({ forceInstall: true });` });
  await page.goto(`${base}/?diagnostics${query}`);
  await page.waitForFunction(() => window.__expo?.ready === true, null, { timeout: 180_000 });
  await page.getByTestId('enter-vr').click();
  await page.waitForFunction(() => window.__expo!.xr.presenting && window.__expo!.xr.views === 2, null, { timeout: 60_000 });
  const busiest = { calls: 0, triangles: 0, where: '' };
  const sample = async (where: string) => {
    await page.evaluate(xrFrames(6));
    const e = (await page.evaluate('window.__expo.xr.perEye')) as { calls: number; triangles: number };
    if (e.calls > busiest.calls || (e.calls === busiest.calls && e.triangles > busiest.triangles)) Object.assign(busiest, e, { where });
    busiest.triangles = Math.max(busiest.triangles, e.triangles);
  };
  await sample('entrance');
  const booths = (await page.evaluate('window.__expo.booths.map(b => b.id)')) as string[];
  for (const id of stops === 'every' ? booths : stops(booths)) {
    await page.evaluate(`window.__expo.goToBooth(${JSON.stringify(id)})`);
    await sample(`${id} front`);
    await page.evaluate(`window.__expo.openClause(${JSON.stringify(id)}, 0)`);
    await sample(`${id} panel`);
  }
  await page.evaluate("window.__xrDevice.controllers.right.updateButtonValue('b-button', 1)");
  await page.evaluate(xrFrames(2));
  await page.evaluate("window.__xrDevice.controllers.right.updateButtonValue('b-button', 0)");
  await sample('menu open');
  await page.close();
  return [
    { name: `XR ${label}: draw calls per eye, busiest view (${busiest.where})`, value: busiest.calls, unit: 'calls', target: '< 100' },
    { name: `XR ${label}: triangles per eye, busiest view`, value: busiest.triangles, unit: 'tris', target: label === 'seed' ? '< 300k' : '< 750k (Meta, per eye)' },
  ];
}

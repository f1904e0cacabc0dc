/**
 * Screenshots of a hall with several visitors, for looking at, not asserting: simulated visitors
 * (desktop, phone, headset; named and anonymous; one with a hand up) stand in front of a desktop
 * page and of an emulated headset, then the desktop again with that headset visitor (and hands) in view. Run against a served build:
 *   PORT=4311 npx tsx src/cli/start.ts --no-build &
 *   npx tsx test/e2e/presenceScreens.ts http://127.0.0.1:4311 shots/presence
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium, type Page } from '@playwright/test';
import { bot, type Bot } from '../../bench/presenceBots';

const [base = 'http://127.0.0.1:4311', out = 'shots/presence'] = process.argv.slice(2);
const args = ['--no-sandbox', '--use-gl=angle', '--use-angle=swiftshader', '--enable-unsafe-swiftshader'];
const iwer = readFileSync(createRequire(import.meta.url).resolve('iwer/build/iwer.min.js'), 'utf8');
mkdirSync(out, { recursive: true });

/** Puts eight visitors in an arc 3–9 m ahead of where the page stands. */
async function crowd(page: Page): Promise<Bot[]> {
  const v = await page.evaluate(() => window.__expo!.view);
  const [x, , z] = v.camera as number[];
  const yaw = v.yaw as number;
  const ahead = (d: number, side: number) => ({ x: x - Math.sin(yaw) * d + Math.cos(yaw) * side, z: z - Math.cos(yaw) * d - Math.sin(yaw) * side });
  const modes = ['desktop', 'phone', 'xr'] as const;
  const names = ['李老师', '', 'Anna', '', '王工', '', '', 'Kenji'];
  // Facing the page (yaw + π), so the eyes and goggles are seen.
  return Promise.all(names.map((name, i) => bot(base, {
    ...ahead(3 + (i % 4) * 2, (i - 3.5) * 1.2), yaw: yaw + Math.PI + (i - 3.5) * 0.2, mode: modes[i % 3], name, colour: i * 3 % 12, stroll: i === 6 ? 1 : 0,
  })));
}

const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args });
const desk = await (await browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
await desk.goto(`${base}/?diagnostics`);
await desk.waitForFunction(() => window.__expo?.ready === true, null, { timeout: 180_000 });
// In the plaza, looking into the hall.
await desk.evaluate(() => window.__expo!.standAt(0, 8, 0));
const bots = await crowd(desk);
await desk.waitForFunction((n) => (window.__expo!.presence?.peers ?? []).filter((p: { position: unknown }) => p.position).length >= n, bots.length, { timeout: 30_000, polling: 100 });
await desk.waitForTimeout(3000);
await desk.screenshot({ path: `${out}/desktop.png` });
console.log(`${out}/desktop.png calls ${(await desk.evaluate(() => window.__expo!.stats()!.calls))}`);
await desk.getByTestId('presence-button').click();
await desk.waitForTimeout(800);
await desk.screenshot({ path: `${out}/desktop-panel.png` });

const headset = await (await browser.newContext({ viewport: { width: 800, height: 500 } })).newPage();
await headset.addInitScript({ content: `${iwer}\n;window.__xrDevice = new IWER.XRDevice(IWER.metaQuest3);\nwindow.__xrDevice.installRuntime({ forceInstall: true });` });
await headset.goto(`${base}/?diagnostics`);
await headset.waitForFunction(() => window.__expo?.ready === true, null, { timeout: 180_000 });
// Ahead of the desktop visitor and to the side, looking into the hall: the desktop sees them, hands and all.
await headset.evaluate(() => window.__expo!.standAt(1.4, 4.5, 0.3));
await headset.getByTestId('enter-vr').click({ timeout: 120_000 });
await headset.waitForFunction(() => window.__expo!.xr.presenting && window.__expo!.xr.views === 2, null, { timeout: 60_000, polling: 100 });
await headset.waitForTimeout(6000);
await headset.screenshot({ path: `${out}/headset.png` });
console.log(`${out}/headset.png`);
// The desktop again, with the visitor in the headset turned to it, right hand raised (the panel shut).
await headset.evaluate(() => {
  const d = (window as any).__xrDevice;
  d.quaternion.set(0, 1, 0, 0);
  d.controllers.right.position.set(-0.3, 1.8, 0.3);
  d.controllers.left.position.set(0.25, 1.3, 0.35);
});
await desk.getByTestId('presence-button').click();
await desk.waitForFunction(() => window.__expo!.presence!.peers.some((p: { mode: string; hands?: unknown[] }) => p.mode === 'xr' && p.hands?.[1]), null, { timeout: 30_000, polling: 200 });
await desk.waitForTimeout(1500);
await desk.screenshot({ path: `${out}/desktop-with-headset.png` });
console.log(`${out}/desktop-with-headset.png`);
for (const b of bots) b.close();
await browser.close();

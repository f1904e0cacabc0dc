/**
 * Screenshots of the hall for looking at a change, not for asserting: the entrance, each booth (by
 * deep link, from the aisle 6 m out and at its panel 3 m away), the overview, a phone and the
 * emulated headset. Run against a served build:
 *   PORT=4311 npx tsx src/cli/start.ts --no-build &
 *   npx tsx test/e2e/screens.ts http://127.0.0.1:4311 shots/after
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium, type Browser, type Page } from '@playwright/test';
import { glyphsLaidOut } from './hall';

const [base = 'http://127.0.0.1:4311', out = 'shots', only = ''] = process.argv.slice(2);
/** Which groups to take (entrance, booths, overview, phone, headset), comma-separated; all by default. */
const wanted = (group: string) => !only || only.split(',').includes(group);
// The launch flags of playwright.config.ts: Debian chromium, software WebGL.
const args = ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--use-gl=angle', '--use-angle=swiftshader', '--enable-unsafe-swiftshader'];
const iwer = readFileSync(createRequire(import.meta.url).resolve('iwer/build/iwer.min.js'), 'utf8');

/** Booth ids and placement, as diagnostics report them. */
interface BoothInfo { id: string; x: number; z: number; facing: 1 | -1; depth: number }

async function open(page: Page, path: string): Promise<void> {
  await page.goto(`${base}${path}`);
  await page.waitForFunction(() => window.__expo?.ready === true, null, { timeout: 120_000 });
  await settle(page);
}

/** Waits for flights to end and troika to stop making glyphs, so the shot shows the text. */
async function settle(page: Page): Promise<void> {
  await page.waitForFunction(() => !window.__expo!.view.moving, null, { timeout: 30_000 });
  await glyphsLaidOut(page);
}

/** Saves a screenshot, and prints its path with the last frame's draw calls and triangles. */
async function shoot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `${out}/${name}.png` });
  const s = (await page.evaluate(() => window.__expo!.stats())) as { calls: number; triangles: number } | null;
  console.log(`${out}/${name}.png  calls ${s?.calls ?? '?'}  triangles ${s?.triangles ?? '?'}`);
}

async function main(): Promise<void> {
  mkdirSync(out, { recursive: true });
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args });
  const desk = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await open(desk, '/?diagnostics');
  if (wanted('entrance')) await shoot(desk, 'entrance');
  const booths = (await desk.evaluate(() => window.__expo!.booths)) as BoothInfo[];
  for (const b of wanted('booths') ? booths : []) {
    await open(desk, `/?diagnostics#/booth/${b.id}`);
    await shoot(desk, `booth-${b.id}`);
    // From the aisle: 6 m in front of the booth's front edge, then 3 m from its back wall's panels.
    const yaw = b.facing === 1 ? 0 : Math.PI;
    for (const [name, out] of [['aisle', b.depth / 2 + 6], ['panel', -b.depth / 2 + 3]] as const) {
      await desk.evaluate(({ x, z, yaw }) => window.__expo!.standAt(x, z, yaw), { x: b.x, z: b.z + b.facing * out, yaw });
      await settle(desk);
      await shoot(desk, `${name}-${b.id}`);
    }
  }
  if (wanted('overview')) {
    await open(desk, '/?diagnostics');
    await desk.evaluate(() => window.__expo!.setOverview(true));
    await settle(desk);
    await shoot(desk, 'overview');
  }
  if (wanted('synthetic')) {
    // A generated hall of 300 booths: the first view, and down a cross aisle from the first zone.
    await open(desk, '/?diagnostics&synthetic=300');
    await shoot(desk, 'synthetic-entrance');
    const cross = (await desk.evaluate(() => window.__expo!.booths)) as BoothInfo[];
    const first = cross.reduce((a, b) => (b.z > a.z ? b : a));
    await desk.evaluate(({ x, z }) => window.__expo!.standAt(x, z, 0), { x: first.x + first.depth + 4.5, z: first.z + first.depth / 2 + 5 });
    await settle(desk);
    await shoot(desk, 'synthetic-aisle');
  }
  await desk.close();
  if (wanted('phone')) await phoneShots(browser);
  if (wanted('headset')) await headsetShots(browser, booths[0].id);
  await browser.close();
}

async function phoneShots(browser: Browser): Promise<void> {
  const phone = await browser.newPage({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 1 });
  await open(phone, '/?diagnostics');
  await shoot(phone, 'phone');
  await phone.close();
}

async function headsetShots(browser: Browser, boothId: string): Promise<void> {
  const headset = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await headset.addInitScript({ content: `${iwer}\n;window.__xrDevice = new IWER.XRDevice(IWER.metaQuest3); window.__xrDevice.installRuntime({ forceInstall: true });` });
  await open(headset, '/?diagnostics');
  await headset.getByTestId('enter-vr').click();
  await headset.waitForFunction(() => window.__expo!.xr.presenting && window.__expo!.xr.views === 2, null, { timeout: 60_000 });
  await headset.waitForTimeout(4000);
  await shoot(headset, 'headset');
  await headset.evaluate((id) => window.__expo!.openClause(id, 0), boothId);
  await headset.waitForTimeout(6000);
  await shoot(headset, 'headset-panel');
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});

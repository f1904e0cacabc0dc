/**
 * What presence costs: the seed hall's render cost from the plaza, empty and with 50 simulated
 * visitors standing in view (target ≤ 1.3×; a third of them headsets with their hands), the CPU
 * time of a whole frame (every useFrame, then three's render calls) of each, the draw calls
 * (renderer.info) of each, and the bytes a second one client sends and receives among 50 who move. Alone: `npx tsx bench/presenceBench.ts` (after a build).
 */
import { chromium } from '@playwright/test';
import { createApp } from '../src/server/app';
import type { Figure } from './ingestBench';
import { bot } from './presenceBots';
import { POSE_HZ } from '../src/present/presenceProtocol';

/** Visitors in view. */
const CROWD = 50;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Runs against `dist/` on a port of its own. */
export async function benchPresence(): Promise<Figure[]> {
  // The page and its 50 visitors in one instance.
  const app = createApp({ root: 'dist', relayLimits: { instanceCapacity: CROWD + 1 } });
  const port = await app.listen(0, '127.0.0.1');
  const base = `http://127.0.0.1:${port}`;
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--use-gl=angle', '--use-angle=swiftshader', '--enable-unsafe-swiftshader'] });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`${base}/?diagnostics`);
    await page.waitForFunction(() => window.__expo?.ready === true, null, { timeout: 180_000 });
    await page.evaluate(() => window.__expo!.standAt(0, 8, 0));
    await page.waitForTimeout(1500);
    const measure = async () => {
      const costs: number[] = [];
      const cpu: number[] = [];
      for (let i = 0; i < 7; i++) {
        costs.push(await page.evaluate(() => window.__expo!.renderCost(10)!));
        cpu.push((await page.evaluate(() => window.__expo!.frameCost(10)))!.cpu);
      }
      return { cost: median(costs), cpu: median(cpu), calls: (await page.evaluate(() => window.__expo!.stats()!.calls)) as number };
    };
    const before = await measure();
    // Fifty visitors in rows across the view, 3 to 15 m ahead, half of them strolling.
    const bots = await Promise.all(Array.from({ length: CROWD }, (_, i) => bot(base, {
      x: ((i % 10) - 4.5) * 1.6, z: 8 - 3 - Math.floor(i / 10) * 3, yaw: Math.PI, stroll: i % 2 ? 0.8 : 0,
      mode: (['desktop', 'phone', 'xr'] as const)[i % 3], colour: i % 12,
    })));
    await page.waitForFunction((n) => window.__expo!.presence!.peers.filter((p: { position: unknown }) => p.position).length >= n, CROWD, { timeout: 60_000, polling: 200 });
    // Frames are timed with the crowd standing: the relay and fifty sockets share this machine's
    // cores with the renderer, which no real client's relay does. Their traffic is measured after.
    for (const b of bots) b.hold(true);
    await page.waitForTimeout(1500);
    const full = await measure();
    for (const b of bots) b.hold(false);
    // Traffic of one client among fifty who move: what a bot receives over five seconds.
    const probe = bots[1];
    const received = probe.received;
    await page.waitForTimeout(5000);
    const receivedPerSecond = (probe.received - received) / 5;
    // A pose frame as a page writes it, twelve a second while moving (a headset's with its two hands).
    const sentPerSecond = JSON.stringify({ t: 'pose', id: probe.id, p: [-1234, 160, -5678, -3141] }).length * POSE_HZ;
    const sentPerSecondXR = JSON.stringify({ t: 'pose', id: probe.id, p: [-1234, 160, -5678, -3141, -22, -50, -28, 24, -38, -36] }).length * POSE_HZ;
    for (const b of bots) b.close();
    // The empty hall timed again once the crowd has gone, so a drift in the machine's pace between
    // the two halves does not read as the crowd's cost.
    await page.waitForFunction(() => window.__expo!.presence!.peers.length === 0, null, { timeout: 30_000, polling: 200 });
    await page.waitForTimeout(1500);
    const after = await measure();
    const empty = { cost: (before.cost + after.cost) / 2, cpu: (before.cpu + after.cpu) / 2, calls: after.calls };
    return [
      { name: 'presence: render cost, plaza, empty', value: +empty.cost.toFixed(2), unit: 'ms/render' },
      { name: `presence: render cost, plaza, ${CROWD} visitors`, value: +full.cost.toFixed(2), unit: 'ms/render', target: `≤ ${(empty.cost * 1.3).toFixed(2)} (1.3× empty): ×${(full.cost / empty.cost).toFixed(2)}` },
      { name: 'presence: CPU time a frame, plaza, empty', value: +empty.cpu.toFixed(2), unit: 'ms/frame' },
      { name: `presence: CPU time a frame, plaza, ${CROWD} visitors`, value: +full.cpu.toFixed(2), unit: 'ms/frame', target: `×${(full.cpu / empty.cpu).toFixed(2)} of empty` },
      { name: 'presence: draw calls, empty', value: empty.calls, unit: 'calls' },
      { name: `presence: draw calls, ${CROWD} visitors`, value: full.calls, unit: 'calls', target: `+${full.calls - empty.calls}` },
      { name: `presence: bytes/s a client receives (${CROWD}, half strolling)`, value: Math.round(receivedPerSecond), unit: 'B/s' },
      { name: 'presence: bytes/s a client sends (moving)', value: sentPerSecond, unit: 'B/s' },
      { name: 'presence: bytes/s a headset client sends (moving, hands)', value: sentPerSecondXR, unit: 'B/s' },
    ];
  } finally {
    await browser.close();
    await app.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const f of await benchPresence()) console.log(`${f.name.padEnd(52)} ${String(f.value).padStart(10)} ${f.unit.padEnd(10)} ${f.target ?? ''}`);
  process.exit(0);
}

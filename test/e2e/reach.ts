/** Browser-test helpers for Reach: a hall server of its own (its own state folder, studio key and collection setting). */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startOwnServer, type OwnServer } from './ownServer';

/** A hall server of a Reach test: its state folder and studio key. */
export interface ReachServer extends OwnServer {
  stateDir: string;
  key: string;
}

/** Starts the server on `port` with analytics in a fresh state folder; `env` adds settings (EXPO_ANALYTICS=off). */
export async function startServer(port: number, env: Record<string, string> = {}): Promise<ReachServer> {
  const stateDir = mkdtempSync(join(tmpdir(), 'expo-reach-e2e-'));
  const key = 'e2e-studio-key-reach-0123456789';
  const server = await startOwnServer(port, { EXPO_STATE_DIR: stateDir, EXPO_STUDIO_KEY: key, ...env });
  return { ...server, stateDir, key };
}

/** The Reach report as the studio reads it. */
export async function reachReport(s: ReachServer, key: string | null = s.key): Promise<{ status: number; body: any }> {
  const res = await fetch(`${s.base}/api/studio/analytics`, { headers: key ? { Authorization: `Bearer ${key}` } : {} });
  return { status: res.status, body: res.status === 200 ? await res.json() : null };
}

/**
 * Other visitors for the screenshot, simulated through the public endpoint (one batch each, as a
 * page would send): each walks a few booths of the real hall, stands at their fronts, opens a
 * figure, reads a clause; a presenter's session and a kiosk's loops come along.
 */
export async function simulateVisitors(s: ReachServer, n: number): Promise<void> {
  const { articlesOf, layoutHall } = await import('../../src/layout');
  const bundle = await (await fetch(`${s.base}/generated/hall.json`)).json();
  const plans: { id: string; level: any; evidence: any; region: string; targets: { id: string }[] }[] = bundle.plans;
  const layout = layoutHall(plans);
  let seed = 7;
  const random = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
  for (let v = 0; v < n; v++) {
    const events: object[] = [{ k: 'device', device: random() < 0.55 ? 'phone' : random() < 0.8 ? 'desktop' : 'headset' }];
    // Booths near the entrance draw more people: the nearer the plaza, the likelier a visit.
    const { minZ, maxZ } = layout.bounds;
    for (const b of layout.booths.filter((b) => random() < 0.25 + 0.6 * ((b.z - minZ) / (maxZ - minZ)))) {
      const stay = Math.round(20 + random() * 160);
      events.push({ k: 'enter', booth: b.id }, { k: 'dwell', booth: b.id, s: stay });
      for (let i = 0; i < Math.ceil(stay / 40); i++) events.push({ k: 'stand', x: Math.floor((b.x + (random() - 0.5) * b.width) / 2), z: Math.floor((b.z + b.facing * (b.depth / 2 + 1 + random() * 3)) / 2) });
      const targets = plans.find((p) => p.id === b.id)!.targets;
      if (targets.length && random() < 0.5) events.push({ k: 'figure', booth: b.id, target: targets[Math.floor(random() * Math.min(4, targets.length))].id });
      const clauses = articlesOf(plans.find((p) => p.id === b.id) as any).slice(0, 6);
      if (clauses.length && random() < 0.35) { const a = clauses[Math.floor(random() * clauses.length)]; events.push({ k: 'clause', booth: b.id, n: a.clauseIndex ?? a.index }); }
    }
    for (let i = 0; i < 3; i++) events.push({ k: 'stand', x: Math.floor((random() - 0.5) * 16 / 2), z: Math.floor((4 + random() * 10) / 2) });
    if (random() < 0.15) events.push({ k: 'search', q: ['数字人', 'NFT', '低空经济', '元宇宙 补贴'][Math.floor(random() * 4)] });
    if (random() < 0.3) events.push({ k: 'tour', tour: 'default' });
    if (v === 0) events.push({ k: 'session', code: 'K7M2Q', tour: 'default', peak: Math.round(n * 0.3) }, { k: 'kiosk-loop', tour: 'default' }, { k: 'kiosk-loop', tour: 'default' });
    const visit = `simulatedvisit${String(v).padStart(10, '0')}`;
    const res = await fetch(`${s.base}/api/events`, { method: 'POST', body: JSON.stringify({ visit, events }) });
    if (res.status !== 204) throw new Error(`simulated visit ${v}: HTTP ${res.status}`);
    // One address: within its allowance of posts a second.
    await new Promise((ok) => setTimeout(ok, 250));
  }
}

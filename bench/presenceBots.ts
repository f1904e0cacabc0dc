/**
 * Simulated visitors for screenshots and the bench: raw relay sockets that enter a hall as a
 * desktop, phone or headset and stand or stroll where they are put, sending poses as a page would.
 */
import WebSocket from 'ws';
import { KEEPALIVE_MS, POSE_HZ, quantisePoseWithHands, type HandPosition, type Mode } from '../src/present/presenceProtocol';
import { rotateY } from '../src/xr/placement';

/** A simulated visitor. */
export interface Bot {
  id: string;
  ws: WebSocket;
  /** Bytes this bot received so far. */
  received: number;
  /** Stops (true) or restarts (false) sending poses: the crowd stands still while a bench times frames. */
  hold(on: boolean): void;
  close(): void;
}

/** Where a bot stands: a point, a yaw, and a stroll radius (0: stands still). */
export interface BotPlace { x: number; z: number; yaw: number; stroll?: number; mode: Mode; name?: string; colour?: number; code?: string; hand?: string }

const NO_HANDS: [HandPosition, HandPosition] = [null, null];

/** A headset bot's hands at `t` seconds: held before the chest, the right one gesturing as one does while talking. */
function handsAt(t: number, yaw: number): [HandPosition, HandPosition] {
  const place = (x: number, y: number, z: number): HandPosition => {
    const [dx, dz] = rotateY(x, z, yaw);
    return [dx, y, dz];
  };
  return [place(-0.22, -0.5, -0.28), place(0.24 + 0.06 * Math.sin(t * 2.1), -0.38 + 0.12 * Math.sin(t * 1.3), -0.36)];
}

/**
 * Enters `hall` on the relay at `base` (the hall's http origin) and sends its pose as a page does:
 * POSE_HZ times a second while strolling or (a headset) gesturing, once every KEEPALIVE_MS while standing.
 */
export async function bot(base: string, place: BotPlace, hall = 'hall'): Promise<Bot> {
  const ws = new WebSocket(`${base.replace(/^http/, 'ws')}/relay`, { origin: base });
  let received = 0;
  const present = new Promise<string>((resolve, fail) => {
    ws.on('message', (d: Buffer) => {
      received += d.length;
      const m = JSON.parse(String(d));
      if (m.t === 'present') resolve(m.id);
      if (m.t === 'error') fail(new Error(m.reason));
    });
    ws.once('error', fail);
  });
  await new Promise((ok, fail) => { ws.once('open', ok); ws.once('error', fail); });
  ws.send(JSON.stringify({ t: 'enter', hall, mode: place.mode, colour: place.colour ?? 0, ...(place.name && { name: place.name }), ...(place.code && { code: place.code }) }));
  const id = await present;
  const head = place.mode === 'xr' ? 1.65 : place.mode === 'phone' ? 1.55 : 1.6;
  const t0 = Date.now();
  const r = place.stroll ?? 0;
  const still = !r && place.mode !== 'xr';
  let held = false;
  let sent = 0;
  const timer = setInterval(() => {
    if (held || (still && Date.now() - sent < KEEPALIVE_MS)) return;
    sent = Date.now();
    const t = (sent - t0) / 1000;
    const x = place.x + r * Math.sin(t * 0.4);
    const z = place.z + r * Math.cos(t * 0.4);
    const yaw = place.yaw + (r ? -t * 0.4 : 0);
    const hands = place.mode === 'xr' ? handsAt(t, yaw) : NO_HANDS;
    if (ws.readyState === ws.OPEN) ws.send(JSON.stringify({ t: 'pose', id, p: quantisePoseWithHands(x, head, z, yaw, hands) }));
  }, 1000 / POSE_HZ);
  if (place.hand !== undefined) ws.send(JSON.stringify({ t: 'hand', ...(place.hand && { text: place.hand }), about: null }));
  const b: Bot = { id, ws, received: 0, hold: (on) => { held = on; }, close: () => { clearInterval(timer); ws.close(); } };
  Object.defineProperty(b, 'received', { get: () => received });
  return b;
}

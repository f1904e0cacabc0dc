/**
 * The relay bus between processes (relayBus.ts) over Redis: events go out on one pub/sub channel,
 * and each process applies its own at once and the others' as they arrive. What copies cannot do
 * alone is done in Redis itself: hall instance places are counted by Lua scripts (one script runs
 * at a time, so two processes never both take an instance's 50th place), and each process keeps a
 * heartbeat key; when one stops beating, the first process to take it off the list (SREM answers 1
 * to one caller only) gives its places back and tells the others to let its clients go.
 */
import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import type { InstancePlaces, RelayBus, RelayEvent } from './relayBus';

/** Where Redis is and how this process keeps its place among the others. */
export interface RedisBusOptions {
  /** e.g. redis://127.0.0.1:6379 */
  url: string;
  /** Prefix of every key and the channel (several halls' relays can share a Redis). */
  prefix?: string;
  /** How often the heartbeat is renewed and dead processes looked for (ms); a process is dead after five missed (a loaded machine's timers run late). */
  beatMs?: number;
}

/** A relay bus over Redis; `close` leaves the others cleanly. */
export interface RedisBus extends RelayBus {
  places: InstancePlaces;
  close(): Promise<void>;
}

// Gives back `n` places in `inst`; an emptied instance is forgotten, and so is the session gathered there.
const DROP = `
local function drop(counts, bysession, inst, n)
  if tonumber(redis.call('HINCRBY', counts, inst, -n)) > 0 then return end
  redis.call('HDEL', counts, inst)
  local all = redis.call('HGETALL', bysession)
  for i = 1, #all, 2 do if all[i + 1] == inst then redis.call('HDEL', bysession, all[i]) end end
end
`;
/** KEYS: counts, by session, this process's places. ARGV: hall, session or '', capacity. Mirrors InstanceTable.place. */
const PLACE = `
local counts, bysession, mine = KEYS[1], KEYS[2], KEYS[3]
local hall, session, cap = ARGV[1] .. '#', ARGV[2], tonumber(ARGV[3])
local key, best = nil, -1
if session ~= '' then
  local k = redis.call('HGET', bysession, session)
  if k and redis.call('HEXISTS', counts, k) == 1 then
    if string.sub(k, 1, #hall) == hall then key = k end
  else
    redis.call('HDEL', bysession, session)
  end
end
if not key then
  local all = redis.call('HGETALL', counts)
  for i = 1, #all, 2 do
    local n = tonumber(all[i + 1])
    if string.sub(all[i], 1, #hall) == hall and n < cap and n > best then key, best = all[i], n end
  end
end
if not key then
  local i = 1
  while redis.call('HEXISTS', counts, hall .. i) == 1 do i = i + 1 end
  key = hall .. i
end
redis.call('HINCRBY', counts, key, 1)
redis.call('HINCRBY', mine, key, 1)
if session ~= '' then redis.call('HSETNX', bysession, session, key) end
return key
`;
/** KEYS: counts, by session, this process's places. ARGV: instance. */
const RELEASE = `${DROP}
if tonumber(redis.call('HINCRBY', KEYS[3], ARGV[1], -1)) <= 0 then redis.call('HDEL', KEYS[3], ARGV[1]) end
drop(KEYS[1], KEYS[2], ARGV[1], 1)
`;
/** KEYS: counts, by session, a dead process's places: all given back. */
const REAP = `${DROP}
local all = redis.call('HGETALL', KEYS[3])
for i = 1, #all, 2 do drop(KEYS[1], KEYS[2], all[i], tonumber(all[i + 1])) end
redis.call('DEL', KEYS[3])
`;

interface Scripts {
  expoPlace(counts: string, bySession: string, mine: string, hall: string, session: string, capacity: number): Promise<string>;
  expoRelease(counts: string, bySession: string, mine: string, instance: string): Promise<void>;
  expoReap(counts: string, bySession: string, theirs: string): Promise<void>;
}

/** Connects to Redis and joins the other relay processes there. */
export async function redisBus(o: RedisBusOptions): Promise<RedisBus> {
  const prefix = o.prefix ?? 'expo:relay:';
  const beatMs = o.beatMs ?? 1000;
  const self = randomBytes(6).toString('hex');
  const k = { channel: `${prefix}events`, procs: `${prefix}procs`, counts: `${prefix}instances`, bySession: `${prefix}session-instance` };
  const alive = (proc: string) => `${prefix}alive:${proc}`;
  const placesOf = (proc: string) => `${prefix}places:${proc}`;

  const pub = new Redis(o.url, { lazyConnect: true });
  const sub = pub.duplicate();
  // ioredis reconnects by itself; an error is logged, not thrown from an event emitter.
  let lastError = '';
  for (const r of [pub, sub]) r.on('error', (e: Error) => { if (e.message !== lastError) console.error('relay: redis:', (lastError = e.message)); });
  pub.defineCommand('expoPlace', { numberOfKeys: 3, lua: PLACE });
  pub.defineCommand('expoRelease', { numberOfKeys: 3, lua: RELEASE });
  pub.defineCommand('expoReap', { numberOfKeys: 3, lua: REAP });
  const scripts = pub as unknown as Scripts;

  const subscribers = new Set<(e: RelayEvent, from: string) => void>();
  const deliver = (e: RelayEvent, from: string) => {
    for (const fn of subscribers) {
      try { fn(e, from); } catch (err) { console.error('relay: applying a bus event failed:', err); }
    }
  };
  const remote = (e: RelayEvent) => void pub.publish(k.channel, JSON.stringify({ from: self, e })).catch(() => {});
  sub.on('message', (_channel: string, raw: string) => {
    let m: { from: string; e: RelayEvent };
    try { m = JSON.parse(raw); } catch { return; }
    if (m.from !== self) deliver(m.e, m.from);
  });

  const beat = () => pub.multi().set(alive(self), '1', 'PX', beatMs * 5).sadd(k.procs, self).exec();
  /** Processes whose heartbeat lapsed: one caller wins the SREM, gives their places back and says so. */
  const reap = async () => {
    for (const proc of await pub.smembers(k.procs)) {
      if (proc === self || (await pub.exists(alive(proc)))) continue;
      if (!(await pub.srem(k.procs, proc))) continue;
      await scripts.expoReap(k.counts, k.bySession, placesOf(proc));
      remote({ t: 'proc-gone', proc });
      deliver({ t: 'proc-gone', proc }, self);
    }
  };
  await Promise.all([pub.connect(), sub.connect()]);
  await sub.subscribe(k.channel);
  await beat();
  const timer = setInterval(() => { beat().then(reap).catch(() => {}); }, beatMs);
  timer.unref();
  // Started late: the others publish what they hold (sessions, visitors) for this process's copies.
  remote({ t: 'sync' });

  return {
    self,
    publish: (e) => { deliver(e, self); remote(e); },
    subscribe: (fn) => { subscribers.add(fn); return () => subscribers.delete(fn); },
    places: {
      place: (hall, session, capacity) => scripts.expoPlace(k.counts, k.bySession, placesOf(self), hall, session ?? '', capacity),
      release: (instance) => void scripts.expoRelease(k.counts, k.bySession, placesOf(self), instance).catch(() => {}),
    },
    async close() {
      clearInterval(timer);
      // Leaving cleanly: places back and the others told now, rather than after the heartbeat lapses.
      await pub.srem(k.procs, self);
      await pub.del(alive(self));
      await scripts.expoReap(k.counts, k.bySession, placesOf(self));
      await pub.publish(k.channel, JSON.stringify({ from: self, e: { t: 'proc-gone', proc: self } }));
      subscribers.clear();
      await Promise.all([sub.quit(), pub.quit()]);
    },
  };
}

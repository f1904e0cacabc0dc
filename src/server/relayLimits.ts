/** The relay's limits and counters (shared by the relay and its per-address ledger). */

/** Limits of one relay. */
export interface RelayLimits {
  /** Messages per second a connection may send (sustained), and the burst it may save up. */
  rate: number;
  burst: number;
  /** Dropped messages after which a connection is closed. */
  maxDrops: number;
  /** Sessions open at once in all, and owned by one address (a connection owns at most one). */
  sessions: number;
  sessionsPerAddress: number;
  followersPerSession: number;
  /** How long a session waits for its presenter to come back (ms). */
  presenterGraceMs: number;
  /** A session that never had a follower ends after this long (ms): opened and left, it only holds a slot. */
  unfollowedMs: number;
  /** Sockets open at once in all, and from one address. */
  connections: number;
  connectionsPerAddress: number;
  /** A socket in no session that sends nothing for this long is closed (ms). */
  idleMs: number;
  /** How often dead and idle sockets are looked for (ms). */
  sweepMs: number;
  /** Wrong session codes or tokens one address may try: per second (sustained), and in a burst. */
  guessRate: number;
  guessBurst: number;
  /** Pose frames per second a present visitor may send (sustained, and saved up): their own bucket, beside `rate`. */
  poseRate: number;
  poseBurst: number;
  /** Visitors of one hall who see each other before the next instance opens (a presenter's audience stays together). */
  instanceCapacity: number;
  /** Peers nearer than this (m) are sent every tick, farther ones every farMs; ticks every tickMs. */
  nearMetres: number;
  farMs: number;
  tickMs: number;
}

export const DEFAULT_LIMITS: RelayLimits = {
  rate: 10, burst: 30, maxDrops: 200,
  sessions: 200, sessionsPerAddress: 4, followersPerSession: 2000,
  presenterGraceMs: 10 * 60_000, unfollowedMs: 5 * 60_000,
  connections: 3000, connectionsPerAddress: 64, idleMs: 60_000, sweepMs: 20_000,
  guessRate: 0.5, guessBurst: 10,
  poseRate: 20, poseBurst: 20, instanceCapacity: 50, nearMetres: 20, farMs: 500, tickMs: 66,
};

/** What the relay holds now and has seen, for tests and the log. */
export interface RelayStats {
  /** Open sessions and connections right now. */
  sessions: number;
  connections: number;
  /** Stop frames delivered and frames dropped (by reason), since start. */
  delivered: number;
  /** `invalid`: a pose outside the hall. */
  dropped: { oversized: number; malformed: number; unauthorized: number; rate: number; invalid: number };
  /** Present visitors on this process, and the hall instances it knows of. */
  presence: { visitors: number; instances: number };
  /** Sockets refused at the door (wrong origin, too many), guesses refused, and the relay's own failures. */
  refused: { origin: number; connections: number; guesses: number; sessions: number };
  errors: number;
}

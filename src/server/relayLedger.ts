/**
 * Per-address accounting for the relay: sockets held, and how many wrong codes or tokens the
 * address may still try. One device on the event's network cannot take every socket, nor guess
 * codes faster than a person types them. (Sessions owned are counted from the session copies,
 * which every relay process shares; a miss is charged on every process through the bus.)
 */
import type { RelayLimits } from './relayLimits';

interface Entry {
  connections: number;
  /** Guess tokens left, and when they were last topped up (ms). */
  guesses: number;
  at: number;
}

/** Counts per remote address. */
export class AddressLedger {
  private readonly entries = new Map<string, Entry>();
  constructor(private readonly limits: RelayLimits) {}

  private entry(address: string): Entry {
    let e = this.entries.get(address);
    if (!e) this.entries.set(address, (e = { connections: 0, guesses: this.limits.guessBurst, at: Date.now() }));
    const now = Date.now();
    e.guesses = Math.min(this.limits.guessBurst, e.guesses + ((now - e.at) / 1000) * this.limits.guessRate);
    e.at = now;
    return e;
  }
  /** Forgets an address that holds nothing and has its full guess allowance back. */
  private tidy(address: string, e: Entry): void {
    if (e.connections === 0 && e.guesses >= this.limits.guessBurst) this.entries.delete(address);
  }

  /** A socket from `address` may open unless the address already holds its share. */
  mayConnect(address: string): boolean {
    return this.entry(address).connections < this.limits.connectionsPerAddress;
  }
  connect(address: string): void {
    this.entry(address).connections++;
  }
  disconnect(address: string): void {
    const e = this.entry(address);
    e.connections = Math.max(0, e.connections - 1);
    this.tidy(address, e);
  }

  /** `address` has a guess left (a lookup of a code or token is allowed at all). */
  mayGuess(address: string): boolean {
    return this.entry(address).guesses >= 1;
  }
  /** A lookup from `address` found nothing: it costs one guess. */
  missed(address: string): void {
    const e = this.entry(address);
    e.guesses = Math.max(0, e.guesses - 1);
    this.tidy(address, e);
  }
}

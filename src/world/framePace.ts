/**
 * When the hall draws: every frame while anything changes and for a moment after (so an ease-out,
 * an interpolated peer or a text that just laid out finishes), a few frames a second otherwise.
 * A still hall on a laptop projecting for hours, or on a phone, leaves the CPU and the battery
 * alone; what steps by itself (a figure's pulse, a far visitor) still steps, only less often.
 */

/** How long after the last change the hall keeps drawing every frame. */
export const ACTIVE_FOR_MS = 1500;

/** Frames a second while nothing changes. */
export const IDLE_FPS = 4;

/** The pacing state: until when every frame is drawn. */
export class Pace {
  private until = 0;

  /** Something changed at `now` (ms): draw every frame for ACTIVE_FOR_MS more. */
  wake(now: number): void {
    this.until = Math.max(this.until, now + ACTIVE_FOR_MS);
  }

  /** Whether every frame is drawn at `now`. */
  active(now: number): boolean {
    return now < this.until;
  }
}

/** A re-render on each whole second of an elapsed time, for the presenter's clocks. */
import { useEffect, useState } from 'react';

/**
 * The current time, updated as each whole second since `origin` (ms since the epoch) passes, so an
 * elapsed time shown from it turns over on the second rather than up to a second late.
 */
export function useClock(origin = 0): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    let id: ReturnType<typeof setTimeout>;
    const tick = () => {
      const t = Date.now();
      setNow(t);
      // A timer may fire a little early or late: aim just past the next boundary.
      id = setTimeout(tick, 1000 - (((t - origin) % 1000) + 1000) % 1000 + 5);
    };
    tick();
    return () => clearTimeout(id);
  }, [origin]);
  return now;
}

/** 75 s → "1:15"; an hour or more → "1:02:03". */
export function formatElapsed(ms: number): string {
  const s = Math.max(0, Math.floor(ms / 1000));
  const mm = String(Math.floor((s % 3600) / 60)).padStart(s >= 3600 ? 2 : 1, '0');
  const ss = String(s % 60).padStart(2, '0');
  return s >= 3600 ? `${Math.floor(s / 3600)}:${mm}:${ss}` : `${mm}:${ss}`;
}

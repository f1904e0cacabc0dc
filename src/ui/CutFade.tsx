/** The veil a cut between places lifts from: a visitor who asked for less motion sees a fade, not a jump. */
import { useMotion } from '../state/motion';

/** Replays a short fade from the page's colour over the hall on each cut (keyed by the count). */
export function CutFade() {
  const cuts = useMotion((s) => s.cuts);
  return cuts ? <div key={cuts} className="cut-fade" data-testid="cut-fade" aria-hidden="true" /> : null;
}

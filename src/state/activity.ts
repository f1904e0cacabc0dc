/**
 * Changes the world's frame cannot see for itself — a peer's pose arriving, a message from the
 * relay — announced to whoever paces the drawing (src/world/FramePacer.tsx), so the hall draws
 * every frame while they play out and rests when nothing changes.
 */
const listeners = new Set<() => void>();

/** Something the hall shows is changing: draw every frame for a while. */
export function noteActivity(): void {
  for (const l of listeners) l();
}

/** Calls `l` on each noteActivity until the returned function is called. */
export function onActivity(l: () => void): () => void {
  listeners.add(l);
  return () => void listeners.delete(l);
}

/**
 * Text level of detail: a label is drawn only where it can be read. Past about 200 times its
 * height a glyph is under 3 px tall (in a 62° view 800 px high, and in a Quest 3 eye): a smudge
 * the GPU would still lay out, shade and blend. Small panel text so waits until the visitor is
 * within a dozen metres, while signs carry across the hall.
 */

/** How many times its own height away a label stays readable. */
export const READABLE_RANGE = 200;

/** A point in the hall (metres). */
export interface Point3 {
  x: number;
  y: number;
  z: number;
}

/** Whether a label (its place, and its height `size`) can be read from `eye`. */
export function readableFrom(label: Point3 & { size: number }, eye: Point3): boolean {
  const r = label.size * READABLE_RANGE;
  return (label.x - eye.x) ** 2 + (label.y - eye.y) ** 2 + (label.z - eye.z) ** 2 < r * r;
}

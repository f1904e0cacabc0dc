/**
 * Occlusion by spines. The wall across an island's back-to-back rows is as tall as any booth, so
 * from an eye below its top every booth wholly behind it is hidden. A software renderer shades
 * every pixel it is given, hidden or not, and a headset's GPU still pays for the triangles: the
 * booths no sight line reaches are left undrawn, so the cost of a view follows what it shows.
 */
import { boothTop, type BoothPlacement, type Spine } from '../layout';
import { cullingHidden } from './nearBooths';
import type { Point3 } from './readable';

/** Where the eye may be: a box on the floor plan and a range of heights (metres). */
export interface EyeRegion {
  x0: number;
  x1: number;
  z0: number;
  z1: number;
  y0: number;
  y1: number;
}

/** How far (m) a booth's parts may stand outside its footprint: long labels, the counter's edge. */
const FOOTPRINT_MARGIN = 0.3;

/** How far (m) an eye's height is let vary: a rounded eye's height is known to half a metre. */
const HEIGHT_SLACK = 0.5;

/** The eye region `slack` metres either side of `eye` on the floor plan (up and down, at most HEIGHT_SLACK). */
export function eyeRegion(eye: Point3, slack: number): EyeRegion {
  const dy = Math.min(slack, HEIGHT_SLACK);
  return { x0: eye.x - slack, x1: eye.x + slack, z0: eye.z - slack, z1: eye.z + slack, y0: eye.y - dy, y1: eye.y + dy };
}

/**
 * True when every sight line from the corners of `eye` to the corners of the floor box
 * [x0, x1] × [z0, z1] enters `s` through its face towards the eye. The eyes from which a point is
 * hidden by a wall form a convex wedge, and so do the points a wall hides from one eye: when all
 * sixteen corner-to-corner lines are blocked, every line between the two boxes is. Heights need
 * no test of their own: a line between an eye and a point both no higher than the spine crosses
 * its face no higher either.
 */
function behindSpine(s: Spine, eye: EyeRegion, x0: number, x1: number, z0: number, z1: number): boolean {
  const south = s.z + s.depth / 2;
  const north = s.z - s.depth / 2;
  let face: number;
  if (eye.z0 > south && z1 < south) face = south;
  else if (eye.z1 < north && z0 > north) face = north;
  else return false;
  const left = s.x - s.width / 2;
  const right = s.x + s.width / 2;
  for (const ez of [eye.z0, eye.z1]) {
    for (const pz of [z0, z1]) {
      const t = (face - ez) / (pz - ez);
      for (const ex of [eye.x0, eye.x1]) {
        for (const px of [x0, x1]) {
          const x = ex + t * (px - ex);
          if (x <= left || x >= right) return false;
        }
      }
    }
  }
  return true;
}

/** Ids of the booths that no sight line from anywhere in `eye` reaches past the spines. */
export function occludedBooths(booths: readonly BoothPlacement[], spines: readonly Spine[], eye: EyeRegion): Set<string> {
  const hidden = new Set<string>();
  if (!cullingHidden() || !spines.length || eye.y0 < 0) return hidden;
  for (const b of booths) {
    const x0 = b.x - b.width / 2 - FOOTPRINT_MARGIN;
    const x1 = b.x + b.width / 2 + FOOTPRINT_MARGIN;
    const z0 = b.z - b.depth / 2 - FOOTPRINT_MARGIN;
    const z1 = b.z + b.depth / 2 + FOOTPRINT_MARGIN;
    const top = boothTop(b);
    for (const s of spines) {
      if (s.height >= top && eye.y1 < s.height && behindSpine(s, eye, x0, x1, z0, z1)) {
        hidden.add(b.id);
        break;
      }
    }
  }
  return hidden;
}

/**
 * Avatar shapes as the crowd material draws them: each vertex either takes the visitor's colour
 * (`tint` 1, the instance colour) or keeps its own (`color`), so shapes of several colours merge
 * into one geometry and every avatar mesh shares one shader program.
 */
import { BufferGeometry, Float32BufferAttribute } from 'three';
import { mergeGeometries } from 'three/examples/jsm/utils/BufferGeometryUtils.js';

/** One shape of an avatar, and its own colour (else, without vertex colours, the visitor's). */
export interface CrowdPart {
  geometry: BufferGeometry;
  colour?: number;
}

const filled = (n: number, values: number[]) => new Float32BufferAttribute(Array.from({ length: n * values.length }, (_, i) => values[i % values.length]), values.length);

/** Merges `parts` into one geometry with `tint` and `color` attributes. */
export function crowdGeometry(parts: CrowdPart[]): BufferGeometry {
  return mergeGeometries(parts.map(({ geometry, colour }) => {
    const g = geometry.clone();
    const n = g.getAttribute('position').count;
    g.setAttribute('tint', filled(n, [colour === undefined && !g.getAttribute('color') ? 1 : 0]));
    if (!g.getAttribute('color')) {
      const c = colour ?? 0xffffff;
      g.setAttribute('color', filled(n, [(c >> 16 & 255) / 255, (c >> 8 & 255) / 255, (c & 255) / 255]));
    }
    return g;
  }));
}

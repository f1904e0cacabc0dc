/**
 * Avatar shapes as the crowd material draws them: each vertex either takes the visitor's colour
 * (`tint` 1, the instance colour) or keeps its own (`color`), so shapes of several colours merge
 * into one geometry and every avatar mesh shares one shader program.
 */
import { BufferGeometry, Color, Float32BufferAttribute } from 'three';
import { mergeGeometries } from 'three/examples/jsm/utils/BufferGeometryUtils.js';

/** One shape of an avatar, and its own colour (else, without vertex colours, the visitor's). */
export interface CrowdPart {
  geometry: BufferGeometry;
  colour?: number;
}

const filled = (n: number, values: number[]) => new Float32BufferAttribute(Array.from({ length: n * values.length }, (_, i) => values[i % values.length]), values.length);

/**
 * Paints every vertex of `g` the sRGB colour `hex` (for shapes that mix a few fixed colours). Vertex
 * colours are read as linear, like a material's colour once three has converted it, so it is
 * converted here the same way (three's Color); raw hex / 255 would draw it paler.
 */
export function painted(g: BufferGeometry, hex: number): BufferGeometry {
  const { r, g: green, b } = new Color(hex);
  g.setAttribute('color', filled(g.getAttribute('position').count, [r, green, b]));
  return g;
}

/** Merges `parts` into one geometry with `tint` and `color` attributes. */
export function crowdGeometry(parts: CrowdPart[]): BufferGeometry {
  return mergeGeometries(parts.map(({ geometry, colour }) => {
    const g = geometry.clone();
    g.setAttribute('tint', filled(g.getAttribute('position').count, [colour === undefined && !g.getAttribute('color') ? 1 : 0]));
    return g.getAttribute('color') ? g : painted(g, colour ?? 0xffffff);
  }));
}

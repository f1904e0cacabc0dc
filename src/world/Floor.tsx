/**
 * The hall floor: large pale tiles (one canvas texture) over the aisles, one draw call; click or
 * tap to walk there. Under carpets and spines there is none (see layout/floor.ts).
 */
import { useEffect, useMemo } from 'react';
import { useThree } from '@react-three/fiber';
import { BufferAttribute, BufferGeometry, CanvasTexture, RepeatWrapping, SRGBColorSpace } from 'three';
import type { FloorRect } from '../layout';
import { dispatch } from '../input/dispatch';
import { PALETTE } from '../layout/palette';
import { wasDrag } from './Blocks';
import { upwardLambert } from './lighting';
import { isSoftwareGL } from './softwareGL';

/** Props of Floor. */
export interface FloorProps {
  rects: FloorRect[];
}

/** Side of a floor tile (m). */
const TILE = 2;

/** The floor's colour factor under the hall's fixed lights. */
const LIT = upwardLambert();

/**
 * The tiles, filtered anisotropically (crisp seams at a walking visitor's grazing angle) where a GPU
 * does it for next to nothing; a software renderer samples the texture four times as often for it,
 * a fifth of its frame, and gets plain mipmaps.
 */
function tileTexture(software: boolean): CanvasTexture {
  const c = document.createElement('canvas');
  c.width = c.height = 128;
  const g = c.getContext('2d')!;
  g.fillStyle = PALETTE.floor;
  g.fillRect(0, 0, 128, 128);
  g.strokeStyle = '#cfc9be';
  g.lineWidth = 1.5;
  g.strokeRect(1, 1, 126, 126);
  const t = new CanvasTexture(c);
  t.wrapS = t.wrapT = RepeatWrapping;
  t.colorSpace = SRGBColorSpace;
  t.anisotropy = software ? 1 : 4;
  return t;
}

/** Two upward-facing triangles per rectangle at y = 0, textured in hall coordinates so tiles line up across rectangles. */
export function floorGeometry(rects: FloorRect[]): BufferGeometry {
  const position = new Float32Array(rects.length * 18);
  const uv = new Float32Array(rects.length * 12);
  rects.forEach((r, i) => {
    // Counter-clockwise seen from above: near-left, near-right, far-right; near-left, far-right, far-left.
    const corners = [[r.x0, r.z1], [r.x1, r.z1], [r.x1, r.z0], [r.x0, r.z1], [r.x1, r.z0], [r.x0, r.z0]];
    corners.forEach(([x, z], k) => {
      position.set([x, 0, z], i * 18 + k * 3);
      uv.set([x / TILE, -z / TILE], i * 12 + k * 2);
    });
  });
  const g = new BufferGeometry();
  g.setAttribute('position', new BufferAttribute(position, 3));
  g.setAttribute('normal', new BufferAttribute(new Float32Array(rects.length * 18).map((_, k) => (k % 3 === 1 ? 1 : 0)), 3));
  g.setAttribute('uv', new BufferAttribute(uv, 2));
  g.computeBoundingSphere();
  return g;
}

/** Draws the floor of the hall and the apron around it. */
export function Floor({ rects }: FloorProps) {
  const gl = useThree((s) => s.gl);
  const map = useMemo(() => tileTexture(isSoftwareGL(gl.getContext())), [gl]);
  const geometry = useMemo(() => floorGeometry(rects), [rects]);
  useEffect(() => () => geometry.dispose(), [geometry]);
  return (
    <mesh
      name="floor"
      geometry={geometry}
      onClick={(e) => {
        if (wasDrag(e)) return;
        e.stopPropagation();
        dispatch({ type: 'walkTo', x: e.point.x, z: e.point.z });
      }}
    >
      {/* Lit exactly as Lambert shading would light it (it always faces up), for a fraction of the shader. */}
      <meshBasicMaterial map={map} color={LIT} />
    </mesh>
  );
}

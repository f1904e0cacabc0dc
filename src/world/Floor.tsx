/** The hall floor: large pale tiles (one canvas texture), and click or tap to walk there. */
import { useMemo } from 'react';
import { CanvasTexture, RepeatWrapping, SRGBColorSpace } from 'three';
import { walkTo } from '../state/actions';
import { PALETTE } from '../layout/palette';
import { wasDrag } from './Blocks';

/** Props of Floor. */
export interface FloorProps {
  bounds: { minX: number; maxX: number; minZ: number; maxZ: number };
}

function tileTexture(): CanvasTexture {
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
  t.anisotropy = 4;
  return t;
}

/** Draws the floor (2 m tiles) and the apron outside the entrance. */
export function Floor({ bounds }: FloorProps) {
  const w = bounds.maxX - bounds.minX + 40;
  const d = bounds.maxZ - bounds.minZ + 40;
  const map = useMemo(() => {
    const t = tileTexture();
    t.repeat.set(w / 2, d / 2);
    return t;
  }, [w, d]);
  return (
    <mesh
      name="floor"
      rotation-x={-Math.PI / 2}
      position={[(bounds.minX + bounds.maxX) / 2, 0, (bounds.minZ + bounds.maxZ) / 2]}
      onClick={(e) => {
        if (wasDrag(e)) return;
        e.stopPropagation();
        walkTo(e.point.x, e.point.z);
      }}
    >
      <planeGeometry args={[w, d]} />
      <meshLambertMaterial map={map} />
    </mesh>
  );
}

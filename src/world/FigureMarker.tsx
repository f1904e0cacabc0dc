/**
 * The highlight on the figure being shown (a visitor's pick, or the presenter's current stop):
 * a glowing outline around its box that breathes gently, so the room sees which figure is meant.
 */
import { useMemo, useRef } from 'react';
import { useFrame } from '@react-three/fiber';
import { BoxGeometry, EdgesGeometry, type LineBasicMaterial } from 'three';
import { figureBox, type HallScene } from '../layout';
import { useExpo } from '../state/store';
import { FRAME_ORDER } from './frameOrder';

/** Margin of the outline around the figure (metres). */
const MARGIN = 0.05;
const unitEdges = new EdgesGeometry(new BoxGeometry(1, 1, 1));

/** Props of FigureMarker. */
export interface FigureMarkerProps {
  scene: HallScene;
}

/** Outlines the current figure; draws nothing when none is shown. */
export function FigureMarker({ scene }: FigureMarkerProps) {
  const figure = useExpo((s) => s.figure);
  const box = useMemo(() => (figure ? figureBox(scene.blocks, figure.boothId, figure.targetId) : undefined), [figure, scene]);
  const material = useRef<LineBasicMaterial>(null);
  useFrame(({ clock }) => {
    if (material.current) material.current.opacity = 0.65 + 0.35 * Math.sin(clock.elapsedTime * 3);
  }, FRAME_ORDER.read);
  if (!box) return null;
  return (
    <lineSegments geometry={unitEdges} position={[box.x, box.y, box.z]} scale={[box.sx + 2 * MARGIN, box.sy + 2 * MARGIN, box.sz + 2 * MARGIN]} renderOrder={10}>
      <lineBasicMaterial ref={material} color="#ffb000" transparent linewidth={2} toneMapped={false} />
    </lineSegments>
  );
}

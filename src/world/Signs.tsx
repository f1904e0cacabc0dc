/** The hall's signs, and the fascia signs of the booths within reading range of the visitor. */
import { useMemo } from 'react';
import type { HallScene } from '../layout';
import { Labels } from './Labels';
import { signsInSight } from './firstSight';
import { SIGN_RADIUS } from './nearBooths';
import { useEye } from './useEye';
import { useNearBooths } from './useNearBooths';

/** Props of Signs. */
export interface SignsProps {
  scene: HallScene;
  font: { url: string; chars: string };
  onSynced: () => void;
}

/** Draws the signs in one text batch; far booths' signs leave it, so its size does not grow with the hall. */
export function Signs({ scene, font, onSynced }: SignsProps) {
  const near = useNearBooths(scene.booths, { radius: SIGN_RADIUS });
  const eye = useEye();
  const labels = useMemo(() => signsInSight(scene, near, eye), [near, scene, eye]);
  return <Labels labels={labels} font={font} onSynced={onSynced} />;
}

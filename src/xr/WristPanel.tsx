/**
 * A presenter's wrist panel in a headset: the tour's stop, the session code and followers, the
 * speaker notes and the step buttons (src/layout/wristCard.ts), riding above the left hand and
 * turned to the eyes — glance at the wrist to read it, point the right ray at it to press. With
 * no left hand tracked it waits low on the left, in front of the visitor.
 */
import { useMemo, useRef } from 'react';
import { useFrame } from '@react-three/fiber';
import { useShallow } from 'zustand/react/shallow';
import { Vector3, type Group } from 'three';
import { toursOf, WRIST_SCALE, wristCard, type HallScene } from '../layout';
import { handlePick } from '../input/picks';
import { useExpo } from '../state/store';
import { Blocks } from '../world/Blocks';
import { Labels } from '../world/Labels';
import { FRAME_ORDER } from '../world/frameOrder';
import { headInHall, rotateY } from './placement';
import { useCardTargets } from './XRCards';
import { xrPose } from './xrPose';

/** How far above the left hand the panel's centre floats (m). */
const ABOVE_HAND = 0.14;
/** Without a left hand: ahead, to the left and below the eyes (m, radians). */
const RESTING = { distance: 0.5, turn: 0.45, drop: 0.35 };

const eye = new Vector3();
const NO_NOTES: string[] = [];

/** Props of WristPanel. */
export interface WristPanelProps {
  scene: HallScene;
  font: { url: string; chars: string };
}

/** The presenter's wrist panel (mount it only for a presenter in a headset). */
export function WristPanel({ scene, font }: WristPanelProps) {
  const group = useRef<Group>(null);
  const authored = useExpo((s) => s.tours);
  const p = useExpo(useShallow((s) => ({ tourId: s.present.tourId, index: s.present.index, count: s.present.count, title: s.present.stop?.title ?? '', code: s.present.code, followers: s.present.followers, blank: s.present.blank })));
  const tours = useMemo(() => toursOf(scene, authored), [scene, authored]);
  const notes = tours.find((t) => t.id === p.tourId)?.stops[p.index]?.notes ?? NO_NOTES;
  const content = useMemo(() => wristCard({ ...p, notes }), [p, notes]);
  useCardTargets(() => [{ group: group.current, blocks: content.blocks }], [content]);
  useFrame(() => {
    const g = group.current;
    if (!g) return;
    const o = xrPose.origin;
    const head = headInHall(o, xrPose.head);
    const hand = xrPose.hands[0];
    if (hand) {
      const [dx, dz] = rotateY(hand.x, hand.z, o.yaw);
      g.position.set(o.x + dx, hand.y + ABOVE_HAND, o.z + dz);
    } else {
      const yaw = head.yaw + RESTING.turn;
      g.position.set(head.x - Math.sin(yaw) * RESTING.distance, xrPose.head.y - RESTING.drop, head.z - Math.cos(yaw) * RESTING.distance);
    }
    // Its face (+z) towards the eyes.
    g.lookAt(eye.set(head.x, xrPose.head.y, head.z));
  }, FRAME_ORDER.read);
  return (
    <group ref={group} name="xr-wrist-panel" scale={WRIST_SCALE}>
      <Blocks name="xr-wrist-boxes" blocks={content.blocks} onPick={handlePick} unlit onTop />
      <Labels labels={content.labels} font={font} onTop />
    </group>
  );
}

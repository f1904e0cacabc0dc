/**
 * The booths the eye cannot see whole: those behind a spine (none of them is drawn) and those
 * seen from straight behind (only their back walls are). Re-read every frame the eye moves, from
 * the exact eye (the head, in a headset), not the polled one: a booth must be back in the very
 * frame the visitor steps or teleports to where it shows.
 */
import { useRef, useState } from 'react';
import { useFrame } from '@react-three/fiber';
import type { HallScene } from '../layout';
import { hiddenByBackWall, type HiddenBooths } from './nearBooths';
import { eyeRegion, occludedBooths } from './occlusion';
import { rig } from '../state/rig';
import { FRAME_ORDER } from './frameOrder';

const NONE: HiddenBooths = new Map();

/** How far (m) the eyes may be from the rig's point: a headset's two eyes sit 3 cm either side of it. */
const EYES = 0.1;

function same(a: HiddenBooths, b: HiddenBooths): boolean {
  if (a.size !== b.size) return false;
  for (const [id, h] of a) if (b.get(id) !== h) return false;
  return true;
}

/** What of which booths `scene` hides from the rig's eye now. */
function hiddenNow(scene: HallScene): HiddenBooths {
  const { booths, spines } = scene.layout;
  const occluded = occludedBooths(booths, spines, eyeRegion(rig, EYES));
  const now = new Map<string, 'all' | 'interior'>();
  for (const p of booths) {
    if (occluded.has(p.id)) now.set(p.id, 'all');
    else if (hiddenByBackWall(p, rig).interior) now.set(p.id, 'interior');
  }
  return now.size ? now : NONE;
}

/** What of which booths is hidden from the eye (the same Map object while that stays the same). */
export function useHiddenBooths(scene: HallScene): HiddenBooths {
  // Read at once, so the first frame already leaves out what the start hides.
  const [hidden, setHidden] = useState(() => hiddenNow(scene));
  const at = useRef({ x: rig.x, y: rig.y, z: rig.z });
  useFrame(() => {
    const last = at.current;
    if (last.x === rig.x && last.y === rig.y && last.z === rig.z) return;
    at.current = { x: rig.x, y: rig.y, z: rig.z };
    const now = hiddenNow(scene);
    if (!same(now, hidden)) setHidden(now);
  }, FRAME_ORDER.read);
  return hidden;
}

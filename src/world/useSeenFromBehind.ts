/**
 * The booths seen from straight behind, whose back walls hide all the rest of them. Re-read every
 * frame from the exact eye (the head, in a headset), not the polled one: a booth's interior must
 * be back in the very frame the visitor steps or teleports to where it shows.
 */
import { useState } from 'react';
import { useFrame } from '@react-three/fiber';
import type { HallScene } from '../layout';
import { hiddenByBackWall } from './nearBooths';
import { rig } from './rig';

const NONE: ReadonlySet<string> = new Set();

/** Ids of the booths seen from straight behind (the same Set object while they stay the same). */
export function useSeenFromBehind(scene: HallScene): ReadonlySet<string> {
  const [ids, setIds] = useState(NONE);
  useFrame(() => {
    const now = scene.layout.booths.filter((p) => hiddenByBackWall(p, rig).interior).map((p) => p.id);
    if (now.length !== ids.size || now.some((id) => !ids.has(id))) setIds(now.length ? new Set(now) : NONE);
  });
  return ids;
}

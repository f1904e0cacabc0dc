/** The booths near the visitor's focus, re-chosen a few times a second as the visitor moves. */
import { useRef, useState } from 'react';
import { useFrame } from '@react-three/fiber';
import type { BoothStatic } from '../layout';
import { useExpo } from '../state/store';
import { boothsNear, focusPoint, type NearOptions } from './nearBooths';
import { rig } from './rig';

/** Ids (sorted) of the booths within `radius` of the visitor's focus; the current booth always counts. */
export function useNearBooths(booths: BoothStatic[], { radius, max }: Omit<NearOptions, 'keep'>): string[] {
  const choose = () => {
    const p = focusPoint(rig);
    return boothsNear(booths, p.x, p.z, { radius, max, keep: useExpo.getState().boothId });
  };
  const [near, setNear] = useState<string[]>(choose);
  const clock = useRef(0);
  useFrame((_, dt) => {
    clock.current += dt;
    if (clock.current < 0.3) return;
    clock.current = 0;
    const next = choose();
    if (next.join() !== near.join()) setNear(next);
  });
  return near;
}

/** The booths near the visitor's focus, re-chosen a few times a second as the visitor moves. */
import type { BoothStatic } from '../layout';
import { useExpo } from '../state/store';
import { boothsNear, focusPoint, type NearOptions } from './nearBooths';
import { rig } from '../state/rig';
import { usePolled } from './usePolled';

/** Ids (sorted) of the booths within `radius` of the visitor's focus; the current booth always counts. */
export function useNearBooths(booths: BoothStatic[], { radius, max }: Omit<NearOptions, 'keep'>): string[] {
  const choose = () => {
    const p = focusPoint(rig);
    return boothsNear(booths, p.x, p.z, { radius, max, keep: useExpo.getState().boothId });
  };
  return usePolled(choose, (a, b) => a.join() === b.join());
}

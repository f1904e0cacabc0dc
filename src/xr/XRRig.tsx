/**
 * The visitor's body in a headset. The XR origin (their floor) is moved, never the tracked head:
 * teleport (thumbstick arc, or any ray selecting the floor), snap turns about the head, optional smooth movement that slides along
 * walls, and jumps between booths that fade through black instead of flying. The desktop rig
 * follows the head, so the rest of the app — and the screen after leaving VR — sees where they are.
 *
 * The session's start and end are told to the store here; from then on the store's mode is the one
 * truth: the per-frame steps (XRSteps) and the arc are mounted in the XR mode only.
 */
import { useEffect, useRef } from 'react';
import { XROrigin, type XRStore } from '@react-three/xr';
import type { Group } from 'three';
import { EYE, type HallScene } from '../layout';
import { InMode } from '../input/InMode';
import { setOverview } from '../state/actions';
import { rig } from '../state/rig';
import { setXR, useExpo } from '../state/store';
import { TeleportArc } from './TeleportArc';
import { XRSteps } from './XRSteps';

export { teleportTo } from './teleport';

/** Props of XRRig. */
export interface XRRigProps {
  store: XRStore;
  scene: HallScene;
}

const XR_ONLY = ['xr'] as const;

/** Tells the store when a headset session starts and ends (the store's mode guards the rest). */
function useSessionInStore(store: XRStore): void {
  useEffect(() => store.subscribe((state, prev) => {
    if (state.session === prev.session) return;
    if (state.session) {
      // Arrive where the screen's camera stood (or was going), on foot even if the overview was on.
      if (useExpo.getState().overview) setOverview(false);
      setXR({ presenting: true, card: null });
    } else {
      // Back on the screen where the head was, looking level: never a black or lost view.
      Object.assign(rig, { flight: null, walkTo: null, y: EYE, pitch: 0 });
      setXR({ presenting: false, card: null });
    }
  }), [store]);
}

/** The XR origin, and in a session the steps that move it and the teleport arc. */
export function XRRig({ store, scene }: XRRigProps) {
  const origin = useRef<Group>(null);
  useSessionInStore(store);
  return (
    <>
      <XROrigin ref={origin} />
      <InMode modes={XR_ONLY}>
        <XRSteps store={store} scene={scene} origin={origin} />
        <TeleportArc store={store} scene={scene} />
      </InMode>
    </>
  );
}

/**
 * WebXR around the one hall, loaded only where immersive VR is supported: the same scene tree
 * inside <XR>, plus the origin, locomotion and the headset's cards. Input profiles come from the
 * hall's own origin, never a CDN. Controller models are off (tens of megabytes for every make);
 * rays, cursors and the teleport arc show where a controller points, and hands get the generic hand.
 */
import { useEffect, type ReactNode } from 'react';
import { createXRStore, XR } from '@react-three/xr';
import { registerXR } from '../state/xrSession';
import { useExpo } from '../state/store';
import { setXRSource } from '../state/diagnostics';
import { cardTargets, XRCards } from './XRCards';
import { InMode } from '../input/InMode';
import { XRRig } from './XRRig';
import { WristPanel } from './WristPanel';
import { headInHall } from './placement';
import { xrPose } from './xrPose';

/**
 * A trigger press and release on the same thing is a click however long it was held: nothing in
 * the hall is dragged, first-time visitors squeeze slowly, and a slow frame must not eat a click.
 */
const CLICK_MS = 10_000;

const xrStore = createXRStore({
  // Tests and real headsets alike bring their own runtime; never inject the library's emulator.
  emulate: false,
  offerSession: false,
  // Button layouts and hand models from the hall's own origin (npm run scenes copies them there).
  baseAssetPath: new URL(`${import.meta.env.BASE_URL}generated/xr-profiles/`, location.href).href,
  defaultControllerProfileId: 'generic-trigger-squeeze-thumbstick',
  // Nothing in the hall is grabbed; without grab pointers a hand near a card never steals the ray.
  // The library's teleport pointer is off: always on, its arc out-competes the ray for anything
  // beyond where it lands. Controllers throw our own arc with the thumbstick (XRRig); every ray
  // teleports by selecting the floor.
  controller: { model: false, grabPointer: false, rayPointer: { clickThresholdMs: CLICK_MS } },
  hand: { grabPointer: false, touchPointer: false, rayPointer: { clickThresholdMs: CLICK_MS } },
  transientPointer: { clickThresholdMs: CLICK_MS },
  // Nothing of the room is needed in a virtual hall: ask for no permissions beyond the basics.
  anchors: false, hitTest: false, planeDetection: false, meshDetection: false, layers: false, bodyTracking: false, depthSensing: false, domOverlay: false,
});

/** The hall, wrapped for WebXR. */
export default function XRShell({ children }: { children: ReactNode }) {
  const scene = useExpo((s) => s.scene);
  const font = useExpo((s) => s.font);
  const presenter = useExpo((s) => s.present.role === 'presenter');
  useEffect(() => {
    registerXR({
      enter: async () => {
        const session = await xrStore.enterVR();
        if (!session) throw new Error('the browser did not start a VR session');
      },
      exit: async () => { await xrStore.getState().session?.end(); },
    });
    setXRSource(() => {
      const head = headInHall(xrPose.origin, xrPose.head);
      return {
        origin: [xrPose.origin.x, 0, xrPose.origin.z], originYaw: xrPose.origin.yaw,
        head: [head.x, xrPose.head.y, head.z], headYaw: head.yaw, views: xrPose.views, aim: xrPose.aim, teleport: xrPose.teleport,
        cardTargets: cardTargets(),
        // How each input is being read: controller, hand, transientPointer (Vision Pro), gaze, screenInput.
        inputs: xrStore.getState().inputSourceStates.map((i) => i.type),
        perEye: xrPose.views ? { calls: xrPose.calls / xrPose.views, triangles: xrPose.triangles / xrPose.views } : null,
      };
    });
    return () => { registerXR(null); setXRSource(null); };
  }, []);
  return (
    <XR store={xrStore}>
      {children}
      {scene && font && (
        <>
          <XRRig store={xrStore} scene={scene} />
          <InMode modes={['xr']}><XRCards scene={scene} font={font} /></InMode>
          {presenter && <InMode modes={['xr']}><WristPanel scene={scene} font={font} /></InMode>}
        </>
      )}
    </XR>
  );
}

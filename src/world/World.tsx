/** The 3D world: one canvas, one scene tree, loaded on demand so the page shell starts fast. */
import { useCallback, useEffect, useState, type ComponentType, type ReactNode } from 'react';
import { advance, Canvas } from '@react-three/fiber';
import { Vector3 } from 'three';
import { setFrameProbe, setProjector, setRenderProbe, setStatsSource } from '../state/diagnostics';
import { useExpo } from '../state/store';
import { HALL_FOV } from '../layout';
import { WalkKeys } from '../input/WalkKeys';
import { FramePacer } from './FramePacer';
import { Hall } from './Hall';
import { ScreenLens } from './ScreenLens';
import { probeSoftwareGL } from './softwareGL';
import { waitForGPU } from './waitForGPU';

export { prepareHallText, setGlyphFields } from './font';
export { setBackWallCulling } from './nearBooths';

let XRShell: ComponentType<{ children: ReactNode }> | null = null;

/** Takes the WebXR wrapper; loadHall hands it in only in browsers that can enter immersive VR, before the first render. */
export function setShell(shell: ComponentType<{ children: ReactNode }>): void {
  XRShell = shell;
}

/** How long the hall waits for its first text before it is drawn every frame regardless. */
const LIVE_AFTER_MS = 10_000;

/** True once `ms` have passed since mounting. */
function useLiveAfter(ms: number): boolean {
  const [live, setLive] = useState(false);
  useEffect(() => {
    const t = setTimeout(() => setLive(true), ms);
    return () => clearTimeout(t);
  }, [ms]);
  return live;
}

/** The canvas with the hall in it. */
export default function World() {
  const scene = useExpo((s) => s.scene);
  const font = useExpo((s) => s.font);
  const xr = useExpo((s) => s.xr.supported);
  const ready = useExpo((s) => s.ready);
  const live = useLiveAfter(LIVE_AFTER_MS);
  const [laidOut, setLaidOut] = useState(false);
  // Multisampling on a software rasterizer costs a third of every frame (a kiosk PC without a
  // graphics driver, a virtual machine): there the hall takes a frame rate over smooth edges.
  const [antialias] = useState(() => !probeSoftwareGL());
  const onTextLaidOut = useCallback(() => setLaidOut(true), []);
  if (!scene || !font) return null;
  const hall = <Hall scene={scene} font={font} onTextLaidOut={onTextLaidOut} />;
  return (
    <>
      <WalkKeys />
      <Canvas
        className="world"
        camera={{ fov: HALL_FOV, near: 0.05, far: 2000, position: [0, 1.6, 0] }}
        flat
        // Nothing is drawn until the first text is laid out, then only what Hall asks for until it
        // is ready: on a software renderer a frame takes the CPU the glyphs need. If the text never
        // comes (a font that fails to load), the hall goes live anyway, without it. Once live,
        // FramePacer draws every frame while anything changes and a few a second otherwise.
        frameloop={ready || live || laidOut ? 'demand' : 'never'}
        dpr={[1, 1.75]}
        gl={{ antialias, powerPreference: 'high-performance' }}
        onCreated={({ gl, camera, scene: three, get }) => {
          setProjector((x, y, z) => {
            const v = new Vector3(x, y, z).project(camera);
            if (v.z > 1) return null;
            const r = gl.domElement.getBoundingClientRect();
            return { x: r.left + ((v.x + 1) / 2) * r.width, y: r.top + ((1 - v.y) / 2) * r.height };
          });
          setStatsSource(() => ({
            calls: gl.info.render.calls, triangles: gl.info.render.triangles,
            geometries: gl.info.memory.geometries, textures: gl.info.memory.textures, programs: gl.info.programs?.length ?? 0,
            frames: gl.info.render.frame,
          }));
          setRenderProbe((frames) => {
            waitForGPU(gl.getContext());
            const t0 = performance.now();
            for (let i = 0; i < frames; i++) gl.render(three, camera);
            waitForGPU(gl.getContext());
            return (performance.now() - t0) / frames;
          });
          setFrameProbe((frames) => {
            // Each frame waited out apart, so its CPU time holds none of the previous frame's GPU work.
            let cpu = 0;
            let total = 0;
            for (let i = 0; i < frames; i++) {
              waitForGPU(gl.getContext());
              const t0 = performance.now();
              advance(t0, false, get());
              const t1 = performance.now();
              waitForGPU(gl.getContext());
              cpu += t1 - t0;
              total += performance.now() - t0;
            }
            return { cpu: cpu / frames, total: total / frames };
          });
        }}
      >
        <ScreenLens />
        {(ready || live) && <FramePacer />}
        {xr && XRShell ? <XRShell>{hall}</XRShell> : hall}
      </Canvas>
    </>
  );
}

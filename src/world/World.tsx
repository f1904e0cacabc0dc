/** The 3D world: one canvas, one scene tree, loaded on demand so the page shell starts fast. */
import { lazy, Suspense } from 'react';
import { Canvas } from '@react-three/fiber';
import { Vector3 } from 'three';
import { setProjector, setRenderProbe, setStatsSource } from '../state/diagnostics';
import { useExpo } from '../state/store';
import { Hall } from './Hall';

export { preloadHallFont } from './font';

/** The WebXR wrapper: fetched only by browsers that can enter immersive VR. */
const XRShell = lazy(() => import('../xr/XRShell'));

/** The canvas with the hall in it. */
export default function World() {
  const scene = useExpo((s) => s.scene);
  const font = useExpo((s) => s.font);
  const xr = useExpo((s) => s.xr.supported);
  if (!scene || !font) return null;
  const hall = <Hall scene={scene} font={font} />;
  return (
    <Canvas
      className="world"
      camera={{ fov: 62, near: 0.05, far: 2000, position: [0, 1.6, 0] }}
      flat
      dpr={[1, 1.75]}
      gl={{ antialias: true, powerPreference: 'high-performance' }}
      onCreated={({ gl, camera, scene: three }) => {
        setProjector((x, y, z) => {
          const v = new Vector3(x, y, z).project(camera);
          if (v.z > 1) return null;
          const r = gl.domElement.getBoundingClientRect();
          return { x: r.left + ((v.x + 1) / 2) * r.width, y: r.top + ((1 - v.y) / 2) * r.height };
        });
        setStatsSource(() => ({
          calls: gl.info.render.calls, triangles: gl.info.render.triangles,
          geometries: gl.info.memory.geometries, textures: gl.info.memory.textures, programs: gl.info.programs?.length ?? 0,
        }));
        setRenderProbe((frames) => {
          // Reading a pixel back waits until the GPU has finished every render before it.
          const sync = () => gl.getContext().readPixels(0, 0, 1, 1, WebGL2RenderingContext.RGBA, WebGL2RenderingContext.UNSIGNED_BYTE, new Uint8Array(4));
          sync();
          const t0 = performance.now();
          for (let i = 0; i < frames; i++) gl.render(three, camera);
          sync();
          return (performance.now() - t0) / frames;
        });
      }}
    >
      {xr ? <Suspense fallback={null}><XRShell>{hall}</XRShell></Suspense> : hall}
    </Canvas>
  );
}

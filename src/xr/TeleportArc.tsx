/**
 * The teleport arc: push a controller's thumbstick forward to throw it, point where to land,
 * let go to jump there. Green where a visitor can stand, red on walls and counters (refused).
 */
import { useMemo, useRef } from 'react';
import { useFrame, useThree } from '@react-three/fiber';
import type { XRStore } from '@react-three/xr';
import { BufferGeometry, Float32BufferAttribute, Line, LineBasicMaterial, Mesh, MeshBasicMaterial, Quaternion, RingGeometry, Vector3 } from 'three';
import type { HallScene } from '../layout';
import { FRAME_ORDER } from '../world/frameOrder';
import { ARC, arcLanding, rotateY } from './placement';
import { canTeleport, teleportTo } from './teleport';
import { xrPose } from './xrPose';

const ARC_OK = '#2f9e6f';
const ARC_REFUSED = '#d64545';

const q = new Quaternion();
const aimDir = new Vector3();

/** Props of TeleportArc. */
export interface TeleportArcProps {
  store: XRStore;
  scene: HallScene;
}

/** The arc and its landing ring, thrown from whichever controller pushes its thumbstick first. */
export function TeleportArc({ store, scene }: TeleportArcProps) {
  const gl = useThree((s) => s.gl);
  const aiming = useRef<string | null>(null);
  const { line, ring } = useMemo(() => {
    const geometry = new BufferGeometry().setAttribute('position', new Float32BufferAttribute(new Float32Array((ARC.steps + 1) * 3), 3));
    const line = new Line(geometry, new LineBasicMaterial({ color: ARC_OK }));
    const ring = new Mesh(new RingGeometry(0.22, 0.3, 32).rotateX(-Math.PI / 2), new MeshBasicMaterial({ color: ARC_OK }));
    line.visible = ring.visible = false;
    line.frustumCulled = false;
    return { line, ring };
  }, []);
  useFrame((_, __, frame?: XRFrame) => {
    const space = gl.xr.getReferenceSpace();
    let thrown: ReturnType<typeof arcLanding> = null;
    let hand: string | null = null;
    for (const s of store.getState().inputSourceStates) {
      if (s.type !== 'controller' || !frame || !space) continue;
      const y = s.gamepad['xr-standard-thumbstick']?.yAxis ?? 0;
      const held = aiming.current === s.inputSource.handedness ? y < -0.3 : !aiming.current && y < -0.6;
      if (!held) continue;
      const pose = frame.getPose(s.inputSource.targetRaySpace, space);
      if (!pose) continue;
      const { position: p, orientation: o } = pose.transform;
      const d = aimDir.set(0, 0, -1).applyQuaternion(q.set(o.x, o.y, o.z, o.w));
      const oy = xrPose.origin;
      const [wx, wz] = rotateY(p.x, p.z, oy.yaw);
      const [dx, dz] = rotateY(d.x, d.z, oy.yaw);
      thrown = arcLanding([oy.x + wx, p.y, oy.z + wz], [dx, d.y, dz]);
      hand = s.inputSource.handedness;
      break;
    }
    if (thrown && hand) {
      aiming.current = hand;
      xrPose.aim = { x: thrown.x, z: thrown.z };
      const ok = canTeleport(thrown.x, thrown.z, scene);
      const color = ok ? ARC_OK : ARC_REFUSED;
      (line.material as LineBasicMaterial).color.set(color);
      (ring.material as MeshBasicMaterial).color.set(color);
      const pos = line.geometry.getAttribute('position') as Float32BufferAttribute;
      thrown.points.forEach(([x, y, z], i) => pos.setXYZ(i, x, y, z));
      pos.needsUpdate = true;
      ring.position.set(thrown.x, 0.02, thrown.z);
      line.visible = ring.visible = true;
    } else {
      // Let go: land where the arc pointed (if a visitor can stand there).
      if (aiming.current && xrPose.aim) teleportTo(xrPose.aim.x, xrPose.aim.z, scene);
      aiming.current = null;
      xrPose.aim = null;
      line.visible = ring.visible = false;
    }
  }, FRAME_ORDER.aim);
  return (
    <>
      <primitive object={line} />
      <primitive object={ring} />
    </>
  );
}

/** Gives the camera the field of view for the screen's shape (src/layout/framing.ts), again on every resize or turn. */
import { useLayoutEffect } from 'react';
import { useThree } from '@react-three/fiber';
import { PerspectiveCamera } from 'three';
import { fovFor } from '../layout';

/** Widens the view of an upright phone so it sees across as much as the framing expects. */
export function ScreenLens() {
  const camera = useThree((s) => s.camera);
  const width = useThree((s) => s.size.width);
  const height = useThree((s) => s.size.height);
  useLayoutEffect(() => {
    if (!(camera instanceof PerspectiveCamera) || !width || !height) return;
    camera.fov = fovFor(width / height);
    camera.updateProjectionMatrix();
  }, [camera, width, height]);
  return null;
}

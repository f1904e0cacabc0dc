/**
 * What the viewer's eye is drawn with, for judging on-screen sizes (name tags' crowding).
 *
 * During a headset session R3F's useFrame still hands over the page's camera, and `size` is still
 * the canvas's CSS size. But the image is drawn by another camera: WebGLRenderer.render swaps the
 * page camera for WebXRManager's ArrayCamera (renderer.xr.getCamera()), one sub-camera an eye,
 * each with its view's own projection and a viewport in the XR framebuffer's pixels (well over
 * a thousand px tall an eye on a current headset, whatever the canvas's size). three copies the first eye's
 * pose and projection back onto the page camera only after a render, never the eye's resolution.
 * So while presenting, the first eye's projection and its viewport's height count; otherwise the
 * page camera's and the canvas's.
 */
import type { ArrayCamera, Camera } from 'three';

/** The vertical focal length (projection element 5) and image height (px) a frame is drawn with. */
export interface EyeView {
  focal: number;
  height: number;
}

/** The part of renderer.xr read here. */
export interface XRView {
  isPresenting: boolean;
  getCamera(): ArrayCamera;
}

/** Fills `out` with the view of the camera actually drawing: the first eye's while `xr` presents, else `camera` on a canvas `canvasHeight` px tall. */
export function eyeView(camera: Camera, xr: XRView, canvasHeight: number, out: EyeView): EyeView {
  const eye = xr.isPresenting ? xr.getCamera().cameras[0] : undefined;
  // Before the session's first frame the eyes are not known yet: the page camera stands in.
  const viewport = eye?.viewport;
  if (eye && viewport && viewport.w > 0) {
    out.focal = eye.projectionMatrix.elements[5];
    out.height = viewport.w;
  } else {
    out.focal = camera.projectionMatrix.elements[5];
    out.height = canvasHeight;
  }
  return out;
}

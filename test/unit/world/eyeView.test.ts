import { describe, expect, it } from 'vitest';
import { ArrayCamera, PerspectiveCamera, Vector4 } from 'three';
import { eyeView, type EyeView } from '../../../src/world/eyeView';
import { pixelsPerMetre } from '../../../src/layout/visitorTags';

/** A headset's camera as WebXRManager builds it: a sub-camera an eye, each with a viewport in the framebuffer's pixels. */
function headset(fov: number, eyeHeight: number): ArrayCamera {
  const eyes = [0, 1].map((i) => {
    const eye = new PerspectiveCamera(fov, 1, 0.05, 100);
    eye.viewport = new Vector4(i * eyeHeight, 0, eyeHeight, eyeHeight);
    return eye;
  });
  return new ArrayCamera(eyes);
}

describe('pixelsPerMetre', () => {
  it('is half the image height at the depth where the view is two metres tall', () => {
    const page = new PerspectiveCamera(60, 1.6, 0.05, 100);
    const depth = 1 / Math.tan(Math.PI / 6);
    // At that depth the 60° field spans 2 m from bottom to top.
    expect(pixelsPerMetre(page.projectionMatrix.elements[5], 800, depth)).toBeCloseTo(400);
    // Twice as far, half as many; twice as tall an image, twice as many.
    expect(pixelsPerMetre(page.projectionMatrix.elements[5], 800, 2 * depth)).toBeCloseTo(200);
    expect(pixelsPerMetre(page.projectionMatrix.elements[5], 1600, depth)).toBeCloseTo(800);
  });
});

describe('eyeView', () => {
  const page = new PerspectiveCamera(60, 1.6, 0.05, 100);
  const canvas = 800;

  it('off a headset: the page camera on the canvas', () => {
    const xr = { isPresenting: false, getCamera: () => headset(100, 1760) };
    const view = eyeView(page, xr, canvas, { focal: 0, height: 0 });
    expect(view).toEqual({ focal: page.projectionMatrix.elements[5], height: canvas });
  });

  it('in a headset: the first eye\'s projection and its viewport\'s height, not the canvas\'s', () => {
    const cam = headset(100, 1760);
    const xr = { isPresenting: true, getCamera: () => cam };
    const out: EyeView = { focal: 0, height: 0 };
    expect(eyeView(page, xr, canvas, out)).toBe(out);
    expect(out.focal).toBeCloseTo(cam.cameras[0].projectionMatrix.elements[5]);
    expect(out.focal).not.toBeCloseTo(page.projectionMatrix.elements[5]);
    expect(out.height).toBe(cam.cameras[0].viewport!.w);
  });

  it('in a headset before its first frame (no eyes yet): the page camera stands in', () => {
    const xr = { isPresenting: true, getCamera: () => new ArrayCamera([]) };
    expect(eyeView(page, xr, canvas, { focal: 0, height: 0 })).toEqual({ focal: page.projectionMatrix.elements[5], height: canvas });
  });
});

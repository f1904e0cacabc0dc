/** Blocks until the GPU has finished everything drawn so far: WebGL calls return before it has. */
export function waitForGPU(gl: WebGLRenderingContext | WebGL2RenderingContext): void {
  // Reading one pixel back cannot be answered before every earlier draw is done.
  gl.readPixels(0, 0, 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, new Uint8Array(4));
}

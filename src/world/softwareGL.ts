/**
 * Whether WebGL runs in software (SwiftShader, llvmpipe, WARP): kiosk PCs without a graphics
 * driver, virtual machines, remote desktops. There troika's "GPU" glyph fields are drawn by the
 * same CPU thread that draws the hall's frames, one glyph after another (2.5 s for the 110 glyphs
 * of the seed hall's first view), while its JavaScript path spreads them over four workers (0.6 s).
 */

const SOFTWARE = /swiftshader|llvmpipe|softpipe|software|basic render|warp/i;

/** True when the context's renderer is a software rasterizer. */
export function isSoftwareGL(gl: WebGLRenderingContext | WebGL2RenderingContext): boolean {
  const info = gl.getExtension('WEBGL_debug_renderer_info');
  const renderer = String(gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER) ?? '');
  return SOFTWARE.test(renderer);
}

let probed: boolean | null = null;

/**
 * Whether this browser's WebGL runs in software, asked of a throwaway context before the hall's
 * own is made (so the hall's can be made to suit: see World's antialias). Asked once a page.
 */
export function probeSoftwareGL(): boolean {
  if (probed !== null) return probed;
  const gl = document.createElement('canvas').getContext('webgl2') ?? document.createElement('canvas').getContext('webgl');
  probed = gl ? isSoftwareGL(gl) : false;
  gl?.getExtension('WEBGL_lose_context')?.loseContext();
  return probed;
}

import { describe, expect, it } from 'vitest';
import { isSoftwareGL } from '../../../src/world/softwareGL';

const UNMASKED = 0x9246;
const RENDERER = 0x1f01;
/** A context that reports `renderer`, through the debug extension or (without it) gl.RENDERER. */
const context = (renderer: string, extension = true) => ({
  RENDERER,
  getExtension: (name: string) => (extension && name === 'WEBGL_debug_renderer_info' ? { UNMASKED_RENDERER_WEBGL: UNMASKED } : null),
  getParameter: (p: number) => (p === (extension ? UNMASKED : RENDERER) ? renderer : 'WebKit WebGL'),
}) as unknown as WebGL2RenderingContext;

describe('software WebGL', () => {
  it('recognises the software rasterizers', () => {
    expect(isSoftwareGL(context('ANGLE (Google, Vulkan 1.3.0 (SwiftShader Device (Subzero) (0x0000C0DE)), SwiftShader driver)'))).toBe(true);
    expect(isSoftwareGL(context('llvmpipe (LLVM 15.0.6, 256 bits)', false))).toBe(true);
    expect(isSoftwareGL(context('ANGLE (Microsoft, Microsoft Basic Render Driver Direct3D11 vs_5_0 ps_5_0)'))).toBe(true);
  });
  it('leaves real GPUs and headsets alone', () => {
    expect(isSoftwareGL(context('ANGLE (NVIDIA, NVIDIA GeForce RTX 3060 Direct3D11 vs_5_0 ps_5_0, D3D11)'))).toBe(false);
    expect(isSoftwareGL(context('Adreno (TM) 740'))).toBe(false);
    expect(isSoftwareGL(context('Apple GPU'))).toBe(false);
    expect(isSoftwareGL(context('Mali-G78', false))).toBe(false);
  });
});

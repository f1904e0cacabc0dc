/**
 * Lighting once a vertex rather than once a pixel: three's Lambert shading under the hall's
 * LIGHTS, computed in the vertex shader of a MeshBasicMaterial (src/world/crowdMaterial.ts). For small, rounded, many-times
 * instanced things (the visitors' avatars) it looks the same from a step away and costs a basic
 * material's pixels — on a software renderer a crowd's pixels are most of what it costs.
 */
import { Color, Vector3, type WebGLProgramParametersWithUniforms } from 'three';
import { LIGHTS } from './lighting';

/** The lights as the shader takes them (linear colours times intensity; directions towards the light). */
const uniforms = {
  litSky: { value: new Color(LIGHTS.hemisphere.sky).multiplyScalar(LIGHTS.hemisphere.intensity) },
  litGround: { value: new Color(LIGHTS.hemisphere.ground).multiplyScalar(LIGHTS.hemisphere.intensity) },
  litDirColour: { value: LIGHTS.directional.map((d) => new Color(d.color).multiplyScalar(d.intensity)) },
  litDirTowards: { value: LIGHTS.directional.map((d) => new Vector3(...d.position).normalize()) },
};

const VERTEX_HEAD = /* glsl */ `
uniform vec3 litSky;
uniform vec3 litGround;
uniform vec3 litDirColour[LIT_DIRECTIONAL];
uniform vec3 litDirTowards[LIT_DIRECTIONAL];
varying vec3 vLight;
`;

// World-space normal (instance, then model; the avatars' only scale is a mild squash), then the
// hemisphere and directional terms of three's Lambert, over π as its BRDF has it.
const VERTEX_LIGHT = /* glsl */ `
  vec3 litNormal = normal;
  #ifdef USE_INSTANCING
    litNormal = mat3( instanceMatrix ) * litNormal;
  #endif
  litNormal = normalize( mat3( modelMatrix ) * litNormal );
  vec3 litSum = mix( litGround, litSky, 0.5 * litNormal.y + 0.5 );
  for ( int i = 0; i < LIT_DIRECTIONAL; i++ ) litSum += litDirColour[ i ] * max( dot( litNormal, litDirTowards[ i ] ), 0.0 );
  vLight = litSum * RECIPROCAL_PI;
  #include <fog_vertex>
`;

/** Adds the per-vertex lighting to a basic material's shaders (for onBeforeCompile). */
export function lightVertices(shader: WebGLProgramParametersWithUniforms): void {
  Object.assign(shader.uniforms, uniforms);
  shader.defines = { ...shader.defines, LIT_DIRECTIONAL: LIGHTS.directional.length };
  shader.vertexShader = VERTEX_HEAD + shader.vertexShader.replace('#include <fog_vertex>', VERTEX_LIGHT);
  shader.fragmentShader = 'varying vec3 vLight;\n' + shader.fragmentShader.replace(
    '#include <color_fragment>', '#include <color_fragment>\n  diffuseColor.rgb *= vLight;');
}

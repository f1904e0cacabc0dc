/**
 * The crowd's material: lit a vertex (vertexLit) and coloured per vertex — its own colour, or the
 * visitor's instance colour where the crowdGeometry's `tint` is 1. One program for every avatar mesh.
 */
import { MeshBasicMaterial, type WebGLProgramParametersWithUniforms } from 'three';
import { lightVertices } from './vertexLit';

function tintVertices(shader: WebGLProgramParametersWithUniforms): void {
  shader.vertexShader = 'attribute float tint;\n' + shader.vertexShader.replace('#include <color_vertex>', /* glsl */ `
  vColor = vec4( mix( color.rgb, instanceColor.rgb, tint ), 1.0 );`);
}

/** The material of an instanced mesh holding a crowdGeometry (it needs an instanceColor). */
export function crowdMaterial(): MeshBasicMaterial {
  const material = new MeshBasicMaterial({ vertexColors: true });
  material.onBeforeCompile = (shader) => {
    lightVertices(shader);
    tintVertices(shader);
  };
  material.customProgramCacheKey = () => 'crowd';
  return material;
}

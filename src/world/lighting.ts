/**
 * The hall's lights, in one place: a sky-and-ground fill and two directional lights. They never
 * move, so how lit a surface is depends only on which way it faces — which lets the floor, which
 * always faces up, wear its lighting as a plain colour and skip the lighting shader.
 */
import { Color, Vector3 } from 'three';

/** A directional light: where it shines from (towards the origin), its colour and intensity. */
export interface DirectionalLightSpec {
  position: [number, number, number];
  color: string;
  intensity: number;
}

/** The hall's lights (Hall renders them; upwardLambert bakes them). */
export const LIGHTS = {
  hemisphere: { sky: '#fffaf0', ground: '#b8ad9c', intensity: 1.6 },
  directional: [
    { position: [12, 20, 16], color: '#fff4e0', intensity: 1.6 },
    { position: [-15, 12, -10], color: '#dfe8ff', intensity: 0.5 },
  ] as DirectionalLightSpec[],
};

/**
 * The factor three's Lambert shading multiplies an upward-facing surface's colour by under LIGHTS
 * (linear RGB): irradiance over π, where a hemisphere light gives its sky colour to a normal
 * pointing at the sky and a directional light its colour times the cosine of its elevation.
 */
export function upwardLambert(lights = LIGHTS): Color {
  const up = new Vector3(0, 1, 0);
  const sum = new Color(lights.hemisphere.sky).multiplyScalar(lights.hemisphere.intensity);
  for (const d of lights.directional) {
    const cos = Math.max(0, new Vector3(...d.position).normalize().dot(up));
    sum.add(new Color(d.color).multiplyScalar(d.intensity * cos));
  }
  return sum.multiplyScalar(1 / Math.PI);
}

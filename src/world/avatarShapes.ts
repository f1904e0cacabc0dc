/**
 * The shapes of a visitor's avatar, stylised and cheap: a coloured body, a head with eyes (so
 * others see which way one looks), goggles for a headset, a phone held in front, a raised hand,
 * a headset visitor's hands where their controllers are, and a ring on the floor around the
 * visitor whose question is being answered. src/world/Avatars.tsx merges them into a few
 * instanced meshes (crowdGeometry), one figure a visitor.
 */
import { BoxGeometry, BufferGeometry, CylinderGeometry, SphereGeometry, TorusGeometry } from 'three';
import { mergeGeometries } from 'three/examples/jsm/utils/BufferGeometryUtils.js';
import { painted } from './crowdGeometry';

/** Height of an avatar's eyes above the floor when the head is at its usual height (m). */
export const AVATAR_EYE = 1.6;


/** Height of the shoulders: the head sits on them. */
const SHOULDERS = 1.42;

/** How finely a shape is cut: near, or far enough (FAR_FROM) that a coarser one looks the same. */
export type Detail = 'near' | 'far';

/** Metres from the viewer beyond which an avatar is drawn coarse: its body is under ~40 px wide. */
export const FAR_FROM = 10;

/** Segments round the body and round and down the head, and round and down an eye, at each detail. */
const CUTS: Record<Detail, { body: number; head: [number, number]; eye: [number, number] }> = {
  near: { body: 10, head: [10, 7], eye: [4, 3] },
  far: { body: 6, head: [6, 4], eye: [3, 2] },
};

/** The body: a tapered column from the floor to the shoulders, coloured per visitor. */
export function bodyGeometry(detail: Detail = 'near'): BufferGeometry {
  const g = new CylinderGeometry(0.2, 0.26, SHOULDERS, CUTS[detail].body);
  g.translate(0, SHOULDERS / 2, 0);
  return g;
}

/**
 * The head at eye height, with two eyes on its front (-z, the way a yaw of 0 looks). Indexed and
 * coarse: fifty heads' vertices were a third of what a crowd cost to draw, and a head is a few
 * dozen pixels tall from most places one sees it.
 */
export function headGeometry(detail: Detail = 'near'): BufferGeometry {
  const { head, eye: cut } = CUTS[detail];
  const skull = painted(new SphereGeometry(0.15, ...head).translate(0, AVATAR_EYE - 0.02, 0), 0xf0d9c0);
  const eye = (x: number) => painted(new SphereGeometry(0.025, ...cut).translate(x, AVATAR_EYE, -0.135), 0x1d2433);
  return mergeGeometries([skull, eye(-0.05), eye(0.05)]);
}

/** Goggles over the eyes: the sign of a headset. */
export function gogglesGeometry(): BufferGeometry {
  return new BoxGeometry(0.26, 0.1, 0.12).translate(0, AVATAR_EYE, -0.11);
}

/** A phone held in front of the chest: the sign of a phone. */
export function phoneGeometry(): BufferGeometry {
  return new BoxGeometry(0.08, 0.15, 0.015).rotateX(-0.5).translate(0.08, 1.15, -0.3);
}

/** A hand raised above the head. */
export function handGeometry(): BufferGeometry {
  const arm = new CylinderGeometry(0.03, 0.035, 0.45, 6).translate(0.24, AVATAR_EYE + 0.05, 0);
  const palm = new SphereGeometry(0.06, 8, 6).translate(0.24, AVATAR_EYE + 0.3, 0);
  return mergeGeometries([arm, palm]);
}

/** A ring on the floor around the asker. */
export function ringGeometry(): BufferGeometry {
  return new TorusGeometry(0.5, 0.04, 8, 32).rotateX(-Math.PI / 2).translate(0, 0.03, 0);
}

/** A tracked hand or controller of a visitor in a headset: a mitten, drawn where their hand is (centred on it). */
export function mittenGeometry(): BufferGeometry {
  return new SphereGeometry(0.065, 8, 6).scale(0.85, 0.7, 1.25);
}

/** The plain data the layout hands to the world: boxes, text labels and what clicking one means. */

/** What a pickable box stands for. */
export type Pick =
  | { type: 'figure'; boothId: string; targetId: string }
  | { type: 'toc'; boothId: string; article: number }
  | { type: 'page'; boothId: string; step: 1 | -1 }
  | { type: 'panel'; boothId: string }
  | { type: 'closer'; boothId: string }
  | { type: 'booth'; boothId: string }
  /** A booth's cell on the hall map: not part of the booth, so never hidden with it. */
  | { type: 'map'; target: string }
  | { type: 'card'; action: CardAction };

/** What a button on a headset card (menu, quote, settings) does. */
export type CardAction =
  | { do: 'go'; boothId: string }
  | { do: 'menuPage'; step: 1 | -1 }
  | { do: 'snap'; degrees: number }
  | { do: 'smooth'; on: boolean }
  | { do: 'closer' }
  | { do: 'menu' }
  | { do: 'close' }
  | { do: 'exit' }
  /** Start presenting the hall's tour (its followers join by the code on the wrist panel), or end it. */
  | { do: 'present'; on: boolean }
  /** Raise (or lower) a hand about what the visitor is looking at. */
  | { do: 'hand'; up: boolean }
  /** The presenter's wrist panel: step the tour or blank the screen. */
  | { do: 'tour'; command: 'next' | 'previous' | 'blank' };

/** An axis-aligned box in hall coordinates (centre and size, metres). */
export interface Block {
  x: number;
  y: number;
  z: number;
  sx: number;
  sy: number;
  sz: number;
  color: string;
  pick?: Pick;
  /** A booth's back wall: all of the booth that shows from straight behind it. */
  backWall?: true;
  /** Tilt about the x axis (radians; negative leans the top back, away from a viewer to the south). */
  rotX?: number;
  /** Turn about the vertical after the tilt (radians, as a label's rotY): a board turned to face a viewer. */
  rotY?: number;
}

/** A line or block of text in hall coordinates, facing +z (rotY 0) or -z (rotY π). */
export interface Label {
  text: string;
  x: number;
  y: number;
  z: number;
  rotY: number;
  size: number;
  color: string;
  anchorX?: 'left' | 'center' | 'right';
  anchorY?: 'top' | 'middle' | 'bottom';
  /** Wrap width in metres; text wraps anywhere (Chinese has no spaces). */
  maxWidth?: number;
  /** Line height as a multiple of size, for multi-line labels whose lines the layout placed. */
  lineHeight?: number;
  /** Tilt about the x axis before turning by rotY (radians; -π/2 lies flat on the floor, reading northwards). */
  rotX?: number;
}

/** A place to stand and the point to look at. */
export interface Viewpoint {
  position: [number, number, number];
  target: [number, number, number];
}

/** Something visitors cannot walk through (floor rectangle). */
export interface Collider {
  minX: number;
  maxX: number;
  minZ: number;
  maxZ: number;
}

/** Places a booth-local frame in the hall: local +z is the booth's front. */
export interface Frame {
  x: number;
  z: number;
  facing: 1 | -1;
}

/** Booth-local point → hall coordinates. */
export function toHall(f: Frame, lx: number, ly: number, lz: number): [number, number, number] {
  return [f.x + f.facing * lx, ly, f.z + f.facing * lz];
}

/** A box given in booth-local coordinates. */
export function localBlock(f: Frame, lx: number, ly: number, lz: number, sx: number, sy: number, sz: number, color: string, pick?: Pick): Block {
  const [x, y, z] = toHall(f, lx, ly, lz);
  return { x, y, z, sx, sy, sz, color, ...(pick ? { pick } : {}) };
}

/** A label given in booth-local coordinates, facing the booth's front. */
export function localLabel(f: Frame, lx: number, ly: number, lz: number, text: string, size: number, color: string, extra: Partial<Label> = {}): Label {
  const [x, y, z] = toHall(f, lx, ly, lz);
  return { text, x, y, z, rotY: f.facing === 1 ? 0 : Math.PI, size, color, ...extra };
}

/** The floor rectangle a local box covers. */
export function colliderOf(b: Block): Collider {
  return { minX: b.x - b.sx / 2, maxX: b.x + b.sx / 2, minZ: b.z - b.sz / 2, maxZ: b.z + b.sz / 2 };
}

/**
 * Visitors' name tags, cheap: each tag is drawn once, in the hall's shipped font ('Expo SC', the
 * FontFace src/state/load.ts adds), into a cell of a shared canvas texture when the roster changes;
 * every frame only rewrites the corners of one mesh's quads, which the vertex shader turns to face
 * the viewer. troika's batch cost ~4 ms of CPU a frame for fifty tags however many were shown; an
 * instanced quad cost a software renderer a whole draw's setup a tag.
 */
import {
  BufferAttribute, BufferGeometry, CanvasTexture, DoubleSide, DynamicDrawUsage, LinearMipmapLinearFilter, Mesh, ShaderMaterial,
  SRGBColorSpace, UniformsLib, UniformsUtils,
} from 'three';

/** A cell of the atlas (px): two lines, the name larger. */
const CELL_W = 384;
const CELL_H = 96;
const COLS = 4;
const NAME_PX = 42;
const SIGN_PX = 32;
/** White edge around the letters, so they read on any wall (px). */
const OUTLINE = 8;
/** The tag's height in the world (m); its width follows its text. */
export const TAG_HEIGHT = 0.34;

const vertexShader = /* glsl */ `
attribute vec2 corner;
varying vec2 vUv;
#include <fog_pars_vertex>
void main() {
  vUv = uv;
  // The tag's anchor (position) in view space; its corners are laid out in view space, so it faces the viewer.
  vec4 mvPosition = modelViewMatrix * vec4(position, 1.0);
  mvPosition.xy += corner;
  gl_Position = projectionMatrix * mvPosition;
  #include <fog_vertex>
}`;

const fragmentShader = /* glsl */ `
uniform sampler2D map;
varying vec2 vUv;
#include <common>
#include <fog_pars_fragment>
void main() {
  vec4 c = texture2D(map, vUv);
  if (c.a < 0.02) discard;
  gl_FragColor = c;
  #include <colorspace_fragment>
  #include <fog_fragment>
}`;

/** A visitor's tag: its atlas cell, what it says, its width as a share of the cell. */
interface Slot {
  index: number;
  text: string;
  share: number;
}

/** The tags of every visitor on the roster, and the one mesh that draws those in view. */
export class NameTags {
  readonly mesh: Mesh;
  private canvas = document.createElement('canvas');
  private ctx = this.canvas.getContext('2d')!;
  private texture: CanvasTexture;
  private material: ShaderMaterial;
  private capacity: number;
  private slots = new Map<string, Slot>();
  private rows = 0;
  private drawn = 0;
  /** The latest roster asked for; the font may still be loading when it comes. */
  private wanted = new Map<string, string>();

  constructor(capacity: number) {
    this.texture = this.grow(4);
    this.material = new ShaderMaterial({
      // merge clones textures: the atlas goes in after, so its updates reach the material.
      uniforms: { ...UniformsUtils.merge([UniformsLib.fog]), map: { value: this.texture } },
      vertexShader, fragmentShader, transparent: true, depthWrite: false, fog: true, side: DoubleSide,
    });
    // Four corners a tag, each with the anchor (position), its offset from it and its atlas point.
    this.capacity = capacity;
    const geometry = new BufferGeometry();
    for (const [name, size] of [['position', 3], ['corner', 2], ['uv', 2]] as const) {
      geometry.setAttribute(name, new BufferAttribute(new Float32Array(capacity * 4 * size), size).setUsage(DynamicDrawUsage));
    }
    geometry.setIndex(Array.from({ length: capacity }, (_, i) => [0, 1, 2, 2, 1, 3].map((k) => i * 4 + k)).flat());
    geometry.setDrawRange(0, 0);
    this.mesh = new Mesh(geometry, this.material);
    this.mesh.frustumCulled = false;
    this.mesh.name = 'name-tags';
    // After the hall and the bodies: blended over what is behind them.
    this.mesh.renderOrder = 1;
  }

  /** A new canvas of `rows` rows (the old cells redrawn), and its texture. */
  private grow(rows: number): CanvasTexture {
    this.rows = rows;
    this.canvas.width = CELL_W * COLS;
    this.canvas.height = CELL_H * rows;
    this.texture?.dispose();
    const t = new CanvasTexture(this.canvas);
    t.colorSpace = SRGBColorSpace;
    t.minFilter = LinearMipmapLinearFilter;
    this.texture = t;
    if (this.material) this.material.uniforms.map.value = t;
    for (const s of this.slots.values()) this.paint(s);
    return t;
  }

  /** The roster's tags, id → text (two lines); drawn once the font is there. */
  setRoster(tags: Map<string, string>): Promise<void> {
    this.wanted = tags;
    const all = [...tags.values()].join('');
    const loaded = document.fonts?.load(`${NAME_PX}px "Expo SC"`, all || ' ').catch(() => []) ?? Promise.resolve([]);
    return loaded.then(() => { if (this.wanted === tags) this.apply(tags); });
  }

  private apply(tags: Map<string, string>): void {
    let changed = false;
    for (const [id, s] of this.slots) {
      if (tags.has(id)) continue;
      this.slots.delete(id);
      changed = true;
    }
    const used = new Set([...this.slots.values()].map((s) => s.index));
    let next = 0;
    const fresh: Slot[] = [];
    for (const [id, text] of tags) {
      const had = this.slots.get(id);
      if (had?.text === text) continue;
      if (had) { had.text = text; fresh.push(had); continue; }
      while (used.has(next)) next++;
      used.add(next);
      const s = { index: next, text, share: 1 };
      this.slots.set(id, s);
      fresh.push(s);
    }
    const need = Math.ceil((Math.max(...used, -1) + 1) / COLS);
    if (need > this.rows) {
      let rows = this.rows;
      while (rows < need) rows *= 2;
      this.grow(rows);
    } else {
      for (const s of fresh) this.paint(s);
    }
    if (changed || fresh.length) this.texture.needsUpdate = true;
  }

  /** Draws a tag in its cell: dark letters edged in white, squeezed if the name is too long. */
  private paint(s: Slot): void {
    const g = this.ctx;
    const x0 = (s.index % COLS) * CELL_W;
    const y0 = Math.floor(s.index / COLS) * CELL_H;
    g.setTransform(1, 0, 0, 1, 0, 0);
    g.clearRect(x0, y0, CELL_W, CELL_H);
    const [name, sign = ''] = s.text.split('\n');
    const fonts = [`${NAME_PX}px "Expo SC"`, `${SIGN_PX}px "Expo SC"`];
    const widths = [name, sign].map((t, i) => { g.font = fonts[i]; return g.measureText(t).width; });
    const wide = Math.max(...widths) + 2 * OUTLINE;
    const squeeze = Math.min(1, CELL_W / wide);
    s.share = Math.min(1, wide / CELL_W);
    g.textAlign = 'center';
    g.textBaseline = 'alphabetic';
    g.lineJoin = 'round';
    g.lineWidth = OUTLINE;
    g.strokeStyle = '#ffffff';
    g.fillStyle = '#1d2433';
    const baselines = [y0 + NAME_PX + 2, y0 + CELL_H - OUTLINE - 2];
    [name, sign].forEach((t, i) => {
      g.setTransform(squeeze, 0, 0, 1, x0 + CELL_W / 2, 0);
      g.font = fonts[i];
      g.strokeText(t, 0, baselines[i]);
      g.fillText(t, 0, baselines[i]);
    });
    g.setTransform(1, 0, 0, 1, 0, 0);
  }

  /** Width of `id`'s tag in the world (m), or 0 when it has none yet. */
  width(id: string): number {
    const s = this.slots.get(id);
    return s ? TAG_HEIGHT * (CELL_W / CELL_H) * s.share : 0;
  }

  /** Starts a frame's tags. */
  begin(): void {
    this.drawn = 0;
  }

  /** Draws `id`'s tag this frame, its bottom centre at (x, y, z); false if it has none. */
  put(id: string, x: number, y: number, z: number): boolean {
    const s = this.slots.get(id);
    if (!s || this.drawn >= this.capacity) return false;
    const i = this.drawn++;
    const w = this.width(id);
    const g = this.mesh.geometry;
    // The canvas is uploaded flipped: its top row is v = 1.
    const W = CELL_W * COLS;
    const H = CELL_H * this.rows;
    const u0 = ((s.index % COLS) * CELL_W + CELL_W * (1 - s.share) / 2) / W;
    const v0 = 1 - (Math.floor(s.index / COLS) + 1) * CELL_H / H;
    const du = CELL_W * s.share / W;
    const dv = CELL_H / H;
    // Corners in the order of the index: bottom left, bottom right, top left, top right.
    for (let k = 0; k < 4; k++) {
      const right = k & 1;
      const top = k >> 1;
      g.attributes.position.setXYZ(i * 4 + k, x, y, z);
      g.attributes.corner.setXY(i * 4 + k, (right - 0.5) * w, top * TAG_HEIGHT);
      g.attributes.uv.setXY(i * 4 + k, u0 + right * du, v0 + top * dv);
    }
    return true;
  }

  /** Ends a frame's tags: the drawn ones go to the GPU. */
  end(): void {
    const g = this.mesh.geometry;
    g.setDrawRange(0, this.drawn * 6);
    for (const a of [g.attributes.position, g.attributes.corner, g.attributes.uv] as BufferAttribute[]) {
      a.clearUpdateRanges();
      a.addUpdateRange(0, this.drawn * 4 * a.itemSize);
      a.needsUpdate = true;
    }
  }

  dispose(): void {
    this.texture.dispose();
    this.material.dispose();
    this.mesh.geometry.dispose();
  }
}

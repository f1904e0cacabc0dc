/** The parts of troika-three-text the hall uses (the package ships no types). */
declare module 'troika-three-text' {
  import { BufferGeometry, Mesh, Material, Object3DEventMap } from 'three';
  /** Events a Text dispatches around its asynchronous layout. */
  export interface TextEventMap extends Object3DEventMap { syncstart: object; synccomplete: object }
  export class Text extends Mesh<BufferGeometry, Material, TextEventMap> {
    text: string;
    font: string | null;
    fontSize: number;
    color: string | number;
    anchorX: 'left' | 'center' | 'right' | number | string;
    anchorY: 'top' | 'top-baseline' | 'middle' | 'bottom-baseline' | 'bottom' | number | string;
    maxWidth: number;
    lineHeight: number | 'normal';
    overflowWrap: 'normal' | 'break-word';
    whiteSpace: 'normal' | 'nowrap';
    unicodeFontsURL: string | null;
    /** Draw glyph distance fields with WebGL (default) rather than in JavaScript workers. */
    gpuAccelerateSDF: boolean;
    /** A halo around the glyphs (name tags read on any background). */
    outlineWidth: number | string;
    outlineColor: string | number;
    material: Material;
    /** The last layout; null until the first sync completes. */
    readonly textRenderInfo: object | null;
    sync(callback?: () => void): void;
    dispose(): void;
  }
  export class BatchedText extends Text {
    add(...objects: import('three').Object3D[]): this;
    remove(...objects: import('three').Object3D[]): this;
  }
  /** A glyph field made ahead of time: its box in font units and size × size bytes (our patch, patches/). */
  export interface PrebuiltGlyphField { viewBox: number[]; field: Uint8Array }
  export function configureTextBuilder(config: {
    defaultFontURL?: string; unicodeFontsURL?: string; useWorker?: boolean;
    sdfGlyphSize?: number; sdfMargin?: number; sdfExponent?: number;
    glyphFields?: ((fontSrc: string, glyphId: number, sdfGlyphSize: number) => PrebuiltGlyphField | null) | null;
  }): void;
  export function getTextRenderInfo(args: { font?: string; text: string; sdfGlyphSize?: number; gpuAccelerateSDF?: boolean }, callback: () => void): void;
}

/** The generator troika draws glyph fields with; the build uses its JavaScript path (no types shipped). */
declare module 'webgl-sdf-generator' {
  interface Generator {
    /** A single-channel field of width × height bytes for an SVG path, over viewBox (x0, y0, x1, y1). */
    generate(width: number, height: number, path: string, viewBox: number[], maxDistance: number, exponent?: number): Uint8Array;
  }
  export default function createSDFGenerator(): { javascript: Generator; webgl: Generator };
}

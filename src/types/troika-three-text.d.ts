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
  export function preloadFont(options: { font?: string; characters?: string | string[] }, callback: () => void): void;
  export function configureTextBuilder(config: { defaultFontURL?: string; unicodeFontsURL?: string; useWorker?: boolean; sdfGlyphSize?: number }): void;
}

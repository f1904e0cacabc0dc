/** Every box of a kind in one draw call: an instanced unit cube, scaled and coloured per block. */
import { useLayoutEffect, useMemo, useRef } from 'react';
import { BoxGeometry, Color, InstancedMesh, Matrix4, MeshBasicMaterial, MeshLambertMaterial, Quaternion, Vector3 } from 'three';
import type { ThreeEvent } from '@react-three/fiber';
import type { Block, Pick } from '../layout';
import { ON_TOP_ORDER } from './Labels';

/**
 * True when a mouse or touch moved too far between press and release to be a click (it was a
 * drag-look). Headset pointer events carry no DOM event and no drag distance: never a drag.
 */
export function wasDrag(e: ThreeEvent<MouseEvent>): boolean {
  return e.nativeEvent instanceof MouseEvent && e.delta > 6;
}

/** Props of Blocks. */
export interface BlocksProps {
  blocks: Block[];
  /** Called with what a clicked box stands for and where it was hit. */
  onPick?: (pick: Pick | undefined, point: Vector3, e: ThreeEvent<MouseEvent>) => void;
  name?: string;
  /** Unlit, like a backlit display: for panels and screens that must read at full contrast. */
  unlit?: boolean;
  /** Drawn over everything else (headset cards, which must never sink into a wall). */
  onTop?: boolean;
}

const unitBox = new BoxGeometry(1, 1, 1);

/** Draws `blocks` as one InstancedMesh. */
export function Blocks({ blocks, onPick, name, unlit = false, onTop = false }: BlocksProps) {
  const ref = useRef<InstancedMesh>(null);
  const material = useMemo(() => {
    const m = unlit ? new MeshBasicMaterial() : new MeshLambertMaterial();
    // Transparent (at full opacity) so it is drawn in the last pass, after the hall's text.
    if (onTop) Object.assign(m, { depthTest: false, depthWrite: false, transparent: true });
    return m;
  }, [unlit, onTop]);
  // Re-create the mesh when the count grows past its capacity; otherwise rewrite in place.
  const capacity = Math.max(16, 2 ** Math.ceil(Math.log2(Math.max(blocks.length, 1))));
  useLayoutEffect(() => {
    const mesh = ref.current;
    if (!mesh) return;
    const m = new Matrix4();
    const q = new Quaternion();
    const c = new Color();
    blocks.forEach((b, i) => {
      mesh.setMatrixAt(i, m.compose(new Vector3(b.x, b.y, b.z), q, new Vector3(b.sx, b.sy, b.sz)));
      mesh.setColorAt(i, c.set(b.color.slice(0, 7)));
    });
    // Spare capacity holds identity matrices (a 1 m box at the origin) that sphere pointers in XR
    // still test against: collapse them to nothing.
    const none = new Matrix4().makeScale(0, 0, 0);
    for (let i = blocks.length; i < capacity; i++) mesh.setMatrixAt(i, none);
    mesh.count = blocks.length;
    mesh.instanceMatrix.needsUpdate = true;
    if (mesh.instanceColor) mesh.instanceColor.needsUpdate = true;
    mesh.computeBoundingSphere();
  }, [blocks, capacity]);
  return (
    <instancedMesh
      key={capacity}
      ref={ref}
      name={name}
      renderOrder={onTop ? ON_TOP_ORDER : 0}
      args={[unitBox, material, capacity]}
      // A pointer over anything clickable shows it is clickable.
      onPointerMove={onPick ? (e) => {
        const pickable = e.instanceId !== undefined && !!blocks[e.instanceId]?.pick && blocks[e.instanceId].sy > 0.07;
        document.body.style.cursor = pickable ? 'pointer' : '';
      } : undefined}
      onPointerOut={onPick ? () => { document.body.style.cursor = ''; } : undefined}
      onClick={onPick ? (e) => {
        if (wasDrag(e) || e.instanceId === undefined) return;
        e.stopPropagation();
        onPick(blocks[e.instanceId]?.pick, e.point, e);
      } : undefined}
    />
  );
}

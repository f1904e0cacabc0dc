/** Every box of a kind in one draw call: an instanced unit cube, scaled and coloured per block. */
import { useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useCursor } from '@react-three/drei';
import { BoxGeometry, Color, Euler, InstancedMesh, Matrix4, MeshBasicMaterial, MeshLambertMaterial, Quaternion, Vector3 } from 'three';
import { useFrame, type ThreeEvent } from '@react-three/fiber';
import type { Block, Pick } from '../layout';
import { ON_TOP_ORDER } from './Labels';
import { withoutHidden, type HiddenBooths } from './nearBooths';
import { FRAME_ORDER } from './frameOrder';

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
  /** Not drawn while the camera is farther than this (m) from every box, as past the haze. */
  cullBeyond?: number;
  /** What of which booths not to draw (see HiddenBooths). */
  hideBooths?: HiddenBooths;
}

const unitBox = new BoxGeometry(1, 1, 1);

/** The middle of the boxes' extent (the origin for none). */
function middleOf(blocks: Block[]): Vector3 {
  if (!blocks.length) return new Vector3();
  let [x0, y0, z0, x1, y1, z1] = [Infinity, Infinity, Infinity, -Infinity, -Infinity, -Infinity];
  for (const b of blocks) {
    x0 = Math.min(x0, b.x); y0 = Math.min(y0, b.y); z0 = Math.min(z0, b.z);
    x1 = Math.max(x1, b.x); y1 = Math.max(y1, b.y); z1 = Math.max(z1, b.z);
  }
  return new Vector3((x0 + x1) / 2, (y0 + y1) / 2, (z0 + z1) / 2);
}

/**
 * `list`, or the previous list while it holds the same items: when the booths hidden elsewhere in
 * the hall change, a group whose own boxes stay the same keeps its instances as they are.
 */
function useSameItems<T>(list: T[]): T[] {
  const last = useRef(list);
  const prev = last.current;
  if (prev !== list && (prev.length !== list.length || prev.some((x, i) => x !== list[i]))) last.current = list;
  return last.current;
}

/** Draws `blocks` as one InstancedMesh. */
export function Blocks({ blocks: all, onPick, name, unlit = false, onTop = false, cullBeyond = Infinity, hideBooths }: BlocksProps) {
  const ref = useRef<InstancedMesh>(null);
  const blocks = useSameItems(useMemo(() => (hideBooths ? withoutHidden(all, hideBooths) : all), [all, hideBooths]));
  const material = useMemo(() => {
    const m = unlit ? new MeshBasicMaterial() : new MeshLambertMaterial();
    // Transparent (at full opacity) so it is drawn in the last pass, after the hall's text.
    if (onTop) Object.assign(m, { depthTest: false, depthWrite: false, transparent: true });
    return m;
  }, [unlit, onTop]);
  // Re-create the mesh when the count grows past its capacity; otherwise rewrite in place (as
  // when booths are hidden and shown again).
  const capacity = Math.max(16, 2 ** Math.ceil(Math.log2(Math.max(all.length, 1))));
  useLayoutEffect(() => {
    const mesh = ref.current;
    if (!mesh) return;
    const m = new Matrix4();
    const q = new Quaternion();
    const c = new Color();
    const turn = new Euler(0, 0, 0, 'YXZ');
    // The mesh stands at the middle of its boxes, so the renderer can sort meshes near to far.
    const mid = middleOf(blocks);
    mesh.position.copy(mid);
    blocks.forEach((b, i) => {
      // Tilt about x, then turn about y: the order labels use, so a board and its text stay together.
      q.setFromEuler(turn.set(b.rotX ?? 0, b.rotY ?? 0, 0, 'YXZ'));
      mesh.setMatrixAt(i, m.compose(new Vector3(b.x - mid.x, b.y - mid.y, b.z - mid.z), q, new Vector3(b.sx, b.sy, b.sz)));
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
  const camera = useRef(new Vector3());
  const centre = useRef(new Vector3());
  useFrame((state) => {
    const mesh = ref.current;
    if (!mesh?.boundingSphere) return;
    // No limit (the overview) shows again what a limit hid.
    if (cullBeyond === Infinity) {
      mesh.visible = true;
      return;
    }
    state.camera.getWorldPosition(camera.current);
    centre.current.copy(mesh.boundingSphere.center).applyMatrix4(mesh.matrixWorld);
    mesh.visible = camera.current.distanceTo(centre.current) - mesh.boundingSphere.radius < cullBeyond;
  }, FRAME_ORDER.read);
  // A pointer over anything clickable shows it is clickable (drei's useCursor sets the page's cursor and puts it back).
  const [pointing, setPointing] = useState(false);
  useCursor(pointing);
  return (
    <instancedMesh
      key={capacity}
      ref={ref}
      name={name}
      renderOrder={onTop ? ON_TOP_ORDER : 0}
      args={[unitBox, material, capacity]}
      onPointerMove={onPick ? (e) => setPointing(e.instanceId !== undefined && !!blocks[e.instanceId]?.pick && blocks[e.instanceId].sy > 0.07) : undefined}
      onPointerOut={onPick ? () => setPointing(false) : undefined}
      onClick={onPick ? (e) => {
        if (wasDrag(e) || e.instanceId === undefined) return;
        e.stopPropagation();
        onPick(blocks[e.instanceId]?.pick, e.point, e);
      } : undefined}
    />
  );
}

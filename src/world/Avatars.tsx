/**
 * The other visitors: each drawn from their interpolated track as a stylised avatar (body in their
 * colour, head, a sign of their device; a headset visitor's hands where their controllers are)
 * with a name tag turned to the viewer. One instanced mesh a shape (the hands one for all) and one
 * text batch for the tags: a handful of draw calls for fifty visitors. The nearest
 * MAX_DRAWN within DRAW_RANGE are drawn (none the viewer stands inside); the relay sends far ones
 * slowly anyway.
 */
import { useEffect, useMemo, useRef } from 'react';
import { useFrame, useThree } from '@react-three/fiber';
import { Color, InstancedMesh, LinearSRGBColorSpace, Matrix4, MeshBasicMaterial, MeshLambertMaterial, Quaternion, Vector3, type BufferGeometry } from 'three';
import { BatchedText, Text } from 'troika-three-text';
import { AVATAR_COLOURS, tagText } from '../layout/visitorTags';
import { peers, usePresence, type Peer } from '../presence/presence';
import type { PeerPose } from '../presence/interpolate';
import { useExpo } from '../state/store';
import { AVATAR_EYE, bodyGeometry, gogglesGeometry, handGeometry, headGeometry, mittenGeometry, phoneGeometry, ringGeometry } from './avatarShapes';
import { coverText } from './Labels';
import { isSoftwareGL } from './softwareGL';

/** Avatars drawn at most, and how far away (m). */
export const MAX_DRAWN = 50;
const DRAW_RANGE = 60;
/**
 * A peer nearer than this (m) is not drawn: the viewer stands inside them (two visitors sent to the
 * same stop), and from there one sees only the inside of a head and two giant eyes.
 */
const INSIDE = 0.45;
/** Name tags above the head (m) and their letter size. */
const TAG_ABOVE = 0.32;
const TAG_SIZE = 0.13;

/** One instanced shape: which avatars wear it. */
interface Shape {
  geometry: BufferGeometry;
  wears: (p: Peer, asking: boolean) => boolean;
  /** Coloured per visitor (else its own material colour). */
  tinted: boolean;
  colour?: number;
  vertexColours?: boolean;
}

const SHAPES: Shape[] = [
  { geometry: bodyGeometry(), wears: () => true, tinted: true },
  { geometry: headGeometry(), wears: () => true, tinted: false, vertexColours: true },
  { geometry: gogglesGeometry(), wears: (p) => p.mode === 'xr', tinted: false, colour: 0x2b2f38 },
  { geometry: phoneGeometry(), wears: (p) => p.mode === 'phone', tinted: false, colour: 0x20242c },
  { geometry: handGeometry(), wears: (p) => p.hand, tinted: true },
  { geometry: ringGeometry(), wears: (_, asking) => asking, tinted: false, colour: 0xffb000 },
];

const m4 = new Matrix4();
const q = new Quaternion();
const up = new Vector3(0, 1, 0);
const pos = new Vector3();
const scale = new Vector3();
const colour = new Color();
const eye = new Vector3();

/** Props of Avatars. */
export interface AvatarsProps {
  font: { url: string; chars: string };
}

/** Draws the peers of this page's presence. */
export function Avatars({ font }: AvatarsProps) {
  const list = usePresence((s) => s.peers);
  const asker = useExpo((s) => s.present.question?.id ?? null);
  const gl = useThree((s) => s.gl);
  const meshes = useMemo(() => SHAPES.map((s) => {
    const material = new MeshLambertMaterial({ color: s.tinted ? 0xffffff : s.colour ?? 0xffffff, vertexColors: !!s.vertexColours });
    const mesh = new InstancedMesh(s.geometry, material, MAX_DRAWN);
    mesh.count = 0;
    mesh.frustumCulled = false;
    if (s.tinted) mesh.setColorAt(0, colour.set(0xffffff));
    return mesh;
  }), []);
  // Headset visitors' hands: one instanced mesh, two a visitor, in their colour.
  const mittens = useMemo(() => {
    const mesh = new InstancedMesh(mittenGeometry(), new MeshLambertMaterial({ color: 0xffffff }), MAX_DRAWN * 2);
    mesh.name = 'avatar-hands';
    mesh.count = 0;
    mesh.frustumCulled = false;
    mesh.setColorAt(0, colour.set(0xffffff));
    return mesh;
  }, []);
  const tags = useMemo(() => {
    const b = new BatchedText();
    b.frustumCulled = false;
    b.visible = false;
    b.material = new MeshBasicMaterial();
    return b;
  }, []);
  const members = useRef(new Map<string, { text: Text; key: string }>());
  const chars = useMemo(() => new Set(font.chars), [font.chars]);
  const gpuSDF = useMemo(() => !isSoftwareGL(gl.getContext()), [gl]);

  // Name tags change only when someone arrives, leaves, renames, changes device or raises a hand.
  useEffect(() => {
    const seen = new Set<string>();
    for (const p of list) {
      seen.add(p.id);
      const key = tagText(p.name, p.mode, p.hand, p.id === asker);
      const had = members.current.get(p.id);
      if (had?.key === key) continue;
      const t = had?.text ?? new Text();
      if (!had) {
        t.font = font.url;
        t.gpuAccelerateSDF = gpuSDF;
        t.unicodeFontsURL = `${location.origin}/generated/no-fallback/`;
        t.fontSize = TAG_SIZE;
        t.anchorX = 'center';
        t.anchorY = 'bottom';
        t.lineHeight = 1.15;
        t.color = new Color(0x1d2433).getHex(LinearSRGBColorSpace);
        t.outlineWidth = '12%';
        t.outlineColor = 0xffffff;
        tags.add(t);
      }
      t.text = coverText(key, chars);
      members.current.set(p.id, { text: t, key });
    }
    for (const [id, m] of members.current) {
      if (seen.has(id)) continue;
      tags.remove(m.text);
      m.text.dispose();
      members.current.delete(id);
    }
    tags.sync();
    // An empty batch has no instanced attributes, so three would count (and try to draw) an
    // unbounded instance count: it is drawn only with someone in it.
    tags.visible = members.current.size > 0;
  }, [list, asker, tags, font.url, chars, gpuSDF]);

  useEffect(() => () => {
    for (const m of members.current.values()) { tags.remove(m.text); m.text.dispose(); }
    members.current.clear();
    for (const mesh of meshes) mesh.dispose();
    mittens.dispose();
  }, [meshes, tags, mittens]);

  useFrame(({ camera }) => {
    camera.getWorldPosition(eye);
    const now = performance.now();
    const drawn: ({ p: Peer; d: number } & PeerPose)[] = [];
    for (const p of peers.values()) {
      const at = p.track.at(now);
      const tag = members.current.get(p.id)?.text;
      // BatchedText draws every member: one not drawn this frame is shrunk to nothing.
      if (tag) tag.scale.setScalar(0);
      if (!at) continue;
      const d = Math.hypot(at.x - eye.x, at.z - eye.z);
      if (d <= DRAW_RANGE && d >= INSIDE) drawn.push({ p, ...at, d });
    }
    drawn.sort((a, b) => a.d - b.d);
    drawn.length = Math.min(drawn.length, MAX_DRAWN);
    const counts = meshes.map(() => 0);
    let hands = 0;
    for (const a of drawn) {
      for (const hand of a.hands ?? []) {
        if (!hand) continue;
        // Turned with the body (the mitten points the way the visitor faces).
        q.setFromAxisAngle(up, a.yaw);
        m4.compose(pos.set(a.x + hand[0], a.y + hand[1], a.z + hand[2]), q, scale.set(1, 1, 1));
        mittens.setMatrixAt(hands, m4);
        mittens.setColorAt(hands, colour.set(AVATAR_COLOURS[a.p.colour] ?? AVATAR_COLOURS[0]));
        hands++;
      }
      // A seated or crouching headset visitor is drawn shorter, not sunk into the floor.
      const h = Math.min(1.25, Math.max(0.6, a.y / AVATAR_EYE));
      q.setFromAxisAngle(up, a.yaw);
      m4.compose(pos.set(a.x, 0, a.z), q, scale.set(1, h, 1));
      const asking = a.p.id === asker;
      SHAPES.forEach((s, i) => {
        if (!s.wears(a.p, asking)) return;
        const mesh = meshes[i];
        mesh.setMatrixAt(counts[i], m4);
        if (s.tinted) mesh.setColorAt(counts[i], colour.set(AVATAR_COLOURS[a.p.colour] ?? AVATAR_COLOURS[0]));
        counts[i]++;
      });
      const tag = members.current.get(a.p.id)?.text;
      if (tag) {
        tag.scale.setScalar(1);
        tag.position.set(a.x, AVATAR_EYE * h + TAG_ABOVE, a.z);
        tag.rotation.set(0, Math.atan2(eye.x - a.x, eye.z - a.z), 0);
      }
    }
    mittens.count = hands;
    mittens.instanceMatrix.needsUpdate = true;
    if (mittens.instanceColor) mittens.instanceColor.needsUpdate = true;
    meshes.forEach((mesh, i) => {
      mesh.count = counts[i];
      mesh.instanceMatrix.needsUpdate = true;
      if (mesh.instanceColor) mesh.instanceColor.needsUpdate = true;
    });
  });

  return (
    <>
      {meshes.map((mesh, i) => <primitive key={i} object={mesh} />)}
      <primitive object={mittens} />
      <primitive object={tags} />
    </>
  );
}

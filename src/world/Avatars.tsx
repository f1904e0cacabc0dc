/**
 * The other visitors: each drawn from their interpolated track as a stylised avatar (body in their
 * colour, head, a sign of their device; a headset visitor's hands where their controllers are)
 * with a name tag turned to the viewer. Each avatar is one instance of a figure (body, head and the
 * sign of its device in one mesh a device and detail: WEARABLES), a raised hand or an asker's ring
 * one more; headset visitors' hands are one instanced mesh, all tags one mesh of quads
 * (src/world/nameTags.ts): a handful of draw calls for fifty visitors. In a crowd the
 * farther tags stagger up or give way (placeTags). The nearest
 * MAX_DRAWN within DRAW_RANGE are drawn (none the viewer stands inside); the relay sends far ones
 * slowly anyway.
 */
import { useEffect, useMemo, useRef } from 'react';
import { useFrame } from '@react-three/fiber';
import { Color, InstancedMesh, Matrix4, Quaternion, Vector3 } from 'three';
import { AVATAR_COLOURS, HIDDEN, pixelsPerMetre, placeTags, tagText, type DeviceMode, type TagPlacement, type TagRect } from '../layout/visitorTags';
import { peers, usePresence, type Peer } from '../presence/presence';
import type { PeerPose } from '../presence/interpolate';
import { useExpo } from '../state/store';
import { reducedMotion } from '../state/motion';
import { noteActivity } from '../state/activity';
import { AVATAR_EYE, FAR_FROM, bodyGeometry, type Detail, gogglesGeometry, handGeometry, headGeometry, mittenGeometry, phoneGeometry, ringGeometry } from './avatarShapes';
import { coverText } from './Labels';
import { NameTags, TAG_HEIGHT } from './nameTags';
import { crowdGeometry, type CrowdPart } from './crowdGeometry';
import { crowdMaterial } from './crowdMaterial';
import { eyeView, type EyeView } from './eyeView';

/** Avatars drawn at most, and how far away (m). */
export const MAX_DRAWN = 50;
const DRAW_RANGE = 60;
/**
 * A peer nearer than this (m) is not drawn: the viewer stands inside them (two visitors sent to the
 * same stop), and from there one sees only the inside of a head and two giant eyes.
 */
const INSIDE = 0.45;
/** Name tags' bottom above the eyes (m). */
const TAG_ABOVE = 0.2;
/**
 * Crowded tags: one smaller than this (px) is too small to read and is hidden; one covering a
 * nearer one is lifted by up to this many of its heights, else hidden. A placed tag changes only
 * when the reason has gone by a sixth of its height and it has held for the hold (ms): a strolling
 * crowd's tags would otherwise flicker between shown, lifted and hidden.
 */
const TAG_PLACING = { minHeight: 22, lifts: 2, margin: 1 / 6, hold: 400 };
/** A tag moving to a new lift eases there, most of the way in this many ms (a time constant a third of it). */
const LIFT_EASE = 150;

/** A visitor's tag between frames: its placement, the lift it is drawn at (easing to it), the frame it was last placed in. */
interface TagState {
  placement: TagPlacement;
  drawn: number;
  frame: number;
}

/** This frame's tags, reused frame to frame: their rects (from a pool), placements the frame before, and anchors (a pool). */
const rects: TagRect[] = [];
const rectPool: TagRect[] = [];
const before: (TagPlacement | undefined)[] = [];
const anchors: { id: string; x: number; y: number; z: number }[] = [];
const view: EyeView = { focal: 1, height: 1 };

/** One instanced mesh of the crowd: its shapes, and which avatars wear them. */
interface Wearable {
  parts: CrowdPart[];
  wears: (p: Peer, asking: boolean, detail: Detail) => boolean;
}

const DETAILS: Detail[] = ['near', 'far'];

/** The sign of each device an avatar wears (a checked table: a new mode needs its sign). */
const SIGNS: Record<DeviceMode, CrowdPart[]> = {
  desktop: [],
  phone: [{ geometry: phoneGeometry(), colour: 0x20242c }],
  xr: [{ geometry: gogglesGeometry(), colour: 0x2b2f38 }],
};

/**
 * What avatars are made of: a figure (body, head and the sign of the device, in one mesh for each
 * device and detail, so each avatar is one instance of one of them) and the rarer things some wear. On a
 * software renderer every instance of every draw costs about as much as a hundred triangles.
 */
const WEARABLES: Wearable[] = [
  ...DETAILS.flatMap((detail) => (Object.keys(SIGNS) as DeviceMode[]).map((mode): Wearable => ({
    parts: [{ geometry: bodyGeometry(detail) }, { geometry: headGeometry(detail) }, ...SIGNS[mode]],
    wears: (p, _, d) => p.mode === mode && d === detail,
  }))),
  { parts: [{ geometry: handGeometry() }], wears: (p) => p.hand },
  { parts: [{ geometry: ringGeometry(), colour: 0xffb000 }], wears: (_, asking) => asking },
];

/** An instanced mesh of crowdGeometry `parts` for up to `max` instances, in the crowd material. */
function crowdMesh(parts: CrowdPart[], max: number, name: string): InstancedMesh {
  const mesh = new InstancedMesh(crowdGeometry(parts), crowdMaterial(), max);
  mesh.name = name;
  mesh.count = 0;
  mesh.frustumCulled = false;
  mesh.setColorAt(0, colour.set(0xffffff));
  return mesh;
}

const m4 = new Matrix4();
const q = new Quaternion();
const up = new Vector3(0, 1, 0);
const pos = new Vector3();
const scale = new Vector3();
const colour = new Color();
const eye = new Vector3();
const seen = new Vector3();

/** Props of Avatars. */
export interface AvatarsProps {
  font: { url: string; chars: string };
}

/** Draws the peers of this page's presence. */
export function Avatars({ font }: AvatarsProps) {
  const list = usePresence((s) => s.peers);
  const asker = useExpo((s) => s.present.question?.id ?? null);
  const meshes = useMemo(() => WEARABLES.map((w, i) => {
    const mesh = crowdMesh(w.parts, MAX_DRAWN, `avatars-${i}`);
    // Before the hall: what a crowd stands in front of then fails the depth test, unshaded.
    mesh.renderOrder = -1;
    return mesh;
  }), []);
  // Headset visitors' hands: one instanced mesh, two a visitor, in their colour.
  const mittens = useMemo(() => crowdMesh([{ geometry: mittenGeometry() }], MAX_DRAWN * 2, 'avatar-hands'), []);
  const tags = useMemo(() => new NameTags(MAX_DRAWN), []);
  const chars = useMemo(() => new Set(font.chars), [font.chars]);
  const tagStates = useMemo(() => new Map<string, TagState>(), []);
  const frameNo = useRef(0);

  // Name tags change only when someone arrives, leaves, renames, changes device or raises a hand.
  useEffect(() => {
    void tags.setRoster(new Map(list.map((p) => [p.id, coverText(tagText(p.name, p.mode, p.hand, p.id === asker), chars)])));
  }, [list, asker, tags, chars]);

  useEffect(() => () => {
    tags.dispose();
    for (const mesh of [...meshes, mittens]) {
      mesh.geometry.dispose();
      mesh.dispose();
    }
  }, [meshes, tags, mittens]);

  useFrame(({ camera, size, gl }, delta) => {
    camera.getWorldPosition(eye);
    const now = performance.now();
    const drawn: ({ p: Peer; d: number; top: number } & PeerPose)[] = [];
    for (const p of peers.values()) {
      const at = p.track.at(now);
      if (!at) continue;
      const d = Math.hypot(at.x - eye.x, at.z - eye.z);
      if (d <= DRAW_RANGE && d >= INSIDE) drawn.push({ p, ...at, d, top: 0 });
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
      const detail = a.d > FAR_FROM ? 'far' : 'near';
      colour.set(AVATAR_COLOURS[a.p.colour] ?? AVATAR_COLOURS[0]);
      WEARABLES.forEach((w, i) => {
        if (!w.wears(a.p, asking, detail)) return;
        meshes[i].setMatrixAt(counts[i], m4);
        meshes[i].setColorAt(counts[i], colour);
        counts[i]++;
      });
      a.top = AVATAR_EYE * h + TAG_ABOVE;
    }
    // Tags: as the viewer sees them (in a headset, as the eye does: eyeView), nearest first, then
    // drawn far to near (blended, unsorted).
    camera.updateMatrixWorld();
    eyeView(camera, gl.xr, size.height, view);
    const frame = ++frameNo.current;
    rects.length = 0;
    before.length = 0;
    for (const a of drawn) {
      seen.set(a.x, a.top, a.z).applyMatrix4(camera.matrixWorldInverse);
      const w = tags.width(a.p.id);
      // Behind the viewer or without a tag yet: nothing to place.
      if (seen.z > -0.01 || !w) continue;
      const k = pixelsPerMetre(view.focal, view.height, -seen.z);
      const r = (rectPool[rects.length] ??= { x: 0, y: 0, w: 0, h: 0 });
      r.x = seen.x * k;
      r.y = seen.y * k;
      r.w = w * k;
      r.h = TAG_HEIGHT * k;
      rects.push(r);
      before.push(tagStates.get(a.p.id)?.placement);
      const anchor = (anchors[rects.length - 1] ??= { id: '', x: 0, y: 0, z: 0 });
      anchor.id = a.p.id;
      anchor.x = a.x;
      anchor.y = a.top;
      anchor.z = a.z;
    }
    const placed = placeTags(rects, TAG_PLACING, before, now);
    // A lift eases to its new height (the last hundredth of a lift snaps); a tag shown afresh, or
    // with reduced motion, stands at once.
    const ease = reducedMotion() ? 1 : 1 - Math.exp((-delta * 1000 * 3) / LIFT_EASE);
    let easing = false;
    tags.begin();
    for (let i = placed.length - 1; i >= 0; i--) {
      const t = anchors[i];
      const { lift } = placed[i];
      let state = tagStates.get(t.id);
      if (!state) tagStates.set(t.id, (state = { placement: placed[i], drawn: lift, frame }));
      const fresh = state.placement.lift === HIDDEN || state.frame !== frame - 1;
      const left = lift - state.drawn;
      state.drawn = fresh || Math.abs(left) < 0.01 ? lift : state.drawn + left * ease;
      easing ||= state.drawn !== lift;
      state.placement = placed[i];
      state.frame = frame;
      if (lift !== HIDDEN) tags.put(t.id, t.x, t.y + state.drawn * TAG_HEIGHT, t.z);
    }
    tags.end();
    // A lift easing while the crowd stands still: keep drawing every frame until it is there.
    if (easing) noteActivity();
    // Visitors out of view this frame start afresh when they return.
    tagStates.forEach((state, id) => { if (state.frame !== frame) tagStates.delete(id); });
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
      <primitive object={tags.mesh} />
    </>
  );
}

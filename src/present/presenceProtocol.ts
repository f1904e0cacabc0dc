/**
 * Presence on the relay: who else walks the hall, where, on which device, and the hands they
 * raise. Compact JSON frames (a pose is about fifty bytes), checked against these schemas on the
 * relay. Pure: no DOM, no node.
 */
import { z } from 'zod';
import { AVATAR_COLOURS } from '../layout/visitorTags';

/** Poses a visitor sends a second while moving (10–15 Hz is smooth once interpolated). */
export const POSE_HZ = 12;

/** Milliseconds of stillness after which a page sends its pose again anyway (the relay's idle sweep and late joiners). */
export const KEEPALIVE_MS = 3000;
/** Centimetres a position unit, milliradians a yaw unit: integers on the wire. */
export const POS_SCALE = 100;
export const YAW_SCALE = 1000;
/** Longest display name (characters) and question (characters). */
export const MAX_NAME = 24;
export const MAX_QUESTION = 200;
// Colours a visitor can wear (an index into AVATAR_COLOURS) live with the layout, which the world draws from.
export { AVATAR_COLOURS } from '../layout/visitorTags';
/** Head height above the floor a pose may claim (m): lying on the floor to standing on a chair in a headset. */
export const HEAD_RANGE = { min: 0, max: 3 } as const;

/** The device a visitor walks with (drawn as a sign on the avatar). */
export const Mode = z.enum(['desktop', 'phone', 'xr']);
export type Mode = z.infer<typeof Mode>;

const Ident = z.string().min(1).max(120);
/** A presence id the relay gave (short, lowercase letters and digits). */
export const PresenceId = z.string().regex(/^[a-z0-9]{4,16}$/);

/** What a hand is raised about: a booth's figure or clause, or the booth itself. */
export const HandAbout = z.object({
  boothId: Ident,
  targetId: Ident.optional(),
  clause: z.number().int().min(0).max(100_000).optional(),
  /** The figure's metric or the clause's heading, as the asker saw it. */
  label: z.string().max(120).optional(),
}).strict();
export type HandAbout = z.infer<typeof HandAbout>;

/** A display name as typed: trimmed, no control characters, at most MAX_NAME characters. */
export const DisplayName = z.string().max(MAX_NAME * 4).transform((s) => s.trim()).pipe(
  z.string().refine((s) => [...s].length <= MAX_NAME, 'name too long').refine((s) => !/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/.test(s), 'control characters'),
);

/**
 * How far from the head a hand (a controller, or a tracked hand's wrist) may be claimed, in wire
 * units: an arm's reach and a little for leaning, sideways and ahead; from the floor to above the head.
 */
export const HAND_REACH = { side: 120, below: 200, above: 100 } as const;
/** A hand's place as an offset from the head (cm): [0, 0, 0], inside the head, means not tracked. */
const HandOffset = [
  z.number().int().min(-HAND_REACH.side).max(HAND_REACH.side),
  z.number().int().min(-HAND_REACH.below).max(HAND_REACH.above),
  z.number().int().min(-HAND_REACH.side).max(HAND_REACH.side),
] as const;
const HEAD = [z.number().int(), z.number().int(), z.number().int(), z.number().int().min(-7000).max(7000)] as const;
/**
 * A quantised pose: x, head height, z in centimetres, yaw in milliradians; a visitor in a headset
 * adds the left and right hands' offsets from the head (cm, hall axes), so others see their hands.
 */
export const WirePose = z.union([z.tuple([...HEAD]), z.tuple([...HEAD, ...HandOffset, ...HandOffset])]);
export type WirePose = z.infer<typeof WirePose>;
/** A pose as the relay forwards it: the peer's id, then the pose. */
export type WirePeerPose = [string, ...WirePose];
/** A hand's position in hall units (m), or null when it is not tracked. */
export type HandPosition = readonly [number, number, number] | null;

/** Presence frames a page sends (members of the relay's ClientMessage). */
export const PresenceClientMessages = [
  /**
   * Be present in `hall` (a scene name): with a name (or none, for an anonymous one), a colour and
   * a device; `unseen` walks without being shown; `code` is the session followed or presented, whose
   * audience shares one instance. Sent again whenever one of these changes.
   */
  z.object({
    t: z.literal('enter'),
    hall: z.string().regex(/^[a-z0-9][a-z0-9_-]{0,63}$/),
    mode: Mode,
    name: DisplayName.optional(),
    colour: z.number().int().min(0).max(AVATAR_COLOURS.length - 1),
    unseen: z.boolean().optional(),
    code: z.string().max(16).optional(),
  }).strict(),
  /** Where the visitor is: their own id (the relay checks it) and a quantised pose. */
  z.object({ t: z.literal('pose'), id: PresenceId, p: WirePose }).strict(),
  /** Raise a hand (optionally with a written question) about what the visitor is looking at. */
  z.object({ t: z.literal('hand'), text: z.string().max(MAX_QUESTION).optional(), about: HandAbout.nullable() }).strict(),
  /** Lower one's hand. */
  z.object({ t: z.literal('lower') }).strict(),
  /** Stop being present (the socket may stay for other things). */
  z.object({ t: z.literal('exit') }).strict(),
] as const;

/** A peer as the relay announces it. */
export interface WirePeer {
  id: string;
  name: string;
  mode: Mode;
  colour: number;
  /** Their hand is up. */
  hand: boolean;
}

/** A raised hand as the presenter's queue shows it. */
export interface WireHand {
  id: string;
  name: string;
  text: string;
  about: HandAbout | null;
  /** When it was raised (ms since the epoch, relay clock). */
  at: number;
}

/** Presence frames the relay sends (members of RelayMessage). */
export type PresenceRelayMessage =
  /** You are present: your id, name, instance, and everyone already there. */
  | { t: 'present'; id: string; name: string; instance: string; peers: WirePeer[] }
  /** A peer arrived or changed (name, device, hand). */
  | { t: 'peer'; peer: WirePeer }
  | { t: 'gone'; id: string }
  /** Poses of peers that moved: [id, x, y, z, yaw, (hands)] in wire units. */
  | { t: 'poses'; p: WirePeerPose[] }
  /** The presenter's queue of raised hands (to the presenter's follow-me connection). */
  | { t: 'hands'; hands: WireHand[] }
  /** A hand could not be raised: nobody presents to this visitor. */
  | { t: 'no-presenter' };

/** A pose in hall units (metres, radians) → wire units, clamped to what the relay accepts. */
export function quantisePose(x: number, y: number, z: number, yaw: number): WirePose {
  const wrapped = Math.atan2(Math.sin(yaw), Math.cos(yaw));
  const head = Math.min(HEAD_RANGE.max, Math.max(HEAD_RANGE.min, y));
  return [Math.round(x * POS_SCALE), Math.round(head * POS_SCALE), Math.round(z * POS_SCALE), Math.round(wrapped * YAW_SCALE)];
}

/** A hand's offset from the head (m) → wire units; out of reach or at the head's centre, not tracked. */
function quantiseHand(h: HandPosition): [number, number, number] {
  if (!h) return [0, 0, 0];
  const q = h.map((v) => Math.round(v * POS_SCALE)) as [number, number, number];
  const within = Math.abs(q[0]) <= HAND_REACH.side && Math.abs(q[2]) <= HAND_REACH.side && q[1] >= -HAND_REACH.below && q[1] <= HAND_REACH.above;
  return within ? q : [0, 0, 0];
}

/** A pose with the hands' offsets from the head (m; null: not tracked). Without any hand, the plain pose. */
export function quantisePoseWithHands(x: number, y: number, z: number, yaw: number, hands: readonly [HandPosition, HandPosition]): WirePose {
  const pose = quantisePose(x, y, z, yaw);
  const [l, r] = hands.map(quantiseHand);
  if (l.every((v) => v === 0) && r.every((v) => v === 0)) return pose;
  return [...pose, ...l, ...r] as WirePose;
}

/** Wire units → metres and radians; the hands as offsets from the head (m), null when not tracked. */
export function unquantisePose(p: readonly number[]): { x: number; y: number; z: number; yaw: number; hands?: [HandPosition, HandPosition] } {
  const pose = { x: p[0] / POS_SCALE, y: p[1] / POS_SCALE, z: p[2] / POS_SCALE, yaw: p[3] / YAW_SCALE };
  if (p.length < 10) return pose;
  const hand = (i: number): HandPosition => (p[i] || p[i + 1] || p[i + 2] ? [p[i] / POS_SCALE, p[i + 1] / POS_SCALE, p[i + 2] / POS_SCALE] : null);
  return { ...pose, hands: [hand(4), hand(7)] };
}

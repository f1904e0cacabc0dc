/**
 * The follow-me protocol between the app and the relay (`/relay` on the hall's own origin).
 * JSON text frames, each checked against these schemas on both ends. Pure: no DOM, no node.
 */
import { z } from 'zod';
import { PresenceClientMessages, PresenceId, type PresenceRelayMessage, type WireHand } from './presenceProtocol';

/** The relay's path on the hall's origin. */
export const RELAY_PATH = '/relay';
/** Largest frame the relay reads; anything longer is dropped unread. */
export const MAX_MESSAGE_BYTES = 2048;
/** Session codes: no 0/O, 1/I/L, so they read aloud and type on a headset keyboard without doubt. */
export const CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export const CODE_LENGTH = 5;

const finite = z.number().finite().min(-1e5).max(1e5);
const Vec3 = z.tuple([finite, finite, finite]);
const Id = z.string().min(1).max(120);

/** A stop as the presenter sends it: everything a follower needs to go there, with no tour of its own. */
export const WireStop = z.object({
  index: z.number().int().min(0).max(99_999),
  count: z.number().int().min(1).max(100_000),
  tourId: Id,
  id: Id,
  kind: z.enum(['entrance', 'plaza', 'overview', 'booth', 'clause', 'figure', 'camera']),
  title: z.string().max(200),
  boothId: Id.optional(),
  clause: z.number().int().min(0).max(100_000).optional(),
  targetId: Id.optional(),
  view: z.object({ position: Vec3, target: Vec3 }).strict(),
  /** The presenter has blanked the audience's view (B): followers' screens and headsets go dark. */
  blank: z.boolean().optional(),
}).strict();
export type WireStop = z.infer<typeof WireStop>;

/** A session code as typed (case and spaces forgiven). */
export const Code = z.string().max(16).transform((s) => s.replace(/\s+/g, '').toUpperCase()).pipe(z.string().length(CODE_LENGTH).regex(new RegExp(`^[${CODE_ALPHABET}]+$`)));

/** What a page sends to the relay. */
export const ClientMessage = z.discriminatedUnion('t', [
  /** Open a session and become its presenter. */
  z.object({ t: z.literal('open') }).strict(),
  /** A presenter who lost the connection takes the session back with its token. */
  z.object({ t: z.literal('resume'), code: Code, token: z.string().min(16).max(64) }).strict(),
  /** Follow a session. */
  z.object({ t: z.literal('join'), code: Code }).strict(),
  /** Stop following (or, for a presenter, end the session). */
  z.object({ t: z.literal('leave') }).strict(),
  /** The presenter moved to a stop. */
  z.object({ t: z.literal('stop'), token: z.string().min(16).max(64), stop: WireStop }).strict(),
  /** A hall page asks to be told when the studio publishes (src/server/hallChannel.ts). */
  z.object({ t: z.literal('watch') }).strict(),
  /** The presenter takes a raised hand: followers go to `stop` (the figure asked about) with the question shown. */
  z.object({ t: z.literal('take'), token: z.string().min(16).max(64), hand: PresenceId, stop: WireStop }).strict(),
  ...PresenceClientMessages,
]);
export type ClientMessage = z.infer<typeof ClientMessage>;

/** What the relay sends to a page. */
export type RelayMessage =
  | { t: 'opened'; code: string; token: string; joinOrigins: string[] }
  | { t: 'joined'; code: string; stop: WireStop | null; presenter: boolean }
  /** A stop; with the question taken when the presenter took a raised hand. */
  | { t: 'stop'; stop: WireStop; question?: WireHand }
  | { t: 'followers'; count: number }
  | { t: 'ended'; code: string }
  | { t: 'error'; reason: 'no-session' | 'full' | 'busy' | 'no-hall' }
  | { t: 'hall'; scene: string; version: string }
  | PresenceRelayMessage;

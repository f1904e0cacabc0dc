/**
 * The analytics wire format, shared by the page that collects and the server that stores: coarse
 * events about the exhibition, never about the person — no address, no user agent, no name, only
 * a random id per visit. The server checks every event against this schema and drops what fails.
 */
import { z } from 'zod';

/** Where events are posted, and where the page asks whether to collect at all. */
export const EVENTS_PATH = '/api/events';
export const CONFIG_PATH = '/api/analytics/config';

/** Size of a heat-map cell (metres): positions are sent as cell indices, never as exact points. */
export const HEAT_CELL_METRES = 2;

/** Most events one batch may carry, and most bytes its body may have. */
export const MAX_BATCH_EVENTS = 200;
export const MAX_BATCH_BYTES = 32 * 1024;

const BoothId = z.string().regex(/^[a-z0-9-]{1,64}$/);
const Token = z.string().regex(/^[\w.:-]{1,80}$/);
const Seconds = z.number().finite().min(0).max(24 * 3600);

/** A device class, from the screen and pointer (never from the user-agent string). */
export const DeviceClass = z.enum(['desktop', 'phone', 'tablet', 'headset']);
export type DeviceClass = z.infer<typeof DeviceClass>;

/** One event. `k` names its kind; kinds the server does not know are dropped. */
export const AnalyticsEvent = z.discriminatedUnion('k', [
  /** The visitor came into a booth (counted as a visit). */
  z.object({ k: z.literal('enter'), booth: BoothId }),
  /** Seconds spent in a booth, sent when they left it (or the page was hidden). */
  z.object({ k: z.literal('dwell'), booth: BoothId, s: Seconds }),
  z.object({ k: z.literal('figure'), booth: BoothId, target: Token }),
  /** A clause shown in the reader long enough to be read; n counts as in #/booth/<id>/clause/<n>. */
  z.object({ k: z.literal('clause'), booth: BoothId, n: z.number().int().min(0).max(100_000) }),
  /** A search that found nothing (its text, trimmed and cut short). */
  z.object({ k: z.literal('search'), q: z.string().trim().min(1).max(64) }),
  /** The visitor followed a presenter's tour. */
  z.object({ k: z.literal('tour'), tour: Token }),
  /** An immersive session ended after `s` seconds. */
  z.object({ k: z.literal('xr'), s: Seconds }),
  z.object({ k: z.literal('device'), device: DeviceClass }),
  /** Where the visitor stood, sampled every few seconds: a heat-map cell. */
  z.object({ k: z.literal('stand'), x: z.number().int().min(-5000).max(5000), z: z.number().int().min(-5000).max(5000) }),
  /** A presenting session's follower count (the presenter's page reports its peak so far). */
  z.object({ k: z.literal('session'), code: z.string().regex(/^[A-Z0-9]{4,8}$/), tour: Token, peak: z.number().int().min(0).max(100_000) }),
  /** A kiosk played its tour to the end and started it again. */
  z.object({ k: z.literal('kiosk-loop'), tour: Token }),
]);
export type AnalyticsEvent = z.infer<typeof AnalyticsEvent>;
export type EventKind = AnalyticsEvent['k'];

/** A batch as posted: the visit's random id and its events (each checked on its own). */
export const EventBatch = z.object({
  visit: z.string().regex(/^[A-Za-z0-9_-]{16,64}$/),
  events: z.array(z.unknown()).max(MAX_BATCH_EVENTS),
});
export type EventBatch = { visit: string; events: AnalyticsEvent[] };

/** What the server tells the page about collection. */
export interface CollectConfig {
  collect: boolean;
  /** Seconds between position samples and between flushes. */
  sampleSeconds: number;
  flushSeconds: number;
}

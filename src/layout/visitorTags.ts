/**
 * What a visitor's name tag says: their display name or an anonymous one (访客 17), the device
 * they walk with, a raised hand. Kept with the layout because its characters must be in the
 * hall's font subset (src/cli/fontSubset.ts reads this folder's strings). Pure.
 */
import { SEPARATOR } from './textWrap';

/** Colours a visitor can wear; presence frames carry an index into this list. */
export const AVATAR_COLOURS = ['#e4572e', '#17bebb', '#ffc914', '#76b041', '#2e86ab', '#a23b72', '#f18f01', '#6c5b7b', '#c73e1d', '#3b1f2b', '#44af69', '#8e7dbe'] as const;

/** The device classes presence knows (src/present/presenceProtocol.ts Mode). */
export type DeviceMode = 'desktop' | 'phone' | 'xr';

/** The anonymous name a visitor gets when they choose none: "访客" and a number unique in their instance. */
export function anonymousName(n: number): string {
  return `访客 ${n}`;
}

/** The device's sign under a name. */
export const DEVICE_SIGN: Record<DeviceMode, string> = { desktop: '电脑', phone: '手机', xr: '头显' };

/** Shown on the tag of a visitor whose hand is up, and of the asker whose question is being answered. */
export const HAND_SIGN = '举手';
export const ASKING_SIGN = '提问中';

/** The two lines of a name tag. */
export function tagText(name: string, mode: DeviceMode, hand: boolean, asking: boolean): string {
  const sign = asking ? ASKING_SIGN : hand ? HAND_SIGN : '';
  return `${name}\n${DEVICE_SIGN[mode]}${sign ? `${SEPARATOR}${sign}` : ''}`;
}

/** A name tag as the viewer sees it (pixels, y up): bottom centre, width, height. */
export interface TagRect {
  x: number;
  y: number;
  w: number;
  h: number;
}

/**
 * How a crowd's tags are placed: smallest readable height (px) and how many tag heights one may be
 * lifted; and how sure a change must be before a placed tag changes (hysteresis), since a strolling
 * crowd would otherwise flip tags between shown, lifted and hidden from one frame to the next.
 */
export interface TagPlacing {
  minHeight: number;
  lifts: number;
  /**
   * Share of a tag's height by which the reason for a change must have gone: a tag keeps its lift
   * while it covers a nearer one by less than this, takes a lower lift or shows again only when
   * clear of the others by this, and shows again after hiding only at minHeight × (1 + margin).
   */
  margin: number;
  /**
   * Least time (ms) a placement is kept before a change by choice (down a lift, or shown again);
   * a change forced on it (it now clearly covers a nearer tag, or is too small) is made at once.
   */
  hold: number;
}

/** A tag no one could read, or that finds no free place, is hidden. */
export const HIDDEN = -1;

/** A tag's placement: the number of its own heights it is lifted (or HIDDEN), and since when (ms). */
export interface TagPlacement {
  lift: number;
  since: number;
}

/** Whether tag `a` lifted `la` heights covers `b` lifted `lb`, with `pad` px more room each way (less when negative). */
function covers(a: TagRect, la: number, b: TagRect, lb: number, pad: number): boolean {
  const ay = a.y + la * a.h;
  const by = b.y + lb * b.h;
  return Math.abs(a.x - b.x) * 2 < a.w + b.w + 2 * pad && ay < by + b.h + pad && by < ay + a.h + pad;
}

/**
 * Where each tag of a crowd goes, nearest first (the order of `rects`): the number of its own
 * heights it is lifted to clear the nearer tags already placed, or HIDDEN when it is too small to
 * read or every lift still covers one. Nearer visitors keep their tags where they stand; far ones
 * in a crowd stagger up, then give way.
 *
 * `previous` holds each tag's placement of the frame before (undefined for a tag new to view), in
 * the order of `rects`; a placed tag keeps it unless its reason has clearly gone (TagPlacing's
 * margin and hold). An unchanged placement is returned as the same object, so a steady crowd
 * allocates nothing but the array.
 */
export function placeTags(rects: readonly TagRect[], placing: TagPlacing, previous: readonly (TagPlacement | undefined)[] = [], now = 0): TagPlacement[] {
  const placedAt: number[] = [];
  const placedLift: number[] = [];
  const clear = (i: number, lift: number, pad: number) => {
    for (let j = 0; j < placedAt.length; j++) if (covers(rects[i], lift, rects[placedAt[j]], placedLift[j], pad)) return false;
    return true;
  };
  /** The lowest lift below `below` clear by `pad`, or HIDDEN. */
  const lowest = (i: number, below: number, pad: number) => {
    for (let lift = 0; lift < below; lift++) if (clear(i, lift, pad)) return lift;
    return HIDDEN;
  };
  return rects.map((r, i) => {
    const prev = previous[i];
    const band = placing.margin * r.h;
    let lift: number;
    if (!prev || (prev.lift !== HIDDEN && (r.h < placing.minHeight || !clear(i, prev.lift, -band)))) {
      // New to view, or its place is clearly lost: placed afresh, on the exact bounds.
      lift = r.h < placing.minHeight ? HIDDEN : lowest(i, placing.lifts + 1, 0);
    } else {
      // Its place still holds: a better one (lower, or shown at all) only when clearly free and held long enough.
      const readable = r.h >= placing.minHeight * (prev.lift === HIDDEN ? 1 + placing.margin : 1);
      const below = prev.lift === HIDDEN ? placing.lifts + 1 : prev.lift;
      const better = readable && now - prev.since >= placing.hold ? lowest(i, below, band) : HIDDEN;
      lift = better === HIDDEN ? prev.lift : better;
    }
    if (lift !== HIDDEN) {
      placedAt.push(i);
      placedLift.push(lift);
    }
    return prev && prev.lift === lift ? prev : { lift, since: now };
  });
}

/**
 * Pixels a metre spans at `depth` m in front of the eye, in an image `height` px tall drawn with a
 * projection whose element 5 is `focal` (the vertical focal length, 1 / tan of half the vertical
 * field of view). Pixels are square, so it holds across as well.
 */
export function pixelsPerMetre(focal: number, height: number, depth: number): number {
  return (focal * height) / 2 / depth;
}

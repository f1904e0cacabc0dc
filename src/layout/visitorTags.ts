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

/** How a crowd's tags are placed: smallest readable height (px) and how many tag heights one may be lifted. */
export interface TagPlacing {
  minHeight: number;
  lifts: number;
}

/** A tag no one could read, or that finds no free place, is hidden. */
export const HIDDEN = -1;

const overlaps = (a: TagRect, b: TagRect) => Math.abs(a.x - b.x) * 2 < a.w + b.w && a.y < b.y + b.h && b.y < a.y + a.h;

/**
 * Where each tag of a crowd goes, nearest first (the order of `rects`): the number of its own
 * heights it is lifted to clear the nearer tags already placed, or HIDDEN when it is too small to
 * read or every lift still covers one. Nearer visitors keep their tags where they stand; far ones
 * in a crowd stagger up, then give way.
 */
export function placeTags(rects: readonly TagRect[], placing: TagPlacing): number[] {
  const placed: TagRect[] = [];
  return rects.map((r) => {
    if (r.h < placing.minHeight) return HIDDEN;
    for (let lift = 0; lift <= placing.lifts; lift++) {
      const at = { ...r, y: r.y + lift * r.h };
      if (placed.some((p) => overlaps(p, at))) continue;
      placed.push(at);
      return lift;
    }
    return HIDDEN;
  });
}

/**
 * The presenter's wrist panel in a headset: where the tour is (stop, title), the session code and
 * how many follow, the speaker notes of this stop, and buttons to step back, blank and step on —
 * what the presenter's bar and notes window show on a screen. Laid out in the card-local frame of
 * the other headset cards (centre at the origin, face towards +z, metres); the world draws it at
 * WRIST_SCALE above the left hand. Pure.
 */
import { PALETTE } from './palette';
import { localBlock, localLabel, type Block, type Frame, type Label } from './primitives';
import { clip, SEPARATOR, wrapLines } from './textWrap';
import { CARD_TYPE, cardButton, type Card } from './xrCards';

/** Scale the wrist panel is drawn at: read at about 40 cm, its body text stays near 2° of view. */
export const WRIST_SCALE = 0.5;
/** Lines of speaker notes shown; the rest is on the notes window. */
export const WRIST_NOTE_LINES = 7;

/** What the wrist panel shows. */
export interface WristState {
  /** The stop (from 0) and how many there are. */
  index: number;
  count: number;
  title: string;
  notes: string[];
  /** The follow-me code, null while the relay has not given one (or there is none). */
  code: string | null;
  followers: number;
  blank: boolean;
}

const AT: Frame = { x: 0, z: 0, facing: 1 };
const WIDTH = 0.64;
/** Columns of body text across the panel (a CJK character is two). */
const COLUMNS = 34;

/** The wrist panel's boxes and labels. */
export function wristCard(s: WristState): Card {
  const notes = s.notes.flatMap((n) => wrapLines(`— ${n}`, COLUMNS));
  const shown = notes.length > WRIST_NOTE_LINES ? [...notes.slice(0, WRIST_NOTE_LINES - 1), '…'] : notes;
  const lineH = CARD_TYPE.body * 1.4;
  const height = 0.24 + Math.max(1, shown.length) * lineH + 0.1;
  const left = -WIDTH / 2 + 0.035;
  const top = height / 2 - 0.035;
  const blocks: Block[] = [localBlock(AT, 0, 0, 0, WIDTH, height, 0.01, s.blank ? PALETTE.panelCurrent : PALETTE.panel)];
  const labels: Label[] = [
    localLabel(AT, left, top, 0.01, clip(`${s.index + 1} / ${s.count}  ${s.title}`, 28), CARD_TYPE.title, PALETTE.ink, { anchorX: 'left', anchorY: 'top' }),
    localLabel(AT, left, top - 0.06, 0.01, s.code ? `跟随码 ${s.code}${SEPARATOR}${s.followers} 人跟随` : '无中继：无人跟随', CARD_TYPE.small, PALETTE.inkSoft, { anchorX: 'left', anchorY: 'top' }),
  ];
  const notesTop = top - 0.11;
  labels.push(localLabel(AT, left, notesTop, 0.01, shown.length ? shown.join('\n') : '（本站无讲稿）', CARD_TYPE.body, shown.length ? PALETTE.ink : PALETTE.inkSoft, { anchorX: 'left', anchorY: 'top', lineHeight: 1.4 }));
  const y = -height / 2 + 0.06;
  cardButton(blocks, labels, left + 0.09, y, 0.18, '‹ 上一站', { do: 'tour', command: 'previous' });
  cardButton(blocks, labels, 0, y, 0.16, s.blank ? '取消黑屏' : '黑屏', { do: 'tour', command: 'blank' }, s.blank);
  cardButton(blocks, labels, -left - 0.09, y, 0.18, '下一站 ›', { do: 'tour', command: 'next' });
  return { blocks, labels, width: WIDTH, height };
}

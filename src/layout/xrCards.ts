/**
 * Cards a headset visitor holds in front of them: the menu (booth directory, comfort settings,
 * exit) and a figure's source quote. Laid out in a card-local frame — centre at the origin, face
 * towards +z, metres — which the world places at CARD_DISTANCE in front of the reader. Pure.
 */
import type { Plan, Target } from '../plan/schema';
import { figureContext, formatFigure, LEVEL_ZH } from '../plan/format';
import type { Article } from './articles';
import { PALETTE } from './palette';
import { localBlock, localLabel, type Block, type CardAction, type Frame, type Label } from './primitives';
import { shortRegion } from './regionName';
import { clip, SEPARATOR, wrapLines } from './textWrap';

/** How far in front of the reader's eyes cards are placed (metres). */
export const CARD_DISTANCE = 1.3;
/** Scale of a clause panel brought close: 8.5 cm characters become 2.7 cm at CARD_DISTANCE + a little. */
export const CLOSER_SCALE = 0.32;
/** Snap-turn angles offered in the settings. */
export const SNAP_CHOICES = [30, 45] as const;
/** Booth rows on one menu page. */
export const MENU_ROWS = 8;

/** Type sizes on cards (metres): every one at least 0.8° at CARD_DISTANCE. */
export const CARD_TYPE = { title: 0.04, body: 0.03, small: 0.026 } as const;

/** What the menu shows: directory page, settings, the booth the visitor is at. */
export interface MenuState {
  page: number;
  snapDegrees: number;
  smooth: boolean;
  boothId: string | null;
  /** The visitor's part in a tour: none offers to start presenting, a presenter to end it. */
  role?: 'none' | 'presenter' | 'follower';
  /** Their hand is up (the button lowers it). */
  hand?: boolean;
}

/** Boxes and labels of a card, and its size. */
export interface Card {
  blocks: Block[];
  labels: Label[];
  width: number;
  height: number;
}

const AT: Frame = { x: 0, z: 0, facing: 1 };
const card = (action: CardAction) => ({ type: 'card' as const, action });

/** A button on a card: a box that does `action`, its label on it; `on` marks the chosen one. */
export function cardButton(blocks: Block[], labels: Label[], x: number, y: number, w: number, text: string, action: CardAction, on = false): void {
  blocks.push(localBlock(AT, x, y, 0.012, w, 0.062, 0.016, on ? PALETTE.goal : PALETTE.button, card(action)));
  labels.push(localLabel(AT, x, y, 0.022, text, CARD_TYPE.body, PALETTE.onAccent, { anchorY: 'middle' }));
}

/** The headset menu: a page of the booth directory, comfort settings, and the way out of VR. */
export function menuCard(plans: Pick<Plan, 'id' | 'region' | 'level' | 'title'>[], s: MenuState): Card {
  const width = 0.92;
  const pages = Math.max(1, Math.ceil(plans.length / MENU_ROWS));
  const page = Math.min(Math.max(0, s.page), pages - 1);
  const rowH = 0.066;
  const height = 0.2 + MENU_ROWS * rowH + 0.345;
  const left = -width / 2 + 0.04;
  const top = height / 2 - 0.04;
  const blocks: Block[] = [localBlock(AT, 0, 0, 0, width, height, 0.01, PALETTE.panel)];
  const labels: Label[] = [localLabel(AT, left, top, 0.01, `展位目录${SEPARATOR}${plans.length} 个展位`, CARD_TYPE.title, PALETTE.ink, { anchorX: 'left', anchorY: 'top' })];
  cardButton(blocks, labels, width / 2 - 0.1, top - 0.025, 0.14, '关闭', { do: 'close' });
  plans.slice(page * MENU_ROWS, (page + 1) * MENU_ROWS).forEach((p, i) => {
    const y = top - 0.12 - (i + 0.5) * rowH;
    const current = p.id === s.boothId;
    blocks.push(localBlock(AT, 0, y, 0.008, width - 0.08, rowH * 0.86, 0.008, current ? PALETTE.panelCurrent : PALETTE.panelLine, card({ do: 'go', boothId: p.id })));
    labels.push(localLabel(AT, left + 0.02, y, 0.016, clip([shortRegion(p.region), LEVEL_ZH[p.level], p.title].join(SEPARATOR), 28), CARD_TYPE.body, PALETTE.ink, { anchorX: 'left', anchorY: 'middle' }));
  });
  const pagerY = top - 0.12 - MENU_ROWS * rowH - 0.05;
  if (pages > 1) {
    cardButton(blocks, labels, left + 0.09, pagerY, 0.18, '‹ 上页', { do: 'menuPage', step: -1 });
    labels.push(localLabel(AT, 0, pagerY, 0.01, `${page + 1} / ${pages}`, CARD_TYPE.small, PALETTE.inkSoft, { anchorY: 'middle' }));
    cardButton(blocks, labels, -left - 0.09, pagerY, 0.18, '下页 ›', { do: 'menuPage', step: 1 });
  }
  // Settings: snap-turn angle and smooth movement, then the panel and exit actions.
  const setY = pagerY - 0.1;
  labels.push(localLabel(AT, left, setY, 0.01, '转向', CARD_TYPE.body, PALETTE.inkSoft, { anchorX: 'left', anchorY: 'middle' }));
  SNAP_CHOICES.forEach((d, i) => cardButton(blocks, labels, left + 0.17 + i * 0.15, setY, 0.13, `${d}°`, { do: 'snap', degrees: d }, s.snapDegrees === d));
  cardButton(blocks, labels, left + 0.6, setY, 0.26, s.smooth ? '平滑移动 开' : '平滑移动 关', { do: 'smooth', on: !s.smooth }, s.smooth);
  const actY = setY - 0.085;
  if (s.boothId) cardButton(blocks, labels, left + 0.15, actY, 0.3, '近看条款面板', { do: 'closer' });
  cardButton(blocks, labels, -left - 0.12, actY, 0.24, '退出 VR', { do: 'exit' });
  // Taking part: raise a hand about what one looks at; start (or end) presenting a tour.
  const partY = actY - 0.085;
  cardButton(blocks, labels, left + 0.11, partY, 0.22, s.hand ? '放下手' : '举手', { do: 'hand', up: !s.hand }, !!s.hand);
  if (s.role === 'none') cardButton(blocks, labels, -left - 0.12, partY, 0.24, '开始演讲', { do: 'present', on: true });
  else if (s.role === 'presenter') cardButton(blocks, labels, -left - 0.12, partY, 0.24, '结束演讲', { do: 'present', on: false });
  return { blocks, labels, width, height };
}

/** A figure's source quote, with the way to the clause it stands in. */
export function quoteCard(plan: Pick<Plan, 'region'>, t: Target, article: Article | undefined): Card {
  const width = 0.86;
  const cols = 26;
  const quote = wrapLines(t.quote, cols).slice(0, 7);
  const height = 0.42 + quote.length * CARD_TYPE.body * 1.45;
  const left = -width / 2 + 0.04;
  const top = height / 2 - 0.04;
  const blocks: Block[] = [localBlock(AT, 0, 0, 0, width, height, 0.01, PALETTE.panel)];
  const labels: Label[] = [
    localLabel(AT, left, top, 0.01, figureContext(shortRegion(plan.region), t, 'zh', SEPARATOR), CARD_TYPE.small, PALETTE.inkSoft, { anchorX: 'left', anchorY: 'top' }),
    localLabel(AT, left, top - 0.045, 0.01, clip(`${formatFigure(t)} ${t.metric}`, 22), CARD_TYPE.title, PALETTE.ink, { anchorX: 'left', anchorY: 'top' }),
    localLabel(AT, left, top - 0.12, 0.01, quote.join('\n'), CARD_TYPE.body, PALETTE.ink, { anchorX: 'left', anchorY: 'top', lineHeight: 1.45 }),
  ];
  blocks.push(localBlock(AT, -width / 2 + 0.022, top - 0.12 - (quote.length * CARD_TYPE.body * 1.45) / 2, 0.008, 0.008, quote.length * CARD_TYPE.body * 1.45, 0.006, PALETTE.highlight));
  const source = article ? `原文${SEPARATOR}${article.sectionTitle.split('、')[0]}、${article.number || article.lead}` : `原文${SEPARATOR}${t.source.seed}`;
  labels.push(localLabel(AT, left, -height / 2 + 0.15, 0.01, clip(source, 30), CARD_TYPE.small, PALETTE.inkSoft, { anchorX: 'left', anchorY: 'middle' }));
  if (article) cardButton(blocks, labels, left + 0.17, -height / 2 + 0.07, 0.34, '近看所在条款', { do: 'closer' });
  cardButton(blocks, labels, -left - 0.08, -height / 2 + 0.07, 0.14, '关闭', { do: 'close' });
  return { blocks, labels, width, height };
}

/** The small button that opens the menu; it rides below the visitor's gaze. */
export function menuButtonCard(): Card {
  const blocks: Block[] = [localBlock(AT, 0, 0, 0, 0.2, 0.08, 0.02, PALETTE.button, card({ do: 'menu' }))];
  const labels: Label[] = [localLabel(AT, 0, 0, 0.014, '菜单', CARD_TYPE.body, PALETTE.onAccent, { anchorY: 'middle' })];
  return { blocks, labels, width: 0.2, height: 0.08 };
}

/** Visual angle (degrees) of text `size` metres tall seen from `distance` metres. */
export function visualAngle(size: number, distance: number): number {
  return (2 * Math.atan(size / 2 / distance) * 180) / Math.PI;
}

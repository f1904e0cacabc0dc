/**
 * The one key map, in the spirit of drei's KeyboardControls: for every intent the keys that mean
 * it. The keyboard listener, the notes window, the help overlay and README's controls table all
 * read it, so a binding is added (or changed) here and nowhere else.
 */
import type { HeldIntent, IntentType } from './intents';
import { HELD_INTENTS } from './intents';
import { boundIntent, type Mode } from './modes';

/** A key that means an intent: by `code` (its place on the keyboard, as WASD) or by `key` (what it types). */
export interface Binding {
  code?: string;
  key?: string;
  /** true: only with Shift held; false: only without; unset: either (a "?" is typed with Shift). */
  shift?: boolean;
  /** Holds only in these modes, ahead of unscoped bindings of the same key (→ steps a tour while presenting, walks otherwise). */
  in?: Mode[];
}

const code = (c: string, more: Omit<Binding, 'code'> = {}): Binding => ({ code: c, ...more });
const key = (k: string, more: Omit<Binding, 'key'> = {}): Binding => ({ key: k, ...more });
const PRESENTING: Mode[] = ['presenter'];

/** Every intent's keys; an intent no key means has none (it comes from pointers, buttons or messages). */
export const KEYMAP: Record<IntentType, Binding[]> = {
  walkForward: [code('KeyW'), code('ArrowUp')],
  walkBack: [code('KeyS'), code('ArrowDown')],
  walkLeft: [code('KeyA'), code('ArrowLeft')],
  walkRight: [code('KeyD'), code('ArrowRight')],
  hurry: [code('ShiftLeft'), code('ShiftRight')],
  walk: [],
  look: [],
  lockPointer: [code('KeyL')],
  walkTo: [],
  goToBooth: [],
  openArticle: [],
  closeReader: [],
  page: [],
  readPanel: [],
  bringClose: [],
  showFigure: [],
  closeFigure: [],
  overview: [key('o')],
  directory: [key('/')],
  help: [key('?')],
  dismiss: [key('Escape')],
  // The keys presentation clickers send (PowerPoint's): they step the tour while presenting.
  nextStop: [key('PageDown'), key('ArrowRight', { in: PRESENTING }), key('ArrowDown', { in: PRESENTING }), key(' ', { shift: false, in: PRESENTING }), key('n')],
  prevStop: [key('PageUp'), key('ArrowLeft', { in: PRESENTING }), key('ArrowUp', { in: PRESENTING }), key(' ', { shift: true, in: PRESENTING }), key('p'), key('Backspace', { in: PRESENTING })],
  blank: [key('b'), key('.')],
  arriveAt: [],
  openMenu: [],
  cardAction: [],
  enterXR: [],
  startPresenting: [],
  joinTour: [],
  language: [],
  wake: [],
};

/** What each intent does, in the help overlay and README (Chinese, English). */
export const INTENT_NAMES: Record<IntentType, [zh: string, en: string]> = {
  walkForward: ['向前走', 'walk forward'],
  walkBack: ['向后走', 'walk back'],
  walkLeft: ['向左走', 'step left'],
  walkRight: ['向右走', 'step right'],
  hurry: ['加速', 'hurry'],
  walk: ['摇杆行走', 'walk (joystick)'],
  look: ['环顾', 'look around'],
  lockPointer: ['锁定鼠标环顾（Esc 退出）', 'mouse-look (Esc releases)'],
  walkTo: ['走到地面一点', 'walk to a point'],
  goToBooth: ['去展位', 'go to a booth'],
  openArticle: ['打开条款', 'open a clause'],
  closeReader: ['关闭阅读', 'close the reader'],
  page: ['翻页', 'turn a panel\'s page'],
  readPanel: ['阅读面板', 'read a panel'],
  bringClose: ['近看', 'bring a panel close'],
  showFigure: ['看数字原文', 'show a figure\'s quote'],
  closeFigure: ['关闭原文', 'close a figure\'s quote'],
  overview: ['俯瞰', 'overview'],
  directory: ['搜索和目录', 'search and directory'],
  help: ['操作说明', 'help'],
  dismiss: ['关闭', 'close what is open'],
  nextStop: ['下一站', 'next stop'],
  prevStop: ['上一站', 'previous stop'],
  blank: ['黑屏', 'blank the screen'],
  arriveAt: ['跟随到站', 'arrive at the presenter\'s stop'],
  openMenu: ['头显菜单', 'headset menu'],
  cardAction: ['头显卡片按钮', 'a headset card\'s button'],
  enterXR: ['进入 VR', 'enter VR'],
  startPresenting: ['开始讲解', 'present a tour'],
  joinTour: ['跟随讲解', 'follow a presenter'],
  language: ['切换语言', 'switch language'],
  wake: ['唤醒展台', 'wake the kiosk'],
};

/** The parts of a key event a binding looks at. */
export type KeyPress = Pick<KeyboardEvent, 'code' | 'key' | 'shiftKey' | 'ctrlKey' | 'metaKey' | 'altKey'>;

function matches(b: Binding, e: KeyPress): boolean {
  if (b.shift !== undefined && b.shift !== e.shiftKey) return false;
  if (b.code) return b.code === e.code;
  return !!b.key && (b.key.length === 1 ? b.key.toLowerCase() === e.key.toLowerCase() : b.key === e.key);
}

const ENTRIES = Object.entries(KEYMAP) as [IntentType, Binding[]][];

/**
 * The intent a key press means in `modes` (role first), or null. A binding scoped to a mode in
 * force wins over an unscoped one; none with Ctrl, Alt or Meta held (those are the browser's).
 */
export function intentForKey(e: KeyPress, modes: readonly Mode[]): IntentType | null {
  if (e.ctrlKey || e.metaKey || e.altKey) return null;
  return boundIntent(ENTRIES, modes, (b) => matches(b, e));
}

/** One held intent and the keys (KeyboardEvent code or key names) that hold it, as drei's KeyboardControls takes them. */
export interface WalkKeys {
  name: HeldIntent;
  keys: string[];
}

/**
 * The walking keys in `modes`, for drei's KeyboardControls: every held intent's keys, less those
 * a binding scoped to a mode in force gives to something else (→ steps a tour while presenting).
 */
export function walkKeyMap(modes: readonly Mode[]): WalkKeys[] {
  const claimed = new Set(ENTRIES.flatMap(([, bs]) => bs.filter((b) => b.in?.some((m) => modes.includes(m))).map((b) => b.code ?? b.key)));
  return HELD_INTENTS.map((name) => ({ name, keys: KEYMAP[name].filter((b) => !b.in).map((b) => b.code ?? b.key ?? '').filter((k) => k && !claimed.has(k)) }));
}

const KEY_NAMES: Record<string, string> = { ' ': 'Space', ArrowUp: '↑', ArrowDown: '↓', ArrowLeft: '←', ArrowRight: '→', Escape: 'Esc', ShiftLeft: 'Shift', ShiftRight: 'Shift' };

/** How a binding is written for people: W, ↑, Shift+Space, PageDown. */
export function bindingLabel(b: Binding): string {
  const raw = b.code ?? b.key ?? '';
  const name = KEY_NAMES[raw] ?? (/^Key[A-Z]$/.test(raw) ? raw.slice(3) : raw.length === 1 ? raw.toUpperCase() : raw);
  return b.shift ? `Shift+${name}` : name;
}

/** One row of the controls: the keys (deduplicated, in order) and what they do. */
export interface ControlRow {
  intent: IntentType;
  keys: string[];
  /** Set when the keys mean this only in that mode. */
  only?: Mode;
}

/** The rows of the controls table: every intent with keys; bindings scoped to a mode get a row of their own. */
export function controlRows(): ControlRow[] {
  const rows: ControlRow[] = [];
  for (const [intent, bindings] of ENTRIES) {
    const groups = new Map<Mode | undefined, string[]>();
    for (const b of bindings) {
      const only = b.in?.[0];
      const keys = groups.get(only) ?? [];
      const label = bindingLabel(b);
      if (!keys.includes(label)) keys.push(label);
      groups.set(only, keys);
    }
    for (const [only, keys] of groups) rows.push(only ? { intent, keys, only } : { intent, keys });
  }
  return rows;
}

/** README's table of keys, generated from the key map (npm run docs:controls writes it; a test compares). */
export function controlsMarkdown(): string {
  const lines = ['| keys | what they do |', '|---|---|'];
  for (const r of controlRows()) {
    const what = INTENT_NAMES[r.intent][1];
    lines.push(`| ${r.keys.map((k) => `**${k}**`).join(' / ')} | ${what}${r.only ? ` (${r.only === 'presenter' ? 'while presenting' : `in ${r.only} mode`})` : ''} |`);
  }
  return lines.join('\n');
}

/**
 * Which of a bar's buttons fit beside its title, and which go into its menu. Pure: the bar
 * measures, this decides. Buttons keep their order: the first ones stay in the bar, the rest
 * (the least needed, last in the bar's order) move to the menu behind one toggle button.
 */

/** What a bar has measured. */
export interface BarMeasures {
  /** Width of the bar's row inside its padding (px). */
  row: number;
  /** Natural width of the title (px): the bar keeps it whole when it can, and at least `titleShare` of the row. */
  title: number;
  /** Natural widths of the buttons, in the bar's order (px). */
  buttons: number[];
  /** Width of the menu's toggle button (px). */
  toggle: number;
  /** Space between the title and the buttons, and between buttons (px). */
  gap: number;
}

/** The share of the row the title may always claim, however many buttons wait. */
export const TITLE_SHARE = 0.5;

/** The width the title keeps: all of it, or TITLE_SHARE of the row when it is longer than that. */
export function titleKeeps(m: Pick<BarMeasures, 'row' | 'title'>): number {
  return Math.min(m.title, m.row * TITLE_SHARE);
}

/** How many buttons, from the first, stay in the bar (all of them: no menu is needed). */
export function buttonsInBar(m: BarMeasures): number {
  const room = m.row - titleKeeps(m) - m.gap;
  const n = m.buttons.length;
  const all = m.buttons.reduce((s, w) => s + w, 0) + m.gap * Math.max(0, n - 1);
  if (all <= room) return n;
  // With a menu: k buttons, the toggle after them, a gap before each.
  let used = m.toggle;
  let k = 0;
  while (k < n && used + m.buttons[k] + m.gap <= room) used += m.buttons[k++] + m.gap;
  return k;
}

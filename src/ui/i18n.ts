/** Interface strings in Chinese and English. Policy text itself is never translated here. */
import { useExpo } from '../state/store';

const STRINGS = {
  directory: ['展位目录', 'Directory'],
  search: ['搜索条款…', 'Search clauses…'],
  overview: ['俯瞰', 'Overview'],
  walk: ['漫步', 'Walk'],
  help: ['帮助', 'Help'],
  close: ['关闭', 'Close'],
  loading: ['正在布展…', 'Setting up the hall…'],
  results: ['条结果', 'results'],
  noResults: ['没有找到', 'Nothing found'],
  targets: ['项指标', 'targets'],
  clauses: ['条', 'clauses'],
  reader: ['条款阅读', 'Reader'],
  source: ['来源', 'Source'],
  prev: ['上一条', 'Previous'],
  next: ['下一条', 'Next'],
  units: ['责任单位', 'Responsible'],
  themes: ['主题', 'Themes'],
  quote: ['原文', 'Quote'],
  openClause: ['在条款中查看', 'Show in clause'],
  problems: ['输入问题', 'Input problems'],
  quoted: ['仅见引述', 'Known from quotes'],
  goal: ['目标', 'Goal'],
  support: ['支持', 'Support'],
  ceiling: ['最高', 'Up to'],
  helpTitle: ['操作说明', 'Controls'],
  desktop: ['电脑', 'Desktop'],
  touch: ['手机 / 平板', 'Phone / tablet'],
  keys: ['W A S D 或方向键行走，Shift 加速；拖动鼠标环顾，L 键锁定鼠标（Esc 退出）；点击地面走过去；点击数字看原文；点击面板翻页；O 键俯瞰；/ 键搜索', 'W A S D or arrow keys to walk, Shift to hurry; drag to look around, L locks the mouse (Esc releases); click the floor to walk there; click a figure for its quote; click a panel to page it; O for the overview; / to search'],
  touches: ['左下摇杆行走；单指拖动环顾；轻点地面走过去；轻点数字看原文', 'Joystick (bottom left) to walk; drag one finger to look; tap the floor to walk there; tap a figure for its quote'],
  lang: ['EN', '中文'],
  enterVR: ['进入 VR', 'Enter VR'],
  vrFailed: ['无法进入 VR', 'Could not enter VR'],
  vr: ['VR 头显', 'VR headset'],
  vrKeys: ['扳机：选择数字、翻页、按钮；指向地面按扳机传送（进不了展位内部）；右摇杆左右转向（30° 或 45°，菜单中设置），可在菜单中开启左摇杆平滑移动；Y / B 键或视线下方的“菜单”按钮打开目录、设置和退出；面板上的“近看”把条款拿到眼前', 'Trigger: select figures, page panels, press buttons; point at the floor and pull to teleport (never into a booth); right stick left/right snap-turns (30° or 45°, set in the menu), smooth movement on the left stick can be switched on in the menu; Y / B or the 菜单 button below your gaze opens the directory, settings and exit; 近看 on a panel brings the clause close'],
} as const;

/** A translated interface string. */
export type StringKey = keyof typeof STRINGS;

/** The translator for the current language. */
export function useT(): (k: StringKey) => string {
  const lang = useExpo((s) => s.lang);
  return (k) => STRINGS[k][lang === 'zh' ? 0 : 1];
}

/** Interface strings in Chinese and English. Policy text itself is never translated here. */
import { useExpo } from '../state/store';

const STRINGS = {
  directory: ['展位目录', 'Directory'],
  search: ['搜索条款…', 'Search clauses…'],
  overview: ['俯瞰', 'Overview'],
  walk: ['漫步', 'Walk'],
  help: ['帮助', 'Help'],
  more: ['更多', 'More'],
  close: ['关闭', 'Close'],
  loading: ['正在布展…', 'Setting up the hall…'],
  results: ['条结果', 'results'],
  noResults: ['没有找到', 'Nothing found'],
  targets: ['项指标', 'targets'],
  clauses: ['条', 'clauses'],
  reader: ['条款阅读', 'Reader'],
  source: ['来源', 'Source'],
  prev: ['上一条', 'Previous'],
  nextClause: ['下一条', 'Next'],
  units: ['责任单位', 'Responsible'],
  themes: ['主题', 'Themes'],
  quote: ['原文', 'Quote'],
  openClause: ['在条款中查看', 'Show in clause'],
  problems: ['输入问题', 'Input problems'],
  quoted: ['仅见引述', 'Known from quotes'],
  helpTitle: ['操作说明', 'Controls'],
  desktop: ['电脑', 'Desktop'],
  touch: ['手机 / 平板', 'Phone / tablet'],
  keys: ['拖动鼠标环顾；点击地面走过去；点击数字看原文；点击面板翻页', 'Drag to look around; click the floor to walk there; click a figure for its quote; click a panel to page it'],
  touches: ['左下摇杆行走；单指拖动环顾；轻点地面走过去；轻点数字看原文', 'Joystick (bottom left) to walk; drag one finger to look; tap the floor to walk there; tap a figure for its quote'],
  lang: ['EN', '中文'],
  enterVR: ['进入 VR', 'Enter VR'],
  vrFailed: ['无法进入 VR', 'Could not enter VR'],
  vr: ['VR 头显', 'VR headset'],
  vrKeys: ['扳机：选择数字、翻页、按钮；指向地面按扳机传送（进不了展位内部）；右摇杆左右转向（30° 或 45°，菜单中设置），可在菜单中开启左摇杆平滑移动；Y / B 键或视线下方的“菜单”按钮打开目录、设置和退出；面板上的“近看”把条款拿到眼前', 'Trigger: select figures, page panels, press buttons; point at the floor and pull to teleport (never into a booth); right stick left/right snap-turns (30° or 45°, set in the menu), smooth movement on the left stick can be switched on in the menu; Y / B or the 菜单 button below your gaze opens the directory, settings and exit; 近看 on a panel brings the clause close'],
  present: ['演示', 'Present'],
  presentKeys: ['顶栏“演示”开始导览并生成观众代码和二维码；翻页笔的按键同上；“演讲备注”打开第二个窗口。观众点“跟随”输入代码即可同步每一站', 'Present (top bar) starts a tour and shows a code and QR code for the audience; a clicker sends the keys above; Speaker notes opens a second window. The audience presses Follow and types the code to go along'],
  follow: ['跟随', 'Follow'],
  presentLong: ['主讲导览', 'Present a tour'],
  followLong: ['跟随主讲人', 'Follow a presenter'],
  presentHint: ['作为主讲人带大家参观：开始导览，观众用代码或二维码跟随', 'Lead a guided tour: the audience follows on their own screens with a code or QR code'],
  followHint: ['输入主讲人给出的代码，跟着导览同步参观', 'Enter the code a presenter gives you to follow their tour on this screen'],
  followCode: ['输入演示代码', 'Enter the session code'],
  join: ['加入', 'Join'],
  following: ['正在跟随', 'Following'],
  stepAway: ['自由参观', 'Step away'],
  rejoin: ['重新跟随', 'Rejoin'],
  steppedAway: ['已离开演示', 'Stepped away from'],
  reconnecting: ['连接中断，正在重连…', 'Connection lost, reconnecting…'],
  noSession: ['没有这个代码的演示', 'No session with this code'],
  badCode: ['代码是 5 个字母或数字', 'A code is 5 letters or digits'],
  ended: ['演示已结束', 'The presentation has ended'],
  busy: ['服务器忙，请稍后再试', 'The server is busy, try again shortly'],
  full: ['这场演示的观众已满', 'This session is full'],
  followers: ['人跟随', 'following'],
  notes: ['演讲备注', 'Speaker notes'],
  blank: ['黑屏', 'Blank'],
  presenterBlanked: ['演示者暂停了画面，请看向讲台', 'The presenter has paused the view: eyes to the front'],
  end: ['结束', 'End'],
  tour: ['导览', 'Tour'],
  scanToFollow: ['扫码或输入代码跟随', 'Scan or enter the code to follow'],
  noRelay: ['没有连接到中继，观众暂时无法跟随', 'No relay: the audience cannot follow for now'],
  kioskTouring: ['自动导览中 · 触碰任意处自行参观', 'Touring by itself · touch anywhere to explore'],
  nextStop: ['下一站', 'Next stop'],
  prevStop: ['上一站', 'Previous stop'],
  nextUp: ['下一站', 'Next up'],
  elapsed: ['已用时', 'Elapsed'],
  thisStop: ['本站', 'This stop'],
  noNotes: ['主讲窗口未在演示', 'The main window is not presenting'],
  // Presence (src/presence/PresencePanel.tsx).
  presenceHere: ['在场', 'here'],
  presenceHint: ['此刻在展厅里的参观者（含你自己）。点开可设置显示名称、隐身或举手', 'Visitors in the hall right now, you included. Open to set your name, walk unseen or raise a hand'],
  presenceName: ['显示名称（留空则匿名）', 'Display name (empty: anonymous)'],
  presenceUnseen: ['隐身浏览（他人看不到我）', 'Walk unseen (others do not see me)'],
  raiseHand: ['举手', 'Raise hand'],
  lowerHand: ['放下手', 'Lower hand'],
  handQuestion: ['问题（可不填）', 'Question (optional)'],
  handAbout: ['关于', 'About'],
  handNothing: ['当前展位', 'this place'],
  noPresenter: ['现在没有主讲人接收举手', 'No presenter is taking hands now'],
  handUp: ['已举手，等待主讲人', 'Hand up, waiting for the presenter'],
  me: ['我', 'me'],
} as const;

/** A translated interface string. */
export type StringKey = keyof typeof STRINGS;

/** The translator for the current language. */
export function useT(): (k: StringKey) => string {
  const lang = useExpo((s) => s.lang);
  return (k) => STRINGS[k][lang === 'zh' ? 0 : 1];
}

/** The presence pill's words: how many visitors are in the hall now (the page's own one included). */
export function visitorsHere(n: number, lang: 'zh' | 'en'): string {
  return lang === 'zh' ? `在场 ${n} 人` : `${n} ${n === 1 ? 'visitor' : 'visitors'} here`;
}

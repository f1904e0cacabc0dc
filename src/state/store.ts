/** What the visitor would call state: where am I, what is open. Per-frame values live in world/rig. */
import { create } from 'zustand';
import { persist, type PersistStorage, type StorageValue } from 'zustand/middleware';
import type { HallScene } from '../layout';
import type { BundleTour } from '../scene/bundle';
import type { WireHand } from '../present/presenceProtocol';

/** Which article and page a booth's clause panel shows. */
export interface PanelView {
  article: number;
  page: number;
}

/** What a headset visitor holds in front of them. */
export type XRCard =
  | { kind: 'menu'; page: number }
  | { kind: 'closer'; boothId: string }
  | { kind: 'quote'; boothId: string; targetId: string };

/** WebXR: whether a headset can enter, whether one is in, its card and comfort settings. */
export interface XRView {
  supported: boolean;
  presenting: boolean;
  /** Why the last attempt to enter failed, shown on the page. */
  error?: string;
  card: XRCard | null;
  snapDegrees: number;
  /** Smooth movement on the left thumbstick (off by default: teleport is the comfortable way). */
  smooth: boolean;
}

/** Presenting and following a tour: who drives, which stop, the link to the relay. */
export interface PresentView {
  role: 'none' | 'presenter' | 'follower';
  tourId: string | null;
  /** Index of the current stop (-1 before the first) and the number of stops. */
  index: number;
  count: number;
  stop: { id: string; title: string } | null;
  /** When the presenter started (ms since the epoch), for the elapsed time. */
  startedAt: number | null;
  /** The presenter blanked the screen (B). */
  blank: boolean;
  /** The follow-me session: its code, the address audiences join at, how many follow. */
  code: string | null;
  joinUrl: string | null;
  followers: number;
  link: 'off' | 'connecting' | 'open' | 'lost';
  /** A follower who stepped away keeps the code to rejoin with. */
  away: boolean;
  /** Kiosk: waiting for the screen to go idle, or playing the tour by itself. */
  kiosk: 'off' | 'idle' | 'touring';
  /** The dialog asking for a code to follow is open. */
  joinOpen: boolean;
  /** The presenter's queue of raised hands, oldest first. */
  hands: WireHand[];
  /** The question being answered (a hand the presenter took), shown to presenter and followers. */
  question: WireHand | null;
  error?: string;
}

/** The app's state. */
export interface ExpoState {
  status: 'loading' | 'ready' | 'error';
  error?: string;
  scene: HallScene | null;
  /** URL of the font subset and the characters it has. */
  font: { url: string; chars: string } | null;
  problems: { file: string; severity: 'error' | 'warning'; message: string }[];
  /** True once the first frame with every booth is drawn. */
  ready: boolean;
  boothId: string | null;
  panels: Record<string, PanelView>;
  /** The figure whose quote is shown and highlighted. */
  figure: { boothId: string; targetId: string } | null;
  overview: boolean;
  readerOpen: boolean;
  directoryOpen: boolean;
  helpOpen: boolean;
  lang: 'zh' | 'en';
  xr: XRView;
  /** Authored tours of the scene (the default tour is generated from the hall). */
  tours: BundleTour[];
  present: PresentView;
}

/** Nobody presents or follows. */
export const NO_PRESENTATION: PresentView = {
  role: 'none', tourId: null, index: -1, count: 0, stop: null, startedAt: null, blank: false,
  code: null, joinUrl: null, followers: 0, link: 'off', away: false, kiosk: 'off', joinOpen: false, hands: [], question: null,
};

/** Comfort settings a headset visitor keeps on this device. */
type SavedSettings = Pick<XRView, 'snapDegrees' | 'smooth'>;

/** Settings as saved, made sane: anything unreadable gives the defaults (30° snap turns, no smooth movement). */
function settingsFrom(saved: unknown): SavedSettings {
  const s = (saved && typeof saved === 'object' ? saved : {}) as Partial<XRView>;
  return { snapDegrees: s.snapDegrees === 45 ? 45 : 30, smooth: s.smooth === true };
}

/**
 * localStorage for zustand's persist; also reads the settings as saved before persist kept them
 * (the bare object), and lets a private window that refuses storage keep them for the visit.
 */
const settingsStorage: PersistStorage<SavedSettings> = {
  getItem(name) {
    try {
      const raw = localStorage.getItem(name);
      const v: unknown = raw === null ? null : JSON.parse(raw);
      if (!v || typeof v !== 'object') return null;
      return 'state' in v ? (v as StorageValue<SavedSettings>) : { state: settingsFrom(v), version: 0 };
    } catch {
      return null;
    }
  },
  setItem(name, value) {
    try { localStorage.setItem(name, JSON.stringify(value)); } catch { /* private mode: settings last the visit */ }
  },
  removeItem(name) {
    try { localStorage.removeItem(name); } catch { /* as above */ }
  },
};

export const useExpo = create<ExpoState>()(persist<ExpoState, [], [], SavedSettings>(() => ({
  status: 'loading', scene: null, font: null, problems: [], ready: false,
  boothId: null, panels: {}, figure: null, overview: false, readerOpen: false, directoryOpen: false, helpOpen: false,
  lang: navigator.language?.startsWith('zh') ? 'zh' : 'en',
  xr: { supported: false, presenting: false, card: null, snapDegrees: 30, smooth: false },
  tours: [],
  present: NO_PRESENTATION,
}), {
  name: 'policy-expo.xr',
  storage: settingsStorage,
  // Only the comfort settings are kept; everything else starts afresh with each visit.
  partialize: (s): SavedSettings => settingsFrom(s.xr),
  merge: (saved, current) => ({ ...current, xr: { ...current.xr, ...settingsFrom(saved) } }),
}));

/** Changes presenting state. */
export function setPresent(patch: Partial<PresentView>): void {
  useExpo.setState((s) => ({ present: { ...s.present, ...patch } }));
}

/** Changes XR state; comfort settings are remembered on the device (by persist, above). */
export function setXR(patch: Partial<XRView>): void {
  useExpo.setState((s) => ({ xr: { ...s.xr, ...patch } }));
}

/** The panel view of a booth (first article, first page until the visitor pages it). */
export function panelOf(s: Pick<ExpoState, 'panels'>, boothId: string): PanelView {
  return s.panels[boothId] ?? { article: 0, page: 0 };
}

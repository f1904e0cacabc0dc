/** What the visitor would call state: where am I, what is open. Per-frame values live in world/rig. */
import { create } from 'zustand';
import type { HallScene } from '../layout';

/** Which article and page a booth's clause panel shows. */
export interface PanelView {
  article: number;
  page: number;
}

/** The app's state. */
export interface ExpoState {
  status: 'loading' | 'ready' | 'error';
  /** 0..1 while loading: bundle, font, first frame. */
  progress: number;
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
}

export const useExpo = create<ExpoState>(() => ({
  status: 'loading', progress: 0, scene: null, font: null, problems: [], ready: false,
  boothId: null, panels: {}, figure: null, overview: false, readerOpen: false, directoryOpen: false, helpOpen: false,
  lang: navigator.language?.startsWith('zh') ? 'zh' : 'en',
}));

/** The panel view of a booth (first article, first page until the visitor pages it). */
export function panelOf(s: Pick<ExpoState, 'panels'>, boothId: string): PanelView {
  return s.panels[boothId] ?? { article: 0, page: 0 };
}

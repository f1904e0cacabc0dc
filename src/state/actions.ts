/**
 * One function per visitor intent, called alike by keyboard, mouse, touch, the directory, deep
 * links, diagnostics and (later) XR controllers and the presenter.
 */
import { articleForClause, articlePages, pageOf, quoteLocation } from '../layout';
import { flyTo, currentPose, rig } from './rig';
import { panelOf, useExpo } from './store';
import { writeRoute } from './route';
import { framedView } from './screen';

const get = () => useExpo.getState();
const set = useExpo.setState;

function booth(id: string) {
  return get().scene?.booths.find((b) => b.id === id);
}

/** Walks (flies) to the front of a booth. */
export function goToBooth(id: string): boolean {
  const b = booth(id);
  if (!b) return false;
  set({ boothId: id, overview: false, figure: null });
  rig.beforeOverview = null;
  flyTo(framedView(b, 'front'));
  writeRoute(id, null);
  return true;
}

/** Opens article `index` of a booth's panel and goes to read it; `reader` also opens the DOM reader. */
export function openArticle(boothId: string, index: number, opts: { page?: number; reader?: boolean; fly?: boolean } = {}): boolean {
  const b = booth(boothId);
  const a = b?.articles[index];
  if (!b || !a) return false;
  set((s) => ({
    boothId, overview: false,
    panels: { ...s.panels, [boothId]: { article: index, page: opts.page ?? 0 } },
    readerOpen: opts.reader ?? s.readerOpen,
  }));
  if (opts.fly !== false) flyTo(framedView(b, 'reading'));
  writeRoute(boothId, a.clauseIndex ?? a.index);
  return true;
}

/** Opens a clause by its index among the plan's clauses (deep links, diagnostics, search). */
export function openClause(boothId: string, clauseIndex: number): boolean {
  const b = booth(boothId);
  const a = b && articleForClause(b.articles, clauseIndex);
  return a ? openArticle(boothId, a.index, { reader: true }) : false;
}

/** Turns a booth's panel one page forward or back, running on into the next or previous article. */
export function pagePanel(boothId: string, step: 1 | -1): void {
  const b = booth(boothId);
  if (!b || !b.articles.length) return;
  const { article, page } = panelOf(get(), boothId);
  const pages = articlePages(b.articles[article]).length;
  let next = { article, page: page + step };
  if (next.page >= pages) next = { article: (article + 1) % b.articles.length, page: 0 };
  if (next.page < 0) {
    const prev = (article - 1 + b.articles.length) % b.articles.length;
    next = { article: prev, page: articlePages(b.articles[prev]).length - 1 };
  }
  openArticle(boothId, next.article, { page: next.page, fly: false });
}

/** Shows a figure's source quote and highlights it in the clause panel it came from. */
export function showFigure(boothId: string, targetId: string): boolean {
  const s = get();
  const plan = s.scene?.plans.find((p) => p.id === boothId);
  const t = plan?.targets.find((x) => x.id === targetId);
  const b = booth(boothId);
  if (!plan || !t || !b) return false;
  const q = quoteLocation(b.articles, t);
  set((st) => ({
    boothId, figure: { boothId, targetId },
    panels: q ? { ...st.panels, [boothId]: { article: q.article.index, page: q.span ? pageOf(q.article, q.span.start) : 0 } } : st.panels,
  }));
  return true;
}

/** Closes the reader, the directory and any figure's quote (a tour stop starts with a clear view). */
export function closeOverlays(): void {
  set({ readerOpen: false, directoryOpen: false, figure: null });
}

/** Leaves any booth (a stop at the entrance, the plaza or above the hall). */
export function leaveBooth(): void {
  set({ boothId: null, figure: null });
}

/** Closes the quote of a figure. */
export function closeFigure(): void {
  set({ figure: null });
}

/** Switches the bird's-eye overview on or off (off returns to where the visitor stood). */
export function setOverview(on: boolean): void {
  const s = get();
  if (!s.scene || s.overview === on) return;
  if (on) {
    rig.beforeOverview = currentPose();
    flyTo(s.scene.overview, 1);
  } else if (rig.beforeOverview) {
    const p = rig.beforeOverview;
    rig.flight = { from: currentPose(), to: p, t: 0, duration: 1 };
    rig.beforeOverview = null;
  }
  set({ overview: on });
}

/** Walks to a floor point (click or tap on the floor). */
export function walkTo(x: number, z: number): void {
  if (get().overview) setOverview(false);
  rig.flight = null;
  rig.walkTo = { x, z };
}

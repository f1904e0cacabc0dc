/**
 * Clause panels and the booth's table of contents, as boxes and labels. Lines are broken here,
 * not by the renderer, so no line runs over PANEL.columns characters, nothing overflows a panel,
 * and a quote can be highlighted exactly where its characters stand.
 */
import type { Article } from './articles';
import { PALETTE } from './palette';
import { localBlock, localLabel, type Block, type Frame, type Label } from './primitives';
import { clip, SEPARATOR, textColumns, wrapLines } from './textWrap';

/** Panel geometry and type sizes (metres). Body text: 30 columns of 8.5 cm characters. */
export const PANEL = { width: 3.4, height: 1.8, pad: 0.14, size: 0.085, leadSize: 0.095, lineHeight: 1.45, columns: 30, bodyLines: 9 };

/** One line of a clause page; `start` is its offset in the article text (-1 for headings). */
export interface PageLine {
  text: string;
  role: 'section' | 'lead' | 'body';
  start: number;
}

/** Breaks an article into pages: the first opens with its heading and lead, the rest continue the body. */
export function articlePages(a: Article): PageLine[][] {
  const leadCols = Math.floor((PANEL.columns * PANEL.size) / PANEL.leadSize);
  const lead = wrapLines(`${a.number ? `${a.number} ` : ''}${a.lead}`, leadCols).map((text) => ({ text, role: 'lead' as const, start: -1 }));
  const body: PageLine[] = [];
  let offset = 0;
  for (const para of a.text.split('\n')) {
    for (const text of wrapLines(para, PANEL.columns)) {
      body.push({ text, role: 'body', start: offset });
      offset += text.length;
    }
    offset += 1;
  }
  const pages: PageLine[][] = [];
  let page: PageLine[] = [...lead];
  for (const line of body) {
    if (page.length >= PANEL.bodyLines) {
      pages.push(page);
      page = [];
    }
    page.push(line);
  }
  pages.push(page);
  return pages;
}

/** Where a panel stands, in booth-local coordinates (centre of its face). */
export interface PanelPlace {
  x: number;
  y: number;
  z: number;
}

/** What the panel shows: an article, which page, and an optional span of its text to highlight. */
export interface PanelState {
  article: Article;
  articleCount: number;
  page: number;
  highlight?: { start: number; end: number };
  /** True for the copy brought close to a headset reader: its button then puts it back. */
  brought?: boolean;
}

/** Boxes and labels of a clause panel. */
export function clausePanel(f: Frame, boothId: string, at: PanelPlace, s: PanelState, accent: string, themeLabel: (id: string) => string = (id) => id): { blocks: Block[]; labels: Label[] } {
  const pages = articlePages(s.article);
  const page = Math.min(Math.max(0, s.page), pages.length - 1);
  const lines = pages[page];
  const left = at.x - PANEL.width / 2 + PANEL.pad;
  const top = at.y + PANEL.height / 2 - PANEL.pad;
  const z = at.z + 0.03;
  const blocks: Block[] = [localBlock(f, at.x, at.y, at.z, PANEL.width, PANEL.height, 0.04, PALETTE.panel, { type: 'panel', boothId })];
  const labels: Label[] = [localLabel(f, left, top, z, clip(s.article.sectionTitle, 30), 0.065, PALETTE.inkSoft, { anchorX: 'left', anchorY: 'top' })];
  // Bring the panel to the reader (headset) or open it in the reader (screen); the copy puts itself back.
  const closerX = at.x + PANEL.width / 2 - PANEL.pad - 0.25;
  blocks.push(localBlock(f, closerX, top - 0.05, at.z + 0.03, 0.5, 0.13, 0.03, PALETTE.button, { type: 'closer', boothId }));
  labels.push(localLabel(f, closerX, top - 0.05, z + 0.02, s.brought ? '放回' : '近看', 0.065, PALETTE.onAccent, { anchorY: 'middle' }));
  let y = top - 0.13;
  const step = (size: number) => size * PANEL.lineHeight;
  const leads = lines.filter((l) => l.role === 'lead');
  if (leads.length) {
    labels.push(localLabel(f, left, y, z, leads.map((l) => l.text).join('\n'), PANEL.leadSize, accent, { anchorX: 'left', anchorY: 'top', lineHeight: PANEL.lineHeight }));
    y -= leads.length * step(PANEL.leadSize) + 0.03;
  }
  const body = lines.filter((l) => l.role === 'body');
  if (body.length) labels.push(localLabel(f, left, y, z, body.map((l) => l.text).join('\n'), PANEL.size, PALETTE.ink, { anchorX: 'left', anchorY: 'top', lineHeight: PANEL.lineHeight }));
  // Highlight: a band behind the characters of the quote, line by line.
  if (s.highlight) {
    body.forEach((l, i) => {
      const from = Math.max(s.highlight!.start, l.start);
      const to = Math.min(s.highlight!.end, l.start + l.text.length);
      if (from >= to) return;
      const x0 = left + textColumns(l.text.slice(0, from - l.start)) * PANEL.size;
      const w = textColumns(l.text.slice(from - l.start, to - l.start)) * PANEL.size;
      const cy = y - (i + 0.5) * step(PANEL.size);
      blocks.push(localBlock(f, x0 + w / 2, cy, at.z + 0.022, w, step(PANEL.size) * 0.9, 0.004, PALETTE.highlight));
    });
  }
  // Footer: responsible units as tags, themes as chips, the position, and page buttons.
  const footY = at.y - PANEL.height / 2 + 0.32;
  let x = left;
  for (const [text, color] of [...s.article.units.slice(0, 3).map((u) => [clip(u, 10), PALETTE.tag]), ...s.article.themes.slice(0, 4).map((t) => [themeLabel(t), PALETTE.chip])]) {
    const w = textColumns(text) * 0.06 + 0.08;
    if (x + w > at.x + PANEL.width / 2 - PANEL.pad) break;
    blocks.push(localBlock(f, x + w / 2, footY, at.z + 0.022, w, 0.1, 0.004, color));
    labels.push(localLabel(f, x + 0.04, footY, z, text, 0.06, PALETTE.ink, { anchorX: 'left', anchorY: 'middle' }));
    x += w + 0.05;
  }
  const btnY = at.y - PANEL.height / 2 + 0.12;
  const right = at.x + PANEL.width / 2 - PANEL.pad;
  labels.push(localLabel(f, at.x, btnY, z, `第 ${s.article.index + 1}/${s.articleCount} 条${SEPARATOR}${page + 1}/${pages.length} 页`, 0.06, PALETTE.inkSoft, { anchorY: 'middle' }));
  for (const [step, bx, text] of [[-1, left + 0.3, '‹ 上一页'], [1, right - 0.3, '下一页 ›']] as const) {
    blocks.push(localBlock(f, bx, btnY, at.z + 0.03, 0.6, 0.15, 0.03, PALETTE.button, { type: 'page', boothId, step }));
    labels.push(localLabel(f, bx, btnY, z + 0.02, text, 0.06, PALETTE.onAccent, { anchorY: 'middle' }));
  }
  return { blocks, labels };
}

/** Rows the table of contents shows at once. */
export const TOC_ROWS = 12;

/** Boxes and labels of the table of contents: a window of articles around the open one. */
export function tocPanel(f: Frame, boothId: string, at: PanelPlace, articles: Article[], current: number, accent: string): { blocks: Block[]; labels: Label[] } {
  const blocks: Block[] = [localBlock(f, at.x, at.y, at.z, PANEL.width, PANEL.height, 0.04, PALETTE.panel)];
  const left = at.x - PANEL.width / 2 + PANEL.pad;
  const top = at.y + PANEL.height / 2 - PANEL.pad;
  const labels: Label[] = [localLabel(f, left, top, at.z + 0.03, `目录${SEPARATOR}${articles.length} 条`, 0.07, accent, { anchorX: 'left', anchorY: 'top' })];
  const first = Math.max(0, Math.min(current - Math.floor(TOC_ROWS / 2), articles.length - TOC_ROWS));
  const rowH = (PANEL.height - 2 * PANEL.pad - 0.12) / TOC_ROWS;
  articles.slice(first, first + TOC_ROWS).forEach((a, i) => {
    const y = top - 0.14 - (i + 0.5) * rowH;
    const newSection = a.index === 0 || articles[a.index - 1].sectionIndex !== a.sectionIndex;
    const text = `${newSection ? `${a.sectionTitle.split('、')[0]}、` : '　 '}${a.number ? `${a.number} ` : ''}${a.lead}`;
    blocks.push(localBlock(f, at.x, y, at.z + 0.022, PANEL.width - 2 * PANEL.pad, rowH * 0.9, 0.004, a.index === current ? PALETTE.panelCurrent : PALETTE.panelLine, { type: 'toc', boothId, article: a.index }));
    labels.push(localLabel(f, left + 0.04, y, at.z + 0.03, clip(text, 34), 0.07, PALETTE.ink, { anchorX: 'left', anchorY: 'middle' }));
  });
  return { blocks, labels };
}

/** The page of an article on which text offset `at` is shown. */
export function pageOf(a: Article, at: number): number {
  const pages = articlePages(a);
  const i = pages.findIndex((p) => p.some((l) => l.role === 'body' && l.start <= at && at < l.start + l.text.length));
  return Math.max(0, i);
}

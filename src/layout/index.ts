/** Layout: plans → the hall as plain data (pure; no React, three.js or DOM). */
export { layoutHall, overlaps, LAYOUT, type HallLayout, type BoothPlacement, type LayoutPlan, type Rect, type ZoneSign } from './hallLayout';
export { buildHallScene, type HallScene, type ThemeNames } from './hallScene';
export { boothPanels, EYE, type BoothStatic } from './booth';
export { articlesOf, articleForClause, articleOfTarget, quoteLocation, quoteSpan, type Article } from './articles';
export { articlePages, pageOf, PANEL } from './panels';
export { timelineOf, type TimelineEntry } from './timeline';
export type { Block, Label, Pick, Viewpoint, Collider } from './primitives';
export { wrapLines, textColumns } from './textWrap';
export { searchArticles, type SearchHit } from './search';

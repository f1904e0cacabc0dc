/** Layout: plans → the hall as plain data (pure; no React, three.js or DOM). */
export { layoutHall, overlaps, LAYOUT, type HallLayout, type BoothPlacement, type LayoutPlan, type Rect, type Spine, type ZoneSign } from './hallLayout';
export { chunkBlocks, MIN_CELL, PER_SIDE, type BlockChunk } from './chunks';
export { floorRects, rectsAround, APRON, type FloorRect } from './floor';
export { buildHallScene, figureHighlight, type HallScene, type ThemeNames } from './hallScene';
export { boothDetail, boothPanels, wallHeight, EYE, type BoothDetail, type BoothStatic } from './booth';
export { boothTop, WALL_HEIGHT } from './boothArchitecture';
export { articlesOf, articleForClause, articleOfTarget, quoteLocation, quoteSpan, type Article } from './articles';
export { articlePages, clausePanel, pageOf, PANEL } from './panels';
export { timelineOf, type TimelineEntry } from './timeline';
export type { Block, Label, Pick, CardAction, Viewpoint, Collider, Frame } from './primitives';
export { menuCard, quoteCard, menuButtonCard, visualAngle, CARD_DISTANCE, CARD_TYPE, CLOSER_SCALE, MENU_ROWS, SNAP_CHOICES, type Card, type MenuState } from './xrCards';
export { wristCard, WRIST_SCALE, WRIST_NOTE_LINES, type WristState } from './wristCard';
export { fitSize, wrapLines, textColumns } from './textWrap';
export { searchArticles, type SearchHit } from './search';
export { defaultTour, resolveTour, resolveStop, toursOf, figureView, figureBox, keyTargets, findTarget, DEFAULT_TOUR_ID, type Tour, type TourStop, type StopKind, type StopPlace, type TourScene } from './tours';
export { fovFor, frameView, roomBehind, labelCorners, project, poseOf, viewOf, HALL_FOV, type Lens, type Pose, type Room, type Framed, type Point3 as FramePoint } from './framing';
export { mapSight } from './entrance';

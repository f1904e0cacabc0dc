/** Layout: plans → where booths stand in the hall (pure; no React, three.js or DOM). */
export { layoutHall, overlaps, LAYOUT, type HallLayout, type BoothPlacement, type LayoutPlan, type Rect, type ZoneSign } from './hallLayout';

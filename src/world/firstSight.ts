/**
 * What the visitor can read from the hall's start before moving: the same choice Signs and
 * NearDetail make at the start pose (signs within SIGN_RADIUS, detail of the nearest booths,
 * everything within reading range and not behind a back wall or a spine), built by the
 * functions they call. Pure, so the build can prebuild these glyphs' fields.
 */
import { boothDetail, boothPanels, type Block, type BoothDetail, type HallScene, type Label } from '../layout';
import { boothsNear, hiddenByBackWall, NEAR_MAX, NEAR_RADIUS, SIGN_RADIUS } from './nearBooths';
import { eyeRegion, occludedBooths } from './occlusion';
import { readableFrom, type Point3 } from './readable';

/**
 * How far (m) the visitor may be from a polled eye: it is rounded to the metre and read every
 * 0.3 s, in which a hurrying visitor covers 1.3 m.
 */
const POLLED_SLACK = 2;

/** The booths hidden behind spines from anywhere near the polled `eye`: their text and close-up detail are left out. */
export function occludedFrom(scene: HallScene, eye: Point3): ReadonlySet<string> {
  return occludedBooths(scene.layout.booths, scene.layout.spines, eyeRegion(eye, POLLED_SLACK));
}

/** The hall's signs and the fascia signs of booths `ids` that face `eye` and are not behind a spine, those readable from it. */
export function signsInSight(scene: HallScene, ids: string[], eye: Point3): Label[] {
  const near = new Set(ids);
  const occluded = occludedFrom(scene, eye);
  const facing = scene.booths.filter((b) => near.has(b.id) && !occluded.has(b.id) && !hiddenByBackWall(scene.placements[b.id], eye).wallFace);
  return [...scene.signs, ...facing.flatMap((b) => b.signs)].filter((l) => readableFrom(l, eye));
}

/**
 * A near booth's close-up as seen from `eye`: its `detail` (tiles, figure and wall labels) and its
 * clause panels as `view` shows them, less what its back wall hides from there.
 */
export function closeUp(scene: HallScene, id: string, detail: BoothDetail, view: Parameters<typeof boothPanels>[2], eye: Point3): { blocks: Block[]; labels: Label[] } {
  const hidden = hiddenByBackWall(scene.placements[id], eye);
  if (hidden.interior) return { blocks: [], labels: [] };
  if (hidden.wallFace) return { blocks: detail.tiles, labels: detail.labels };
  const panels = boothPanels(scene.booths.find((b) => b.id === id)!, scene.placements[id], view, scene.themeLabel);
  return { blocks: [...detail.tiles, ...panels.blocks], labels: [...detail.labels, ...detail.onWall, ...panels.labels] };
}

/** Every label readable from the start pose, each booth's panels at their first page. */
export function firstSightLabels(scene: HallScene): Label[] {
  const [x, y, z] = scene.start.position;
  const eye = { x, y, z };
  const occluded = occludedFrom(scene, eye);
  const detail = boothsNear(scene.booths, x, z, { radius: NEAR_RADIUS, max: NEAR_MAX })
    .filter((id) => !occluded.has(id))
    .flatMap((id) => closeUp(scene, id, boothDetail(scene.plans.find((p) => p.id === id)!, scene.placements[id]), { article: 0, page: 0 }, eye).labels);
  return [...signsInSight(scene, boothsNear(scene.booths, x, z, { radius: SIGN_RADIUS }), eye), ...detail.filter((l) => readableFrom(l, eye))];
}

/** The distinct characters of those labels. */
export function firstSightChars(scene: HallScene): string {
  return [...new Set(firstSightLabels(scene).flatMap((l) => [...l.text]))].join('');
}

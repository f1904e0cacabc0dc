/** Detail of the booths near the visitor and not behind a spine: figure labels, unit-grid tiles, contents and clause panels. */
import { useMemo } from 'react';
import { boothDetail, figureHighlight, type Block, type BoothDetail, type HallScene, type Label } from '../layout';
import { panelOf, useExpo } from '../state/store';
import { Blocks, type BlocksProps } from './Blocks';
import { closeUp, occludedFrom } from './firstSight';
import { Labels } from './Labels';
import { NEAR_MAX, NEAR_RADIUS } from './nearBooths';
import { readableFrom } from './readable';
import { useEye } from './useEye';
import { useNearBooths } from './useNearBooths';

/** Props of NearDetail. */
export interface NearDetailProps {
  scene: HallScene;
  font: { url: string; chars: string };
  onPick: BlocksProps['onPick'];
  onSynced: () => void;
}

/** Draws detail for the nearest booths (from above, those around the point under the gaze). */
export function NearDetail({ scene, font, onPick, onSynced }: NearDetailProps) {
  const panels = useExpo((s) => s.panels);
  const figure = useExpo((s) => s.figure);
  const near = useNearBooths(scene.booths, { radius: NEAR_RADIUS, max: NEAR_MAX });
  const eye = useEye();
  const occluded = useMemo(() => occludedFrom(scene, eye), [scene, eye]);
  // Close-up detail of the near booths only; a booth left behind drops out with its tiles.
  const details = useMemo(() => new Map<string, BoothDetail>(), [scene]);
  const { blocks, labels } = useMemo(() => {
    const detailOf = (id: string) => {
      let d = details.get(id);
      if (!d) details.set(id, (d = boothDetail(scene.plans.find((p) => p.id === id)!, scene.placements[id])));
      return d;
    };
    for (const id of details.keys()) if (!near.includes(id)) details.delete(id);
    const blocks: Block[] = [];
    const labels: Label[] = [];
    for (const id of near) {
      if (occluded.has(id)) continue;
      const view = panelOf({ panels }, id);
      const highlight = figureHighlight(scene, figure, id, view.article);
      const c = closeUp(scene, id, detailOf(id), { article: view.article, page: view.page, highlight }, eye);
      blocks.push(...c.blocks);
      labels.push(...c.labels);
    }
    return { blocks, labels: labels.filter((l) => readableFrom(l, eye)) };
  }, [near, occluded, panels, figure, scene, details, eye]);
  return (
    <>
      <Blocks name="detail" blocks={blocks} onPick={onPick} unlit />
      <Labels labels={labels} font={font} onSynced={onSynced} />
    </>
  );
}

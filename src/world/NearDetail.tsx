/** Detail of the booths near the visitor: figure labels, unit-grid tiles, contents and clause panels. */
import { useMemo, useRef, useState } from 'react';
import { useFrame } from '@react-three/fiber';
import { boothPanels, figureHighlight, type Block, type HallScene, type Label } from '../layout';
import { panelOf, useExpo } from '../state/store';
import { Blocks, type BlocksProps } from './Blocks';
import { Labels } from './Labels';
import { nearBooths } from './nearBooths';
import { rig } from './rig';

/** Props of NearDetail. */
export interface NearDetailProps {
  scene: HallScene;
  font: { url: string; chars: string };
  onPick: BlocksProps['onPick'];
  onSynced: () => void;
}

/** Draws detail for the nearest booths, re-chosen a few times a second as the visitor moves. */
export function NearDetail({ scene, font, onPick, onSynced }: NearDetailProps) {
  const boothId = useExpo((s) => s.boothId);
  const panels = useExpo((s) => s.panels);
  const figure = useExpo((s) => s.figure);
  const [near, setNear] = useState<string[]>(() => nearBooths(scene.booths, rig.x, rig.z, boothId));
  const clock = useRef(0);
  useFrame((_, dt) => {
    clock.current += dt;
    if (clock.current < 0.3) return;
    clock.current = 0;
    // From above, detail follows the point under the camera's gaze.
    const ahead = rig.y > 5 ? Math.tan(Math.PI / 2 + rig.pitch) * rig.y : 0;
    const next = nearBooths(scene.booths, rig.x - Math.sin(rig.yaw) * ahead, rig.z - Math.cos(rig.yaw) * ahead, useExpo.getState().boothId);
    if (next.join() !== near.join()) setNear(next);
  });
  const { blocks, labels } = useMemo(() => {
    const blocks: Block[] = [];
    const labels: Label[] = [];
    for (const id of near) {
      const b = scene.booths.find((x) => x.id === id)!;
      const view = panelOf({ panels }, id);
      const highlight = figureHighlight(scene, figure, id, view.article);
      const p = boothPanels(b, scene.placements[id], { article: view.article, page: view.page, highlight }, scene.themeLabel);
      blocks.push(...b.tiles, ...p.blocks);
      labels.push(...b.nearLabels, ...p.labels);
    }
    return { blocks, labels };
  }, [near, panels, figure, scene]);
  return (
    <>
      <Blocks name="detail" blocks={blocks} onPick={onPick} unlit />
      <Labels labels={labels} font={font} onSynced={onSynced} />
    </>
  );
}

/**
 * The hall's boxes, a draw call per floor area: groups out of view or past the haze are skipped,
 * booths behind a spine are left out, and of a booth seen from straight behind only the back wall
 * is drawn. A software renderer shades every covered pixel, hidden or not.
 */
import type { HallScene } from '../layout';
import { Blocks, type BlocksProps } from './Blocks';
import { useHiddenBooths } from './useHiddenBooths';

/** Props of Chunks. */
export interface ChunksProps {
  scene: HallScene;
  onPick: BlocksProps['onPick'];
  /** Structures are not drawn past this distance (m); figures not past `figureRange`. Infinity for none. */
  range: number;
  figureRange: number;
}

/** Draws the hall's chunks. */
export function Chunks({ scene, onPick, range, figureRange }: ChunksProps) {
  const hidden = useHiddenBooths(scene);
  return (
    <>
      {scene.chunks.map((c) => (
        <Blocks key={c.key} name={`hall ${c.key}`} blocks={c.blocks} onPick={onPick} cullBeyond={c.figures ? figureRange : range} hideBooths={hidden} />
      ))}
    </>
  );
}

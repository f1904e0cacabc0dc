/**
 * The hall's boxes, a draw call per floor area: groups out of view or past the haze are skipped,
 * and of a booth seen from straight behind only the back wall is drawn. A software renderer
 * shades every covered pixel, hidden or not, and the booth back to back with the visitor's stands
 * right behind the wall they face.
 */
import type { HallScene } from '../layout';
import { Blocks, type BlocksProps } from './Blocks';
import { useSeenFromBehind } from './useSeenFromBehind';

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
  const hidden = useSeenFromBehind(scene);
  return (
    <>
      {scene.chunks.map((c) => (
        <Blocks key={c.key} name={`hall ${c.key}`} blocks={c.blocks} onPick={onPick} cullBeyond={c.figures ? figureRange : range} hideBooths={hidden} />
      ))}
    </>
  );
}

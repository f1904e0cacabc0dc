/** The hall: lights, floor, the boxes in instanced meshes by floor area, the labels in sight in two text batches. */
import { useCallback, useEffect, useRef } from 'react';
import { addAfterEffect, useFrame, useThree } from '@react-three/fiber';
import type { HallScene } from '../layout';
import { InMode } from '../input/InMode';
import { handlePick } from '../input/picks';
import { useExpo } from '../state/store';
import { Avatars } from './Avatars';
import { Blocks } from './Blocks';
import { Chunks } from './Chunks';
import { CameraRig } from './CameraRig';
import { FigureMarker } from './FigureMarker';
import { Floor } from './Floor';
import { typesetInWorker } from './font';
import { LIGHTS } from './lighting';
import { LookInput } from './LookInput';
import { NearDetail } from './NearDetail';
import { Signs } from './Signs';
import { waitForGPU } from './waitForGPU';
import { FRAME_ORDER } from './frameOrder';

/** Where the walking haze is complete (m): nothing beyond it is seen, so nothing beyond it is drawn. */
const FOG_FAR = 140;
/** Figures (bars a few centimetres wide) are drawn within this distance (m) of a group of them. */
const FIGURE_RANGE = 50;

/** Props of Hall. */
export interface HallProps {
  scene: HallScene;
  font: { url: string; chars: string };
  /** Called once both text batches have laid out their first text: the canvas may draw from then on. */
  onTextLaidOut?: () => void;
}

/** Everything inside the canvas. */
export function Hall({ scene, font, onTextLaidOut }: HallProps) {
  const overview = useExpo((s) => s.overview);
  const synced = useRef({ signs: false, detail: false, readyAsked: false });
  const invalidate = useThree((s) => s.invalidate);
  const frameloop = useThree((s) => s.frameloop);
  const onSynced = useCallback((batch: 'signs' | 'detail') => {
    const s = synced.current;
    s[batch] = true;
    if (s.signs && s.detail) onTextLaidOut?.();
    invalidate();
  }, [invalidate, onTextLaidOut]);
  const onSigns = useCallback(() => onSynced('signs'), [onSynced]);
  const onDetail = useCallback(() => onSynced('detail'), [onSynced]);
  // Until the first text is laid out the canvas draws nothing (see World): on a software renderer a
  // frame costs a fifth of a second of the CPU the glyphs need. Then it draws one frame, and the
  // hall is ready once that frame has reached the screen.
  useEffect(() => { if (frameloop === 'demand') invalidate(); }, [frameloop, invalidate]);
  useFrame(({ gl }) => {
    const s = synced.current;
    if (!s.signs || !s.detail || s.readyAsked || useExpo.getState().ready) return;
    s.readyAsked = true;
    // This frame draws the text: once it is rendered, and the GPU has drawn it (glyph fields and
    // all), the visitor sees the text, and the hall is ready.
    const done = addAfterEffect(() => {
      done();
      waitForGPU(gl.getContext());
      performance.mark('expo:ready');
      useExpo.setState({ ready: true });
      typesetInWorker(font.url);
    });
  }, FRAME_ORDER.read);
  return (
    <>
      <color attach="background" args={['#e8e3da']} />
      {/* Distance haze while walking; none from above, where it would hide a large hall. */}
      <fog attach="fog" args={['#e8e3da', overview ? 2000 : 40, overview ? 4000 : FOG_FAR]} />
      <hemisphereLight args={[LIGHTS.hemisphere.sky, LIGHTS.hemisphere.ground, LIGHTS.hemisphere.intensity]} />
      {LIGHTS.directional.map((d, i) => <directionalLight key={i} position={d.position} intensity={d.intensity} color={d.color} />)}
      <Floor rects={scene.floor} />
      {/* The ceiling and its light strips: their colours are their light; from above they would hide the hall. */}
      {!overview && <Blocks name="overhead" blocks={scene.overhead} unlit />}
      <Chunks scene={scene} onPick={handlePick} range={overview ? Infinity : FOG_FAR} figureRange={overview ? Infinity : FIGURE_RANGE} />
      <Signs scene={scene} font={font} onSynced={onSigns} />
      <NearDetail scene={scene} font={font} onPick={handlePick} onSynced={onDetail} />
      <FigureMarker scene={scene} />
      <Avatars font={font} />
      <InMode modes={['screen']}>
        <CameraRig colliders={scene.colliders} flying={overview} />
        <LookInput />
      </InMode>
    </>
  );
}

/**
 * The booth of the plan under review, drawn as the hall will draw it: the same layout (a hall of
 * this one plan, so the booth gets the size and parts its plan gives it) and the same world
 * pieces — boxes, floor, signs and the close-up detail a visitor standing at its front sees —
 * with the hall's font. It follows every decision: a rejected figure leaves it at once.
 * Its own chunk (three.js and the world come with it), opened only when a document is reviewed.
 */
import { Canvas, useThree } from '@react-three/fiber';
import { useEffect, useMemo, useState } from 'react';
import { boothDetail, buildHallScene, type Label } from '../layout';
import type { Plan } from '../plan/schema';
import { loadBundle } from '../state/loadBundle';
import { Blocks } from '../world/Blocks';
import { closeUp, signsInSight } from '../world/firstSight';
import { Floor } from '../world/Floor';
import { Labels } from '../world/Labels';
import { LIGHTS } from '../world/lighting';

/** What the preview shows, for tests (window.__studioPreview): the booth's plan, its labels' texts, and whether they are laid out. */
export interface PreviewReport { plan: string; title: string; figures: number; labels: string[]; synced: number }

/** Props of BoothPreview. */
export interface BoothPreviewProps { plan: Plan }

/** The hall's font, as the served bundle names it (one fetch a page). */
let hallFont: Promise<{ url: string; chars: string }> | null = null;
function useHallFont() {
  const [font, setFont] = useState<{ url: string; chars: string } | null>(null);
  useEffect(() => {
    hallFont ??= loadBundle().then((b) => {
      if (!b.font) throw new Error('the hall has no font');
      return { url: `${import.meta.env.BASE_URL}generated/${b.font.file}`, chars: b.font.chars };
    });
    let live = true;
    hallFont.then((f) => { if (live) setFont(f); }, () => { hallFont = null; });
    return () => { live = false; };
  }, []);
  return font;
}

/** Points the camera from the booth's front viewpoint at its target. */
function FrontCamera({ from, at }: { from: [number, number, number]; at: [number, number, number] }) {
  const camera = useThree((s) => s.camera);
  const invalidate = useThree((s) => s.invalidate);
  useEffect(() => {
    camera.position.set(...from);
    camera.lookAt(...at);
    camera.updateMatrixWorld();
    invalidate();
  }, [camera, from, at, invalidate]);
  return null;
}

/** The booth's labels; each layout done draws a frame (the canvas draws on demand). */
function PreviewLabels({ labels, font, onSynced }: { labels: Label[]; font: { url: string; chars: string }; onSynced: () => void }) {
  const invalidate = useThree((s) => s.invalidate);
  const synced = useMemo(() => () => { invalidate(); onSynced(); }, [invalidate, onSynced]);
  return <Labels labels={labels} font={font} onSynced={synced} />;
}

/** The preview canvas of one plan's booth. */
export default function BoothPreview({ plan }: BoothPreviewProps) {
  const font = useHallFont();
  const [synced, setSynced] = useState(0);
  const view = useMemo(() => {
    const scene = buildHallScene([plan], { title: '' });
    const booth = scene.booths[0];
    const [x, y, z] = booth.front.position;
    const eye = { x, y, z };
    const near = closeUp(scene, booth.id, boothDetail(plan, scene.placements[booth.id]), { article: 0, page: 0 }, eye);
    const labels: Label[] = [...signsInSight(scene, [booth.id], eye), ...near.labels];
    return { scene, booth, blocks: near.blocks, labels };
  }, [plan]);
  useEffect(() => {
    const report: PreviewReport = { plan: plan.id, title: plan.title, figures: plan.targets.length, labels: view.labels.map((l) => l.text), synced };
    (window as unknown as { __studioPreview?: PreviewReport }).__studioPreview = report;
  }, [plan, view, synced]);
  const onSynced = useMemo(() => () => setSynced((n) => n + 1), []);
  return (
    <figure className="booth-preview" aria-label="Preview of the booth">
      <Canvas
        flat
        frameloop="demand"
        dpr={1}
        // The pixels stay readable after a frame: tests and screenshots look at them.
        gl={{ preserveDrawingBuffer: true, antialias: true }}
        camera={{ fov: 62, near: 0.05, far: 200, position: view.booth.front.position }}
      >
        <FrontCamera from={view.booth.front.position} at={view.booth.front.target} />
        <color attach="background" args={['#e8e3da']} />
        <hemisphereLight args={[LIGHTS.hemisphere.sky, LIGHTS.hemisphere.ground, LIGHTS.hemisphere.intensity]} />
        {LIGHTS.directional.map((d, i) => <directionalLight key={i} position={d.position} intensity={d.intensity} color={d.color} />)}
        <Floor rects={view.scene.floor} />
        <Blocks name="booth" blocks={view.booth.blocks} />
        <Blocks name="detail" blocks={view.blocks} unlit />
        {font && <PreviewLabels labels={view.labels} font={font} onSynced={onSynced} />}
      </Canvas>
      <figcaption>{plan.title} · {plan.targets.length} {plan.targets.length === 1 ? 'figure' : 'figures'}, as the hall will draw the booth{font ? '' : ' (loading the hall’s font…)'}</figcaption>
    </figure>
  );
}

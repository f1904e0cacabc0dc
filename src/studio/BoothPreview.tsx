/**
 * The booth of the plan under review, drawn as the hall will draw it: the same layout (a hall of
 * this one plan, so the booth gets the size and parts its plan gives it) and the same world
 * pieces — boxes, floor, signs and the close-up detail a visitor standing at its front sees —
 * with the hall's font, subset by the server to the hall's characters and the document's own, so
 * characters only this document has are drawn before the publish. It follows every decision: a
 * rejected figure leaves it at once.
 * Its own chunk (three.js and the world come with it), opened only when a document is reviewed.
 */
import { Canvas, useThree } from '@react-three/fiber';
import { useEffect, useMemo, useState } from 'react';
import { boothDetail, buildHallScene, type Label } from '../layout';
import type { Plan } from '../plan/schema';
import { loadBundle } from '../state/loadBundle';
import { api } from './api';
import { Blocks } from '../world/Blocks';
import { closeUp, signsInSight } from '../world/firstSight';
import { Floor } from '../world/Floor';
import { Labels } from '../world/Labels';
import { LIGHTS } from '../world/lighting';

/**
 * What the preview shows, for tests (window.__studioPreview): the booth's plan, its labels' texts,
 * how many layouts are done, which font draws them (the document's own, or the hall's served one
 * when that could not be had), whether the last layout was in that font (`inFont`), and the
 * labels' characters that font lacks (drawn as □).
 */
export interface PreviewReport { plan: string; title: string; figures: number; labels: string[]; synced: number; font: 'document' | 'hall' | null; inFont: boolean; missing: string }

/** Props of BoothPreview: the plan, and the document (its id) it comes from. */
export interface BoothPreviewProps { plan: Plan; doc: string }

/** A font troika draws with: where it reads it, and the characters it has. */
interface DrawFont { url: string; chars: string }

/** The hall's font, as the served bundle names it (one fetch a page). */
let hallFont: Promise<DrawFont> | null = null;
function loadHallFont(): Promise<DrawFont> {
  hallFont ??= loadBundle().then((b) => {
    if (!b.font) throw new Error('the hall has no font');
    return { url: `${import.meta.env.BASE_URL}generated/${b.font.file}`, chars: b.font.chars };
  });
  hallFont.catch(() => { hallFont = null; });
  return hallFont;
}

/** The preview's font: `own` when the server's subset for the document; else the hall's, with why. */
interface PreviewFont extends DrawFont { doc: string; own: boolean; why?: string }

/** The characters of `text` (but line breaks) that are not in `chars`. */
function lacks(chars: string, text: string): string {
  const have = new Set(chars);
  return [...new Set(text)].filter((ch) => ch !== '\n' && !have.has(ch)).join('');
}

/** The font subset the server makes for `doc`, as a blob: URL troika reads. */
async function documentFont(doc: string): Promise<DrawFont> {
  const { chars, woff } = await api.previewFont(doc);
  const bytes = Uint8Array.from(atob(woff), (c) => c.charCodeAt(0));
  return { url: URL.createObjectURL(new Blob([bytes], { type: 'font/woff' })), chars };
}

/**
 * The font for the document's booth, asked for again when `text` (the labels) gains a character
 * it lacks — a corrected title. Without it (the server unreachable, a refused key) the hall's
 * served font draws, and its new characters show as □.
 */
function usePreviewFont(doc: string, text: string): PreviewFont | null {
  const [font, setFont] = useState<PreviewFont | null>(null);
  const lacking = useMemo(() => !!font?.own && lacks(font.chars, text) !== '', [font, text]);
  const current = font?.doc === doc && !lacking;
  useEffect(() => {
    if (current) return;
    let live = true;
    documentFont(doc).then(
      (f) => { if (live) setFont({ ...f, doc, own: true }); else URL.revokeObjectURL(f.url); },
      (e: Error) => loadHallFont().then((f) => { if (live) setFont({ ...f, doc, own: false, why: e.message }); }, () => undefined),
    );
    return () => { live = false; };
  }, [doc, current]);
  // A font replaced (or the preview closed) is let go; troika keeps what it has read of it.
  useEffect(() => () => { if (font?.own) URL.revokeObjectURL(font.url); }, [font]);
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
function PreviewLabels({ labels, font, onSynced }: { labels: Label[]; font: DrawFont; onSynced: (url: string) => void }) {
  const invalidate = useThree((s) => s.invalidate);
  const synced = useMemo(() => () => { invalidate(); onSynced(font.url); }, [invalidate, onSynced, font.url]);
  return <Labels labels={labels} font={font} onSynced={synced} />;
}

/** The preview canvas of one plan's booth. */
export default function BoothPreview({ plan, doc }: BoothPreviewProps) {
  const [synced, setSynced] = useState({ n: 0, url: '' });
  const view = useMemo(() => {
    const scene = buildHallScene([plan], { title: '' });
    const booth = scene.booths[0];
    const [x, y, z] = booth.front.position;
    const eye = { x, y, z };
    const near = closeUp(scene, booth.id, boothDetail(plan, scene.placements[booth.id]), { article: 0, page: 0 }, eye);
    const labels: Label[] = [...signsInSight(scene, [booth.id], eye), ...near.labels];
    return { scene, booth, blocks: near.blocks, labels, text: labels.map((l) => l.text).join('') };
  }, [plan]);
  const font = usePreviewFont(doc, view.text);
  useEffect(() => {
    const missing = font ? lacks(font.chars, view.text) : '';
    const report: PreviewReport = { plan: plan.id, title: plan.title, figures: plan.targets.length, labels: view.labels.map((l) => l.text), synced: synced.n, font: font ? (font.own ? 'document' : 'hall') : null, inFont: !!font && synced.url === font.url, missing };
    (window as unknown as { __studioPreview?: PreviewReport }).__studioPreview = report;
  }, [plan, view, synced, font]);
  const onSynced = useMemo(() => (url: string) => setSynced((s) => ({ n: s.n + 1, url })), []);
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
        {/* A new font lays every label out again: the labels are made anew for it. */}
        {font && <PreviewLabels key={font.url} labels={view.labels} font={font} onSynced={onSynced} />}
      </Canvas>
      <figcaption>
        {plan.title} · {plan.targets.length} {plan.targets.length === 1 ? 'figure' : 'figures'}, as the hall will draw the booth{font ? '' : ' (loading the font…)'}
        {font && !font.own && (
          <span className="preview-fallback" role="status">
            {' '}Drawn in the hall’s published font ({font.why}): characters only this document has show as □ until it is published.
          </span>
        )}
      </figcaption>
    </figure>
  );
}

/**
 * Text in one draw call: troika's BatchedText holding a Text per label. Glyphs come from the
 * font subset shipped with the hall; a character outside it is shown as □ rather than fetched.
 */
import { useEffect, useMemo } from 'react';
import { useThree } from '@react-three/fiber';
import { Color, LinearSRGBColorSpace, MeshBasicMaterial } from 'three';
import { BatchedText, Text } from 'troika-three-text';
import type { Label } from '../layout';
import { noteActivity } from '../state/activity';
import { isSoftwareGL } from './softwareGL';

/** Props of Labels. */
export interface LabelsProps {
  labels: Label[];
  font: { url: string; chars: string };
  /** Called once every label has been laid out (and after each change). */
  onSynced?: () => void;
  /** Drawn after and over everything else, like Blocks' onTop. */
  onTop?: boolean;
}

/** Replaces characters the font subset lacks, so troika never looks for a fallback font. */
export function coverText(text: string, chars: Set<string>): string {
  let out = '';
  for (const ch of text) out += ch === '\n' || chars.has(ch) ? ch : '□';
  return out;
}

function labelKey(l: Label): string {
  return `${l.text}|${l.x}|${l.y}|${l.z}|${l.rotY}|${l.rotX}|${l.size}|${l.color}|${l.anchorX}|${l.anchorY}|${l.maxWidth}|${l.lineHeight}`;
}

/** Same-origin and never requested, as long as coverText keeps every glyph in the subset. */
const NO_FALLBACK = `${location.origin}/generated/no-fallback/`;

function makeText(l: Label, url: string, chars: Set<string>, gpuSDF: boolean): Text {
  const t = new Text();
  t.gpuAccelerateSDF = gpuSDF;
  t.text = coverText(l.text, chars);
  t.font = url;
  t.unicodeFontsURL = NO_FALLBACK;
  t.fontSize = l.size;
  // BatchedText packs colours as hex and the shader reads them as linear: hand it linear values.
  t.color = new Color(l.color).getHex(LinearSRGBColorSpace);
  t.anchorX = l.anchorX ?? 'center';
  t.anchorY = l.anchorY ?? 'middle';
  t.overflowWrap = 'break-word';
  t.whiteSpace = 'normal';
  if (l.maxWidth) t.maxWidth = l.maxWidth;
  if (l.lineHeight) t.lineHeight = l.lineHeight;
  t.position.set(l.x, l.y, l.z);
  // Turn about y, then tilt about the turned x axis (a map lying on a lectern, letters on the floor).
  t.rotation.set(l.rotX ?? 0, l.rotY, 0, 'YXZ');
  return t;
}

/** Render order of boxes drawn on top; their labels come one after. */
export const ON_TOP_ORDER = 1000;

/** Draws `labels` as one BatchedText. */
export function Labels({ labels, font, onSynced, onTop = false }: LabelsProps) {
  const batch = useMemo(() => {
    const b = new BatchedText();
    b.frustumCulled = false;
    if (onTop) {
      b.material = new MeshBasicMaterial({ depthTest: false, depthWrite: false });
      b.renderOrder = ON_TOP_ORDER + 1;
    }
    return b;
  }, [onTop]);
  const chars = useMemo(() => new Set(font.chars), [font.chars]);
  const gl = useThree((s) => s.gl);
  const gpuSDF = useMemo(() => !isSoftwareGL(gl.getContext()), [gl]);
  // Members are kept by content, so changing one panel page re-lays out only that page's text.
  const members = useMemo(() => new Map<string, Text>(), [batch]);
  useEffect(() => {
    const wanted = new Map(labels.map((l) => [labelKey(l), l]));
    for (const [key, t] of members) {
      if (wanted.has(key)) continue;
      batch.remove(t);
      t.dispose();
      members.delete(key);
    }
    for (const [key, l] of wanted) {
      if (members.has(key)) continue;
      const t = makeText(l, font.url, chars, gpuSDF);
      batch.add(t);
      members.set(key, t);
    }
    // New glyphs are drawn on the next frame, whether or not anything else is changing.
    const done = () => {
      noteActivity();
      onSynced?.();
    };
    batch.addEventListener('synccomplete', done);
    batch.sync();
    // troika says nothing when there was nothing to lay out (no labels, or the same ones): say it here.
    if ([...members.values()].every((t) => t.textRenderInfo)) done();
    return () => batch.removeEventListener('synccomplete', done);
  }, [labels, batch, members, font.url, chars, gpuSDF, onSynced]);
  useEffect(() => () => {
    for (const t of members.values()) { batch.remove(t); t.dispose(); }
    members.clear();
  }, [batch, members]);
  return <primitive object={batch} />;
}

/**
 * Cards in a headset: the menu (directory, settings, exit), a figure's quote, and a clause panel
 * brought close. A card is placed once, 1.3 m in front of the eyes and facing them, and stays put
 * while read (world-locked is kinder than head-locked). The menu button rides below the gaze and
 * catches up lazily when the visitor turns away from it.
 */
import { useLayoutEffect, useMemo, useRef } from 'react';
import { useFrame } from '@react-three/fiber';
import { Vector3, type Group } from 'three';
import {
  articleOfTarget, CARD_DISTANCE, clausePanel, CLOSER_SCALE, figureHighlight, menuButtonCard, menuCard, quoteCard,
  type Block, type CardAction, type HallScene, type Label,
} from '../layout';
import { useShallow } from 'zustand/react/shallow';
import { panelOf, useExpo, type ExpoState, type XRCard } from '../state/store';
import { Blocks } from '../world/Blocks';
import { Labels } from '../world/Labels';
import { handlePick } from '../input/picks';
import { usePresence } from '../presence/presence';
import { headInHall } from './placement';
import { xrPose } from './xrPose';
import { FRAME_ORDER } from '../world/frameOrder';

/** A card button's action and where it is in the hall. */
export interface CardTarget {
  action: CardAction;
  at: [number, number, number];
}

const targetSources = new Set<() => CardTarget[]>();

/** Hall positions of the buttons of every card shown (open card, menu button, wrist panel): diagnostics, to aim at in tests. */
export function cardTargets(): CardTarget[] {
  return [...targetSources].flatMap((f) => f());
}

/** Lists the card buttons among `blocks`, drawn in group `g`, while mounted. */
export function useCardTargets(list: () => { group: Group | null; blocks: Block[] }[], deps: unknown[]): void {
  useLayoutEffect(() => {
    const source = () => list().flatMap(({ group, blocks }) => {
      if (!group) return [];
      group.updateWorldMatrix(true, false);
      return blocks.flatMap((b): CardTarget[] => {
        if (b.pick?.type !== 'card') return [];
        const v = new Vector3(b.x, b.y, b.z + b.sz / 2).applyMatrix4(group.matrixWorld);
        return [{ action: b.pick.action, at: [v.x, v.y, v.z] }];
      });
    });
    targetSources.add(source);
    return () => { targetSources.delete(source); };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, deps);
}

/** Props of XRCards. */
export interface XRCardsProps {
  scene: HallScene;
  font: { url: string; chars: string };
}

/** The parts of the app's (and presence's) state a card shows. */
type CardState = Pick<ExpoState, 'xr' | 'boothId' | 'panels' | 'figure'> & { role: ExpoState['present']['role']; hand: boolean };

/** The card's boxes and labels and the scale it is drawn at. */
function cardContent(scene: HallScene, card: XRCard | null, s: CardState): { blocks: Block[]; labels: Label[]; scale: number } {
  const none = { blocks: [], labels: [], scale: 1 };
  if (!card) return none;
  if (card.kind === 'menu') return { ...menuCard(scene.plans, { page: card.page, snapDegrees: s.xr.snapDegrees, smooth: s.xr.smooth, boothId: s.boothId, role: s.role, hand: s.hand }), scale: 1 };
  const booth = scene.booths.find((b) => b.id === card.boothId);
  if (!booth) return none;
  if (card.kind === 'quote') {
    const plan = scene.plans.find((p) => p.id === card.boothId);
    const target = plan?.targets.find((t) => t.id === card.targetId);
    return plan && target ? { ...quoteCard(plan, target, articleOfTarget(booth.articles, target)), scale: 1 } : none;
  }
  const view = panelOf(s, card.boothId);
  const article = booth.articles[Math.min(view.article, booth.articles.length - 1)];
  if (!article) return none;
  const highlight = figureHighlight(scene, s.figure, card.boothId, article.index);
  const p = clausePanel({ x: 0, z: 0, facing: 1 }, booth.id, { x: 0, y: 0, z: 0 }, { article, articleCount: booth.articles.length, page: view.page, highlight, brought: true }, booth.accent, scene.themeLabel);
  return { ...p, scale: CLOSER_SCALE };
}

/** The spot `distance` metres in front of the eyes and `drop` below them, facing the visitor. */
function beforeEyes(distance: number, drop: number): { x: number; y: number; z: number; yaw: number } {
  const h = headInHall(xrPose.origin, xrPose.head);
  return { x: h.x - Math.sin(h.yaw) * distance, y: xrPose.head.y - drop, z: h.z - Math.cos(h.yaw) * distance, yaw: h.yaw };
}

/** Where the menu button rides: half a metre ahead, well below the eyes, tilted up to face them. */
const BUTTON = { distance: 0.5, drop: 0.55, tilt: -0.6 };

/** The menu button and the open card. */
export function XRCards({ scene, font }: XRCardsProps) {
  const card = useExpo((s) => s.xr.card);
  const hand = usePresence((s) => s.hand);
  const expo = useExpo(useShallow((s) => ({ xr: s.xr, boothId: s.boothId, panels: s.panels, figure: s.figure, role: s.present.role })));
  const state: CardState = useMemo(() => ({ ...expo, hand }), [expo, hand]);
  const dock = useRef<Group>(null);
  const button = useRef<Group>(null);
  const following = useRef(true);
  const content = useMemo(() => cardContent(scene, card, state), [scene, card, state]);
  const buttonCard = useMemo(() => menuButtonCard(), []);
  useCardTargets(() => [{ group: dock.current, blocks: card ? content.blocks : [] }, { group: button.current, blocks: buttonCard.blocks }], [card, content, buttonCard]);
  // A new card (not a new page of the same one) is placed before the eyes.
  const placement = card ? `${card.kind}:${'boothId' in card ? card.boothId : ''}:${'targetId' in card ? card.targetId : ''}` : '';
  useLayoutEffect(() => {
    if (!placement || !dock.current) return;
    const at = beforeEyes(CARD_DISTANCE, 0.12);
    dock.current.position.set(at.x, at.y, at.z);
    dock.current.rotation.set(0, at.yaw, 0, 'YXZ');
  }, [placement]);
  useFrame((_, delta) => {
    const g = button.current;
    if (!g) return;
    // Catch up only once the visitor has turned or walked away from it, then glide into place.
    const to = beforeEyes(BUTTON.distance, BUTTON.drop);
    const dx = to.x - g.position.x;
    const dz = to.z - g.position.z;
    const dyaw = Math.atan2(Math.sin(to.yaw - g.rotation.y), Math.cos(to.yaw - g.rotation.y));
    const turned = Math.abs(dyaw);
    if (turned > 0.7 || Math.hypot(dx, dz) > 0.35) following.current = true;
    if (!following.current) return;
    const k = 1 - Math.exp(-Math.min(delta, 0.1) * 8);
    g.position.set(g.position.x + dx * k, g.position.y + (to.y - g.position.y) * k, g.position.z + dz * k);
    g.rotation.set(BUTTON.tilt, g.rotation.y + dyaw * k, 0, 'YXZ');
    if (turned < 0.05 && Math.hypot(dx, dz) < 0.03) following.current = false;
  }, FRAME_ORDER.read);
  return (
    <>
      <group ref={dock} name="xr-card" visible={!!card} scale={content.scale}>
        <Blocks name="xr-card-boxes" blocks={content.blocks} onPick={handlePick} unlit onTop />
        <Labels labels={content.labels} font={font} onTop />
      </group>
      <group ref={button} name="xr-menu-button">
        <Blocks name="xr-menu-button-box" blocks={buttonCard.blocks} onPick={handlePick} unlit onTop />
        <Labels labels={buttonCard.labels} font={font} onTop />
      </group>
    </>
  );
}

/**
 * This page's presence: one relay socket that enters the hall, sends where the visitor stands
 * POSE_HZ times a second (only when they moved, and a keep-alive now and then), and keeps the
 * peers the relay announces, each with a track the world interpolates every frame. The peers'
 * list (who, not where) is in a small store for the page; tracks stay outside React.
 */
import { create } from 'zustand';
import { deviceClass } from '../analytics/device';
import { APRON } from '../layout';
import { KEEPALIVE_MS, POSE_HZ, quantisePoseWithHands, unquantisePose, type HandPosition, type HandAbout, type Mode, type WireHand, type WirePeer, type WirePose } from '../present/presenceProtocol';
import type { ClientMessage, RelayMessage } from '../present/protocol';
import { RelayLink } from '../present/relayLink';
import { noteActivity } from '../state/activity';
import { setPresenceSource, type PeerHands, type PresenceDiagnostics } from '../state/diagnostics';
import { panelOf, useExpo } from '../state/store';
import { rig } from '../state/rig';
import { headInHall, rotateY } from '../xr/placement';
import { xrPose } from '../xr/xrPose';
import { Track } from './interpolate';
import { cleanName, loadSettings, saveSettings, type PresenceSettings } from './settings';

/** A peer as the world draws it. */
export interface Peer extends WirePeer {
  track: Track;
}

/** What the page shows of presence. */
export interface PresenceView {
  link: 'off' | 'connecting' | 'open' | 'lost';
  self: { id: string; name: string } | null;
  instance: string | null;
  /** Everyone else in the instance (who they are; where is in `peers`). */
  peers: WirePeer[];
  settings: PresenceSettings;
  /** The visitor's own hand is up. */
  hand: boolean;
  /** Why the last raised hand went nowhere. */
  handError: 'no-presenter' | null;
}

export const usePresence = create<PresenceView>(() => ({ link: 'off', self: null, instance: null, peers: [], settings: loadSettings(), hand: false, handError: null }));

/** The peers by id, with their tracks (read by the world each frame). */
export const peers = new Map<string, Peer>();

let link: RelayLink | null = null;
let hall: string | null = null;
let lastSent: { pose: WirePose; at: number } | null = null;
let timer: ReturnType<typeof setInterval> | null = null;

/** The device class presence shows: a headset in XR, a phone for touch screens, else a desktop. */
function mode(): Mode {
  const coarse = matchMedia?.('(pointer: coarse)').matches ?? false;
  const c = deviceClass({ xr: useExpo.getState().xr.presenting, coarse, shortSide: Math.min(screen.width, screen.height) });
  return c === 'headset' ? 'xr' : c === 'desktop' ? 'desktop' : 'phone';
}

/** The hello sent on every (re)connection and whenever how the visitor appears changes. */
function enterMessage(): ClientMessage | null {
  if (!hall) return null;
  const { settings } = usePresence.getState();
  const p = useExpo.getState().present;
  return {
    t: 'enter', hall, mode: mode(), colour: settings.colour,
    ...(settings.name && { name: settings.name }), ...(settings.unseen && { unseen: true }),
    ...(p.code && p.role !== 'none' && { code: p.code }),
  };
}

const publishPeers = () => {
  usePresence.setState({ peers: [...peers.values()].map(({ track: _, ...p }) => p) });
  noteActivity();
};

function onRelay(m: RelayMessage): void {
  if (m.t === 'present') {
    peers.clear();
    for (const p of m.peers) peers.set(p.id, { ...p, track: new Track() });
    usePresence.setState({ self: { id: m.id, name: m.name }, instance: m.instance, hand: false });
    lastSent = null;
    publishPeers();
  } else if (m.t === 'peer') {
    const had = peers.get(m.peer.id);
    peers.set(m.peer.id, { ...m.peer, track: had?.track ?? new Track() });
    publishPeers();
  } else if (m.t === 'gone') {
    if (peers.delete(m.id)) publishPeers();
  } else if (m.t === 'poses') {
    const now = performance.now();
    for (const [id, ...p] of m.p) peers.get(id)?.track.push(now, unquantisePose(p));
    // Peers move on this page's frames: draw every frame while they do.
    noteActivity();
  } else if (m.t === 'no-presenter') usePresence.setState({ hand: false, handError: 'no-presenter' });
  else if (m.t === 'error' && m.reason === 'no-hall') stopPresence();
}

/** Where the visitor stands, inside the hall's floor (the relay drops poses outside it); in a headset, with the hands. */
function currentPose(): WirePose | null {
  const s = useExpo.getState();
  const b = s.scene?.layout.bounds;
  if (!b) return null;
  let x: number, y: number, z: number, yaw: number;
  let hands: [HandPosition, HandPosition] = [null, null];
  if (s.xr.presenting) {
    const h = headInHall(xrPose.origin, xrPose.head);
    [x, y, z, yaw] = [h.x, xrPose.head.y, h.z, h.yaw];
    hands = handsFromHead();
  } else {
    // From the overview the visitor is where they will come back down to.
    const p = s.overview ? rig.beforeOverview : rig;
    if (!p) return null;
    [x, y, z, yaw] = [p.x, p.y, p.z, p.yaw];
  }
  const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));
  return quantisePoseWithHands(clamp(x, b.minX - APRON, b.maxX + APRON), y, clamp(z, b.minZ - APRON, b.maxZ + APRON), yaw, hands);
}

/** The tracked hands as offsets from the head in hall axes (m): both live in the origin's frame, so only its turn applies. */
function handsFromHead(): [HandPosition, HandPosition] {
  const { head, origin } = xrPose;
  return xrPose.hands.map((p): HandPosition => {
    if (!p) return null;
    const [dx, dz] = rotateY(p.x - head.x, p.z - head.z, origin.yaw);
    return [dx, p.y - head.y, dz];
  }) as [HandPosition, HandPosition];
}

function sendPose(): void {
  const self = usePresence.getState().self;
  const pose = currentPose();
  if (!link || !self || !pose) return;
  const now = performance.now();
  if (lastSent && lastSent.pose.length === pose.length && lastSent.pose.every((v, i) => v === pose[i]) && now - lastSent.at < KEEPALIVE_MS) return;
  if (link.send({ t: 'pose', id: self.id, p: pose })) lastSent = { pose, at: now };
}

/** Says again how the visitor appears (after a change of name, device, session). */
function reenter(): void {
  const m = enterMessage();
  if (m) link?.send(m);
}

/** Becomes present in `scene`'s hall. */
export function startPresence(scene: string): void {
  if (link) return;
  hall = scene;
  link = new RelayLink(enterMessage, onRelay, (state) => usePresence.setState({ link: state }));
  timer = setInterval(sendPose, 1000 / POSE_HZ);
  setPresenceSource(() => presenceDiagnostics((id) => import('../present').then((m) => m.takeHand(id))));
  // Entering a headset, following or presenting changes how (and with whom) the visitor is present.
  let was = watchKey();
  useExpo.subscribe(() => {
    const now = watchKey();
    if (now !== was) { was = now; reenter(); }
  });
}

function watchKey(): string {
  const s = useExpo.getState();
  return `${s.xr.presenting}|${s.present.role}|${s.present.code}`;
}

/** Leaves presence for good (the hall is not served here, or the page closes). */
export function stopPresence(): void {
  link?.close({ t: 'exit' });
  link = null;
  if (timer) clearInterval(timer);
  timer = null;
  peers.clear();
  usePresence.setState({ link: 'off', self: null, peers: [] });
}

/** Changes how the visitor appears; remembered on this device. */
export function updateSettings(patch: Partial<PresenceSettings>): void {
  const settings = { ...usePresence.getState().settings, ...patch };
  settings.name = cleanName(settings.name);
  saveSettings(settings);
  usePresence.setState({ settings });
  reenter();
}

/** What the visitor is looking at: the figure shown, else the clause on the booth's panel, else the booth. */
export function lookingAt(): HandAbout | null {
  const s = useExpo.getState();
  if (s.figure) {
    const metric = s.scene?.plans.find((p) => p.id === s.figure!.boothId)?.targets.find((t) => t.id === s.figure!.targetId)?.metric;
    return { boothId: s.figure.boothId, targetId: s.figure.targetId, ...(metric && { label: metric.slice(0, 120) }) };
  }
  if (!s.boothId) return null;
  const article = s.scene?.booths.find((b) => b.id === s.boothId)?.articles[panelOf(s, s.boothId).article];
  if (article?.clauseIndex != null) return { boothId: s.boothId, clause: article.clauseIndex, label: `${article.number} ${article.lead}`.trim().slice(0, 120) };
  return { boothId: s.boothId };
}

/** Raises a hand (with a written question, optionally) about what the visitor is looking at. */
export function raiseHand(text = ''): boolean {
  const sent = !!link?.send({ t: 'hand', ...(text.trim() && { text: text.trim().slice(0, 200) }), about: lookingAt() });
  if (sent) usePresence.setState({ hand: true, handError: null });
  return sent;
}

/** Lowers the visitor's hand. */
export function lowerHand(): void {
  link?.send({ t: 'lower' });
  usePresence.setState({ hand: false });
}

/** The presence diagnostics (window.__expo.presence). */
export function presenceDiagnostics(takeHand: (id: string) => Promise<boolean>): PresenceDiagnostics {
  const now = performance.now();
  const v = usePresence.getState();
  return {
    link: v.link, instance: v.instance, hand: v.hand, handError: v.handError, unseen: v.settings.unseen,
    self: v.self,
    peers: [...peers.values()].map((p) => {
      const at = p.track.at(now);
      const hands = at?.hands?.map((h) => (h ? [at.x + h[0], at.y + h[1], at.z + h[2]] : null)) as PeerHands | undefined;
      return { id: p.id, name: p.name, mode: p.mode, hand: p.hand, position: at ? [at.x, at.y, at.z] as [number, number, number] : null, hands: hands ?? [null, null] };
    }),
    hands: useExpo.getState().present.hands as WireHand[],
    question: useExpo.getState().present.question,
    raiseHand, lowerHand, takeHand,
    setName: (name: string) => updateSettings({ name }),
    setUnseen: (unseen: boolean) => updateSettings({ unseen }),
  };
}

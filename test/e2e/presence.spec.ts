import { expect, test } from '@playwright/test';
import WebSocket from 'ws';
import { openHall, settle } from './hall';
import { present as presentDiag } from './present';
import { closeVisitors, headsetPage, phonePage, presence, presentSelf, seesPeers } from './presence';

// Several software-rendered pages share the machine: the desktop's is kept small.
test.use({ viewport: { width: 800, height: 500 } });
test.afterEach(closeVisitors);
// Each page loads the hall with a software renderer: three of them take minutes on a shared machine.
test.setTimeout(420_000);

test.describe('visitors see each other', () => {
  test('a desktop, a phone and a headset see each other with their devices; a move arrives within a second; a leaver disappears', async ({ page, browser, baseURL }) => {
    await openHall(page);
    const phone = await phonePage(browser, baseURL!);
    const headset = await headsetPage(browser, baseURL!);
    const [d, p, h] = await Promise.all([presentSelf(page), presentSelf(phone), presentSelf(headset)]);
    await seesPeers(page, { [p]: 'phone', [h]: 'xr' });
    await seesPeers(phone, { [d]: 'desktop', [h]: 'xr' });
    await seesPeers(headset, { [d]: 'desktop', [p]: 'phone' });
    // The top-right button says what it counts, and its accessible name what opening it offers.
    await expect(page.getByTestId('presence-button')).toHaveText(/^(3 visitors here|在场 3 人)/);
    await expect(page.getByTestId('presence-button')).toHaveAttribute('aria-label', /name|名/);
    // Anonymous by default: 访客 and a number.
    const names = (await presence(phone)).peers.map((x) => x.name);
    expect(names.every((n) => /^访客 \d+$/.test(n))).toBe(true);
    expect(new Set(names).size).toBe(2);

    // The desktop walks; the phone's page notes when the desktop's avatar reaches the spot.
    const start = (await presence(phone)).peers.find((x) => x.id === d)!.position!;
    const to = { x: start[0] + 3, z: start[2] - 4 };
    await phone.evaluate(({ id, to }) => {
      const w = window as any;
      w.__peerArrived = new Promise<number>((resolve) => {
        const tick = () => {
          const q = w.__expo.presence.peers.find((x: { id: string }) => x.id === id);
          if (q?.position && Math.hypot(q.position[0] - to.x, q.position[2] - to.z) < 0.05) resolve(Date.now());
          else setTimeout(tick, 5);
        };
        tick();
      });
    }, { id: d, to });
    const sentAt = await page.evaluate(({ x, z }) => { window.__expo!.standAt(x, z, 0.5); return Date.now(); }, to);
    const arrivedAt: number = await phone.evaluate(() => (window as any).__peerArrived);
    const latency = arrivedAt - sentAt;
    console.log(`presence: a move reached the phone in ${latency} ms (drawn 180 ms in the past)`);
    expect(latency).toBeLessThan(1000);
    // The headset sees it there too.
    await expect.poll(async () => {
      const q = (await presence(headset)).peers.find((x) => x.id === d);
      return q?.position ? Math.hypot(q.position[0] - to.x, q.position[2] - to.z) : null;
    }, { timeout: 15_000 }).toBeLessThan(0.05);

    // A visitor who leaves is gone from the others.
    await phone.context().close();
    await seesPeers(page, { [p]: null, [h]: 'xr' });
    await seesPeers(headset, { [p]: null, [d]: 'desktop' });
    await headset.context().close();
  });

  test('a visitor can take a name or walk unseen', async ({ page, browser, baseURL }) => {
    await openHall(page);
    const other = await phonePage(browser, baseURL!);
    const [d, o] = await Promise.all([presentSelf(page), presentSelf(other)]);
    await seesPeers(other, { [d]: 'desktop' });
    await page.evaluate(() => window.__expo!.presence!.setName('李老师'));
    await other.waitForFunction((id) => window.__expo!.presence!.peers.find((x: { id: string }) => x.id === id)?.name === '李老师', d);
    await page.evaluate(() => window.__expo!.presence!.setUnseen(true));
    await seesPeers(other, { [d]: null }, 5000);
    // Unseen, the visitor still sees the others.
    await seesPeers(page, { [o]: 'phone' });
    await page.evaluate(() => window.__expo!.presence!.setUnseen(false));
    await seesPeers(other, { [d]: 'desktop' }, 5000);
    await page.evaluate(() => window.__expo!.presence!.setName(''));
    await other.context().close();
  });

  test('a raised hand reaches the presenter; taking it brings the followers to the figure with the question and marks the asker', async ({ page, browser, baseURL }) => {
    await openHall(page);
    const code = (await page.evaluate(() => window.__expo!.present.startPresenting()))!;
    const tours = await page.evaluate(() => window.__expo!.present.tours());
    // A figure some stop of the generated tour shows, away from the first stop.
    const figure = tours[0].stops.find((s: { kind: string }) => s.kind === 'figure')!;
    expect(figure).toBeTruthy();
    const asker = await phonePage(browser, baseURL!, `/?diagnostics&follow=${code}`);
    const other = await phonePage(browser, baseURL!, `/?diagnostics&follow=${code}`);
    await asker.waitForFunction(() => window.__expo!.present.role === 'follower');
    const askerId = await presentSelf(asker);
    await presentSelf(other);
    // An audience shares its presenter's instance.
    const instances = await Promise.all([page, asker, other].map(async (p) => (await presence(p)).instance));
    expect(new Set(instances).size).toBe(1);

    await asker.evaluate(({ boothId, targetId }) => window.__expo!.showFigure(boothId!, targetId!), figure);
    await asker.evaluate(() => window.__expo!.presence!.raiseHand('这个指标是怎么算出来的？'));
    await page.waitForFunction(() => window.__expo!.presence!.hands.length === 1, null, { timeout: 10_000 });
    const [hand] = (await presence(page)).hands;
    expect(hand).toMatchObject({ id: askerId, text: '这个指标是怎么算出来的？', about: { boothId: figure.boothId, targetId: figure.targetId } });
    await expect(page.getByTestId('hands-queue')).toContainText('这个指标是怎么算出来的？');
    // Everyone sees the hand up on the asker's avatar.
    await other.waitForFunction((id) => window.__expo!.presence!.peers.find((x: { id: string }) => x.id === id)?.hand === true, askerId);

    // The asker walks off; the presenter takes the question: followers go to the figure, question shown.
    await asker.evaluate(() => window.__expo!.goToBooth(window.__expo!.booths.at(-1)!.id));
    await page.getByTestId('take-hand').click();
    for (const f of [other, asker]) {
      await f.waitForFunction(({ boothId, targetId }) => {
        const v = window.__expo!.view;
        return v.figure?.boothId === boothId && v.figure?.targetId === targetId;
      }, figure, { timeout: 10_000 });
      const v = await settle(f);
      expect(Math.hypot(v.camera[0] - figure.view.position[0], v.camera[2] - figure.view.position[2])).toBeLessThan(0.3);
      expect((await presence(f)).question).toMatchObject({ id: askerId, text: '这个指标是怎么算出来的？' });
      await expect(f.getByTestId('question-banner')).toContainText('这个指标是怎么算出来的？');
    }
    expect((await presence(page)).hands).toEqual([]);
    // The hand is down once taken; "next" goes on with the tour and puts the question away.
    await other.waitForFunction((id) => window.__expo!.presence!.peers.find((x: { id: string }) => x.id === id)?.hand === false, askerId);
    const before = (await presentDiag(page)).stop!.index;
    await page.evaluate(() => window.__expo!.present.next());
    await other.waitForFunction((i) => window.__expo!.present.stop?.index === i + 1, before);
    expect((await presence(other)).question).toBeNull();
    await asker.context().close();
    await other.context().close();
  });

  test('forged presence frames change nothing', async ({ page, browser, baseURL }) => {
    await openHall(page);
    const observer = await phonePage(browser, baseURL!);
    const victim = await presentSelf(page);
    await presentSelf(observer);
    await seesPeers(observer, { [victim]: 'desktop' });
    const where = (await presence(observer)).peers.find((x) => x.id === victim)!.position!;

    const url = baseURL!.replace(/^http/, 'ws') + '/relay';
    const ws = new WebSocket(url, { origin: baseURL });
    const got: { t: string; id?: string }[] = [];
    ws.on('message', (m) => got.push(JSON.parse(String(m))));
    await new Promise((ok, fail) => { ws.once('open', ok); ws.once('error', fail); });
    // An oversized name is dropped: the forger is not present at all.
    ws.send(JSON.stringify({ t: 'enter', hall: 'hall', mode: 'desktop', colour: 0, name: '冒'.repeat(200) }));
    ws.send(JSON.stringify({ t: 'enter', hall: 'hall', mode: 'xr', colour: 0 }));
    await expect.poll(() => got.find((m) => m.t === 'present')?.id, { timeout: 5000 }).toBeTruthy();
    const forger = got.find((m) => m.t === 'present')!.id!;
    // Poses claiming the victim's id, and the forger's own outside the hall.
    for (let i = 0; i < 5; i++) ws.send(JSON.stringify({ t: 'pose', id: victim, p: [where[0] * 100 + 500, 160, where[2] * 100, 0] }));
    ws.send(JSON.stringify({ t: 'pose', id: forger, p: [9_000_000, 160, 0, 0] }));
    ws.send(JSON.stringify({ t: 'hand', about: null, text: 'x'.repeat(5000) }));
    await observer.waitForTimeout(800);
    const seen = await presence(observer);
    const v = seen.peers.find((x) => x.id === victim)!;
    expect(Math.hypot(v.position![0] - where[0], v.position![2] - where[2])).toBeLessThan(0.01);
    expect(seen.peers.some((x) => x.name.includes('冒'))).toBe(false);
    // The forger (present with its own id) never got a position outside the hall.
    const f = seen.peers.find((x) => x.id === forger);
    expect(f?.position ?? null).toBeNull();

    // A flood of poses gets the sender disconnected; the relay goes on for everyone else.
    const closed = new Promise((ok) => ws.once('close', ok));
    for (let i = 0; i < 400 && ws.readyState === ws.OPEN; i++) ws.send(JSON.stringify({ t: 'pose', id: forger, p: [0, 160, 0, 0] }));
    await closed;
    await seesPeers(observer, { [forger]: null }, 5000);
    await page.evaluate(({ x, z }) => window.__expo!.standAt(x + 1, z, 0), { x: where[0], z: where[2] });
    await observer.waitForFunction(({ id, x }) => {
      const q = window.__expo!.presence!.peers.find((p: { id: string }) => p.id === id);
      return q?.position && Math.abs(q.position[0] - x) < 0.05;
    }, { id: victim, x: where[0] + 1 }, { timeout: 5000 });
    await observer.context().close();
  });
});

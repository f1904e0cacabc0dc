import { expect, test, type Page } from '@playwright/test';
import { openHall, settle } from './hall';
import { atStop, followerPage, present, stopView } from './present';
import { closeVisitors, headsetPage, presence, presentSelf } from './presence';
import { aim, enterVR, frames, installQuest3, press, pull, xr } from './xr';

// Two software-rendered pages share the machine: the desktop's is kept small.
test.use({ viewport: { width: 800, height: 500 } });
test.afterEach(closeVisitors);
test.setTimeout(420_000);

/** Aims the right controller at the card button doing `what` and pulls the trigger. */
async function clickCard(page: Page, what: (a: { do: string } & Record<string, unknown>) => boolean): Promise<void> {
  const target = (await xr(page)).cardTargets.find((t) => what(t.action as { do: string }));
  expect(target, 'a card button to press').toBeDefined();
  await aim(page, target!.at);
  await pull(page);
}

/** The headset peer's hands as `page` draws them. */
async function handsOf(page: Page, id: string) {
  return (await presence(page)).peers.find((p) => p.id === id)?.hands ?? null;
}

test.describe('a presenter in a headset', () => {
  test('starts a tour from the menu, steps it with controller buttons and the wrist panel; a desktop follower arrives at each stop and sees the presenter\'s hands move', async ({ page, browser, baseURL }) => {
    await installQuest3(page);
    await openHall(page);
    await enterVR(page);
    // Menu (B) → 开始演讲.
    await press(page, 'right', 'b-button');
    await clickCard(page, (a) => a.do === 'present' && a.on === true);
    await page.waitForFunction(() => window.__expo!.present.role === 'presenter' && !!window.__expo!.present.code, null, { timeout: 20_000 });
    const { code, tourId } = await present(page);
    // The wrist panel is up, with its buttons.
    await frames(page, 3);
    const wrist = (await xr(page)).cardTargets.filter((t) => t.action.do === 'tour').map((t) => (t.action as { command: string }).command);
    expect(wrist.sort()).toEqual(['blank', 'next', 'previous']);

    const follower = await followerPage(browser, baseURL!, `/?diagnostics&follow=${code}`);
    try {
      await atStop(follower, 0);
      await page.waitForFunction(() => window.__expo!.present.followers === 1, null, { timeout: 10_000 });
      // A on the right controller steps on, X on the left steps back: the follower goes along.
      for (const [hand, button, index] of [['right', 'a-button', 1], ['right', 'a-button', 2], ['left', 'x-button', 1], ['right', 'a-button', 2], ['right', 'a-button', 3]] as const) {
        await press(page, hand, button);
        await atStop(page, index);
        await atStop(follower, index);
      }
      expect((await present(follower)).stop).toEqual((await present(page)).stop);
      const target = await stopView(follower, tourId!, 3);
      const v = await settle(follower);
      expect(Math.hypot(v.camera[0] - target.position[0], v.camera[2] - target.position[2])).toBeLessThan(0.3);

      // The wrist panel's 下一站 with the right ray, and its left grip blanks (and unblanks) the presenter's screen.
      await clickCard(page, (a) => a.do === 'tour' && a.command === 'next');
      await atStop(follower, 4);
      await press(page, 'left', 'squeeze');
      expect((await present(page)).blank).toBe(true);
      await press(page, 'left', 'squeeze');
      expect((await present(page)).blank).toBe(false);

      // The follower sees the presenter in the headset, hands and all; a hand raised 30 cm is seen raised.
      const id = await presentSelf(page);
      await expect.poll(async () => (await handsOf(follower, id))?.every((h) => h !== null), { timeout: 15_000 }).toBe(true);
      const before = (await handsOf(follower, id))![1]!;
      await page.evaluate(() => { (window as any).__xrDevice.controllers.right.position.y += 0.3; });
      await frames(page, 3);
      await expect.poll(async () => (await handsOf(follower, id))![1]![1] - before[1], { timeout: 15_000 }).toBeGreaterThan(0.25);
      const after = (await handsOf(follower, id))!;
      expect(Math.abs(after[1]![0] - before[0])).toBeLessThan(0.05);
      // Hands are drawn near their owner.
      const head = (await presence(follower)).peers.find((p) => p.id === id)!.position!;
      for (const h of after) expect(Math.hypot(h![0] - head[0], h![2] - head[2])).toBeLessThan(1.2);
    } finally {
      await follower.context().close();
    }
  });
});

test.describe('taking part from a headset', () => {
  test('a hand raised from the headset menu reaches the desktop presenter\'s queue, about the figure in view', async ({ page, browser, baseURL }) => {
    await openHall(page);
    const code = (await page.evaluate(() => window.__expo!.present.startPresenting()))!;
    const tours = await page.evaluate(() => window.__expo!.present.tours());
    const figure = tours[0].stops.find((s: { kind: string }) => s.kind === 'figure')!;
    const headset = await headsetPage(browser, baseURL!, `/?diagnostics&follow=${code}`);
    await headset.waitForFunction(() => window.__expo!.present.role === 'follower', null, { timeout: 20_000 });
    const askerId = await presentSelf(headset);
    await headset.evaluate(({ boothId, targetId }) => window.__expo!.showFigure(boothId!, targetId!), figure);
    await press(headset, 'left', 'y-button');
    expect((await xr(headset)).card?.kind).toBe('menu');
    await clickCard(headset, (a) => a.do === 'hand' && a.up === true);
    await page.waitForFunction(() => window.__expo!.presence!.hands.length === 1, null, { timeout: 15_000 });
    const [hand] = (await presence(page)).hands;
    expect(hand).toMatchObject({ id: askerId, about: { boothId: figure.boothId, targetId: figure.targetId } });
    await expect(page.getByTestId('hands-queue')).toBeVisible();
    // The headset's menu now offers to lower it; the presenter sees the hand on the avatar.
    await frames(headset, 3);
    expect((await xr(headset)).cardTargets.some((t) => t.action.do === 'hand' && (t.action as { up: boolean }).up === false)).toBe(true);
    await page.waitForFunction((id) => window.__expo!.presence!.peers.find((x: { id: string }) => x.id === id)?.hand === true, askerId, { timeout: 10_000 });
  });
});

import { expect, test, type Page } from '@playwright/test';
import { barButton, openHall, pixels, settle, view } from './hall';
import { watchOffline } from './offline';
import { enterVR, frames, installQuest3, xr } from './xr';
import { arrivedAt, atStop, followerPage, present, stopView, watchFor } from './present';

const near = (a: number[], b: number[], tol = 0.25) => Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]) < tol;

/** The presenter bar's controls another element lies over at their centre (their text or label). */
function coveredButtons(page: Page): Promise<string[]> {
  return page.getByTestId('presenter-bar').evaluate((bar) => [...bar.querySelectorAll('button, select')].filter((b) => {
    const r = b.getBoundingClientRect();
    const hit = document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2);
    return !hit || !b.contains(hit);
  }).map((b) => b.getAttribute('aria-label') ?? b.textContent ?? ''));
}

test.describe('presenting a tour to an audience that follows', () => {
  test('followers arrive at each stop the presenter goes to; late joiners, reconnects and step-aways catch up; a forged next changes nothing', async ({ page, browser, baseURL }) => {
    // Four pages at once on a shared 2-core machine: a busy one takes over the default two minutes.
    test.setTimeout(300_000);
    const watch = await watchOffline(page, baseURL!);
    await openHall(page);
    const code = (await page.evaluate(() => window.__expo!.present.startPresenting()))!;
    expect(code).toMatch(/^[A-HJKMNP-Z2-9]{5}$/);
    let p = await present(page);
    expect(p).toMatchObject({ role: 'presenter', code, tourId: 'default', stop: { index: 0, id: 'entrance' } });
    expect(p.joinUrl).toContain(`?follow=${code}`);
    // The join card: QR code drawn on the page, and the code in large type.
    await expect(page.getByTestId('join-qr')).toBeVisible();
    await expect(page.getByTestId('join-card')).toContainText(code);

    // One follower opens the join address, another types the code.
    const a = await followerPage(browser, baseURL!, `/?diagnostics&follow=${code}`);
    const b = await followerPage(browser, baseURL!);
    await (await barButton(b, 'follow')).click();
    await b.getByTestId('join-code').fill(code.toLowerCase());
    await b.getByTestId('join-code').press('Enter');
    for (const f of [a, b]) {
      await atStop(f, 0);
      expect((await present(f)).role).toBe('follower');
    }
    await expect(page.getByTestId('session-code')).toContainText('2');

    // The presenter's clicker: each stop reaches every follower within half a second.
    const lags: number[] = [];
    for (const [key, index] of [['PageDown', 1], ['ArrowRight', 2], [' ', 3]] as const) {
      await Promise.all([watchFor(a, index), watchFor(b, index)]);
      const t0 = await page.evaluate(() => Date.now());
      await page.keyboard.press(key);
      lags.push(...(await Promise.all([arrivedAt(a), arrivedAt(b)])).map((t) => t - t0));
    }
    console.log(`follow lag (ms): ${lags.join(', ')}`);
    expect(Math.max(...lags)).toBeLessThan(500);

    // Stop 3 of the default tour is the first booth's first key figure: followers see it highlighted, standing before it.
    const presenterStop = (await present(page)).stop!;
    expect(presenterStop.id).toMatch(/^figure:/);
    const target = await stopView(page, 'default', 3);
    for (const f of [a, b]) {
      expect((await present(f)).stop).toEqual(presenterStop);
      const v = await settle(f);
      expect(v.figure?.targetId).toBe(presenterStop.id.split(':')[2]);
      expect(near(v.camera, target.position)).toBe(true);
    }
    await expect(a.getByTestId('figure-card')).toBeVisible();
    await expect(a.getByTestId('follow-banner')).toContainText(code);

    // A late joiner lands on the current stop.
    const late = await followerPage(browser, baseURL!, `/?diagnostics&follow=${code}`);
    await atStop(late, 3);
    expect(near((await settle(late)).camera, target.position)).toBe(true);
    await expect(page.getByTestId('session-code')).toContainText('3');

    // A follower whose connection drops reconnects by itself and catches up on what it missed.
    await a.evaluate(() => window.__expo!.present.dropConnection());
    await page.keyboard.press('PageDown');
    await atStop(a, 4);
    await a.waitForFunction(() => window.__expo!.present.link === 'open');

    // Stepping away: the follower walks alone; rejoining lands on the current stop.
    await b.getByTestId('step-away').click();
    await b.waitForFunction(() => window.__expo!.present.role === 'none');
    await expect(page.getByTestId('session-code')).toContainText('2');
    await page.keyboard.press('PageDown');
    await atStop(a, 5);
    expect((await present(b)).stop).toBeNull();
    await b.getByTestId('rejoin').click();
    await atStop(b, 5);

    // A follower cannot drive: not through the app, not with a forged frame of its own.
    expect(await b.evaluate(() => window.__expo!.present.next())).toBe(false);
    const forged = await b.evaluate(async (code) => {
      const ws = new WebSocket(`ws://${location.host}/relay`);
      await new Promise((r) => (ws.onopen = r));
      ws.send(JSON.stringify({ t: 'join', code }));
      const stop = { index: 9, count: 20, tourId: 'default', id: 'booth:forged', kind: 'booth', title: 'forged', view: { position: [0, 1.6, 0], target: [0, 1.6, -1] } };
      for (const token of ['x'.repeat(24), code.repeat(5)]) ws.send(JSON.stringify({ t: 'stop', token, stop }));
      ws.send(JSON.stringify({ t: 'resume', code, token: 'y'.repeat(24) }));
      ws.send('{"t":"stop"');
      await new Promise((r) => setTimeout(r, 600));
      ws.close();
      return true;
    }, code);
    expect(forged).toBe(true);
    for (const f of [a, b, late, page]) expect((await present(f)).stop?.index).toBe(5);

    // Blanking the presenter's screen blanks the followers' too, saying why; the same key lifts it.
    await page.keyboard.press('b');
    await expect(a.getByTestId('blank')).toContainText(/paused|暂停/);
    await page.keyboard.press('b');
    await expect(a.getByTestId('blank')).toBeHidden();
    expect((await present(a)).stop?.index).toBe(5);

    // Ending the session tells every follower.
    await page.getByTestId('end-presenting').click();
    await a.waitForFunction(() => window.__expo!.present.error === 'ended');
    await expect(a.getByTestId('follow-banner')).toContainText(/ended|结束/);
    expect(watch.outside).toEqual([]);
    for (const f of [a, b, late]) await f.context().close();
  });

  test('presenter mode: clicker keys, blank screen, progress and elapsed time; speaker notes in a second window stay in step', async ({ page, context }) => {
    await openHall(page, '/?diagnostics&present=highlights');
    await page.waitForFunction(() => window.__expo!.present.role === 'presenter' && window.__expo!.present.stop?.index === 0);
    await expect(page.getByTestId('tour-select')).toHaveValue('highlights');
    const bar = page.getByTestId('presenter-bar');
    await expect(page.getByTestId('stop-title')).toContainText('1 / 6');
    await expect(page.getByTestId('stop-title')).toContainText('欢迎');

    // On a short window (800×500 the bar wraps to two rows) the join card stays above the bar:
    // every button of the bar is what a click at its centre reaches. At 1280×800 too.
    const size = page.viewportSize()!;
    for (const [width, height] of [[800, 500], [size.width, size.height]]) {
      await page.setViewportSize({ width, height });
      await expect(page.getByTestId('join-qr')).toBeVisible();
      await expect.poll(() => coveredButtons(page)).toEqual([]);
      const card = (await page.getByTestId('join-card').boundingBox())!;
      expect(card.y + card.height).toBeLessThanOrEqual((await bar.boundingBox())!.y);
      await page.screenshot({ path: test.info().outputPath(`presenter-${width}x${height}.png`) });
    }

    const notes = await context.newPage();
    await notes.goto('/?notes');
    await expect(notes.getByTestId('notes-title')).toHaveText('欢迎 Welcome');
    await expect(notes.getByTestId('notes-points')).toContainText('六份元宇宙产业政策');

    // Keys on the presenting window move the notes; keys on the notes window move the hall.
    await page.keyboard.press('PageDown');
    await expect(notes.getByTestId('notes-position')).toHaveText('2 / 6');
    await expect(notes.getByTestId('notes-points')).toContainText('生态型企业');
    await notes.keyboard.press('PageDown');
    await atStop(page, 2);
    await expect(notes.getByTestId('notes-position')).toHaveText('3 / 6');
    await notes.getByTestId('notes-next').click();
    await atStop(page, 3);
    await page.keyboard.press('ArrowLeft');
    await atStop(page, 2);
    await page.keyboard.press('Shift+Space');
    await atStop(page, 1);
    await page.keyboard.press('PageUp');
    await page.keyboard.press('PageUp');
    await atStop(page, 0);
    await page.keyboard.press('PageDown');
    await page.keyboard.press('PageDown');
    await atStop(page, 2);
    // Arrow keys drive the tour, not the visitor's feet: the camera rests at the stop's view.
    const v = await settle(page);
    expect(v.figure?.boothId).toBe('sichuan');
    const stopAt = await stopView(page, 'highlights', 2);
    expect(near(v.camera, stopAt.position)).toBe(true);
    await expect(page.getByTestId('figure-card')).toBeVisible();
    await expect(bar.getByRole('progressbar')).toHaveAttribute('aria-valuenow', '3');

    // B blanks the screen (and the notes say so); B again brings the hall back.
    await page.keyboard.press('b');
    await expect(page.getByTestId('blank')).toBeVisible();
    await expect(notes.getByTestId('notes')).toContainText(/黑屏|Blank/);
    const shot = await page.screenshot();
    expect(shot.length).toBeLessThan(20_000);
    await page.keyboard.press('B');
    await expect(page.getByTestId('blank')).toBeHidden();

    // The elapsed time runs.
    // (A software-rendered frame can hold the page's timers for a good part of a second.)
    const t1 = await page.getByTestId('elapsed').textContent();
    expect(t1).toMatch(/^\d+:\d\d$/);
    await expect(page.getByTestId('elapsed')).not.toHaveText(t1!, { timeout: 5000 });

    // Ending leaves the hall as it is, back under the visitor's control.
    await page.getByTestId('end-presenting').click();
    await expect(bar).toBeHidden();
    expect((await present(page)).role).toBe('none');
    await expect(notes.getByTestId('notes')).toContainText(/未在演示|not presenting/);
  });

  test('kiosk: after the idle time the tour plays and loops by itself; any input hands control back', async ({ page }) => {
    await openHall(page, '/?diagnostics&kiosk=3&dwell=1');
    // The kiosk starts once the presenting chunk has loaded, which may come just after ready.
    // It stays idle for the idle time (3 s) from then, so a poll every 20 ms cannot miss it.
    await expect.poll(async () => (await present(page)).kiosk, { timeout: 10_000, intervals: [20] }).toBe('idle');
    await page.waitForFunction(() => window.__expo!.present.kiosk === 'touring', null, { timeout: 15_000, polling: 20 });
    await expect(page.getByTestId('kiosk-badge')).toBeVisible();
    await atStop(page, 2, 15_000);
    await page.keyboard.press('Shift');
    const p = await present(page);
    expect(p).toMatchObject({ kiosk: 'idle', stop: null });
    await expect(page.getByTestId('kiosk-badge')).toBeHidden();
    const before = await view(page);
    expect(before.moving).toBe(false);
    await page.waitForTimeout(1500);
    expect((await present(page)).kiosk).toBe('idle');
    expect((await view(page)).camera).toEqual(before.camera);
    // Left alone again, it starts over.
    await page.waitForFunction(() => window.__expo!.present.kiosk === 'touring', null, { timeout: 15_000, polling: 20 });
    expect((await present(page)).stop?.index).toBe(0);
  });

  test('a headset follows too: each stop fades the visitor to the stop\'s place and shows a figure\'s quote card', async ({ page, browser, baseURL }) => {
    test.setTimeout(300_000); // two pages, one in an emulated headset, on a shared 2-core machine
    await openHall(page);
    const code = (await page.evaluate(() => window.__expo!.present.startPresenting()))!;
    const context = await browser.newContext({ baseURL, viewport: { width: 640, height: 480 } });
    const headset = await context.newPage();
    await installQuest3(headset);
    await openHall(headset);
    await enterVR(headset);
    expect(await headset.evaluate((c) => window.__expo!.present.join(c), code)).toBe(true);
    // A headset draws every frame of its session, here in software beside a second page: a stop's
    // fade can take seconds of frames, so its arrival is given the time its head's move is.
    await atStop(headset, 0, 30_000);
    for (const index of [2, 3]) {
      while ((await present(page)).stop!.index < index) await page.keyboard.press('PageDown');
      await atStop(headset, index, 30_000);
      const to = (await stopView(page, 'default', index)).position;
      await headset.waitForFunction(([x, z]) => {
        const h = window.__expo!.xr.head;
        return h && Math.hypot(h[0] - x, h[2] - z) < 0.3;
      }, [to[0], to[2]], { timeout: 30_000 });
    }
    const state = await xr(headset);
    expect(state.presenting).toBe(true);
    expect(state.card).toMatchObject({ kind: 'quote' });

    // The presenter blanks the room: the headset goes dark where it stands, and lights up again after.
    const lit = await pixels(headset);
    const head = (await xr(headset)).head!;
    await page.keyboard.press('b');
    await headset.waitForFunction(() => window.__expo!.present.blank === true, null, { timeout: 10_000 });
    await frames(headset, 3);
    const dark = await pixels(headset);
    expect(dark.mean).toBeLessThan(lit.mean * 0.2);
    expect((await xr(headset)).head).toEqual(head);
    await page.keyboard.press('b');
    await headset.waitForFunction(() => window.__expo!.present.blank === false, null, { timeout: 10_000 });
    await frames(headset, 3);
    expect((await pixels(headset)).mean).toBeGreaterThan(lit.mean * 0.8);
    await context.close();
  });
});

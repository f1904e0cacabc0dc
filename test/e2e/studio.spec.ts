/**
 * The curator's studio as an official uses it, with a visitor's hall open in another browser:
 * sign in, drop a document, reject a figure, add one by selecting its words, fix the region,
 * publish — the visitor sees the new booth without a reload or a move; corrections survive a
 * restart; undo restores the previous hall.
 */
import { expect, test, type Page } from '@playwright/test';
import { rmSync } from 'node:fs';
import { openHall, settle, view } from './hall';
import { startStudioServer, stopStudioServer, studioFolders } from './studio';

const server = studioFolders(Number(process.env.E2E_PORT ?? 4173) + 1);
const DOC = 'test/fixtures/corpus/weifang_metaverse_news.txt';

test.beforeAll(async () => { await startStudioServer(server); });
test.afterAll(async () => { await stopStudioServer(server); rmSync(server.dir, { recursive: true, force: true }); });

/** Selects `words` in the studio's document text, as a mouse would. */
async function selectWords(page: Page, words: string): Promise<void> {
  await page.evaluate((w) => {
    const root = document.querySelector('[data-testid="document-text"]')!;
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const i = n.textContent!.indexOf(w);
      if (i < 0) continue;
      const r = document.createRange();
      r.setStart(n, i);
      r.setEnd(n, i + w.length);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(r);
      root.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
      return;
    }
    throw new Error(`"${w}" is not in the text as one piece`);
  }, words);
}

test('an official publishes a corrected plan; an open hall shows it in place; restart and undo', async ({ browser }) => {
  test.setTimeout(600_000);
  // The studio refuses a visitor without the key.
  expect((await fetch(`${server.base}/api/studio/documents`)).status).toBe(401);

  const visitor = await (await browser.newContext()).newPage();
  await openHall(visitor, `${server.base}/?diagnostics`);
  await visitor.evaluate(() => window.__expo!.goToBooth('xiamen'));
  const before = await settle(visitor);
  expect(before.booth).toBe('xiamen');

  const official = await (await browser.newContext()).newPage();
  await official.goto(`${server.base}/studio#key=${server.key}`);
  await expect(official.getByText('Everything is published')).toBeVisible({ timeout: 30_000 });
  expect(official.url()).not.toContain(server.key); // the key leaves the address bar
  await official.getByLabel('Choose documents').setInputFiles(DOC);
  await expect(official.getByText(/staged as weifang_metaverse_news\.txt/)).toBeVisible({ timeout: 120_000 });
  await expect(official.getByTestId('document-text')).toBeVisible({ timeout: 60_000 });

  // Reject the first figure found.
  const rows = official.locator('tr.fig-row');
  const first = await rows.first().getAttribute('data-figure');
  await rows.first().getByRole('button', { name: 'Reject' }).click();
  await expect(official.locator('tr.rejected')).toHaveCount(1, { timeout: 60_000 });
  // Add one by selecting its words.
  await selectWords(official, '3500亿元');
  await official.getByRole('button', { name: 'Add as a figure' }).click();
  await expect(official.locator('tr.fig-row[data-figure="3500亿元"]')).toHaveCount(1, { timeout: 60_000 });
  // Fix the region.
  const region = official.getByLabel('Region 地区');
  await region.fill('山东省潍坊市');
  await region.press('Enter');
  await expect(official.locator('.doc-list')).toContainText('山东省潍坊市', { timeout: 60_000 });
  await official.screenshot({ path: '/work/wt/shots/studio/review.png', fullPage: false });

  await official.getByRole('button', { name: 'Publish 发布' }).click();
  await expect(official.getByText(/^Published: 7 booths/)).toBeVisible({ timeout: 180_000 });

  // The visitor's hall has the booth, corrected, and the visitor has not moved.
  await visitor.waitForFunction(() => (window.__expo!.hall?.updates ?? 0) >= 1, null, { timeout: 60_000 });
  const booths = await visitor.evaluate(() => window.__expo!.booths);
  const weifang = booths.find((b: { region: string }) => b.region === '山东省潍坊市');
  expect(weifang).toBeTruthy();
  const after = await view(visitor);
  expect(after.booth).toBe('xiamen');
  expect(after.camera.map((v) => v.toFixed(2))).toEqual(before.camera.map((v) => v.toFixed(2)));
  const plan = await visitor.evaluate(async () => (await (await fetch('/generated/hall.json')).json()).plans.find((p: { region: string }) => p.region === '山东省潍坊市'));
  expect(plan.targets.some((t: { quote: string }) => t.quote === '3500亿元')).toBe(true);
  expect(plan.targets.filter((t: { quote: string }) => t.quote === first).length).toBe(0);
  await visitor.screenshot({ path: '/work/wt/shots/studio/visitor-after-publish.png' });

  // A restart keeps the corrections (they are in seeds/).
  await stopStudioServer(server);
  await startStudioServer(server);
  await official.reload();
  await official.getByRole('button', { name: /山东省潍坊市/ }).click();
  await expect(official.locator('tr.rejected')).toHaveCount(1, { timeout: 60_000 });
  await expect(official.locator('tr.fig-row[data-figure="3500亿元"]')).toHaveCount(1);

  // Undo restores the previous hall.
  await official.getByRole('button', { name: 'Undo last publish 撤销' }).click();
  await expect(official.getByText(/^Undone: 6 booths/)).toBeVisible({ timeout: 180_000 });
  const regions = await official.evaluate(async () => (await (await fetch('/generated/hall.json')).json()).plans.map((p: { region: string }) => p.region));
  expect(regions).not.toContain('山东省潍坊市');
  await official.locator('.studio-audit summary').click();
  await expect(official.locator('.studio-audit')).toContainText('publish');
  await official.screenshot({ path: '/work/wt/shots/studio/audit.png', fullPage: true });
});

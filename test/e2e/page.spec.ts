import { expect, test } from '@playwright/test';
import { watchOffline } from './offline';

test('the page lists every ingested plan with no console error and no request off the origin', async ({ page, baseURL }) => {
  const w = await watchOffline(page, baseURL!);
  await page.goto('/');
  await expect(page.getByTestId('plan-count')).toContainText('6');
  for (const region of ['全国', '四川省', '成都市', '重庆市永川区', '厦门市', '杭州市余杭区']) {
    await expect(page.locator('.plan .region', { hasText: region }).first()).toBeVisible();
  }
  const sichuan = page.locator('[data-plan="sichuan"]');
  await expect(sichuan.locator('.targets li').first()).toContainText('2,500 亿元');
  await expect(sichuan.locator('.targets li').first()).toHaveAttribute('title', /全省元宇宙相关产业规模达到2500亿元/);
  await expect(page.locator('.timeline li', { hasText: '上海市' })).toContainText('2022-07-08');
  await page.screenshot({ path: 'test-results/page.png', fullPage: false });
  expect(w.consoleErrors).toEqual([]);
  expect(w.outside).toEqual([]);
});

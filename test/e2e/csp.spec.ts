/**
 * The hall under the server's Content-Security-Policy, not bypassed: a violation is reported as a
 * console error and as a securitypolicyviolation event; there must be none, from the first frame
 * to text typeset in troika's worker, the reader, and the relay's socket.
 */
import { expect, test } from '@playwright/test';
import { expectClean, glyphsLaidOut, openHall } from './hall';
import { watchOffline } from './offline';

test('the hall runs under the CSP with no violation', async ({ page, baseURL }) => {
  const w = await watchOffline(page, baseURL!);
  await page.addInitScript(() => {
    (window as any).__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => (window as any).__violations.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}:${e.columnNumber} ${e.sample}`));
  });
  const res = await page.goto('/?diagnostics');
  expect(res?.headers()['content-security-policy']).toContain("script-src 'self'");
  await openHall(page);
  await page.evaluate(() => window.__expo!.goToBooth('xiamen'));
  await glyphsLaidOut(page);
  await page.evaluate(() => { location.hash = '#/booth/xiamen/clause/1'; });
  await expect(page.getByTestId('reader')).toBeVisible({ timeout: 15_000 });
  // The relay's socket (connect-src 'self').
  const code = await page.evaluate(() => window.__expo!.present.startPresenting());
  expect(code).toMatch(/^[A-Z2-9]{5}$/);
  await page.waitForTimeout(500);
  expect(await page.evaluate(() => (window as any).__violations)).toEqual([]);
  expectClean(w);
});

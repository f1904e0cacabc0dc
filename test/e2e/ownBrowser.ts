/**
 * A test whose page lives in a browser launched for it alone. The service-worker tests need it:
 * in full runs a Chromium that had served earlier specs' contexts sometimes let an offline reload
 * bypass a controlling service worker (net::ERR_INTERNET_DISCONNECTED), while the same spec passed
 * in a fresh browser every time. A fresh browser is what a returning visitor's phone is anyway.
 */
import { chromium, test as base, type Browser } from '@playwright/test';

/** `test` with `browser`, `context` and `page` made for each test and closed after it. */
export const test = base.extend<{ ownBrowser: Browser }>({
  ownBrowser: async ({ launchOptions }, use) => {
    const browser = await chromium.launch(launchOptions);
    await use(browser);
    await browser.close();
  },
  context: async ({ ownBrowser, contextOptions, baseURL, viewport, serviceWorkers }, use) => {
    const context = await ownBrowser.newContext({ ...contextOptions, baseURL, viewport, serviceWorkers });
    await use(context);
    await context.close();
  },
});
export { expect } from '@playwright/test';

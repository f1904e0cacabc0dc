/** Browser-test helpers: record console errors and block (and record) every request off this origin. */
import type { Page } from '@playwright/test';

/** What a page did that a visitor at an offline event would suffer from. */
export interface Watch {
  consoleErrors: string[];
  outside: string[];
}

/** Routes every request for another origin to a failure and remembers it. */
export async function watchOffline(page: Page, baseURL: string): Promise<Watch> {
  const w: Watch = { consoleErrors: [], outside: [] };
  const origin = new URL(baseURL).origin;
  page.on('console', (m) => {
    if (m.type() === 'error') w.consoleErrors.push(m.text());
  });
  page.on('pageerror', (e) => w.consoleErrors.push(String(e)));
  await page.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(origin) || url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
    w.outside.push(url);
    return route.abort('internetdisconnected');
  });
  return w;
}

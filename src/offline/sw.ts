/**
 * The service worker (built by vite-plugin-pwa with Workbox): a phone, screen or kiosk that opened
 * the hall once opens it again with the network gone.
 * - The app's files (hashed names, listed at build time) are precached and served from the cache;
 *   a new build ships a new list, and the worker that holds it takes over at once (skipWaiting).
 * - The published data — scene bundles, their font and glyph fields under /generated/ — can be
 *   replaced without a build (the studio publishes), so it goes network first: the newest copy
 *   whenever the server answers, the last one seen when it does not. The bundles present at build
 *   time are fetched into that cache on install, so the first visit already leaves them behind.
 * It only ever fetches this origin: every route checks it, and the server's CSP (connect-src
 * 'self') holds the worker to it as well.
 */
import { clientsClaim } from 'workbox-core';
import { cleanupOutdatedCaches, createHandlerBoundToURL, precacheAndRoute } from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { NetworkFirst } from 'workbox-strategies';

/** The little of ServiceWorkerGlobalScope used here (the DOM lib the project compiles against lacks it). */
declare const self: {
  __WB_MANIFEST: ({ url: string; revision: string | null } | string)[];
  location: Location;
  skipWaiting(): Promise<void>;
  addEventListener(type: 'install', listener: (e: Event & { waitUntil(p: Promise<unknown>): void }) => void): void;
};

/** The cache of published data (scene bundles, fonts, glyph fields). */
const PUBLISHED = 'expo-published';
const isPublished = (url: URL) => url.origin === self.location.origin && url.pathname.startsWith('/generated/');

const entries = self.__WB_MANIFEST.map((e) => (typeof e === 'string' ? { url: e, revision: null } : e));
const published = entries.filter((e) => e.url.startsWith('generated/'));
precacheAndRoute(entries.filter((e) => !e.url.startsWith('generated/')));
cleanupOutdatedCaches();

registerRoute(({ url }) => isPublished(url), new NetworkFirst({ cacheName: PUBLISHED, networkTimeoutSeconds: 6 }));
// Navigations to the hall (any query: ?diagnostics, ?follow=…) get the precached page offline.
registerRoute(new NavigationRoute(createHandlerBoundToURL('index.html'), { allowlist: [/^\/(index\.html)?(\?.*)?$/] }));

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(PUBLISHED).then((cache) => cache.addAll(published.map((e) => `/${e.url}`))));
  void self.skipWaiting();
});
clientsClaim();

import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { precompressDir } from './src/server/precompress';

/** Brotli and gzip copies of dist/ once everything (the service worker too) is written. */
function precompress(): Plugin {
  let outDir = 'dist';
  return {
    name: 'expo:precompress',
    apply: 'build',
    configResolved: (c) => { outDir = c.build.outDir; },
    closeBundle: {
      order: 'post',
      sequential: true,
      handler() {
        const t = precompressDir(outDir);
        this.info?.(`precompressed ${t.files} files: ${(t.raw / 1e6).toFixed(1)} MB → brotli ${(t.br / 1e6).toFixed(1)} MB, gzip ${(t.gz / 1e6).toFixed(1)} MB`);
      },
    },
  };
}

// The app is served from its own origin only: no CDN, no remote fonts.
export default defineConfig({
  plugins: [
    react(),
    VitePWA({
      strategies: 'injectManifest',
      srcDir: 'src/offline',
      filename: 'sw.ts',
      registerType: 'autoUpdate',
      // An external /registerSW.js: nothing inline, so the CSP needs no hash or 'unsafe-inline'.
      injectRegister: 'script',
      manifest: {
        name: 'Policy Expo · 元宇宙产业政策展',
        short_name: 'Policy Expo',
        description: 'A walkable exhibition of policy plans',
        lang: 'zh-CN',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        background_color: '#e8e3da',
        theme_color: '#1f2328',
        icons: [{ src: '/favicon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' }],
      },
      injectManifest: {
        // The app shell, and the scene bundles with their font and glyph fields (sw.ts caches
        // those network-first). Not the headset controller models, nor the XR emulator's rooms,
        // which only a developer's desktop loads: megabytes a phone need not store.
        globPatterns: ['**/*.{js,css,html}', 'generated/*.{json,woff,bin}'], // + the manifest and its icon, added by the plugin
        globIgnores: ['**/emulate-*.js', '**/*_room-*.js', '**/office_*.js', 'generated/xr-profiles/**'],
        maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
        // Vite's names carry their hash: no revision, so the worker takes what the page already
        // loaded from the HTTP cache instead of downloading every chunk a second time.
        dontCacheBustURLsMatching: /^assets\//,
      },
    }),
    precompress(),
  ],
  build: { target: 'es2022', chunkSizeWarningLimit: 2000 },
  server: { host: '127.0.0.1' },
  test: {
    include: ['test/unit/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
  },
});

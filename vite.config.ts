import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

// The app is served from its own origin only: no CDN, no remote fonts.
export default defineConfig({
  plugins: [react()],
  build: { target: 'es2022', chunkSizeWarningLimit: 2000 },
  server: { host: '127.0.0.1' },
  test: {
    include: ['test/unit/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
  },
});

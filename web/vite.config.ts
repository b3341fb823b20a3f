import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type UserConfig } from 'vite';

/**
 * The web app. `vite build --config web/vite.config.ts` writes static assets to dist/web/,
 * which `ladder serve` serves at `/`. Everything is bundled: no CDN, no external fonts, so the
 * app works offline. During development `vite --config web/vite.config.ts` proxies /api to a
 * running `ladder serve` (LADDER_API, default http://127.0.0.1:3000, where `ladder serve` listens).
 */
export default defineConfig(({ command }) => {
  // A build is always a production build, even when a test runner that set NODE_ENV=test starts it
  // (Vite reads NODE_ENV after loading this file).
  if (command === 'build') process.env.NODE_ENV = 'production';
  return config;
});

const config: UserConfig = {
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: '/',
  plugins: [react()],
  build: {
    outDir: fileURLToPath(new URL('../dist/web', import.meta.url)),
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: false,
    reportCompressedSize: true,
    // report-size.mjs enforces the 200 kB gzipped budget for the first load (this limit is minified kB).
    chunkSizeWarningLimit: 300,
  },
  server: {
    proxy: { '/api': process.env.LADDER_API ?? 'http://127.0.0.1:3000' },
  },
};

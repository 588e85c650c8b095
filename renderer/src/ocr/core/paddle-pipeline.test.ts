import type { DetectionService, OrtModule, OrtTensor } from 'paddleocr';
import { describe, expect, it } from 'vitest';
import { createGray } from './gray-image';
import type { OcrSpan } from './ocr-engine';
import { createPaddlePipeline, warmUpPaddleModels, type PaddleModels, type PaddleRuntime } from './paddle-pipeline';
import { CTC_BEST_CLASS, CTC_BEST_PROBABILITY } from './ppocr-graph-fusion';

class FakeTensor implements OrtTensor {
  constructor(
    readonly type: string,
    readonly data: Float32Array,
    readonly dims: readonly number[],
  ) {}
}
const ort = { Tensor: FakeTensor, InferenceSession: { create: () => Promise.reject(new Error('not used')) } } as unknown as OrtModule;

/** Boxes in a shuffled order, as a detector returns them: two on the first line (right one first), one below. */
const boxes = [
  { x: 10, y: 200, width: 300, height: 40 },
  { x: 400, y: 20, width: 200, height: 40 },
  { x: 10, y: 22, width: 300, height: 40 },
];
const runtime: PaddleRuntime = {
  DetectionService: class {
    run() {
      return Promise.resolve(boxes.map((b) => ({ ...b })));
    }
  } as unknown as typeof DetectionService,
  normalizeInputToRgb: () => {
    throw new Error('the gray page goes to the detector directly');
  },
};

/** A recogniser that "reads" its input's width as text: class k stands for dictionary key k. */
function models(calls: number[][]): PaddleModels {
  return {
    detection: { inputNames: ['x'], outputNames: ['maps'], run: () => Promise.reject(new Error('the fake detector has no session')) },
    recognition: {
      inputNames: ['x'],
      outputNames: [CTC_BEST_CLASS, CTC_BEST_PROBABILITY],
      run(feeds) {
        const dims = [...feeds.x!.dims];
        calls.push(dims);
        // Frames: key 1 twice (collapsed), blank, key 2 or 3 by width, then blanks.
        const last = dims[3]! > 400 ? 3n : 2n;
        const best = BigInt64Array.from([1n, 1n, 0n, last, 0n]);
        const probability = Float32Array.from([0.9, 0.8, 0.99, 0.7, 0.99]);
        return Promise.resolve({ [CTC_BEST_CLASS]: { data: best, dims: [1, 5] }, [CTC_BEST_PROBABILITY]: { data: probability, dims: [1, 5] } });
      },
    },
    dictionary: '村\n委\n会\n',
  };
}

describe('the PP-OCR pipeline', () => {
  it('reads box by box in reading order, hands each line over as soon as it is read, and decodes the runtime’s best classes', async () => {
    const calls: number[][] = [];
    const engine = createPaddlePipeline(runtime, ort, models(calls));
    const seen: { span: OcrSpan; done: number; total: number }[] = [];
    const page = await engine.recognize(createGray(700, 300, 255), { onLine: (span, done, total) => seen.push({ span, done, total }) });
    // Top line left to right, then the line below; one inference per box, each only as wide as its own line (≥ 320).
    expect(seen.map((s) => s.span.box.x + ',' + s.span.box.y)).toEqual(['10,22', '400,20', '10,200']);
    expect(seen.map((s) => s.done)).toEqual([1, 2, 3]);
    expect(calls).toEqual([
      [1, 3, 48, 360],
      [1, 3, 48, 320],
      [1, 3, 48, 360],
    ]);
    expect(seen[0]!.span).toMatchObject({ text: '村委', confidence: 80 });
    expect(page.text.split('\n')).toEqual(['村委村委', '村委']);
  });

  it('warms each model up with one small inference', async () => {
    const detection: number[][] = [];
    const recognition: number[][] = [];
    const m = models(recognition);
    m.detection = { inputNames: ['x'], outputNames: ['maps'], run: (feeds) => (detection.push([...feeds.x!.dims]), Promise.resolve({})) };
    await warmUpPaddleModels(ort, m);
    expect(detection).toEqual([[1, 3, 64, 64]]);
    expect(recognition).toEqual([[1, 3, 48, 320]]);
  });
});

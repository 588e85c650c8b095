import { Image, normalizeInputToRgb } from 'paddleocr';
import { describe, expect, it } from 'vitest';
import { createGray, type GrayImage } from './gray-image';
import { detectionInput } from './paddle-detection-input';
import { ctcGreedyDecode, lineGeometry, paddedInputWidth, writeLineInput } from './paddle-line-input';

/** A gray test page: smooth gradients plus dark "strokes", so resampling differences show. */
function page(width: number, height: number): GrayImage {
  const image = createGray(width, height);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const stroke = (x % 17 < 3 && y % 23 > 5) || (y % 29 < 2 && x % 13 > 4);
      image.data[y * width + x] = stroke ? 20 + ((x * 7 + y * 3) % 40) : 200 + ((x + 2 * y) % 55);
    }
  }
  return image;
}

describe('the detector input from the gray page', () => {
  it('is the very tensor paddleocr makes from the RGB copy of the page', () => {
    const gray = page(157, 91);
    const options = { mean_values: [123.675, 116.28, 103.53] as const, norm_values: [1 / 58.395, 1 / 57.12, 1 / 57.375] as const, channel_order: 'rgb' as const };
    for (const [width, height] of [
      [96, 64],
      [160, 96],
      [64, 32],
    ] as const) {
      const ours = detectionInput(gray)!.resize({ width, height }).tensor(options);
      const reference = normalizeInputToRgb({ width: gray.width, height: gray.height, data: gray.data }).resize({ width, height }).tensor({ ...options, mean_values: [...options.mean_values], norm_values: [...options.norm_values] });
      expect(ours).toEqual(reference);
    }
  });
  it('leaves a tiny page to the RGB path (the detector pads it)', () => {
    expect(detectionInput(createGray(20, 30))).toBeUndefined();
  });
});

describe('a line read straight into the recogniser input', () => {
  const gray = page(400, 120);
  const rgb = new Image(gray.width, gray.height, 3, normalizeInputToRgb({ width: gray.width, height: gray.height, data: gray.data }).data);
  /** paddleocr's recogniser input for one box: bicubic crop, bilinear resize to 48 rows, tensor, zero padding to ≥ 320. */
  function reference(points: [{ x: number; y: number }, { x: number; y: number }, { x: number; y: number }, { x: number; y: number }]) {
    const crop = rgb.cropRotated(points);
    const width = Math.ceil(48 * (crop.width / crop.height));
    const tensor = crop.resize({ width, height: 48 }).tensor({ mean_values: [127.5, 127.5, 127.5], norm_values: [1 / 127.5, 1 / 127.5, 1 / 127.5] });
    const padded = Math.max(320, width);
    const out = new Float32Array(3 * 48 * padded);
    for (let c = 0; c < 3; c++) for (let y = 0; y < 48; y++) out.set(tensor.subarray(c * 48 * width + y * width, c * 48 * width + (y + 1) * width), c * 48 * padded + y * padded);
    return { out, width, padded };
  }

  it('matches paddleocr’s crop-resize-tensor of level, tilted and short boxes (one resampling instead of two)', () => {
    // Mean difference allowed, inputs spanning −1…1: level boxes sample the page at whole pixels
    // in both (only the resize differs); a tilted box is sampled bilinearly here, bicubically by
    // paddleocr, which on this page of hard 3-px stripes is a few gray levels.
    for (const [points, tolerance] of [
      [[{ x: 12, y: 20 }, { x: 380, y: 20 }, { x: 380, y: 70 }, { x: 12, y: 70 }], 0.005],
      [[{ x: 10, y: 30 }, { x: 370, y: 22 }, { x: 371, y: 64 }, { x: 11, y: 72 }], 0.05],
      [[{ x: 200, y: 60 }, { x: 290, y: 60 }, { x: 290, y: 100 }, { x: 200, y: 100 }], 0.005],
    ] as const) {
      const box = { x: 0, y: 0, width: 0, height: 0, points: points as unknown as [{ x: number; y: number }, { x: number; y: number }, { x: number; y: number }, { x: number; y: number }] };
      const line = lineGeometry(box);
      const expected = reference(box.points);
      expect(line.inputWidth).toBe(expected.width);
      const width = paddedInputWidth([line]);
      expect(width).toBe(expected.padded);
      const ours = new Float32Array(3 * 48 * width).fill(7);
      writeLineInput(gray, line, ours, 0, width);
      let sum = 0;
      for (let c = 0; c < 3; c++) for (let y = 0; y < 48; y++) for (let x = 0; x < line.inputWidth; x++) sum += Math.abs(ours[c * 48 * width + y * width + x]! - expected.out[c * 48 * width + y * width + x]!);
      expect(sum / (3 * 48 * line.inputWidth)).toBeLessThan(tolerance);
      // A short line is padded with zeros to 320 columns, as PaddleOCR pads.
      if (line.inputWidth < width) expect([ours[48 * width - 1], ours[3 * 48 * width - 1]]).toEqual([0, 0]);
    }
  });

  it('turns a tall box a quarter counter-clockwise, as PaddleOCR reads vertical text', () => {
    const line = lineGeometry({ x: 0, y: 0, width: 0, height: 0, points: [{ x: 10, y: 10 }, { x: 40, y: 10 }, { x: 40, y: 110 }, { x: 10, y: 110 }] });
    expect({ width: line.width, height: line.height }).toEqual({ width: 100, height: 30 });
    expect(line.corners[0]).toEqual({ x: 40, y: 10 });
  });
});

describe('CTC greedy decoding', () => {
  it('collapses repeats, drops blanks and averages the kept frames’ probabilities', () => {
    const characters = ['', '村', '委', '会'];
    // frames: 村 村 blank 委 委 blank 会 ; probabilities of the winning class 0.9 0.8 … 
    const frames = [
      [0.05, 0.9, 0.03, 0.02],
      [0.1, 0.8, 0.05, 0.05],
      [0.9, 0.05, 0.03, 0.02],
      [0.1, 0.1, 0.7, 0.1],
      [0.1, 0.1, 0.7, 0.1],
      [0.95, 0.01, 0.02, 0.02],
      [0.1, 0.1, 0.2, 0.6],
    ];
    const { text, confidence } = ctcGreedyDecode(Float32Array.from(frames.flat()), 0, frames.length, 4, characters);
    expect(text).toBe('村委会');
    expect(confidence).toBeCloseTo((0.9 + 0.7 + 0.6) / 3, 5);
  });
});

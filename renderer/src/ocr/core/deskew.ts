import { estimatePaper } from './background';
import type { GrayImage } from './gray-image';
import { fitLongEdge } from './resize';

/**
 * The page's tilt in degrees (positive = the text runs downhill to the right, i.e. the
 * capture is rotated clockwise), by the projection-profile method: ink pixels are projected onto
 * the vertical axis of a frame rotated by each candidate angle; the angle at which text lines
 * fall into the fewest, fullest rows has the largest sum of squared row counts. A coarse sweep
 * over ±maxDegrees, then a fine one around the best. Engines merge lines badly on tilted pages
 * (PITFALLS.md: most of native tesseract's camera error is skew), so this runs before both.
 */
export function estimateSkewDegrees(image: GrayImage, options: { maxDegrees?: number } = {}): number {
  const maxDegrees = options.maxDegrees ?? 6;
  const small = fitLongEdge(image, 1000);
  const ink = inkPoints(small);
  if (ink.length < 200) return 0;
  const score = (degrees: number) => profileScore(ink, small.height, small.width, degrees);
  // The coarse sweep only has to land within a step of the peak, which every fourth ink point
  // finds as well as all of them (the same coarse angle on every fixture page) at a quarter of
  // the cost; the fine sweep, which sets the answer, scores all points.
  const sample = everyNth(ink, 4);
  const coarseScore = (degrees: number) => profileScore(sample, small.height, small.width, degrees);
  let coarse = 0;
  let coarseBest = -1;
  for (let d = -maxDegrees; d <= maxDegrees + 1e-9; d += 0.25) {
    const s = coarseScore(d);
    if (s > coarseBest) {
      coarseBest = s;
      coarse = d;
    }
  }
  let best = coarse;
  let bestScore = score(coarse);
  for (let d = coarse - 0.25; d <= coarse + 0.25 + 1e-9; d += 0.025) {
    const s = score(d);
    if (s > bestScore) {
      bestScore = s;
      best = d;
    }
  }
  return Math.round(best * 1000) / 1000;
}

/** Every n-th (x, y) pair of an interleaved point list. */
function everyNth(points: Int32Array, n: number): Int32Array {
  const out = new Int32Array(Math.ceil(points.length / 2 / n) * 2);
  for (let i = 0, j = 0; i < points.length; i += 2 * n, j += 2) {
    out[j] = points[i]!;
    out[j + 1] = points[i + 1]!;
  }
  return out;
}

/** Ink = clearly darker than the local paper, on the ≤ 1000-px copy (that shrinking keeps the sweep cheap). */
function inkPoints(image: GrayImage): Int32Array {
  const paper = estimatePaper(image, 24);
  const points: number[] = [];
  for (let y = 0; y < image.height; y++) {
    for (let x = 0; x < image.width; x++) {
      const i = y * image.width + x;
      if (image.data[i]! < paper.data[i]! * 0.6) points.push(x, y);
    }
  }
  return Int32Array.from(points);
}

function profileScore(points: Int32Array, height: number, width: number, degrees: number): number {
  const radians = (degrees * Math.PI) / 180;
  const sin = Math.sin(radians);
  const cos = Math.cos(radians);
  const offset = Math.ceil(width * Math.abs(sin)) + 1;
  const rows = new Int32Array(height + 2 * offset + 2);
  const shift = offset + 0.5;
  for (let i = 0; i < points.length; i += 2) {
    // The row this ink pixel lands in once the page is rotated back by `degrees`:
    // round(y·cos − x·sin) + offset, as an int32 (`| 0` floors a non-negative value).
    const t = points[i + 1]! * cos - points[i]! * sin + shift;
    if (t >= 0 && t < rows.length) rows[t | 0]!++;
  }
  let sum = 0;
  for (let r = 0; r < rows.length; r++) sum += rows[r]! * rows[r]!;
  return sum;
}

/**
 * Rotates by `degrees` counter-clockwise (so `rotateGray(img, estimateSkewDegrees(img))`
 * levels the text) about the centre, keeping the size, bilinear; pixels that come from outside
 * the source are filled with `fill` (paper white).
 */
export function rotateGray(image: GrayImage, degrees: number, fill = 255): GrayImage {
  if (Math.abs(degrees) < 0.01) return image;
  const { width, height } = image;
  const radians = (degrees * Math.PI) / 180;
  const sin = Math.sin(radians);
  const cos = Math.cos(radians);
  const cx = (width - 1) / 2;
  const cy = (height - 1) / 2;
  const out = new Uint8Array(width * height);
  const data = image.data;
  // Per-column products computed once; per pixel the same sums in the same order as
  // `dx·cos − dy·sin + cx`, so the result is the same as a naive loop's.
  const dxCos = new Float64Array(width);
  const dxSin = new Float64Array(width);
  for (let x = 0; x < width; x++) {
    dxCos[x] = (x - cx) * cos;
    dxSin[x] = (x - cx) * sin;
  }
  for (let y = 0; y < height; y++) {
    const dy = y - cy;
    const dySin = dy * sin;
    const dyCos = dy * cos;
    const outRow = y * width;
    for (let x = 0; x < width; x++) {
      // Inverse map: where in the source this output pixel comes from.
      const sx = dxCos[x]! - dySin + cx;
      const sy = dxSin[x]! + dyCos + cy;
      if (sx < 0 || sy < 0 || sx >= width - 1 || sy >= height - 1) {
        out[outRow + x] = fill;
        continue;
      }
      // Non-negative here: `| 0` is Math.floor, and `(v + 0.5) | 0` below is Math.round, as
      // int32s (a double stored into a Uint8Array took V8's slow path: 3× the time).
      const x0 = sx | 0;
      const y0 = sy | 0;
      const wx = sx - x0;
      const wy = sy - y0;
      const i = y0 * width + x0;
      const top = data[i]! * (1 - wx) + data[i + 1]! * wx;
      const bottom = data[i + width]! * (1 - wx) + data[i + width + 1]! * wx;
      out[outRow + x] = (top * (1 - wy) + bottom * wy + 0.5) | 0;
    }
  }
  return { width, height, data: out };
}

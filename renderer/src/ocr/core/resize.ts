import type { GrayImage } from './gray-image';

/**
 * Area-average downscaling (each output pixel is the mean of the source pixels it covers) and
 * bilinear upscaling. Hand-written because the pipeline must run unchanged in a Web Worker and
 * in Node without a native image library; area averaging keeps thin CJK strokes that nearest
 * or bilinear sampling would drop when shrinking a 12-megapixel capture.
 */
export function resizeGray(image: GrayImage, width: number, height: number): GrayImage {
  width = Math.max(1, Math.round(width));
  height = Math.max(1, Math.round(height));
  if (width === image.width && height === image.height) return image;
  return width <= image.width && height <= image.height ? areaDownscale(image, width, height) : bilinear(image, width, height);
}

/** Scales so the long edge is at most `maxLongEdge` (never enlarges). */
export function fitLongEdge(image: GrayImage, maxLongEdge: number): GrayImage {
  const long = Math.max(image.width, image.height);
  if (long <= maxLongEdge) return image;
  const scale = maxLongEdge / long;
  return resizeGray(image, image.width * scale, image.height * scale);
}

export function fittedSize(width: number, height: number, maxLongEdge: number): { width: number; height: number } {
  const long = Math.max(width, height);
  if (long <= maxLongEdge) return { width, height };
  const scale = maxLongEdge / long;
  return { width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)) };
}

/** For each output index: the source indices it covers and their overlap weights (the same for every row or column). */
function areaTaps(sourceLength: number, outputLength: number): { start: Int32Array; index: Int32Array; weight: Float64Array; scale: number } {
  const scale = sourceLength / outputLength;
  const start = new Int32Array(outputLength + 1);
  const index: number[] = [];
  const weight: number[] = [];
  for (let o = 0; o < outputLength; o++) {
    start[o] = index.length;
    const from = o * scale;
    const to = from + scale;
    for (let k = Math.floor(from); k < Math.ceil(to); k++) {
      index.push(Math.min(k, sourceLength - 1));
      weight.push(Math.min(to, k + 1) - Math.max(from, k));
    }
  }
  start[outputLength] = index.length;
  return { start, index: Int32Array.from(index), weight: Float64Array.from(weight), scale };
}

function areaDownscale(image: GrayImage, width: number, height: number): GrayImage {
  // The taps are computed once per axis, not per pixel; the sums run in the same order as a
  // per-pixel loop would, so the result is the same to the bit.
  const xs = areaTaps(image.width, width);
  const ys = areaTaps(image.height, height);
  const data = image.data;
  // Horizontal pass into a float row buffer per output column, then vertical accumulation.
  const columns = new Float32Array(width * image.height);
  for (let y = 0; y < image.height; y++) {
    const row = y * image.width;
    const outRow = y * width;
    for (let x = 0; x < width; x++) {
      let sum = 0;
      for (let t = xs.start[x]!, end = xs.start[x + 1]!; t < end; t++) sum += data[row + xs.index[t]!]! * xs.weight[t]!;
      columns[outRow + x] = sum / xs.scale;
    }
  }
  const out = new Uint8Array(width * height);
  const sums = new Float64Array(width);
  for (let y = 0; y < height; y++) {
    sums.fill(0);
    for (let t = ys.start[y]!, end = ys.start[y + 1]!; t < end; t++) {
      const source = ys.index[t]! * width;
      const w = ys.weight[t]!;
      for (let x = 0; x < width; x++) sums[x] = sums[x]! + columns[source + x]! * w;
    }
    const outRow = y * width;
    // `(v + 0.5) | 0` is Math.round for these non-negative values, as an int32 (a fast Uint8Array store).
    for (let x = 0; x < width; x++) out[outRow + x] = (sums[x]! / ys.scale + 0.5) | 0;
  }
  return { width, height, data: out };
}

function bilinear(image: GrayImage, width: number, height: number): GrayImage {
  const out = new Uint8Array(width * height);
  const sx = image.width / width;
  const sy = image.height / height;
  for (let y = 0; y < height; y++) {
    const fy = Math.max(0, (y + 0.5) * sy - 0.5);
    const y0 = Math.min(image.height - 1, Math.floor(fy));
    const y1 = Math.min(image.height - 1, y0 + 1);
    const wy = fy - y0;
    for (let x = 0; x < width; x++) {
      const fx = Math.max(0, (x + 0.5) * sx - 0.5);
      const x0 = Math.min(image.width - 1, Math.floor(fx));
      const x1 = Math.min(image.width - 1, x0 + 1);
      const wx = fx - x0;
      const top = image.data[y0 * image.width + x0]! * (1 - wx) + image.data[y0 * image.width + x1]! * wx;
      const bottom = image.data[y1 * image.width + x0]! * (1 - wx) + image.data[y1 * image.width + x1]! * wx;
      out[y * width + x] = Math.round(top * (1 - wy) + bottom * wy);
    }
  }
  return { width, height, data: out };
}

import type { GrayImage } from './gray-image';

/** What `paddleocr`'s detector asks of its input image (its preprocessing: resize to the model size, then a normalised tensor). */
export interface DetectionInputImage {
  readonly width: number;
  readonly height: number;
  readonly channels: 3;
  resize(size: { width?: number; height?: number }): { width: number; height: number; tensor(options: DetectionTensorOptions): Float32Array };
}

export interface DetectionTensorOptions {
  mean_values: readonly [number, number, number];
  norm_values: readonly [number, number, number];
  channel_order?: 'rgb' | 'bgr';
}

/**
 * The gray page as the `paddleocr` detector's input, without the RGB copy of the whole page it
 * would otherwise need: its preprocessing resizes the page to the model size (bilinear) and makes
 * the normalised tensor, here both straight from the one gray channel. Same arithmetic as
 * paddleocr 1.2's `Image.resize` (bilinear, half-pixel centres, rounded to 8 bits) and
 * `Image.tensor` (v·norm − mean·norm), so the detector sees the same numbers and finds the same
 * boxes; a third of the page's pixel work (three channels) and its two largest allocations go.
 * Returns undefined for a page too small for that path (under 64 px wide + high: the detector pads it).
 */
export function detectionInput(image: GrayImage): DetectionInputImage | undefined {
  if (image.width + image.height < 64) return undefined;
  return {
    width: image.width,
    height: image.height,
    channels: 3,
    resize(size) {
      const width = size.width ?? Math.round(image.width * ((size.height ?? image.height) / image.height));
      const height = size.height ?? Math.round(image.height * (width / image.width));
      const resized = resizeBilinearLikePaddle(image, width, height);
      return {
        width,
        height,
        tensor(options) {
          const plane = width * height;
          const out = new Float32Array(plane * 3);
          for (let c = 0; c < 3; c++) {
            // Gray: every channel holds the same value, so the channel order changes nothing.
            const norm = options.norm_values[c]!;
            const offset = options.mean_values[c]! * norm;
            const lut = new Float32Array(256);
            for (let v = 0; v < 256; v++) lut[v] = v * norm - offset;
            const base = c * plane;
            for (let i = 0; i < plane; i++) out[base + i] = lut[resized[i]!]!;
          }
          return out;
        },
      };
    },
  };
}

function resizeBilinearLikePaddle(image: GrayImage, dstW: number, dstH: number): Uint8Array {
  const srcW = image.width;
  const src = image.data;
  const out = new Uint8Array(dstW * dstH);
  const xs = bilinearTaps(srcW, dstW);
  const ys = bilinearTaps(image.height, dstH);
  for (let y = 0; y < dstH; y++) {
    const wy = ys.weight[y]!;
    const top = ys.low[y]! * srcW;
    const bottom = ys.high[y]! * srcW;
    const row = y * dstW;
    for (let x = 0; x < dstW; x++) {
      const wx = xs.weight[x]!;
      const a = src[top + xs.low[x]!]! * (1 - wx) + src[top + xs.high[x]!]! * wx;
      const b = src[bottom + xs.low[x]!]! * (1 - wx) + src[bottom + xs.high[x]!]! * wx;
      // `(v + 0.5) | 0` is Math.round for this clamped value, as an int32 (a fast Uint8Array store).
      out[row + x] = (Math.max(0, Math.min(255, a * (1 - wy) + b * wy)) + 0.5) | 0;
    }
  }
  return out;
}

/** Per output index along one axis: the two source indices paddleocr's bilinear resize reads and the second one's weight (0 at the clamped edges). */
function bilinearTaps(sourceLength: number, outputLength: number): { low: Int32Array; high: Int32Array; weight: Float64Array } {
  const scale = sourceLength / outputLength;
  const low = new Int32Array(outputLength);
  const high = new Int32Array(outputLength);
  const weight = new Float64Array(outputLength);
  for (let o = 0; o < outputLength; o++) {
    const source = (o + 0.5) * scale - 0.5;
    let first = Math.floor(source);
    let w = source - first;
    if (first < 0) {
      first = 0;
      w = 0;
    } else if (first >= sourceLength - 1) {
      first = sourceLength - 1;
      w = 0;
    }
    low[o] = first;
    high[o] = Math.max(0, Math.min(sourceLength - 1, first + 1));
    weight[o] = w;
  }
  return { low, high, weight };
}

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
  const srcH = image.height;
  const src = image.data;
  const out = new Uint8Array(dstW * dstH);
  const scaleX = srcW / dstW;
  const scaleY = srcH / dstH;
  const xLow = new Int32Array(dstW);
  const xHigh = new Int32Array(dstW);
  const xWeight = new Float64Array(dstW);
  for (let x = 0; x < dstW; x++) {
    const sourceX = (x + 0.5) * scaleX - 0.5;
    let x1 = Math.floor(sourceX);
    let w = sourceX - x1;
    if (x1 < 0) {
      x1 = 0;
      w = 0;
    } else if (x1 >= srcW - 1) {
      x1 = srcW - 1;
      w = 0;
    }
    xLow[x] = x1;
    xHigh[x] = Math.max(0, Math.min(srcW - 1, x1 + 1));
    xWeight[x] = w;
  }
  for (let y = 0; y < dstH; y++) {
    const sourceY = (y + 0.5) * scaleY - 0.5;
    let y1 = Math.floor(sourceY);
    let wy = sourceY - y1;
    if (y1 < 0) {
      y1 = 0;
      wy = 0;
    } else if (y1 >= srcH - 1) {
      y1 = srcH - 1;
      wy = 0;
    }
    const y2 = Math.max(0, Math.min(srcH - 1, y1 + 1));
    const top = y1 * srcW;
    const bottom = y2 * srcW;
    const row = y * dstW;
    for (let x = 0; x < dstW; x++) {
      const wx = xWeight[x]!;
      const a = src[top + xLow[x]!]! * (1 - wx) + src[top + xHigh[x]!]! * wx;
      const b = src[bottom + xLow[x]!]! * (1 - wx) + src[bottom + xHigh[x]!]! * wx;
      // `(v + 0.5) | 0` is Math.round for this clamped value, as an int32 (a fast Uint8Array store).
      out[row + x] = (Math.max(0, Math.min(255, a * (1 - wy) + b * wy)) + 0.5) | 0;
    }
  }
  return out;
}

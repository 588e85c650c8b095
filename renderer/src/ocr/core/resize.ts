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

function areaDownscale(image: GrayImage, width: number, height: number): GrayImage {
  const sx = image.width / width;
  const sy = image.height / height;
  // Horizontal pass into a float row buffer per output column, then vertical accumulation.
  const columns = new Float32Array(width * image.height);
  for (let y = 0; y < image.height; y++) {
    const row = y * image.width;
    for (let x = 0; x < width; x++) {
      const from = x * sx;
      const to = from + sx;
      let sum = 0;
      for (let k = Math.floor(from); k < Math.ceil(to); k++) {
        const weight = Math.min(to, k + 1) - Math.max(from, k);
        sum += image.data[row + Math.min(k, image.width - 1)]! * weight;
      }
      columns[y * width + x] = sum / sx;
    }
  }
  const out = new Uint8Array(width * height);
  for (let y = 0; y < height; y++) {
    const from = y * sy;
    const to = from + sy;
    for (let x = 0; x < width; x++) {
      let sum = 0;
      for (let k = Math.floor(from); k < Math.ceil(to); k++) {
        const weight = Math.min(to, k + 1) - Math.max(from, k);
        sum += columns[Math.min(k, image.height - 1) * width + x]! * weight;
      }
      out[y * width + x] = Math.round(sum / sy);
    }
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

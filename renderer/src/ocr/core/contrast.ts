import { estimatePaper } from './background';
import type { GrayImage } from './gray-image';

/**
 * Grayscale contrast normalisation for a captured page: divide by the estimated paper
 * brightness (uneven light becomes even white), then stretch so the darkest ink reaches black.
 * Stays grayscale on purpose: both engines read anti-aliased strokes better than a hard
 * threshold, which breaks thin strokes of small CJK characters.
 */
export function normaliseContrast(image: GrayImage, options: { block?: number } = {}): GrayImage {
  const paper = estimatePaper(image, options.block ?? 32);
  const flat = new Uint8Array(image.data.length);
  const histogram = new Uint32Array(256);
  // min(255, round(v·255 / paper)) for every paper level (1–255) and value: a 64 KiB table
  // built once instead of a division per pixel; the same numbers.
  const divided = new Uint8Array(256 * 256);
  for (let p = 1; p < 256; p++) for (let v = 0; v < 256; v++) divided[p * 256 + v] = Math.min(255, Math.round((v * 255) / p));
  const source = image.data;
  const paperData = paper.data;
  for (let i = 0; i < flat.length; i++) {
    const v = divided[paperData[i]! * 256 + source[i]!]!;
    flat[i] = v;
    histogram[v]!++;
  }
  // Ink level: the 0.5th percentile of all pixels (text covers a few percent of a page).
  const target = flat.length * 0.005;
  let ink = 0;
  for (let seen = 0; ink < 255 && seen + histogram[ink]! < target; ink++) seen += histogram[ink]!;
  const white = 250;
  if (ink >= white - 40) return { width: image.width, height: image.height, data: flat }; // an empty page: nothing to stretch
  const scale = 255 / (white - ink);
  const lut = new Uint8Array(256);
  for (let v = 0; v < 256; v++) lut[v] = Math.max(0, Math.min(255, Math.round((v - ink) * scale)));
  for (let i = 0; i < flat.length; i++) flat[i] = lut[flat[i]!]!;
  return { width: image.width, height: image.height, data: flat };
}

/** Otsu's threshold of a histogram of 8-bit values: the level that best separates two classes. */
export function otsuThreshold(image: GrayImage): number {
  const histogram = new Float64Array(256);
  for (let i = 0; i < image.data.length; i++) histogram[image.data[i]!]!++;
  const total = image.data.length;
  let sumAll = 0;
  for (let v = 0; v < 256; v++) sumAll += v * histogram[v]!;
  let sumBelow = 0;
  let countBelow = 0;
  let best = 0;
  let bestVariance = -1;
  for (let t = 0; t < 256; t++) {
    countBelow += histogram[t]!;
    if (countBelow === 0) continue;
    const countAbove = total - countBelow;
    if (countAbove === 0) break;
    sumBelow += t * histogram[t]!;
    const meanBelow = sumBelow / countBelow;
    const meanAbove = (sumAll - sumBelow) / countAbove;
    const variance = countBelow * countAbove * (meanBelow - meanAbove) ** 2;
    if (variance > bestVariance) {
      bestVariance = variance;
      best = t;
    }
  }
  return best;
}

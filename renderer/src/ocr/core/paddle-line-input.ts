import type { GrayImage } from './gray-image';

export interface Point {
  x: number;
  y: number;
}

/** A detected text box as PP-OCR's detector reports it: the bounding rectangle and, usually, its four corners clockwise from top-left. */
export interface TextBox {
  x: number;
  y: number;
  width: number;
  height: number;
  points?: readonly [Point, Point, Point, Point];
}

/** PP-OCRv4's recogniser input: 3×48×W, W at least 320 (PaddleOCR's rec_image_shape 3,48,320). */
export const LINE_INPUT_HEIGHT = 48;
export const LINE_INPUT_MIN_WIDTH = 320;

export interface LineGeometry {
  /** Page positions of the crop's corners: top-left, top-right, bottom-right, bottom-left (after turning). */
  corners: readonly [Point, Point, Point, Point];
  /** The crop's size in page pixels, as PaddleOCR's get_rotate_crop_image makes it. */
  width: number;
  height: number;
  /** Columns of the box's line once scaled to the input height (the rest of the input is padding). */
  inputWidth: number;
}

const distance = (a: Point, b: Point) => Math.hypot(a.x - b.x, a.y - b.y);

/**
 * Where a box's line lies and how wide it reads: the crop is the box's quadrilateral straightened
 * (floored edge lengths, as PaddleOCR crops), turned a quarter counter-clockwise when it is at least
 * 1.5× taller than wide (vertical text), scaled to 48 rows keeping its aspect.
 */
export function lineGeometry(box: TextBox): LineGeometry {
  const p = box.points ?? [
    { x: box.x, y: box.y },
    { x: box.x + box.width, y: box.y },
    { x: box.x + box.width, y: box.y + box.height },
    { x: box.x, y: box.y + box.height },
  ];
  let width = Math.max(1, Math.floor(distance(p[0], p[1])), Math.floor(distance(p[2], p[3])));
  let height = Math.max(1, Math.floor(distance(p[0], p[3])), Math.floor(distance(p[1], p[2])));
  let corners: LineGeometry['corners'] = [p[0], p[1], p[2], p[3]];
  if (height / width >= 1.5) {
    // Turned counter-clockwise: the crop's right edge becomes its top.
    corners = [p[1], p[2], p[3], p[0]];
    [width, height] = [height, width];
  }
  return { corners, width, height, inputWidth: Math.ceil(LINE_INPUT_HEIGHT * (width / height)) };
}

/** The input width a batch of lines needs: the widest line, at least 320. */
export function paddedInputWidth(lines: readonly LineGeometry[]): number {
  return Math.max(LINE_INPUT_MIN_WIDTH, ...lines.map((l) => l.inputWidth));
}

/**
 * Writes one line into item `item` of a [N, 3, 48, paddedWidth] float tensor, normalised as PP-OCR
 * expects ((v − 127.5) / 127.5, the same value in all three channels of a gray page), and zeroes
 * the padding to its right. Each input pixel is one bilinear sample of the page at the point the
 * crop-then-resize of PaddleOCR's recogniser would have read, so the page is read once, as gray,
 * with no intermediate RGB crop (the `paddleocr` runtime made a bicubic RGB crop, then an RGB
 * resize, then the tensor: three full passes per line).
 */
export function writeLineInput(image: GrayImage, line: LineGeometry, out: Float32Array, item: number, paddedWidth: number): void {
  const H = LINE_INPUT_HEIGHT;
  const plane = H * paddedWidth;
  const base = item * 3 * plane;
  const [tl, tr, br, bl] = line.corners;
  const { width: cropW, height: cropH } = line;
  const columns = Math.min(line.inputWidth, paddedWidth);
  const maxX = image.width - 1;
  const maxY = image.height - 1;
  const data = image.data;
  const stride = image.width;
  const scaleX = cropW / columns;
  const scaleY = cropH / H;
  for (let v = 0; v < H; v++) {
    // Bilinear resize's source row in the crop, then that row's ends on the page.
    const cy = Math.min(cropH - 1, Math.max(0, (v + 0.5) * scaleY - 0.5));
    const t = cy / cropH;
    const leftX = tl.x + (bl.x - tl.x) * t;
    const leftY = tl.y + (bl.y - tl.y) * t;
    const rightX = tr.x + (br.x - tr.x) * t;
    const rightY = tr.y + (br.y - tr.y) * t;
    const row = base + v * paddedWidth;
    for (let u = 0; u < columns; u++) {
      const s = Math.min(cropW - 1, Math.max(0, (u + 0.5) * scaleX - 0.5)) / cropW;
      const px = Math.min(maxX, Math.max(0, leftX + (rightX - leftX) * s));
      const py = Math.min(maxY, Math.max(0, leftY + (rightY - leftY) * s));
      const x0 = px | 0; // floor: px, py ≥ 0
      const y0 = py | 0;
      const x1 = x0 < maxX ? x0 + 1 : x0;
      const y1 = y0 < maxY ? y0 + 1 : y0;
      const wx = px - x0;
      const wy = py - y0;
      const top = data[y0 * stride + x0]! + (data[y0 * stride + x1]! - data[y0 * stride + x0]!) * wx;
      const bottom = data[y1 * stride + x0]! + (data[y1 * stride + x1]! - data[y1 * stride + x0]!) * wx;
      const value = (top + (bottom - top) * wy) / 127.5 - 1;
      out[row + u] = value;
      out[row + plane + u] = value;
      out[row + 2 * plane + u] = value;
    }
    for (let c = 0; c < 3; c++) out.fill(0, row + c * plane + columns, row + c * plane + paddedWidth);
  }
}

/**
 * CTC greedy decoding of one item's [frames, classes] probabilities (PP-OCR's CTCLabelDecode):
 * the best class per frame, repeats collapsed, class 0 (blank) dropped; confidence = the mean
 * probability of the kept frames. `characters[0]` is the blank.
 */
export function ctcGreedyDecode(probabilities: Float32Array, offset: number, frames: number, classes: number, characters: readonly string[]): { text: string; confidence: number } {
  let text = '';
  let sum = 0;
  let kept = 0;
  let last = -1;
  for (let t = 0; t < frames; t++) {
    const start = offset + t * classes;
    let best = 0;
    let bestScore = -Infinity;
    for (let c = 0; c < classes; c++) {
      const score = probabilities[start + c]!;
      if (score > bestScore) {
        bestScore = score;
        best = c;
      }
    }
    if (best === last) continue;
    last = best;
    if (best === 0) continue;
    text += characters[best] ?? '';
    sum += bestScore;
    kept++;
  }
  return { text, confidence: kept === 0 ? 0 : sum / kept };
}

/**
 * The same decoding from the runtime's per-frame best class and its probability (the recogniser
 * prepared with `greedyCtcOutputs`): no [frames, classes] scan in JS.
 */
export function ctcGreedyDecodeBest(best: ArrayLike<number | bigint>, probability: ArrayLike<number>, characters: readonly string[]): { text: string; confidence: number } {
  let text = '';
  let sum = 0;
  let kept = 0;
  let last = -1;
  for (let t = 0; t < best.length; t++) {
    const c = Number(best[t]);
    if (c === last) continue;
    last = c;
    if (c === 0) continue;
    text += characters[c] ?? '';
    sum += probability[t]!;
    kept++;
  }
  return { text, confidence: kept === 0 ? 0 : sum / kept };
}

/**
 * The pipeline's one image type: 8-bit grayscale, row-major, one byte per pixel. Every step in
 * this folder is a pure function over it, with no DOM, React or Node imports, so the renderer's
 * workers and the Node CLI run the very same code (DESIGN.md §6).
 */
export interface GrayImage {
  readonly width: number;
  readonly height: number;
  readonly data: Uint8Array;
}

/** Interleaved 8-bit pixels as decoders deliver them (canvas ImageData: 4 channels; sharp raw: 3 or 4). */
export interface PixelImage {
  readonly width: number;
  readonly height: number;
  readonly channels: 1 | 2 | 3 | 4;
  readonly data: Uint8Array | Uint8ClampedArray;
}

export function createGray(width: number, height: number, fill = 0): GrayImage {
  const data = new Uint8Array(width * height);
  if (fill) data.fill(fill);
  return { width, height, data };
}

/** ITU-R BT.601 luma in integer arithmetic (the weights of every JPEG decoder's Y). */
export function toGray(image: PixelImage): GrayImage {
  const { width, height, channels, data } = image;
  if (channels === 1 || channels === 2) {
    const out = new Uint8Array(width * height);
    for (let i = 0, j = 0; i < out.length; i++, j += channels) out[i] = data[j]!;
    return { width, height, data: out };
  }
  const out = new Uint8Array(width * height);
  for (let i = 0, j = 0; i < out.length; i++, j += channels) {
    // Truncated, as the Uint8Array store would; `| 0` keeps it an int32 (V8's fast store path).
    out[i] = ((data[j]! * 299 + data[j + 1]! * 587 + data[j + 2]! * 114 + 500) / 1000) | 0;
  }
  return { width, height, data: out };
}

/** RGBA for engines and canvases that want four channels (alpha opaque). */
export function grayToRgba(image: GrayImage): Uint8ClampedArray<ArrayBuffer> {
  const out = new Uint8ClampedArray(image.width * image.height * 4);
  for (let i = 0, j = 0; i < image.data.length; i++, j += 4) {
    const v = image.data[i]!;
    out[j] = v;
    out[j + 1] = v;
    out[j + 2] = v;
    out[j + 3] = 255;
  }
  return out;
}

export function cropGray(image: GrayImage, box: { x: number; y: number; width: number; height: number }): GrayImage {
  const x0 = Math.max(0, Math.floor(box.x));
  const y0 = Math.max(0, Math.floor(box.y));
  const width = Math.max(1, Math.min(image.width - x0, Math.round(box.width)));
  const height = Math.max(1, Math.min(image.height - y0, Math.round(box.height)));
  const out = new Uint8Array(width * height);
  for (let y = 0; y < height; y++) out.set(image.data.subarray((y0 + y) * image.width + x0, (y0 + y) * image.width + x0 + width), y * width);
  return { width, height, data: out };
}

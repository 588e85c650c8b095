import type { PixelImage } from '#ocr-core/gray-image';

/** The largest edge the pipeline decodes to: a 50-megapixel photo is shrunk by the browser's decoder. */
export const DECODE_LONG_EDGE = 4000;
/** Stored page images (issue 12): long edge at most 2000 px. */
export const STORED_LONG_EDGE = 2000;

export class UnreadableImageError extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = 'UnreadableImageError';
  }
}

function fitted(width: number, height: number, long: number) {
  const scale = Math.min(1, long / Math.max(width, height));
  return { width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)) };
}

/** Blob → upright bitmap (EXIF orientation applied), at most DECODE_LONG_EDGE. Throws UnreadableImageError. */
export async function decodeCapture(blob: Blob): Promise<ImageBitmap> {
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(blob, { imageOrientation: 'from-image' });
  } catch (error) {
    throw new UnreadableImageError(error instanceof Error ? error.message : String(error));
  }
  if (Math.max(bitmap.width, bitmap.height) <= DECODE_LONG_EDGE) return bitmap;
  const size = fitted(bitmap.width, bitmap.height, DECODE_LONG_EDGE);
  const smaller = await createImageBitmap(bitmap, { resizeWidth: size.width, resizeHeight: size.height, resizeQuality: 'high' });
  bitmap.close();
  return smaller;
}

export function bitmapPixels(bitmap: ImageBitmap): PixelImage {
  const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
  const context = canvas.getContext('2d', { willReadFrequently: true });
  if (!context) throw new Error('no 2D canvas');
  context.drawImage(bitmap, 0, 0);
  const data = context.getImageData(0, 0, bitmap.width, bitmap.height).data;
  return { width: bitmap.width, height: bitmap.height, channels: 4, data };
}

/**
 * The stored copy of a capture: long edge ≤ STORED_LONG_EDGE, JPEG quality 0.85. Draws the
 * bitmap before its first await, so the caller may close the bitmap as soon as this returns.
 */
export async function storedCopy(bitmap: ImageBitmap): Promise<{ blob: Blob; width: number; height: number }> {
  const size = fitted(bitmap.width, bitmap.height, STORED_LONG_EDGE);
  const canvas = new OffscreenCanvas(size.width, size.height);
  const context = canvas.getContext('2d');
  if (!context) throw new Error('no 2D canvas');
  context.imageSmoothingQuality = 'high';
  context.drawImage(bitmap, 0, 0, size.width, size.height);
  return { blob: await canvas.convertToBlob({ type: 'image/jpeg', quality: 0.85 }), ...size };
}

import sharp from 'sharp';
import type { PixelImage } from '#ocr-core/gray-image';

/** The largest edge handed to the pipeline: a 50-megapixel photo is shrunk while decoding, not in JS. */
export const DECODE_LONG_EDGE = 4000;

export class UnreadableImageError extends Error {
  constructor(
    readonly file: string,
    reason: string,
  ) {
    super(`${file}: not a readable PNG, JPEG or WebP image (${reason})`);
    this.name = 'UnreadableImageError';
  }
}

/** Decodes with sharp (libvips), turned upright by its EXIF orientation, as 8-bit pixels. */
export async function decodeImageFile(file: string): Promise<PixelImage> {
  try {
    const { data, info } = await sharp(file, { failOn: 'error' })
      .rotate()
      .resize({ width: DECODE_LONG_EDGE, height: DECODE_LONG_EDGE, fit: 'inside', withoutEnlargement: true })
      .raw()
      .toBuffer({ resolveWithObject: true });
    return { width: info.width, height: info.height, channels: info.channels, data };
  } catch (error) {
    throw new UnreadableImageError(file, error instanceof Error ? error.message : String(error));
  }
}

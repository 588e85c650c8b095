import { normaliseContrast } from './contrast';
import { estimateSkewDegrees, rotateGray } from './deskew';
import { cropGray, toGray, type GrayImage, type PixelImage } from './gray-image';
import { findPageBox, type Box } from './page-crop';
import { fitLongEdge } from './resize';

/** The longest edge the engines get: enough for 9-point text on an A4 page, bounded work. */
export const ENGINE_LONG_EDGE = 2000;

export interface PreprocessOptions {
  /** Camera captures are cropped to the page and deskewed; an imported clean scan can skip both. */
  camera?: boolean;
  maxLongEdge?: number;
}

export interface PreprocessResult {
  image: GrayImage;
  skewDegrees: number;
  /** Where the page was found, in the source's pixels. */
  pageBox: Box;
  /** Ink covers almost none of the page: nothing to read (the caller says so, it is no error). */
  empty: boolean;
  steps: { name: string; ms: number }[];
}

/**
 * Camera capture → what the engines read: grayscale, downscale to the working size, crop to the
 * sheet, deskew, crop again (the level sheet's edges are now straight), and normalise contrast.
 * The original capture is stored beside the result by the caller; this never changes it.
 */
export function preprocessForOcr(source: PixelImage | GrayImage, options: PreprocessOptions = {}): PreprocessResult {
  const steps: { name: string; ms: number }[] = [];
  const timed = <T>(name: string, run: () => T): T => {
    const start = performance.now();
    const value = run();
    steps.push({ name, ms: Math.round(performance.now() - start) });
    return value;
  };
  const maxLongEdge = options.maxLongEdge ?? ENGINE_LONG_EDGE;
  const gray = timed('grayscale', () => ('channels' in source ? toGray(source) : source));
  // Work a little above the engine size so the crop still leaves ~maxLongEdge of page.
  const working = timed('resize', () => fitLongEdge(gray, Math.round(maxLongEdge * 1.15)));
  const scale = gray.width / working.width;
  let page = working;
  let pageBox: Box = { x: 0, y: 0, width: gray.width, height: gray.height };
  let skewDegrees = 0;
  if (options.camera !== false) {
    const box = timed('crop', () => findPageBox(working));
    page = cropGray(working, box);
    pageBox = { x: box.x * scale, y: box.y * scale, width: box.width * scale, height: box.height * scale };
    skewDegrees = timed('deskew-estimate', () => estimateSkewDegrees(page));
    if (skewDegrees !== 0) {
      page = timed('deskew-rotate', () => rotateGray(page, skewDegrees, 255));
      page = timed('crop-level', () => cropGray(page, insetBox(findPageBox(page), page)));
    }
  }
  const image = timed('contrast', () => fitLongEdge(normaliseContrast(page), maxLongEdge));
  return { image, skewDegrees, pageBox, empty: isBlank(image), steps };
}

/** Drops a thin band at each edge, where the desk's last sliver and the rotation fill meet. */
function insetBox(box: Box, image: GrayImage): Box {
  const whole = box.width === image.width && box.height === image.height;
  const inset = whole ? 0 : Math.round(Math.min(box.width, box.height) * 0.006);
  return { x: box.x + inset, y: box.y + inset, width: box.width - 2 * inset, height: box.height - 2 * inset };
}

/** Fewer than 0.05% clearly dark pixels after normalisation: a blank sheet or an empty desk. */
export function isBlank(image: GrayImage): boolean {
  let dark = 0;
  for (let i = 0; i < image.data.length; i += 3) if (image.data[i]! < 128) dark++;
  return dark < (image.data.length / 3) * 0.0005;
}

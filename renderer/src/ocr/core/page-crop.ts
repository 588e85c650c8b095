import { otsuThreshold } from './contrast';
import type { GrayImage } from './gray-image';
import { fitLongEdge } from './resize';

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * Where the sheet of paper lies in a camera capture: the document camera looks down at a desk
 * that is darker than paper. On a small copy, pixels above Otsu's threshold are "paper"; the
 * page spans the rows and columns that are mostly paper. Returns the whole image when no clear
 * page stands out (an import of an already-cropped scan, or a page filling the frame).
 */
export function findPageBox(image: GrayImage): Box {
  const whole = { x: 0, y: 0, width: image.width, height: image.height };
  const small = fitLongEdge(image, 400);
  const threshold = otsuThreshold(small);
  const scaleX = image.width / small.width;
  const scaleY = image.height / small.height;
  const rowFill = new Float32Array(small.height);
  const colFill = new Float32Array(small.width);
  let paper = 0;
  for (let y = 0; y < small.height; y++) {
    for (let x = 0; x < small.width; x++) {
      if (small.data[y * small.width + x]! > threshold) {
        rowFill[y]!++;
        colFill[x]!++;
        paper++;
      }
    }
  }
  if (paper < small.data.length * 0.2) return whole;
  // Text rows on white paper still count as mostly paper; desk rows have almost none.
  const span = (fill: Float32Array, length: number) => {
    let start = 0;
    let end = fill.length - 1;
    while (start < end && fill[start]! < length * 0.5) start++;
    while (end > start && fill[end]! < length * 0.5) end--;
    return [start, end + 1] as const;
  };
  const [top, bottom] = span(rowFill, small.width);
  const [left, right] = span(colFill, small.height);
  if (top === 0 && left === 0 && bottom === small.height && right === small.width) return whole;
  const box = { x: left * scaleX, y: top * scaleY, width: (right - left) * scaleX, height: (bottom - top) * scaleY };
  if (box.width * box.height < image.width * image.height * 0.2) return whole;
  return box;
}

import { describe, expect, it } from 'vitest';
import { estimateSkewDegrees, rotateGray } from './deskew';
import { createGray, toGray, type GrayImage } from './gray-image';
import { findPageBox } from './page-crop';
import { isBlank, preprocessForOcr } from './preprocess';
import { fitLongEdge, resizeGray } from './resize';

/** A "page": white with 30 rows of dark dashes like lines of text, on an optional dark desk. */
function syntheticPage(width: number, height: number, desk = 0): GrayImage {
  const image = createGray(width + 2 * desk, height + 2 * desk, desk ? 80 : 255);
  for (let y = 0; y < height; y++) for (let x = 0; x < width; x++) image.data[(y + desk) * image.width + x + desk] = 245;
  for (let line = 0; line < 30; line++) {
    const top = 60 + line * Math.floor((height - 120) / 30);
    for (let y = top; y < top + 14; y++) {
      for (let x = 80; x < width - 80; x++) if (x % 24 < 18) image.data[(y + desk) * image.width + x + desk] = 20;
    }
  }
  return image;
}

describe('deskew', () => {
  it('finds the tilt a rotation put in, and rotating by it levels the page', () => {
    const level = syntheticPage(1200, 1600);
    for (const degrees of [2.5, -1.8]) {
      const tilted = rotateGray(level, degrees);
      const estimate = estimateSkewDegrees(tilted);
      expect(Math.abs(estimate + degrees)).toBeLessThan(0.15);
      expect(Math.abs(estimateSkewDegrees(rotateGray(tilted, estimate)))).toBeLessThan(0.15);
    }
  });
  it('says 0 for a level page and for a page without ink', () => {
    expect(Math.abs(estimateSkewDegrees(syntheticPage(800, 1000)))).toBeLessThan(0.1);
    expect(estimateSkewDegrees(createGray(800, 1000, 250))).toBe(0);
  });
});

describe('page crop, resize and the whole pipeline', () => {
  it('finds the sheet on a darker desk, and the whole frame when there is no desk', () => {
    const box = findPageBox(syntheticPage(1000, 1400, 100));
    expect(box.x).toBeGreaterThan(90);
    expect(box.x).toBeLessThan(115);
    expect(box.width).toBeGreaterThan(970);
    expect(box.width).toBeLessThan(1010);
    expect(findPageBox(syntheticPage(1000, 1400))).toEqual({ x: 0, y: 0, width: 1000, height: 1400 });
  });
  it('area-averages when shrinking and bounds the long edge', () => {
    const checker = createGray(4, 2);
    checker.data.set([0, 255, 0, 255, 255, 0, 255, 0]);
    expect([...resizeGray(checker, 2, 1).data]).toEqual([128, 128]);
    expect(fitLongEdge(createGray(4000, 3000), 2000)).toMatchObject({ width: 2000, height: 1500 });
  });
  it('turns a tilted RGBA capture on a desk into a level, cropped, bounded grayscale page', () => {
    const page = rotateGray(syntheticPage(1800, 2400, 150), -2.2, 80);
    const rgba = new Uint8ClampedArray(page.data.length * 4);
    page.data.forEach((v, i) => rgba.set([v, v, v, 255], i * 4));
    const result = preprocessForOcr({ width: page.width, height: page.height, channels: 4, data: rgba });
    expect(Math.abs(result.skewDegrees - 2.2)).toBeLessThan(0.15);
    expect(Math.max(result.image.width, result.image.height)).toBeLessThanOrEqual(2000);
    expect(result.empty).toBe(false);
    expect(toGray({ width: 1, height: 1, channels: 3, data: new Uint8Array([255, 0, 0]) }).data[0]).toBe(76);
  });
  it('recognises an empty sheet as empty', () => {
    expect(isBlank(createGray(500, 700, 250))).toBe(true);
    expect(preprocessForOcr(createGray(500, 700, 240), { camera: true }).empty).toBe(true);
  });
});

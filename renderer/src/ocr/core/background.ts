import type { GrayImage } from './gray-image';

/**
 * The paper's brightness at every pixel, estimated as the brightest value of each
 * `block`×`block` tile (text is darker than paper, so a tile's maximum is paper unless the tile
 * is all ink), smoothed over the neighbouring tiles and interpolated bilinearly. Used to undo
 * uneven light (a lamp on one side of the document camera) and to binarize locally.
 */
export function estimatePaper(image: GrayImage, block = 32): GrayImage {
  const tilesX = Math.ceil(image.width / block);
  const tilesY = Math.ceil(image.height / block);
  const tiles = new Float32Array(tilesX * tilesY);
  for (let ty = 0; ty < tilesY; ty++) {
    for (let tx = 0; tx < tilesX; tx++) {
      // 95th-percentile-like: the max of 4×4-subsampled pixels is robust enough to JPEG noise
      // once the tiles are averaged below, and cheap.
      let max = 0;
      const yEnd = Math.min(image.height, (ty + 1) * block);
      const xEnd = Math.min(image.width, (tx + 1) * block);
      for (let y = ty * block; y < yEnd; y += 2) {
        const row = y * image.width;
        for (let x = tx * block; x < xEnd; x += 2) {
          const v = image.data[row + x]!;
          if (v > max) max = v;
        }
      }
      tiles[ty * tilesX + tx] = max;
    }
  }
  // A 3×3 median-free smoothing: the max of each tile's neighbourhood, then its mean. An
  // all-ink tile (a heading's thick stroke) takes its neighbours' paper instead of going dark.
  const lifted = new Float32Array(tiles.length);
  for (let ty = 0; ty < tilesY; ty++) {
    for (let tx = 0; tx < tilesX; tx++) {
      let max = 0;
      for (let dy = -1; dy <= 1; dy++) {
        for (let dx = -1; dx <= 1; dx++) {
          const x = tx + dx;
          const y = ty + dy;
          if (x >= 0 && y >= 0 && x < tilesX && y < tilesY) max = Math.max(max, tiles[y * tilesX + x]!);
        }
      }
      lifted[ty * tilesX + tx] = max;
    }
  }
  const smooth = new Float32Array(tiles.length);
  for (let ty = 0; ty < tilesY; ty++) {
    for (let tx = 0; tx < tilesX; tx++) {
      let sum = 0;
      let n = 0;
      for (let dy = -1; dy <= 1; dy++) {
        for (let dx = -1; dx <= 1; dx++) {
          const x = tx + dx;
          const y = ty + dy;
          if (x >= 0 && y >= 0 && x < tilesX && y < tilesY) {
            sum += lifted[y * tilesX + x]!;
            n++;
          }
        }
      }
      smooth[ty * tilesX + tx] = sum / n;
    }
  }
  const out = new Uint8Array(image.width * image.height);
  // The horizontal interpolation taps are the same on every row: computed once per column.
  const x0s = new Int32Array(image.width);
  const x1s = new Int32Array(image.width);
  const wxs = new Float64Array(image.width);
  for (let x = 0; x < image.width; x++) {
    const fx = Math.min(tilesX - 1, Math.max(0, (x + 0.5) / block - 0.5));
    x0s[x] = Math.floor(fx);
    x1s[x] = Math.min(tilesX - 1, x0s[x]! + 1);
    wxs[x] = fx - x0s[x]!;
  }
  for (let y = 0; y < image.height; y++) {
    const fy = Math.min(tilesY - 1, Math.max(0, (y + 0.5) / block - 0.5));
    const y0 = Math.floor(fy);
    const y1 = Math.min(tilesY - 1, y0 + 1);
    const wy = fy - y0;
    const top0 = y0 * tilesX;
    const bottom0 = y1 * tilesX;
    const row = y * image.width;
    for (let x = 0; x < image.width; x++) {
      const x0 = x0s[x]!;
      const x1 = x1s[x]!;
      const wx = wxs[x]!;
      const top = smooth[top0 + x0]! * (1 - wx) + smooth[top0 + x1]! * wx;
      const bottom = smooth[bottom0 + x0]! * (1 - wx) + smooth[bottom0 + x1]! * wx;
      // `(v + 0.5) | 0` is Math.round for this non-negative value, as an int32 (a fast Uint8Array store).
      const v = (top * (1 - wy) + bottom * wy + 0.5) | 0;
      out[row + x] = v < 1 ? 1 : v;
    }
  }
  return { width: image.width, height: image.height, data: out };
}

import sharp from 'sharp';

/** How a document camera degrades a sheet (issue 12): tilt, defocus, sensor noise, uneven light, JPEG. */
export interface CameraDegradation {
  /** Degrees, positive = clockwise; the fixture set uses 1.5–3 either way. */
  rotateDegrees: number;
  blurSigma: number;
  /** Standard deviation of the added Gaussian noise, in 8-bit levels. */
  noiseSigma: number;
  /** Brightness at the darkest corner relative to the brightest (1 = even light). */
  darkestLight: number;
  jpegQuality: number;
  seed: number;
}

/** Mulberry32: a tiny seeded PRNG, so the "random" noise is the same on every run and machine. */
function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function gaussian(random: () => number): number {
  const u = Math.max(random(), 1e-12);
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random());
}

/** A desk-coloured margin around the sheet, as a camera sees it when the page lies on a table. */
const DESK = { r: 96, g: 84, b: 70 };
const DESK_MARGIN = 70;

/**
 * The sheet as the document camera would deliver it: on the desk, tilted, light falling off
 * towards one corner, slightly out of focus, noisy, JPEG-compressed. Deterministic for a seed.
 */
export async function degradeLikeCamera(png: Buffer, d: CameraDegradation): Promise<Buffer> {
  const tilted = await sharp(png)
    .removeAlpha()
    .extend({ top: DESK_MARGIN, bottom: DESK_MARGIN, left: DESK_MARGIN, right: DESK_MARGIN, background: DESK })
    .rotate(d.rotateDegrees, { background: DESK })
    .blur(d.blurSigma)
    .raw()
    .toBuffer({ resolveWithObject: true });
  const { width, height, channels } = tilted.info;
  const data = tilted.data;
  const random = seededRandom(d.seed);
  const diagonal = Math.hypot(width, height);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      // Light from the top-left, falling off linearly to `darkestLight` at the far corner.
      const light = 1 - (1 - d.darkestLight) * (Math.hypot(x, y) / diagonal);
      const noise = gaussian(random) * d.noiseSigma;
      const i = (y * width + x) * channels;
      for (let c = 0; c < 3; c++) data[i + c] = Math.max(0, Math.min(255, Math.round(data[i + c]! * light + noise)));
    }
  }
  return sharp(data, { raw: { width, height, channels } }).jpeg({ quality: d.jpegQuality, chromaSubsampling: '4:2:0' }).toBuffer();
}

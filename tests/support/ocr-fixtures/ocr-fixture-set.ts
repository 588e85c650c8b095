import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { groundTruthNumbers, groundTruthText, ocrFixturePages, type OcrFixturePage } from '#test-fixtures/ocr/ocr-pages';
import { degradeLikeCamera, type CameraDegradation } from './camera-variant';
import { fixtureHtml, PAGE_CSS_WIDTH, PAGE_SCALE } from './fixture-html';

export type FixtureVariant = 'clean' | 'camera';

export interface OcrFixtureImage {
  file: string;
  pageId: string;
  variant: FixtureVariant;
  text: string;
  ids: string[];
  phones: string[];
}

/** Two camera takes per page: tilted each way, with different blur, noise and light. */
export function cameraTakes(pageIndex: number): CameraDegradation[] {
  const angle = 1.5 + ((pageIndex * 0.3) % 1.5);
  return [
    { rotateDegrees: angle, blurSigma: 0.9 + (pageIndex % 3) * 0.2, noiseSigma: 9, darkestLight: 0.62, jpegQuality: 70, seed: 1000 + pageIndex },
    { rotateDegrees: -(3 - ((pageIndex * 0.3) % 1.5)), blurSigma: 1.2, noiseSigma: 12, darkestLight: 0.7, jpegQuality: 70, seed: 2000 + pageIndex },
  ];
}

// Bump when the renderer or the degradations change: the cache folder is keyed by it.
const GENERATOR_VERSION = 1;

function cacheKey(pages: OcrFixturePage[]): string {
  const hash = createHash('sha256');
  hash.update(String(GENERATOR_VERSION));
  for (const [i, page] of pages.entries()) hash.update(fixtureHtml(page)).update(JSON.stringify(cameraTakes(i)));
  return hash.digest('hex').slice(0, 16);
}

/**
 * Renders every fixture page in Debian's Chromium (Noto CJK), then makes its camera takes with
 * sharp. Written into a temp folder keyed by a hash of the inputs, so later calls reuse it; the
 * manifest is written last (temp name + rename), so a half-made set is never taken for done.
 */
export async function ensureOcrFixtureSet(options: { pages?: OcrFixturePage[]; dir?: string } = {}): Promise<OcrFixtureImage[]> {
  const pages = options.pages ?? ocrFixturePages;
  const dir = options.dir ?? path.join(tmpdir(), 'village-kiosk-ocr-fixtures', cacheKey(pages));
  const manifestPath = path.join(dir, 'manifest.json');
  if (existsSync(manifestPath)) return JSON.parse(readFileSync(manifestPath, 'utf8')) as OcrFixtureImage[];
  mkdirSync(dir, { recursive: true });
  const browser = await chromium.launch({ executablePath: process.env.KIOSK_CHROMIUM ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--font-render-hinting=none'] });
  const images: OcrFixtureImage[] = [];
  try {
    const context = await browser.newContext({ viewport: { width: PAGE_CSS_WIDTH, height: 800 }, deviceScaleFactor: PAGE_SCALE });
    const tab = await context.newPage();
    for (const [index, page] of pages.entries()) {
      await tab.setContent(fixtureHtml(page), { waitUntil: 'load' });
      await tab.evaluate(() => document.fonts.ready);
      const png = await tab.screenshot({ fullPage: true, type: 'png' });
      const truth = { pageId: page.id, text: groundTruthText(page), ...groundTruthNumbers(page) };
      const cleanFile = path.join(dir, `${page.id}.clean.png`);
      writeFileSync(cleanFile, png);
      images.push({ file: cleanFile, variant: 'clean', ...truth });
      for (const [take, degradation] of cameraTakes(index).entries()) {
        const file = path.join(dir, `${page.id}.camera-${take + 1}.jpg`);
        writeFileSync(file, await degradeLikeCamera(png, degradation));
        images.push({ file, variant: 'camera', ...truth });
      }
    }
  } finally {
    await browser.close();
  }
  const partial = `${manifestPath}.${process.pid}.part`;
  writeFileSync(partial, JSON.stringify(images, null, 2));
  renameSync(partial, manifestPath);
  return images;
}

export async function readFixtureBytes(image: OcrFixtureImage): Promise<Buffer> {
  return readFile(image.file);
}

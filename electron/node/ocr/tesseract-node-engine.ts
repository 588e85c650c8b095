import { existsSync, mkdirSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { createWorker, OEM, type PSM } from 'tesseract.js';
import { finishPageText } from '#ocr-core/assemble-lines';
import type { GrayImage } from '#ocr-core/gray-image';
import { throwIfCancelled, type OcrEngine, type OcrPageText, type RecognizeOptions } from '#ocr-core/ocr-engine';
import { TESSERACT_PARAMETERS, tesseractLines } from '#ocr-core/tesseract-page';
import { tesseractLangDir } from './ocr-model-files';

/**
 * tesseract.js reads every language from one `langPath`, while each `@tesseract.js-data/*`
 * package has its own folder: a temp folder of symlinks joins them (no copy, no download).
 */
function tesseractLangFolder(langs: string[]): string {
  const folder = path.join(tmpdir(), `village-kiosk-tessdata-${process.pid}`);
  mkdirSync(folder, { recursive: true });
  for (const code of langs) {
    const link = path.join(folder, `${code}.traineddata.gz`);
    if (!existsSync(link)) symlinkSync(path.join(tesseractLangDir(code), `${code}.traineddata.gz`), link);
  }
  return folder;
}

/**
 * tesseract.js 7 in Node (its own worker thread), LSTM only, `best_int` data from
 * `@tesseract.js-data/*` handed over as bytes: nothing is read from a CDN, nothing cached to disk.
 */
export async function createTesseractNodeEngine(options: { lang?: string } = {}): Promise<OcrEngine> {
  const lang = options.lang ?? 'chi_sim+eng';
  const worker = await createWorker(lang, OEM.LSTM_ONLY, { langPath: tesseractLangFolder(lang.split('+')), cacheMethod: 'none', gzip: true, errorHandler: () => undefined });
  await worker.setParameters({ ...TESSERACT_PARAMETERS, tessedit_pageseg_mode: TESSERACT_PARAMETERS.tessedit_pageseg_mode as unknown as PSM });
  return {
    name: 'tesseract',
    async recognize(image: GrayImage, recognizeOptions: RecognizeOptions = {}): Promise<OcrPageText> {
      throwIfCancelled(recognizeOptions.signal);
      const png = await sharp(image.data, { raw: { width: image.width, height: image.height, channels: 1 } }).png({ compressionLevel: 1 }).toBuffer();
      const { data: page } = await worker.recognize(png, {}, { blocks: true, text: false });
      throwIfCancelled(recognizeOptions.signal);
      const result = finishPageText(tesseractLines(page));
      result.lines.forEach((line, i) => line.spans[0] && recognizeOptions.onLine?.({ ...line.spans[0], text: line.text }, i + 1, result.lines.length));
      return result;
    },
    async dispose() {
      await worker.terminate();
    },
  };
}

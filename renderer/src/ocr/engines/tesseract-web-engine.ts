import { createWorker, OEM, type PSM } from 'tesseract.js';
import { finishPageText } from '#ocr-core/assemble-lines';
import type { GrayImage } from '#ocr-core/gray-image';
import { grayToRgba } from '#ocr-core/gray-image';
import { throwIfCancelled, type OcrEngine, type OcrPageText, type RecognizeOptions } from '#ocr-core/ocr-engine';
import { TESSERACT_PARAMETERS, tesseractLines } from '#ocr-core/tesseract-page';
import { ocrAssets } from '../ocr-assets';

/** The page as a PNG blob: tesseract.js decodes images itself and takes no raw pixels. */
async function pngOf(image: GrayImage): Promise<Blob> {
  const canvas = new OffscreenCanvas(image.width, image.height);
  const context = canvas.getContext('2d');
  if (!context) throw new Error('no 2D canvas for the OCR page');
  context.putImageData(new ImageData(grayToRgba(image), image.width, image.height), 0, 0);
  return canvas.convertToBlob({ type: 'image/png' });
}

/**
 * tesseract.js 7 (its own nested Web Worker), `best_int` chi_sim + eng, every path pointed at
 * the application's own files (PITFALLS.md): worker script, core (all wasm variants) and data.
 */
export async function createTesseractWebEngine(lang = 'chi_sim+eng'): Promise<OcrEngine> {
  const worker = await createWorker(lang, OEM.LSTM_ONLY, {
    workerPath: ocrAssets.tesseractWorker,
    corePath: ocrAssets.tesseractCore,
    langPath: ocrAssets.tesseractLang,
    gzip: true,
    cacheMethod: 'none',
    workerBlobURL: false,
  });
  await worker.setParameters({ ...TESSERACT_PARAMETERS, tessedit_pageseg_mode: TESSERACT_PARAMETERS.tessedit_pageseg_mode as unknown as PSM });
  return {
    name: 'tesseract',
    async recognize(image: GrayImage, options: RecognizeOptions = {}): Promise<OcrPageText> {
      throwIfCancelled(options.signal);
      const { data: page } = await worker.recognize(await pngOf(image), {}, { blocks: true, text: false });
      throwIfCancelled(options.signal);
      const result = finishPageText(tesseractLines(page));
      result.lines.forEach((line, i) => line.spans[0] && options.onLine?.({ ...line.spans[0], text: line.text }, i + 1, result.lines.length));
      return result;
    },
    async dispose() {
      await worker.terminate();
    },
  };
}

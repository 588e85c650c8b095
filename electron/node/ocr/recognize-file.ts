import type { OcrEngine } from '#ocr-core/ocr-engine';
import { preprocessForOcr } from '#ocr-core/preprocess';
import { decodeImageFile } from './decode-image-file';

export interface FileResult {
  file: string;
  text: string;
  /** Mean character confidence, 0–100. */
  confidence: number;
  /** Decode + preprocessing + recognition. */
  ms: number;
  /** From the start until the engine delivered its first line. */
  firstTextMs?: number;
  error?: string;
  empty?: boolean;
}

/** One image file through the shared pipeline (the same core the renderer's workers run). */
export async function recognizeFile(engine: OcrEngine, file: string, options: { camera?: boolean } = {}): Promise<FileResult> {
  const start = performance.now();
  try {
    const pixels = await decodeImageFile(file);
    const prepared = preprocessForOcr(pixels, { camera: options.camera ?? true });
    if (prepared.empty) return { file, text: '', confidence: 0, ms: Math.round(performance.now() - start), empty: true };
    let firstTextMs: number | undefined;
    const page = await engine.recognize(prepared.image, {
      onLine: () => {
        firstTextMs ??= Math.round(performance.now() - start);
      },
    });
    return { file, text: page.text, confidence: page.confidence, ms: Math.round(performance.now() - start), firstTextMs };
  } catch (error) {
    return { file, text: '', confidence: 0, ms: Math.round(performance.now() - start), error: error instanceof Error ? error.message : String(error) };
  }
}

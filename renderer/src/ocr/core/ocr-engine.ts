import type { GrayImage } from './gray-image';

/** The two engines of DESIGN.md §6, by the names the CLI and the configuration use. */
export const OCR_ENGINE_NAMES = ['paddle', 'tesseract'] as const;
export type OcrEngineName = (typeof OCR_ENGINE_NAMES)[number];

export function isOcrEngineName(value: unknown): value is OcrEngineName {
  return typeof value === 'string' && (OCR_ENGINE_NAMES as readonly string[]).includes(value);
}

/** A run of text an engine read, with its place on the page. Confidence 0–100. */
export interface OcrSpan {
  text: string;
  confidence: number;
  box: { x: number; y: number; width: number; height: number };
}

/** One line of the page: its spans left to right. */
export interface OcrLine {
  text: string;
  confidence: number;
  spans: OcrSpan[];
}

export interface OcrPageText {
  /** Lines joined by "\n", punctuation normalised, verified IDs repaired. */
  text: string;
  /** Mean confidence over characters, 0–100. */
  confidence: number;
  lines: OcrLine[];
}

export interface RecognizeOptions {
  /** Called as soon as each line is read, so the first text shows before the page is done. */
  onLine?: (line: OcrSpan, done: number, total: number) => void;
  signal?: AbortSignal;
}

/**
 * What both engines offer (DESIGN.md §6), in the renderer's workers and in Node alike. An
 * engine reads one preprocessed page at a time; pools run several engines side by side.
 */
export interface OcrEngine {
  readonly name: OcrEngineName;
  recognize(image: GrayImage, options?: RecognizeOptions): Promise<OcrPageText>;
  dispose(): Promise<void>;
}

export class OcrCancelledError extends Error {
  constructor() {
    super('OCR cancelled');
    this.name = 'OcrCancelledError';
  }
}

export function throwIfCancelled(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new OcrCancelledError();
}

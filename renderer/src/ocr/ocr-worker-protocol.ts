import type { OcrEngineName, OcrLine } from '#ocr-core/ocr-engine';

/** Messages between the pool (page) and one OCR worker. One engine per worker, one page at a time. */
export type ToOcrWorker = { type: 'start'; engine: OcrEngineName } | { type: 'page'; id: number; image: Blob; camera: boolean } | { type: 'cancel'; id: number };

export type OcrFailureKind = 'unreadable' | 'empty' | 'engine' | 'cancelled';

export interface OcrWorkerPageResult {
  text: string;
  confidence: number;
  lines: OcrLine[];
  engine: OcrEngineName;
  skewDegrees: number;
  /** The capture, upright, long edge ≤ 2000 px, JPEG: what is stored and shown. */
  original: { blob: Blob; width: number; height: number };
  /** What the engine read (cropped, deskewed, contrast-normalised), WebP: kept beside the original. */
  processed: { blob: Blob; width: number; height: number };
  ms: number;
  firstTextMs: number | undefined;
}

export type FromOcrWorker =
  | { type: 'ready'; ms: number }
  | { type: 'start-failed'; error: string }
  | { type: 'line'; id: number; text: string; confidence: number; done: number; total: number }
  | { type: 'result'; id: number; result: OcrWorkerPageResult }
  | { type: 'failed'; id: number; kind: OcrFailureKind; error: string };

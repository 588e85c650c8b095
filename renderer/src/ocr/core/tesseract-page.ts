import { assembleLines } from './assemble-lines';
import type { OcrLine, OcrSpan } from './ocr-engine';

/** The part of tesseract.js's result (`output.blocks: true`) the pipeline reads; structural, so this folder needs no tesseract import. */
export interface TesseractBlocks {
  blocks: { paragraphs: { lines: { words: { text: string; confidence: number; bbox: { x0: number; y0: number; x1: number; y1: number } }[] }[] }[] }[] | null;
}

/**
 * tesseract's words as spans, re-assembled into lines the same way as PP-OCR's boxes: with
 * page segmentation 3 tesseract may put a form's labels and values in separate blocks, which
 * would break "label：value" apart in reading order.
 */
export function tesseractLines(page: TesseractBlocks): OcrLine[] {
  const spans: OcrSpan[] = [];
  for (const block of page.blocks ?? []) {
    for (const paragraph of block.paragraphs) {
      for (const line of paragraph.lines) {
        for (const word of line.words) {
          spans.push({ text: word.text, confidence: word.confidence, box: { x: word.bbox.x0, y: word.bbox.y0, width: word.bbox.x1 - word.bbox.x0, height: word.bbox.y1 - word.bbox.y0 } });
        }
      }
    }
  }
  return assembleLines(spans);
}

/** Parameters both tesseract engines set (DESIGN.md §6, PITFALLS.md). */
export const TESSERACT_PARAMETERS = {
  // Without it Chinese comes back with a space between every word.
  preserve_interword_spaces: '1',
  // Page segmentation set explicitly: 3 = automatic, no orientation detection (pages are deskewed first).
  tessedit_pageseg_mode: '3',
  // Our pages are ~200–300 dpi after preprocessing; without a hint tesseract warns and guesses 70.
  user_defined_dpi: '300',
} as const;

import type { OcrLine, OcrPageText, OcrSpan } from './ocr-engine';
import { applyFieldRepairs } from './fields';
import { isCjk, normalisePunctuation } from './punctuation';

/**
 * Reading order for spans from a detector (PP-OCR reads boxes, not lines): a span joins the
 * line whose vertical centre band it overlaps by more than half of the smaller height, lines
 * run top to bottom, spans left to right. On a deskewed page a form's label and value, or a
 * table's cells, share one line. Two spans join without a space when either side is Chinese.
 */
export function assembleLines(spans: readonly OcrSpan[]): OcrLine[] {
  const lines = bandLines(spans.filter((s) => s.text.trim() !== ''), (s) => s.box);
  return lines.map((ordered) => ({ text: joinSpans(ordered.map((s) => s.text.trim())), confidence: meanConfidence(ordered), spans: ordered }));
}

/**
 * Boxes in reading order by the same rule: lines top to bottom (a box joins the line whose band
 * it overlaps by more than half of the smaller height), boxes left to right within a line. The
 * PP-OCR pipeline reads (and streams) boxes in this order, so the first line shown is the page's
 * first line read from its start, even when a box further right sits a pixel or two higher.
 */
export function readingOrder<T extends { x: number; y: number; width: number; height: number }>(boxes: readonly T[]): T[] {
  return bandLines(boxes, (b) => b).flat();
}

function joinSpans(texts: string[]): string {
  let out = '';
  for (const text of texts) {
    if (out === '') out = text;
    else out += isCjk([...out].at(-1)) || isCjk([...text][0]) ? text : ` ${text}`;
  }
  return out;
}

/** Character-weighted mean confidence. */
export function meanConfidence(spans: readonly { text: string; confidence: number }[]): number {
  let weighted = 0;
  let chars = 0;
  for (const span of spans) {
    const n = [...span.text.replace(/\s/g, '')].length;
    weighted += span.confidence * n;
    chars += n;
  }
  return chars === 0 ? 0 : Math.round((weighted / chars) * 10) / 10;
}

/** The page's text as the clerk sees it: lines, punctuation as the document has it, verified IDs. */
export function finishPageText(lines: OcrLine[]): OcrPageText {
  const finished = lines.map((line) => ({ ...line, text: applyFieldRepairs(normalisePunctuation(line.text)) }));
  return { text: finished.map((l) => l.text).join('\n'), confidence: meanConfidence(finished), lines: finished };
}

/**
 * The one line rule of both: items by vertical centre, each joining the line whose band it
 * overlaps by more than half of the smaller height (the band grows with it); lines top to
 * bottom, items left to right within a line.
 */
function bandLines<T>(items: readonly T[], boxOf: (item: T) => { x: number; y: number; height: number }): T[][] {
  const sorted = [...items].sort((a, b) => boxOf(a).y + boxOf(a).height / 2 - (boxOf(b).y + boxOf(b).height / 2));
  const lines: { top: number; bottom: number; items: T[] }[] = [];
  for (const item of sorted) {
    const top = boxOf(item).y;
    const bottom = top + boxOf(item).height;
    const line = lines.find((l) => Math.min(l.bottom, bottom) - Math.max(l.top, top) > Math.min(l.bottom - l.top, bottom - top) * 0.5);
    if (line) {
      line.items.push(item);
      line.top = Math.min(line.top, top);
      line.bottom = Math.max(line.bottom, bottom);
    } else {
      lines.push({ top, bottom, items: [item] });
    }
  }
  return lines.sort((a, b) => a.top - b.top).map((l) => l.items.sort((a, b) => boxOf(a).x - boxOf(b).x));
}

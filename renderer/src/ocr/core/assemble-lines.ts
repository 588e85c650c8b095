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
  const sorted = [...spans].filter((s) => s.text.trim() !== '').sort((a, b) => a.box.y + a.box.height / 2 - (b.box.y + b.box.height / 2));
  const lines: { top: number; bottom: number; spans: OcrSpan[] }[] = [];
  for (const span of sorted) {
    const top = span.box.y;
    const bottom = span.box.y + span.box.height;
    const line = lines.find((l) => Math.min(l.bottom, bottom) - Math.max(l.top, top) > Math.min(l.bottom - l.top, bottom - top) * 0.5);
    if (line) {
      line.spans.push(span);
      line.top = Math.min(line.top, top);
      line.bottom = Math.max(line.bottom, bottom);
    } else {
      lines.push({ top, bottom, spans: [span] });
    }
  }
  lines.sort((a, b) => a.top - b.top);
  return lines.map((line) => {
    const ordered = line.spans.sort((a, b) => a.box.x - b.box.x);
    return { text: joinSpans(ordered.map((s) => s.text.trim())), confidence: meanConfidence(ordered), spans: ordered };
  });
}

/**
 * Boxes in reading order by the same rule: lines top to bottom (a box joins the line whose band
 * it overlaps by more than half of the smaller height), boxes left to right within a line. The
 * PP-OCR pipeline reads (and streams) boxes in this order, so the first line shown is the page's
 * first line read from its start, even when a box further right sits a pixel or two higher.
 */
export function readingOrder<T extends { x: number; y: number; width: number; height: number }>(boxes: readonly T[]): T[] {
  const sorted = [...boxes].sort((a, b) => a.y + a.height / 2 - (b.y + b.height / 2));
  const lines: { top: number; bottom: number; boxes: T[] }[] = [];
  for (const box of sorted) {
    const top = box.y;
    const bottom = box.y + box.height;
    const line = lines.find((l) => Math.min(l.bottom, bottom) - Math.max(l.top, top) > Math.min(l.bottom - l.top, bottom - top) * 0.5);
    if (line) {
      line.boxes.push(box);
      line.top = Math.min(line.top, top);
      line.bottom = Math.max(line.bottom, bottom);
    } else {
      lines.push({ top, bottom, boxes: [box] });
    }
  }
  return lines.sort((a, b) => a.top - b.top).flatMap((l) => l.boxes.sort((a, b) => a.x - b.x));
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

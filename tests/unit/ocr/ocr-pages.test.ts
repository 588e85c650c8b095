import { describe, expect, it } from 'vitest';
import { isValidResidentId } from '#ocr-core/resident-id';
import { groundTruthNumbers, groundTruthText, ocrFixturePages } from '#test-fixtures/ocr/ocr-pages';

describe('OCR fixture pages (the ground truth of the OCR benchmark)', () => {
  it('has notices, forms and a table, each with text', () => {
    expect(new Set(ocrFixturePages.map((p) => p.kind))).toEqual(new Set(['notice', 'form', 'table']));
    for (const page of ocrFixturePages) expect(groundTruthText(page).length).toBeGreaterThan(100);
  });
  it('every resident ID carries a valid check digit, and the forms carry IDs and phones', () => {
    const numbers = ocrFixturePages.map(groundTruthNumbers);
    const ids = numbers.flatMap((n) => n.ids);
    expect(ids.length).toBeGreaterThanOrEqual(4);
    for (const id of ids) expect(isValidResidentId(id)).toBe(true);
    expect(numbers.flatMap((n) => n.phones).length).toBeGreaterThanOrEqual(6);
  });
});

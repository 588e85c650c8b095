import { describe, expect, it } from 'vitest';
import { assembleLines, finishPageText } from './assemble-lines';
import { tesseractLines } from './tesseract-page';

const span = (text: string, x: number, y: number, width = 100, height = 30, confidence = 90) => ({ text, confidence, box: { x, y, width, height } });

describe('reading order from boxes', () => {
  it('puts a form label and its value on one line and lines top to bottom', () => {
    const lines = assembleLines([span('13981726354', 300, 102), span('联系电话：', 100, 100), span('申请人姓名：李秀英', 100, 40)]);
    expect(lines.map((l) => l.text)).toEqual(['申请人姓名：李秀英', '联系电话：13981726354']);
  });
  it('joins Latin words with a space, Chinese without', () => {
    expect(assembleLines([span('WiFi', 10, 0), span('free', 200, 0), span('免费', 400, 0)])[0]!.text).toBe('WiFi free免费');
  });
  it('finishes a page: normalised punctuation, repaired IDs, character-weighted confidence', () => {
    const page = finishPageText(assembleLines([span('身份证号:51O112196503l22420', 0, 0, 400, 30, 80), span('好', 0, 50, 30, 30, 20)]));
    expect(page.text).toBe('身份证号：510112196503122420\n好');
    expect(page.confidence).toBeCloseTo((80 * 23 + 20) / 24, 0);
  });
  it('reads tesseract blocks the same way', () => {
    const word = (text: string, x0: number, y0: number) => ({ text, confidence: 95, bbox: { x0, y0, x1: x0 + 80, y1: y0 + 30 } });
    const lines = tesseractLines({ blocks: [{ paragraphs: [{ lines: [{ words: [word('姓名：', 0, 0)] }] }] }, { paragraphs: [{ lines: [{ words: [word('陈晓明', 200, 2)] }] }] }] });
    expect(lines.map((l) => l.text)).toEqual(['姓名：陈晓明']);
  });
});

import { describe, expect, it } from 'vitest';
import { receiptQr } from './receipt-qr';

describe('the receipt QR code', () => {
  it('carries the bare code when the county has no public tracking page', () => {
    expect(receiptQr('30527713', '')).toEqual({ kind: 'code', value: '30527713' });
  });

  it('fills {code} into the county page, or adds it as ?code=', () => {
    expect(receiptQr('30527713', 'https://county.example.cn/track/{code}')).toEqual({ kind: 'url', value: 'https://county.example.cn/track/30527713' });
    expect(receiptQr('30527713', 'https://county.example.cn/track')).toEqual({ kind: 'url', value: 'https://county.example.cn/track?code=30527713' });
    expect(receiptQr('30527713', 'https://county.example.cn/t?lang=zh')).toEqual({ kind: 'url', value: 'https://county.example.cn/t?lang=zh&code=30527713' });
  });
});

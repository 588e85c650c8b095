import { describe, expect, it } from 'vitest';
import { trackingCodeFromScan } from './receipt-scan';

describe('tracking code from a scan', () => {
  it('reads the bare code, spaced or not, and a URL or text containing it', () => {
    expect(trackingCodeFromScan('30527713')).toBe('30527713');
    expect(trackingCodeFromScan('3052 7713\r')).toBe('30527713');
    expect(trackingCodeFromScan('https://county.example.cn/kiosk/receipt?village=qingshan&code=30527713')).toBe('30527713');
    expect(trackingCodeFromScan('青山村回执 查询编号 44173021')).toBe('44173021');
  });

  it('ignores codes with a wrong check digit, product barcodes and ambiguous scans', () => {
    expect(trackingCodeFromScan('30527714')).toBeNull();
    expect(trackingCodeFromScan('6901234567892')).toBeNull();
    expect(trackingCodeFromScan('30527713 44173021')).toBeNull();
    expect(trackingCodeFromScan('WIFI:S:office;P:secret;;')).toBeNull();
  });
});

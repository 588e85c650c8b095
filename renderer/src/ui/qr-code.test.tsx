import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { QrCode } from './qr-code';

function darkModules(svg: Element): Set<string> {
  const d = svg.querySelector('path')?.getAttribute('d') ?? '';
  return new Set([...d.matchAll(/M(\d+) (\d+)h1v1h-1z/g)].map((m) => `${m[1]},${m[2]}`));
}

describe('QrCode', () => {
  it('draws a named SVG picture with a quiet zone and the three finder patterns', () => {
    render(<QrCode value="30527719" label="查询编号二维码：3052 7719" />);
    const svg = screen.getByRole('img', { name: '查询编号二维码：3052 7719' });
    // Version 1 (21 modules) plus a quiet zone of 4 on each side.
    expect(svg.getAttribute('viewBox')).toBe('0 0 29 29');
    const dark = darkModules(svg);
    // Top-left corners of the finder patterns (offset by the quiet zone), and the quiet zone empty.
    for (const corner of ['4,4', '20,4', '4,20']) expect(dark.has(corner)).toBe(true);
    for (let i = 0; i < 29; i++) expect(dark.has(`${i},0`) || dark.has(`0,${i}`)).toBe(false);
  });

  it('encodes different values differently and the same value the same way', () => {
    const { rerender } = render(<QrCode value="30527719" label="a" />);
    const first = darkModules(screen.getByRole('img'));
    rerender(<QrCode value="11111116" label="a" />);
    const second = darkModules(screen.getByRole('img'));
    rerender(<QrCode value="30527719" label="a" />);
    expect(second).not.toEqual(first);
    expect(darkModules(screen.getByRole('img'))).toEqual(first);
  });
});

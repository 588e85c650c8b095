import { describe, expect, it } from 'vitest';
import { cellWidth, formatTable, truncate } from './text-table';

describe('text table', () => {
  it('aligns columns counting Chinese characters as two cells', () => {
    expect(formatTable(['村', 'status'], [['小河村', 'resolved'], ['hexi', 'in_progress']])).toEqual([
      '村      status',
      '------  -----------',
      '小河村  resolved',
      'hexi    in_progress',
    ]);
    expect(cellWidth('已派人')).toBe(6);
  });

  it('truncates to a cell budget', () => {
    expect(truncate('已派人维修，请耐心等待', 9)).toBe('已派人维…');
    expect(truncate('short', 9)).toBe('short');
  });
});

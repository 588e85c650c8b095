import { describe, expect, it } from 'vitest';
import { figuresTable, toCsv } from './figures-table';
import { aggregateFigures, median, type FigureViewRow } from './month-figures';

const h = 3_600_000;
const rows: FigureViewRow[] = [
  { key: ['2025-06', 't1', 'v1', 'road'], value: [1, 'satisfied', 2 * h, 10 * h] },
  { key: ['2025-06', 't1', 'v1', 'water'], value: [0, null, 4 * h, null] },
  { key: ['2025-06', 't1', 'v2', 'road'], value: [1, 'unsatisfied', 6 * h, 30 * h] },
  { key: ['2025-06', 't2', 'v3', 'road'], value: [0, null, null, null] },
];

describe('month figures', () => {
  it('counts, rates and medians per town, village and category', () => {
    const figures = aggregateFigures('2025-06', rows);
    expect(figures.total).toEqual({
      key: '',
      received: 4,
      resolved: 2,
      resolutionRate: 0.5,
      rated: 2,
      satisfied: 1,
      satisfactionRate: 0.5,
      medianFirstAnswerHours: 4,
      medianResolutionHours: 20,
    });
    expect(figures.byTown.map((row) => [row.key, row.received, row.resolved])).toEqual([
      ['t1', 3, 2],
      ['t2', 1, 0],
    ]);
    expect(figures.byCategory.find((row) => row.key === 'road')?.medianFirstAnswerHours).toBe(4);
    expect(figures.byVillage.find((row) => row.key === 'v3')?.satisfactionRate).toBeNull();
  });

  it('takes the middle value, or the mean of the two middle ones', () => {
    expect(median([])).toBeNull();
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  it('exports the same cells as CSV, with a byte-order mark for Excel', () => {
    const table = figuresTable(aggregateFigures('2025-06', rows), {
      headers: ['g', 'n', 'r', 's', 'rr', 'rated', 'sr', 'fa', 'res'],
      group: { total: 'T', town: 'town', village: 'village', category: 'cat' },
      totalName: 'all',
      categoryName: (id) => id.toUpperCase(),
    });
    expect(table[1]).toEqual(['T', 'all', 4, 2, 50, 2, 50, 4, 20]);
    expect(table.at(-1)).toEqual(['cat', 'WATER', 1, 0, 0, 0, null, 4, null]);
    const csv = toCsv(table);
    expect(csv.startsWith('\ufeffg,n,r,s,rr,rated,sr,fa,res\r\nT,all,4,2,50,2,50,4,20')).toBe(true);
    expect(csv).toContain('cat,WATER,1,0,0,0,,4,');
  });
});

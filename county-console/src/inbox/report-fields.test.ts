import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import { DESIGN_SOURCES } from '#sync/couchdb/design-sources.generated';
import { pickRange, residualFilter } from './inbox-query';
import { chinaMonth, latestRating, townOf } from './report-fields';

/** Runs a view's map function as CouchDB does (fresh scope, `emit`) and returns what it emitted. */
function mapRows(file: keyof typeof DESIGN_SOURCES, doc: object): { key: unknown; value: unknown }[] {
  const rows: { key: unknown; value: unknown }[] = [];
  const context = vm.createContext({ emit: (key: unknown, value: unknown) => rows.push({ key, value }) });
  const map = vm.runInContext(`(${DESIGN_SOURCES[file]})`, context) as (doc: object) => void;
  map(JSON.parse(JSON.stringify(doc)));
  return JSON.parse(JSON.stringify(rows));
}

const report = {
  _id: 'r1',
  type: 'report',
  village: '510112001003',
  category: 'water',
  status: 'resolved',
  createdAt: '2025-05-31T17:30:00.000Z',
  statusHistory: [
    { status: 'received', at: '2025-05-31T19:30:00.000Z' },
    { status: 'resolved', at: '2025-06-01T17:30:00.000Z' },
  ],
  countyReply: { zh: '好', at: '2025-05-31T18:30:00.000Z' },
  satisfaction: [
    { rating: 'unsatisfied', resolution: 1, at: '2025-06-02T00:00:00.000Z', kioskId: 'k1' },
    { rating: 'satisfied', resolution: 2, at: '2025-06-05T00:00:00.000Z', kioskId: 'k1' },
  ],
};

describe('the console views and the console compute the same fields', () => {
  it('inbox: one row per filter dimension, keyed by the same town and latest rating', () => {
    const rows = mapRows('console-inbox-map.js', report);
    const value = [report.village, 'water', 'resolved', latestRating(report.satisfaction)];
    expect(rows).toEqual([
      { key: ['all', '', report.createdAt], value },
      { key: ['town', townOf(report.village), report.createdAt], value },
      { key: ['village', report.village, report.createdAt], value },
      { key: ['category', 'water', report.createdAt], value },
      { key: ['status', 'resolved', report.createdAt], value },
      { key: ['satisfaction', 'satisfied', report.createdAt], value },
    ]);
    expect(mapRows('console-inbox-map.js', { ...report, status: 'received' }).map((row) => (row.key as string[])[0])).toContain('waiting');
    expect(mapRows('console-inbox-map.js', { type: 'heartbeat', village: 'x', createdAt: 'y' })).toEqual([]);
  });

  it('figures: the China-time month, first answer (the reply, here) and first resolution', () => {
    const rows = mapRows('console-figures-map.js', report);
    expect(chinaMonth(report.createdAt)).toBe('2025-06');
    expect(rows).toEqual([{ key: ['2025-06', '510112001', report.village, 'water'], value: [1, 'satisfied', 3_600_000, 24 * 3_600_000] }]);
  });

  it('takes the latest rating by instant, whatever the offset it was written with', () => {
    const satisfaction = [
      { rating: 'satisfied', resolution: 1, at: '2025-06-02T07:00:00+08:00', kioskId: 'k1' },
      { rating: 'unsatisfied', resolution: 1, at: '2025-06-01T23:30:00Z', kioskId: 'k2' },
    ];
    expect(latestRating(satisfaction)).toBe('unsatisfied');
    expect(mapRows('console-inbox-map.js', { ...report, satisfaction }).at(-1)?.key).toEqual(['satisfaction', 'unsatisfied', report.createdAt]);
    expect((mapRows('console-figures-map.js', { ...report, satisfaction })[0]?.value as unknown[])[1]).toBe('unsatisfied');
  });

  it('towns exist only for 12-digit codes', () => {
    expect(townOf('510112001003')).toBe('510112001');
    expect(townOf('qingshan')).toBe('-');
    expect(mapRows('console-inbox-map.js', { ...report, village: 'qingshan' })[1]?.key).toEqual(['town', '-', report.createdAt]);
  });
});

describe('inbox ranges', () => {
  it('walks the most selective filter and tests the others on the row values', () => {
    expect(pickRange({ village: 'v', town: 't', category: 'road' })).toEqual({ dimension: 'village', value: 'v' });
    expect(pickRange({ category: 'road' })).toEqual({ dimension: 'category', value: 'road' });
    expect(pickRange({})).toEqual({ dimension: 'waiting', value: '' });
    expect(pickRange({ status: 'all' })).toEqual({ dimension: 'all', value: '' });
    expect(pickRange({ status: 'reopened', category: 'road' })).toEqual({ dimension: 'status', value: 'reopened' });
    const keep = residualFilter({ town: '510112001', category: 'road' }, 'category')!;
    expect(keep(['510112001004', 'road', 'submitted', 'none'])).toBe(true);
    expect(keep(['510112001004', 'road', 'resolved', 'none'])).toBe(false);
    expect(keep(['510112002004', 'road', 'submitted', 'none'])).toBe(false);
    expect(residualFilter({ status: 'waiting' }, 'waiting')).toBeUndefined();
  });
});

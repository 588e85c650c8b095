import { describe, expect, it } from 'vitest';
import { compileDesignFunction } from './design-function-sandbox.node';
import { loadDesignFunction } from './design-source';

type Filter = (doc: object, req: { query: Record<string, string> }) => boolean;
const filter = compileDesignFunction<Filter>(loadDesignFunction('filter-by-village.js'));

describe('filter-by-village.js', () => {
  const report = { _id: 'r1', _rev: '1-a', type: 'report', village: 'shangzhuang' };

  it('passes the documents of the asked village, of the asked type when given', () => {
    expect(filter(report, { query: { village: 'shangzhuang' } })).toBe(true);
    expect(filter(report, { query: { village: 'shangzhuang', type: 'report' } })).toBe(true);
    expect(filter({ ...report, type: 'heartbeat' }, { query: { village: 'shangzhuang', type: 'report' } })).toBe(false);
  });

  it('never passes another village, design documents, tombstones, or anything without a village parameter', () => {
    expect(filter(report, { query: { village: 'xiahe' } })).toBe(false);
    expect(filter({ _id: '_design/validate', village: 'shangzhuang' }, { query: { village: 'shangzhuang' } })).toBe(false);
    expect(filter({ _id: 'r1', _rev: '2-b', _deleted: true }, { query: { village: 'shangzhuang' } })).toBe(false);
    expect(filter({ _id: 'x' }, { query: {} })).toBe(false);
  });
});

import type { WithDeleted } from 'rxdb';
import { describe, expect, it } from 'vitest';
import { minimalReport } from '#test-fixtures/docs/valid-docs';
import type { ReportDocType } from '../../schema/report-schema';
import { mergeReport, reportConflictHandler } from './report-conflict-handler';

type Report = WithDeleted<ReportDocType>;
const base: Report = { ...minimalReport, _deleted: false };

describe('report conflict handler: merge by field ownership', () => {
  it('keeps the kiosk’s words and the county’s status and reply', () => {
    const kiosk: Report = { ...base, text: '水管又漏了', landmark: '老槐树旁', contactPhone: '138 0000 0000' };
    const county: Report = {
      ...base,
      status: 'in_progress',
      countyReply: { zh: '已派人维修。', at: '2025-03-05T10:00:00Z' },
      statusHistory: [{ status: 'in_progress', at: '2025-03-05T10:00:00Z' }],
      // A county edit of a kiosk-owned field must not win.
      category: 'road',
    };
    const merged = mergeReport({ assumedMasterState: base, realMasterState: county, newDocumentState: kiosk });
    expect(merged).toMatchObject({
      text: '水管又漏了',
      landmark: '老槐树旁',
      contactPhone: '138 0000 0000',
      category: base.category,
      status: 'in_progress',
      countyReply: { zh: '已派人维修。', at: '2025-03-05T10:00:00Z' },
      statusHistory: [{ status: 'in_progress', at: '2025-03-05T10:00:00Z' }],
      _deleted: false,
    });
  });

  it('drops a kiosk attempt to change county-owned fields', () => {
    const kiosk: Report = { ...base, status: 'resolved', countyReply: { zh: '自己解决', at: '2025-01-01T00:00:00Z' } };
    const merged = mergeReport({ realMasterState: base, newDocumentState: kiosk });
    expect(merged.status).toBe('submitted');
    expect(merged.countyReply).toBeUndefined();
  });

  it('unions co-reporters and reopen requests by (time, kiosk), server entries first', () => {
    const shared = { addedAt: '2025-03-02T09:15:00.000Z', kioskId: 'k01' };
    const county: Report = {
      ...base,
      coReporters: [shared, { addedAt: '2025-03-03T00:00:00Z', kioskId: 'k02' }],
      reopenRequests: [{ at: '2025-04-01T08:00:00Z', kioskId: 'k02' }],
    };
    const kiosk: Report = {
      ...base,
      // Same time on another kiosk is another person: kept.
      coReporters: [shared, { addedAt: '2025-03-02T09:15:00.000Z', kioskId: 'k03' }],
      reopenRequests: [{ at: '2025-04-01T08:00:00Z', kioskId: 'k02' }, { at: '2025-04-02T08:00:00Z', kioskId: 'k01' }],
    };
    const merged = mergeReport({ realMasterState: county, newDocumentState: kiosk });
    expect(merged.coReporters).toEqual([shared, { addedAt: '2025-03-03T00:00:00Z', kioskId: 'k02' }, { addedAt: '2025-03-02T09:15:00.000Z', kioskId: 'k03' }]);
    expect(merged.reopenRequests).toEqual([{ at: '2025-04-01T08:00:00Z', kioskId: 'k02' }, { at: '2025-04-02T08:00:00Z', kioskId: 'k01' }]);
  });

  it('unions satisfaction ratings of two offline kiosks: every villager\'s answer reaches the county', () => {
    const a = { rating: 'unsatisfied' as const, resolution: 1, at: '2025-04-01T08:00:00Z', kioskId: 'k01' };
    const b = { rating: 'satisfied' as const, resolution: 1, at: '2025-04-01T08:00:00Z', kioskId: 'k02' };
    const merged = mergeReport({ realMasterState: { ...base, satisfaction: [b] }, newDocumentState: { ...base, satisfaction: [a, b] } });
    expect(merged.satisfaction).toEqual([b, a]);
    expect(mergeReport({ realMasterState: merged, newDocumentState: { ...base, satisfaction: [a] } }).satisfaction).toEqual([b, a]);
  });

  it('converges: merging the result again with either side changes nothing', () => {
    const county: Report = { ...base, status: 'resolved', coReporters: [{ addedAt: '2025-03-03T00:00:00Z', kioskId: 'k02' }] };
    const kiosk: Report = { ...base, text: 'edited', coReporters: [{ addedAt: '2025-03-04T00:00:00Z', kioskId: 'k01' }] };
    const merged = mergeReport({ realMasterState: county, newDocumentState: kiosk });
    expect(mergeReport({ realMasterState: county, newDocumentState: merged })).toEqual(merged);
    expect(reportConflictHandler.isEqual(mergeReport({ realMasterState: merged, newDocumentState: kiosk }), merged, 'test')).toBe(true);
  });

  it('does not depend on which side’s clock is ahead', () => {
    const county: Report = { ...base, status: 'in_progress', statusHistory: [{ status: 'in_progress', at: '1999-01-01T00:00:00Z' }] };
    const kiosk: Report = { ...base, text: 'edited', createdAt: '2099-01-01T00:00:00Z' };
    const merged = mergeReport({ realMasterState: county, newDocumentState: kiosk });
    expect(merged).toMatchObject({ status: 'in_progress', text: 'edited', createdAt: '2099-01-01T00:00:00Z' });
  });

  it('keeps a county deletion', () => {
    const merged = mergeReport({ realMasterState: { ...base, _deleted: true }, newDocumentState: { ...base, text: 'late edit' } });
    expect(merged._deleted).toBe(true);
  });

  it('isEqual ignores key order and RxDB bookkeeping but not content', () => {
    const reordered = Object.fromEntries(Object.entries(base).reverse()) as Report;
    expect(reportConflictHandler.isEqual(base, reordered, 'test')).toBe(true);
    expect(reportConflictHandler.isEqual(base, { ...base, _meta: { lwt: 1 } } as unknown as Report, 'test')).toBe(true);
    expect(reportConflictHandler.isEqual(base, { ...base, text: 'x' }, 'test')).toBe(false);
    expect(reportConflictHandler.isEqual(base, { ...base, _deleted: true }, 'test')).toBe(false);
  });
});

import { afterEach, describe, expect, it } from 'vitest';
import type { KioskData } from '../../data/data-context';
import { openMemoryKioskData } from '../../data/open-memory-kiosk-data';
import { rateResolution } from './rate-resolution';
import { requestReopen } from './reopen-report';
import { testReport } from './status.test-support';

const T = '2025-03-05T10:00:00Z';
let data: KioskData | undefined;
afterEach(async () => {
  await data?.close();
  data = undefined;
});

async function storedResolvedReport(overrides: Parameters<typeof testReport>[0] = {}) {
  data = await openMemoryKioskData();
  const report = testReport({ status: 'resolved', statusHistory: [{ status: 'resolved', at: T }], ...overrides });
  await data.database.reports.insert(report);
  return (await data.database.reports.findOne(report.id).exec())!;
}

describe('requestReopen', () => {
  it('appends one request; a second tap for the same resolution adds nothing', async () => {
    const doc = await storedResolvedReport();
    const [first, second] = await Promise.all([
      requestReopen(doc, { at: '2025-03-06T08:00:00Z', kioskId: 'k-1' }),
      requestReopen(doc, { at: '2025-03-06T08:00:01Z', kioskId: 'k-1' }),
    ]);
    expect([first, second]).toEqual(['requested', 'already-pending']);
    expect(doc.getLatest().reopenRequests).toEqual([{ at: '2025-03-06T08:00:00Z', kioskId: 'k-1', resolution: 1 }]);
  });

  it('keeps the requests other kiosks made and leaves the county-owned fields alone', async () => {
    const earlier = { at: '2025-01-01T00:00:00Z', kioskId: 'k-other' };
    const doc = await storedResolvedReport({
      reopenRequests: [earlier],
      statusHistory: [
        { status: 'resolved', at: T },
        { status: 'in_progress', at: T },
        { status: 'resolved', at: T },
      ],
      countyReply: { zh: '已修好。', at: T },
    });
    expect(await requestReopen(doc, { at: '2025-03-06T08:00:00Z', kioskId: 'k-1' })).toBe('requested');
    const latest = doc.getLatest().toJSON();
    // It answers the second resolution: the earlier request (before schema 2) answered the first.
    expect(latest.reopenRequests).toEqual([earlier, { at: '2025-03-06T08:00:00Z', kioskId: 'k-1', resolution: 2 }]);
    expect(latest.status).toBe('resolved');
    expect(latest.countyReply).toEqual({ zh: '已修好。', at: T });
  });

  it('refuses when the schema limit of requests is reached', async () => {
    const many = Array.from({ length: 100 }, (_, i) => ({ at: T, kioskId: `k-${i}` }));
    const history = Array.from({ length: 101 }, () => ({ status: 'resolved' as const, at: T }));
    const doc = await storedResolvedReport({ reopenRequests: many, statusHistory: history });
    expect(await requestReopen(doc, { at: T, kioskId: 'k-1' })).toBe('full');
    expect(doc.getLatest().reopenRequests).toHaveLength(100);
  });
});

describe('rateResolution', () => {
  it('records one rating per resolution, for the resolution shown', async () => {
    const doc = await storedResolvedReport({ statusHistory: [{ status: 'resolved', at: T }, { status: 'reopened', at: T }, { status: 'resolved', at: T }] });
    const [first, second] = await Promise.all([
      rateResolution(doc, 'unsatisfied', { at: '2025-03-06T08:00:00Z', kioskId: 'k-1' }),
      rateResolution(doc, 'satisfied', { at: '2025-03-06T08:00:01Z', kioskId: 'k-1' }),
    ]);
    expect([first, second]).toEqual(['rated', 'already-rated']);
    expect(doc.getLatest().satisfaction).toEqual([{ rating: 'unsatisfied', resolution: 2, at: '2025-03-06T08:00:00Z', kioskId: 'k-1' }]);
  });

  it('rates only a resolved report', async () => {
    const doc = await storedResolvedReport({ status: 'in_progress', statusHistory: [] });
    expect(await rateResolution(doc, 'satisfied', { at: T, kioskId: 'k-1' })).toBe('not-resolved');
    expect(doc.getLatest().satisfaction).toEqual([]);
  });
});

import { afterEach, describe, expect, it } from 'vitest';
import type { KioskData } from '../../data/data-context';
import { openMemoryKioskData } from '../../data/open-memory-kiosk-data';
import { createLookupLimiter, findReportsByPhone } from './find-by-phone';
import { codeFrom, testReport } from './status.test-support';

let data: KioskData | undefined;
afterEach(async () => {
  await data?.close();
  data = undefined;
});

describe('find my reports by phone', () => {
  it('finds the reports that left this number, spaces or not, newest first; nothing for another number', async () => {
    data = await openMemoryKioskData();
    await data.database.reports.bulkInsert([
      testReport({ id: 'a', contactPhone: '13912345678', createdAt: '2025-03-01T00:00:00Z', trackingCode: codeFrom('1000001') }),
      testReport({ id: 'b', contactPhone: '139 1234 5678', createdAt: '2025-03-05T00:00:00Z', trackingCode: codeFrom('1000002') }),
      testReport({ id: 'c', contactPhone: '13800000000', trackingCode: codeFrom('1000003') }),
      testReport({ id: 'd', anonymous: true, contactPhone: undefined, trackingCode: codeFrom('1000004') }),
    ]);
    expect((await findReportsByPhone(data.database.reports, '13912345678')).map((r) => r.id)).toEqual(['b', 'a']);
    expect(await findReportsByPhone(data.database.reports, '13912345679')).toEqual([]);
    expect(await findReportsByPhone(data.database.reports, '139')).toEqual([]);
  });

  it('limits the lookups on this kiosk, and lifts the limit after the window', () => {
    let now = 0;
    const limiter = createLookupLimiter({ max: 2, windowMs: 60_000, now: () => now });
    expect([limiter.tryLookup(), limiter.tryLookup(), limiter.tryLookup()]).toEqual([true, true, false]);
    now = 30_000;
    expect(limiter.waitSeconds()).toBe(30);
    now = 60_001;
    expect(limiter.tryLookup()).toBe(true);
  });
});

import { afterEach, describe, expect, it } from 'vitest';
import type { ReportDocType } from '#sync/schema/report-schema';
import type { KioskData } from '../../data/data-context';
import { openMemoryKioskData } from '../../data/open-memory-kiosk-data';
import { codeFrom, existingReport as testReport } from './report.test-support';
import { addCoReporter, findRecentOpenDuplicate } from './duplicate-report';

let data: KioskData | undefined;
afterEach(async () => {
  await data?.close();
  data = undefined;
});

const now = new Date('2025-05-10T12:00:00Z');

async function withReports(...reports: ReportDocType[]) {
  data = await openMemoryKioskData();
  await data.database.reports.bulkInsert(reports);
  return data.database.reports;
}

describe('duplicate hint', () => {
  it('finds the newest open report of the same category and group from the last 7 days', async () => {
    const reports = await withReports(
      testReport({ id: 'older', category: 'road', group: 'g1', createdAt: '2025-05-05T08:00:00Z', trackingCode: codeFrom('1000001') }),
      testReport({ id: 'newer', category: 'road', group: 'g1', createdAt: '2025-05-09T08:00:00Z', status: 'in_progress', trackingCode: codeFrom('1000002') }),
    );
    expect((await findRecentOpenDuplicate(reports, { categoryId: 'road', groupId: 'g1', now }))?.id).toBe('newer');
  });

  it('ignores resolved reports, other groups, other categories and reports older than 7 days', async () => {
    const reports = await withReports(
      testReport({ category: 'road', group: 'g1', createdAt: '2025-05-09T08:00:00Z', status: 'resolved' }),
      testReport({ category: 'road', group: 'g2', createdAt: '2025-05-09T08:00:00Z' }),
      testReport({ category: 'water', group: 'g1', createdAt: '2025-05-09T08:00:00Z' }),
      testReport({ category: 'road', group: 'g1', createdAt: '2025-05-03T11:59:59Z' }),
    );
    expect(await findRecentOpenDuplicate(reports, { categoryId: 'road', groupId: 'g1', now })).toBeNull();
  });

  it('counts a reopened report as open', async () => {
    const reports = await withReports(testReport({ id: 'again', category: 'road', group: 'g1', createdAt: '2025-05-08T08:00:00Z', status: 'reopened' }));
    expect((await findRecentOpenDuplicate(reports, { categoryId: 'road', groupId: 'g1', now }))?.id).toBe('again');
  });

  it('"this is my problem too" appends a co-reporter and keeps everything else', async () => {
    const original = testReport({ id: 'r1', coReporters: [{ addedAt: '2025-05-08T00:00:00Z', kioskId: 'k-other' }] });
    const reports = await withReports(original);
    const updated = await addCoReporter(reports, 'r1', { addedAt: '2025-05-10T12:00:00Z', kioskId: 'k-test' });
    expect(updated.coReporters).toEqual([
      { addedAt: '2025-05-08T00:00:00Z', kioskId: 'k-other' },
      { addedAt: '2025-05-10T12:00:00Z', kioskId: 'k-test' },
    ]);
    const stored = (await reports.findOne('r1').exec())?.toJSON();
    expect({ ...stored, coReporters: original.coReporters }).toEqual(original);
  });
});

import { afterEach, describe, expect, it } from 'vitest';
import type { ReportDocType } from '#sync/schema/report-schema';
import type { KioskData } from '../../data/data-context';
import { openMemoryKioskData } from '../../data/open-memory-kiosk-data';
import { codeFrom, existingReport as testReport } from './report.test-support';
import { addCoReporter, findLikelyDuplicate } from './duplicate-report';

let data: KioskData | undefined;
afterEach(async () => {
  await data?.close();
  data = undefined;
});

const now = new Date('2025-05-10T12:00:00Z');
const pothole = { zh: '路面坑洼', en: 'Potholes' };
const lamp = { zh: '路灯不亮', en: 'Street light out' };
const school = { zh: '小学', en: 'Primary school' };
const ask = (extra: Partial<Parameters<typeof findLikelyDuplicate>[1]> = {}) => ({ categoryId: 'road', groupId: 'g1', landmark: null, phrases: [pothole], now, ...extra });

async function withReports(...reports: ReportDocType[]) {
  data = await openMemoryKioskData();
  await data.database.reports.bulkInsert(reports);
  return data.database.reports;
}

describe('duplicate hint', () => {
  it('matches on more than category and group: the same landmark or a shared phrase, the most alike first', async () => {
    const reports = await withReports(
      testReport({ id: 'other-problem', category: 'road', group: 'g1', phrases: ['路灯不亮'], createdAt: '2025-05-09T08:00:00Z', trackingCode: codeFrom('1000001') }),
      testReport({ id: 'same-phrase', category: 'road', group: 'g1', phrases: ['路面坑洼'], createdAt: '2025-05-05T08:00:00Z', trackingCode: codeFrom('1000002') }),
      testReport({ id: 'same-place', category: 'road', group: 'g1', phrases: ['路面坑洼'], landmark: '小学', createdAt: '2025-05-04T08:00:00Z', status: 'in_progress', trackingCode: codeFrom('1000003') }),
    );
    expect((await findLikelyDuplicate(reports, ask()))?.id).toBe('same-phrase');
    expect((await findLikelyDuplicate(reports, ask({ landmark: school })))?.id).toBe('same-place');
    // Stored in English in an English session: still the same phrase.
    expect((await findLikelyDuplicate(reports, ask({ phrases: [lamp] })))?.id).toBe('other-problem');
    // Only the category and group alike: no hint.
    expect(await findLikelyDuplicate(reports, ask({ phrases: [] }))).toBeNull();
  });

  it('never offers a co-report itself (it points at the report it joined)', async () => {
    const reports = await withReports(testReport({ id: 'co', category: 'road', group: 'g1', phrases: ['路面坑洼'], duplicateOf: 'original', createdAt: '2025-05-09T08:00:00Z' }));
    expect(await findLikelyDuplicate(reports, ask())).toBeNull();
  });

  it('ignores resolved reports, other groups, other categories and reports older than 7 days', async () => {
    const reports = await withReports(
      testReport({ category: 'road', group: 'g1', phrases: ['路面坑洼'], createdAt: '2025-05-09T08:00:00Z', status: 'resolved' }),
      testReport({ category: 'road', group: 'g2', phrases: ['路面坑洼'], createdAt: '2025-05-09T08:00:00Z' }),
      testReport({ category: 'water', group: 'g1', phrases: ['路面坑洼'], createdAt: '2025-05-09T08:00:00Z' }),
      testReport({ category: 'road', group: 'g1', phrases: ['路面坑洼'], createdAt: '2025-05-03T11:59:59Z' }),
    );
    expect(await findLikelyDuplicate(reports, ask())).toBeNull();
  });

  it('counts a reopened report as open', async () => {
    const reports = await withReports(testReport({ id: 'again', category: 'road', group: 'g1', phrases: ['路面坑洼'], createdAt: '2025-05-08T08:00:00Z', status: 'reopened' }));
    expect((await findLikelyDuplicate(reports, ask()))?.id).toBe('again');
  });

  it('a saved co-report is counted on the report it joins, with its id; nothing else changes', async () => {
    const original = testReport({ id: 'r1', coReporters: [{ addedAt: '2025-05-08T00:00:00Z', kioskId: 'k-other' }] });
    const reports = await withReports(original);
    const updated = await addCoReporter(reports, 'r1', { addedAt: '2025-05-10T12:00:00Z', kioskId: 'k-test', reportId: 'r2' });
    expect(updated.coReporters).toEqual([
      { addedAt: '2025-05-08T00:00:00Z', kioskId: 'k-other' },
      { addedAt: '2025-05-10T12:00:00Z', kioskId: 'k-test', reportId: 'r2' },
    ]);
    const stored = (await reports.findOne('r1').exec())?.toJSON();
    expect({ ...stored, coReporters: original.coReporters }).toEqual(original);
  });
});

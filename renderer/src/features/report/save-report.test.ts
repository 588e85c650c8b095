import { afterEach, describe, expect, it, vi } from 'vitest';
import { isValidTrackingCode } from '#sync/schema/tracking-code';
import type { KioskData } from '../../data/data-context';
import { openMemoryKioskData } from '../../data/open-memory-kiosk-data';
import { classifySaveFailure, saveErrorSummary, saveReport, type ReportContent } from './save-report';

let data: KioskData | undefined;
afterEach(async () => {
  vi.restoreAllMocks();
  await data?.close();
  data = undefined;
});

function content(overrides: Partial<ReportContent> = {}): ReportContent {
  return {
    village: 'demo-village',
    kioskId: 'kiosk-7',
    categoryId: 'road',
    groupId: 'g1',
    phrases: ['路灯不亮'],
    text: '  门口那盏  ',
    landmark: '村委会',
    voiceNote: { blob: new Blob([new Uint8Array(3000).fill(7)], { type: 'audio/webm;codecs=opus' }), mime: 'audio/webm;codecs=opus', seconds: 12.4, url: 'blob:v' },
    photo: { blob: new Blob([new Uint8Array(2000).fill(9)], { type: 'image/jpeg' }), mime: 'image/jpeg', url: 'blob:p' },
    contact: { kind: 'phone', phone: '13812345678' },
    assisted: false,
    ...overrides,
  };
}

describe('saveReport', () => {
  it('stores photo and voice note as blobs, then one report document referencing them by hash', async () => {
    data = await openMemoryKioskData();
    const order: string[] = [];
    const putBlob = data.blobs.putBlob.bind(data.blobs);
    vi.spyOn(data.blobs, 'putBlob').mockImplementation(async (bytes, mime) => {
      const record = await putBlob(bytes, mime);
      order.push(`blob ${mime}`);
      return record;
    });
    const insert = data.database.reports.insert.bind(data.database.reports);
    vi.spyOn(data.database.reports, 'insert').mockImplementation(async (doc) => {
      order.push('insert');
      return insert(doc);
    });

    const report = await saveReport(
      { reports: data.database.reports, blobs: data.blobs, now: () => new Date('2025-05-01T08:00:00Z'), newId: () => 'id-1' },
      content(),
    );

    expect(order.at(-1)).toBe('insert');
    expect(order.filter((step) => step === 'insert')).toHaveLength(1);
    const stored = (await data.database.reports.findOne('id-1').exec())?.toJSON();
    expect(stored).toEqual(report);
    expect(report).toMatchObject({
      id: 'id-1',
      type: 'report',
      village: 'demo-village',
      kioskId: 'kiosk-7',
      category: 'road',
      phrases: ['路灯不亮'],
      text: '门口那盏',
      group: 'g1',
      landmark: '村委会',
      contactPhone: '13812345678',
      anonymous: false,
      assisted: false,
      status: 'submitted',
      statusHistory: [],
      coReporters: [],
      reopenRequests: [],
      satisfaction: [],
      createdAt: '2025-05-01T08:00:00.000Z',
    });
    expect(report.assistedByRole).toBeUndefined();
    expect(isValidTrackingCode(report.trackingCode)).toBe(true);
    expect(report.voiceNote).toMatchObject({ mime: 'audio/webm;codecs=opus', bytes: 3000, seconds: 12.4 });
    expect(report.photo).toMatchObject({ mime: 'image/jpeg', bytes: 2000 });
    expect((await data.blobs.getBytes(report.photo!.sha256))?.length).toBe(2000);
    expect((await data.blobs.getBytes(report.voiceNote!.sha256))?.length).toBe(3000);
  });

  it('writes an anonymous, assisted report without media or text as such', async () => {
    data = await openMemoryKioskData();
    const report = await saveReport(
      { reports: data.database.reports, blobs: data.blobs },
      content({ voiceNote: null, photo: null, text: ' ', landmark: null, contact: { kind: 'anonymous' }, assisted: true }),
    );
    expect(report).toMatchObject({ anonymous: true, assisted: true, assistedByRole: 'clerk' });
    for (const field of ['voiceNote', 'photo', 'text', 'landmark', 'contactPhone'] as const) expect(report[field]).toBeUndefined();
    expect(await data.blobs.pendingUploads()).toEqual([]);
  });

  it('gives every report its own id and tracking code', async () => {
    data = await openMemoryKioskData();
    const deps = { reports: data.database.reports, blobs: data.blobs };
    const reports = await Promise.all([1, 2, 3].map(() => saveReport(deps, content({ voiceNote: null, photo: null }))));
    expect(new Set(reports.map((r) => r.id)).size).toBe(3);
    expect(new Set(reports.map((r) => r.trackingCode)).size).toBe(3);
    expect(await data.database.reports.count().exec()).toBe(3);
  });

  it('leaves no report when the insert fails (the blobs stay, unreferenced, for the retry)', async () => {
    data = await openMemoryKioskData();
    const consoleError = vi.spyOn(console, 'error').mockImplementation(() => {});
    vi.spyOn(data.database.reports, 'insert').mockRejectedValueOnce(new DOMException('quota', 'QuotaExceededError'));
    const deps = { reports: data.database.reports, blobs: data.blobs };
    const error = await saveReport(deps, content()).catch((e: unknown) => e);
    expect(classifySaveFailure(error)).toBe('storage-full');
    expect(await data.database.reports.count().exec()).toBe(0);
    // The log names the error, never the document (it holds the phone number).
    expect(consoleError.mock.calls.flat().join(' ')).toContain('QuotaExceededError');
    expect(consoleError.mock.calls.flat().join(' ')).not.toContain('13812345678');
    // The retry reuses the same blobs (same bytes, same names) and saves the report.
    await saveReport(deps, content());
    expect(await data.database.reports.count().exec()).toBe(1);
    expect(await data.blobs.pendingUploads()).toHaveLength(2);
  });
});

describe('saveErrorSummary', () => {
  it('keeps the name and code of an error and drops its message and parameters', () => {
    const rxError = Object.assign(new Error('Document update conflict {"contactPhone":"13812345678"}'), { name: 'RxError', code: 'CONFLICT', parameters: { document: { contactPhone: '13812345678' } } });
    expect(saveErrorSummary(rxError)).toBe('RxError CONFLICT');
    expect(saveErrorSummary(new DOMException('full', 'QuotaExceededError'))).toBe('QuotaExceededError');
    expect(saveErrorSummary('x')).toBe('string');
  });
});

describe('classifySaveFailure', () => {
  it('finds QuotaExceededError however it is wrapped', () => {
    const quota = new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    expect(classifySaveFailure(quota)).toBe('storage-full');
    expect(classifySaveFailure({ name: 'RxError', parameters: { error: { inner: quota } } })).toBe('storage-full');
    expect(classifySaveFailure(new Error('write failed', { cause: quota }))).toBe('storage-full');
    expect(classifySaveFailure({ status: 500, name: 'indexed_db_went_bad', reason: 'QuotaExceededError' })).toBe('storage-full');
  });

  it('calls anything else a failed write', () => {
    expect(classifySaveFailure(new Error('CONFLICT'))).toBe('write-failed');
    expect(classifySaveFailure('boom')).toBe('write-failed');
    const loop: Record<string, unknown> = { name: 'E' };
    loop['cause'] = loop;
    expect(classifySaveFailure(loop)).toBe('write-failed');
  });
});

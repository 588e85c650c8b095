import type { ReportDocType } from '../../schema/report-schema';
import { generateTrackingCode } from '../../schema/tracking-code';

/**
 * Deterministic reports for the sync simulator, benchmarks and crash tests: report `index` of
 * a kiosk is always the same document, so a restarted simulator can tell which ones it
 * already created and a test can check the server holds each exactly once. (A real kiosk uses
 * random UUIDs; identity is the id either way, never a clock.)
 */
export function simReportId(kioskId: string, index: number): string {
  return `sim-${kioskId}-${String(index).padStart(6, '0')}`.slice(0, 64);
}

const BASE_TIME = Date.UTC(2025, 2, 1, 8, 0, 0);
const CATEGORIES = ['road', 'water', 'sanitation', 'dispute', 'land', 'pension', 'medical', 'wages', 'safety', 'other'];

export function simReport(village: string, kioskId: string, index: number, extra: Partial<ReportDocType> = {}): ReportDocType {
  // A seeded sequence (the generator draws again when a value is out of its unbiased range).
  let state = Math.imul(index + 1, 2654435761) >>> 0;
  return {
    id: simReportId(kioskId, index),
    type: 'report',
    village,
    kioskId,
    trackingCode: generateTrackingCode((array) => {
      state = (Math.imul(state ^ (state >>> 15), 2246822519) + 0x9e3779b9) >>> 0;
      array[0] = state;
      return array;
    }),
    category: CATEGORIES[index % CATEGORIES.length] ?? 'other',
    phrases: ['已经三天了'],
    text: `模拟报告 ${index}：村东头的水管坏了，请尽快派人维修。`,
    group: String((index % 9) + 1),
    anonymous: index % 3 === 0,
    assisted: index % 2 === 0,
    coReporters: [],
    reopenRequests: [],
    satisfaction: [],
    status: 'submitted',
    statusHistory: [],
    createdAt: new Date(BASE_TIME + index * 1000).toISOString(),
    ...extra,
  };
}

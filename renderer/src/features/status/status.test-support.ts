import type { ReportDocType } from '#sync/schema/report-schema';
import { dammCheckDigit } from '#sync/schema/tracking-code';
import type { KioskData } from '../../data/data-context';

/** A valid tracking code from seven digits (adds the Damm check digit). */
export function codeFrom(payload: string): string {
  return payload + String(dammCheckDigit(payload));
}

/** "30527713" with its last digit changed: the check digit no longer matches. */
export function withWrongCheckDigit(code: string): string {
  const last = Number(code.at(-1));
  return code.slice(0, -1) + String((last + 1) % 10);
}

let counter = 0;

/** A report of the demo village (default configuration), as the report flow writes it. */
export function testReport(overrides: Partial<ReportDocType> = {}): ReportDocType {
  counter += 1;
  return {
    id: `report-${counter}-${Math.random().toString(36).slice(2, 8)}`,
    type: 'report',
    village: 'demo-village',
    kioskId: 'k-test',
    trackingCode: codeFrom('3052771'),
    category: 'water',
    phrases: ['水管漏水'],
    group: 'g1',
    contactPhone: '138 0013 8000',
    anonymous: false,
    assisted: false,
    coReporters: [],
    reopenRequests: [],
    satisfaction: [],
    status: 'submitted',
    statusHistory: [],
    createdAt: '2025-03-01T04:00:00Z',
    ...overrides,
  };
}

export function seedReports(...reports: ReportDocType[]) {
  return async ({ database }: KioskData) => {
    await database.reports.bulkInsert(reports);
  };
}

import { screen } from '@testing-library/react';
import type { ReportDocType } from '#sync/schema/report-schema';
import { dammCheckDigit } from '#sync/schema/tracking-code';
import type { KioskConfig } from '#kiosk-config/schema';
import type { RequestOf, ResponseOf } from '#common/host-contract';
import { renderKiosk, testConfig, testConfigState } from '../../app/render-kiosk.test-support';
import type { KioskData } from '../../data/data-context';

type Handler<C extends 'clerk.unlock' | 'print.receipt'> = (request: RequestOf<C>) => ResponseOf<C> | Promise<ResponseOf<C>>;

export interface RenderReportOptions {
  config?: KioskConfig;
  /** Fills the fresh in-memory stores before the app starts. */
  seed?: (data: KioskData) => Promise<void> | void;
  unlock?: Handler<'clerk.unlock'>;
  print?: Handler<'print.receipt'>;
}

/**
 * The whole app (renderKiosk) with the host channels the report flow uses: clerk.unlock (PIN
 * 2468 by default) and print.receipt, recorded with every other call in `fake.calls`.
 */
export async function renderReportKiosk(options: RenderReportOptions = {}) {
  return renderKiosk(testConfigState(options.config ?? testConfig()), {
    ...(options.seed ? { seed: options.seed } : {}),
    hostHandlers: {
      'clerk.unlock': options.unlock ?? (({ pin }) => ({ unlocked: pin === '2468' })),
      'print.receipt': options.print ?? (() => ({ printed: true })),
    },
  });
}

/** Taps a button by its exact accessible name. */
export function button(name: string | RegExp) {
  return screen.getByRole('button', { name });
}

export function heading(): string {
  return screen.getByRole('heading', { level: 1 }).textContent ?? '';
}

/** A valid tracking code from seven digits. */
export function codeFrom(payload: string): string {
  return payload + String(dammCheckDigit(payload));
}

let counter = 0;

/** An existing report of the demo village, as the flow writes it. */
export function existingReport(overrides: Partial<ReportDocType> = {}): ReportDocType {
  counter += 1;
  return {
    id: `existing-${counter}`,
    type: 'report',
    village: 'demo-village',
    kioskId: 'k-other',
    trackingCode: codeFrom(String(3052770 + counter)),
    category: 'road',
    phrases: ['路灯不亮'],
    group: 'g1',
    anonymous: true,
    assisted: false,
    coReporters: [],
    reopenRequests: [],
    satisfaction: [],
    status: 'submitted',
    statusHistory: [],
    createdAt: new Date(Date.now() - 2 * 24 * 3600 * 1000).toISOString(),
    ...overrides,
  };
}

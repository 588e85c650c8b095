import type { TFunction } from 'i18next';
import type { PrintReceiptResult, Receipt } from '#common/devices-contract';

export interface ReceiptFacts {
  trackingCode: string;
  village: string;
  category: string;
  /** Already formatted for the language, e.g. "2025/3/1". */
  date: string;
}

/** A receipt in the villager's language; the host lays it out for the paper. */
export function receiptFor(t: TFunction, facts: ReceiptFacts, overrides: Partial<Pick<Receipt, 'heading' | 'footer'>> = {}): Receipt {
  return {
    trackingCode: facts.trackingCode,
    heading: overrides.heading ?? t('report.receipt.printHeading'),
    village: facts.village,
    fields: [
      { label: t('devices.receipt.category'), value: facts.category },
      { label: t('devices.receipt.date'), value: facts.date },
    ],
    codeLabel: t('devices.receipt.codeLabel'),
    footer: overrides.footer ?? t('report.receipt.printHint'),
  };
}

export type PrintOutcome = 'printed' | 'no-printer' | 'out-of-paper' | 'failed';

export function printOutcome(result: PrintReceiptResult): PrintOutcome {
  if (result.printed) return 'printed';
  return result.reason === 'no-printer' ? 'no-printer' : result.reason === 'out-of-paper' ? 'out-of-paper' : 'failed';
}

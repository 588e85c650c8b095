import type { ReportDocType } from '#sync/schema/report-schema';
import type { ReportCollection } from '../../data/kiosk-database-types';
import { sortForDisplay } from './find-reports';

/** Digits only: contact phones were stored with and without spaces ("138 0013 8000"). */
export function phoneDigits(text: string): string {
  return text.replace(/\D/g, '');
}

/**
 * "查不到编号？": the reports that left this phone number, newest first. Only for showing
 * category, day and status (status-phone-screen.tsx): the caller shows nothing else of them.
 * A full scan of the reports with a contact phone: a village kiosk holds a few thousand at
 * most, and an index on the phone would only make the number easier to find for others.
 */
export async function findReportsByPhone(reports: ReportCollection, phone: string): Promise<ReportDocType[]> {
  const wanted = phoneDigits(phone);
  if (wanted.length < 7) return [];
  const docs = await reports.find({ selector: { contactPhone: { $exists: true } } }).exec();
  const found = docs.map((doc) => doc.toJSON() as ReportDocType).filter((report) => report.contactPhone !== undefined && phoneDigits(report.contactPhone) === wanted);
  return sortForDisplay(found).reverse();
}

export interface LookupLimiter {
  /** True when a lookup may run now (and counts it); false while the limit holds. */
  tryLookup(): boolean;
  /** Seconds until the next lookup is allowed (0 when it is). */
  waitSeconds(): number;
}

/**
 * At most `max` phone lookups per `windowMs` on this kiosk, whoever stands in front of it: a
 * phone number is easy to guess digit by digit, and the answer says that someone with that
 * number reported something. Kept for the app's lifetime, not the visit, so an idle reset
 * does not lift it. Monotonic time (performance.now): a kiosk clock set back cannot lift it.
 */
export function createLookupLimiter({ max = 5, windowMs = 10 * 60_000, now = () => performance.now() }: { max?: number; windowMs?: number; now?: () => number } = {}): LookupLimiter {
  const times: number[] = [];
  const prune = () => {
    const limit = now() - windowMs;
    while (times.length > 0 && (times[0] ?? 0) <= limit) times.shift();
  };
  return {
    tryLookup() {
      prune();
      if (times.length >= max) return false;
      times.push(now());
      return true;
    },
    waitSeconds() {
      prune();
      if (times.length < max) return 0;
      return Math.max(1, Math.ceil(((times[0] ?? 0) + windowMs - now()) / 1000));
    },
  };
}

/** The kiosk's one limiter (module state: outlives every session, see createLookupLimiter). */
export const phoneLookupLimiter = createLookupLimiter();

import type { ReportDocType, SatisfactionRating } from '#sync/schema/report-schema';
import type { KioskDocument } from '../../data/kiosk-database-types';
import { ratingOfCurrentResolution, resolutionCount } from './report-progress';

/** sync/schema/report-schema.ts `satisfaction.maxItems`. */
const MAX_RATINGS = 100;

export type RateResult = 'rated' | 'already-rated' | 'not-resolved' | 'full';

/**
 * Records the villager's answer to the county's resolution (满意 / 基本满意 / 不满意) in the
 * kiosk-owned, append-only `satisfaction` list, for the resolution shown now, so the county's
 * 回访 figures count one answer per resolution. Applied to the latest stored version
 * (incrementalModify): a double tap, or a rating that arrived from another kiosk meanwhile,
 * never adds a second one. `at` is the kiosk clock, for people to read only.
 */
export async function rateResolution(doc: KioskDocument<'reports'>, rating: SatisfactionRating, entry: { at: string; kioskId: string }): Promise<RateResult> {
  let result: RateResult = 'already-rated';
  await doc.incrementalModify((current: ReportDocType) => {
    if (current.status !== 'resolved') {
      result = 'not-resolved';
      return current;
    }
    if (ratingOfCurrentResolution(current)) {
      result = 'already-rated';
      return current;
    }
    if (current.satisfaction.length >= MAX_RATINGS) {
      result = 'full';
      return current;
    }
    result = 'rated';
    return { ...current, satisfaction: [...current.satisfaction, { rating, resolution: resolutionCount(current), at: entry.at, kioskId: entry.kioskId }] };
  });
  return result;
}

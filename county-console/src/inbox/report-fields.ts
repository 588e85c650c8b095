/**
 * The report fields the console derives, spelled exactly as the views in
 * sync/couchdb/design/console-*-map.js compute them (report-fields.test.ts runs the view
 * functions against these).
 */

/** 乡镇 of a 12-digit statistical division code: its first 9 digits; '-' for other codes. */
export function townOf(village: string): string {
  return /^[0-9]{12}$/.test(village) ? village.slice(0, 9) : '-';
}

export const SATISFACTION_FILTERS = ['satisfied', 'basically', 'unsatisfied', 'none'] as const;
export type SatisfactionFilter = (typeof SATISFACTION_FILTERS)[number];

/** The villager's latest rating (the entry with the latest `at`, as an instant), or 'none'. */
export function latestRating(satisfaction: unknown): SatisfactionFilter {
  let rating: SatisfactionFilter = 'none';
  let latest = -Infinity;
  for (const entry of Array.isArray(satisfaction) ? (satisfaction as { at?: unknown; rating?: unknown }[]) : []) {
    const when = entry && typeof entry.at === 'string' ? Date.parse(entry.at) : NaN;
    if (!Number.isNaN(when) && when >= latest && typeof entry.rating === 'string') {
      latest = when;
      rating = entry.rating as SatisfactionFilter;
    }
  }
  return rating;
}

/** China time (UTC+8) month of an ISO timestamp: '2026-03'. */
export function chinaMonth(iso: string): string {
  return new Date(Date.parse(iso) + 8 * 3600 * 1000).toISOString().slice(0, 7);
}

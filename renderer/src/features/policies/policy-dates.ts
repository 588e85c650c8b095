import type { PolicyDocType } from '#sync/schema/policy-schema';

/**
 * Dates of a policy as villagers see them. The kiosk clock may be wrong (DESIGN.md §5): these
 * only decide what is shown (expired hidden, "new" badge), never what is stored or sent.
 * Policy dates are calendar days in the county's time zone (China Standard Time, UTC+8, no
 * daylight saving), so "today" is taken there too, not in the kiosk's configured zone.
 */

/** A policy counts as new for this many days after it takes effect. */
export const NEW_FOR_DAYS = 30;

const CHINA_OFFSET_MS = 8 * 60 * 60 * 1000;

/** `2026-01-31` for an instant, in China Standard Time. */
export function chinaDay(now: Date): string {
  return new Date(now.getTime() + CHINA_OFFSET_MS).toISOString().slice(0, 10);
}

/** The calendar day of a policy date (`2026-01-01` or a full timestamp), in China Standard Time. */
export function dayOf(date: string): string {
  return date.length <= 10 ? date : chinaDay(new Date(date));
}

/** Expired policies are hidden: their last day is before today. */
export function isExpired(policy: Pick<PolicyDocType, 'effectiveUntil'>, today: string): boolean {
  return policy.effectiveUntil !== undefined && dayOf(policy.effectiveUntil) < today;
}

/** In force since at most NEW_FOR_DAYS days (not before its first day). */
export function isNew(policy: Pick<PolicyDocType, 'effectiveFrom'>, today: string): boolean {
  if (policy.effectiveFrom === undefined) return false;
  const from = Date.parse(`${dayOf(policy.effectiveFrom)}T00:00:00Z`);
  const now = Date.parse(`${today}T00:00:00Z`);
  return now >= from && now - from < NEW_FOR_DAYS * 24 * 60 * 60 * 1000;
}

/** Newest in force first, then by title, so the list order is stable. */
export function comparePolicies(a: PolicyDocType, b: PolicyDocType): number {
  const byDate = (b.effectiveFrom ?? '').localeCompare(a.effectiveFrom ?? '');
  return byDate !== 0 ? byDate : a.title.zh.localeCompare(b.title.zh, 'zh-CN');
}

/**
 * The one definition of a village code's shape (DESIGN.md §5), used by the kiosk configuration
 * schema, the county database names and roles, the RxDB document schemas, the enrollment file
 * and the county CLI. Dependency-free, so every runtime and the generated validators can use it.
 *
 * Two forms are accepted:
 * - the official 12-digit statistical division code (统计用区划代码), e.g. `510112001001`:
 *   digits only, first digit 1–8 (province codes run from 11 to 82), what county IT uses;
 * - a lowercase code, e.g. `qingshan`: 2–40 lowercase letters, digits or "-", letter first.
 *
 * Invariants other code relies on: a code is one CouchDB name segment after `village-` (lowercase
 * letters, digits, '-'; CouchDB's "starts with a letter" is the `village-` prefix's job) and at
 * most 40 characters; the two forms never overlap (one starts with a digit, the other with a
 * letter), so a 12-digit code is never a prefix of another code followed by '-'.
 */
export const VILLAGE_CODE_PATTERN = /^(?:[1-8][0-9]{11}|[a-z][a-z0-9-]{1,39})$/;

export const VILLAGE_CODE_MAX_LENGTH = 40;

/** What the rule says, for error messages (never echoes the value). */
export const VILLAGE_CODE_RULE =
  'must be a 12-digit statistical division code (e.g. 510112001001) or 2–40 lowercase letters, digits or "-" starting with a letter';

export function isVillageCode(value: unknown): value is string {
  return typeof value === 'string' && VILLAGE_CODE_PATTERN.test(value);
}

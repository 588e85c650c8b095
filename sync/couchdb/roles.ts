import { assertVillageCode } from './database-names';

/**
 * CouchDB roles and user names. validate-village.js and validate-policies.js spell the same
 * strings in ES5 (they run inside CouchDB); the unit tests of those files use these constants,
 * so a rename here that the validators do not follow fails the tests.
 */

/** Every county staff account (and the county's replication account) has this role. */
export const COUNTY_ROLE = 'county';
/**
 * County staff who read reports, figures and the fleet but never answer or publish: members of
 * the county's databases (security.ts), refused every write by the validators, which let only
 * `county` (and server admins) write county-side.
 */
export const COUNTY_VIEWER_ROLE = 'county-viewer';
/** The roles `county user add --role` gives. */
export const COUNTY_STAFF_ROLES = [COUNTY_ROLE, COUNTY_VIEWER_ROLE] as const;
export type CountyStaffRole = (typeof COUNTY_STAFF_ROLES)[number];
/** Every kiosk account has this role; it is what lets a kiosk read county-wide policies. */
export const KIOSK_ROLE = 'kiosk';
export const ADMIN_ROLE = '_admin';

/** Membership of one village's databases. */
export function villageRole(village: string): string {
  assertVillageCode(village);
  return `village:${village}`;
}

/** Same alphabet as the kiosk's own id (electron/node/kiosk-identity.ts): it becomes part of a user name. */
export const KIOSK_ID_PATTERN = /^[a-z0-9][a-z0-9-]{2,63}$/;

export function assertKioskId(kioskId: string): void {
  if (!KIOSK_ID_PATTERN.test(kioskId)) {
    throw new Error(`invalid kiosk id ${JSON.stringify(kioskId)}: 3–64 characters of lowercase letters, digits or "-", starting with a letter or digit`);
  }
}

/**
 * `kiosk-<village>-<kioskId>`. Village codes and kiosk ids may both contain '-', but whoever
 * checks a name (validate-village.js) knows its village, so `kiosk-<village>-` is a fixed
 * prefix and the rest is the kiosk id.
 */
export function kioskUserName(village: string, kioskId: string): string {
  assertVillageCode(village);
  assertKioskId(kioskId);
  return `kiosk-${village}-${kioskId}`;
}

export function kioskRoles(village: string): string[] {
  return [villageRole(village), KIOSK_ROLE];
}

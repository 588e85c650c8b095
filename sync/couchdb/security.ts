import { COUNTY_ROLE, COUNTY_VIEWER_ROLE, KIOSK_ROLE, villageRole } from './roles';

/**
 * `_security` objects. In CouchDB, members may read every document of a database and write
 * any document the database's validate_doc_update accepts; database admins may also change
 * design documents and `_security`. So:
 * - nobody but server admins is a database admin (a county account must not be able to
 *   replace a validator; county staff work through the CLI, which runs as a server admin);
 * - reads are decided here, writes by the validators (validate-village.js, validate-policies.js).
 *
 * County viewers (`county-viewer`) are members wherever the county is, so the console can show
 * them everything; no validator lets them write (validate-village.js, validate-policies.js and
 * validate-gather.js accept only `county` and server admins on the county side).
 *
 * An empty `members` would make a database public (and on pouchdb-server a database is
 * public until `_security` is written at all): every object here names at least one role.
 */

export interface SecurityGroup {
  names: string[];
  roles: string[];
}

export interface SecurityObject {
  admins: SecurityGroup;
  members: SecurityGroup;
}

function security(memberRoles: string[]): SecurityObject {
  return { admins: { names: [], roles: [] }, members: { names: [], roles: memberRoles } };
}

/** A village's databases: that village's kiosks and the county. */
export function villageSecurity(village: string): SecurityObject {
  return security([villageRole(village), COUNTY_ROLE, COUNTY_VIEWER_ROLE]);
}

/** County-wide policies: every kiosk and the county may read; validate-policies.js lets only the county write. */
export function policiesSecurity(): SecurityObject {
  return security([KIOSK_ROLE, COUNTY_ROLE, COUNTY_VIEWER_ROLE]);
}

/** The gather database holds every village's documents: county only. */
export function gatherSecurity(): SecurityObject {
  return security([COUNTY_ROLE, COUNTY_VIEWER_ROLE]);
}

import type { CouchClient, CouchDoc, Outcome } from './couch-client';
import { randomPassword } from './village-provisioning';
import { COUNTY_STAFF_ROLES, type CountyStaffRole } from './roles';

/**
 * County staff accounts (the console's people) are ordinary CouchDB users in `_users` with one
 * role, `county` (answers and publishes) or `county-viewer` (reads). CouchDB keeps only a hash of
 * the password; the console signs in with `_session` and never sees it again.
 *
 * Disabling keeps the account (its name stays in the audit lines) but takes every role away and
 * replaces the password with a random one nobody knows: CouchDB's session cookies are bound to
 * the user's password salt, so sessions already open stop working at once.
 */
export const STAFF_NAME_PATTERN = /^[a-z0-9][a-z0-9._-]{1,63}$/;

export function assertStaffName(name: string): void {
  if (!STAFF_NAME_PATTERN.test(name)) {
    throw new Error(`invalid account name ${JSON.stringify(name)}: 2–64 lowercase letters, digits, ".", "_" or "-", starting with a letter or digit`);
  }
  // Kiosk accounts are `kiosk-<village>-<id>` (roles.ts); a staff account must never look like one.
  if (name.startsWith('kiosk-')) throw new Error(`account names starting with "kiosk-" belong to kiosks`);
}

export function isCountyStaffRole(value: string): value is CountyStaffRole {
  return (COUNTY_STAFF_ROLES as readonly string[]).includes(value);
}

interface UserDoc extends CouchDoc {
  name: string;
  type: 'user';
  roles: string[];
  password?: string;
  disabled?: boolean;
  disabledAt?: string;
}

function userId(name: string): string {
  return `org.couchdb.user:${name}`;
}

export interface StaffResult {
  outcome: Outcome;
  /** Set when this call chose a password (a new account, or `resetPassword`): shown once, stored nowhere. */
  password?: string;
}

/**
 * Creates the account, or gives an existing one this role (re-enabling a disabled one, which
 * then needs a new password). `password` undefined: a random one is made when one is needed.
 */
export async function addCountyStaff(
  client: CouchClient,
  options: { name: string; role: CountyStaffRole; password?: string; resetPassword?: boolean },
): Promise<StaffResult> {
  assertStaffName(options.name);
  let chosen: string | undefined;
  const { outcome } = await client.upsertDoc<UserDoc>('_users', userId(options.name), (current) => {
    if (current && !isStaffDoc(current)) throw new Error(`${options.name} is not a county staff account (roles ${current.roles.join(', ') || 'none'})`);
    const needsPassword = !current || current.disabled === true || options.resetPassword === true || options.password !== undefined;
    const sameRole = current && current.roles.length === 1 && current.roles[0] === options.role && current.disabled !== true;
    if (sameRole && !needsPassword) return undefined;
    if (needsPassword) chosen = options.password ?? randomPassword();
    const { disabled: _disabled, disabledAt: _disabledAt, ...rest } = current ?? ({} as UserDoc);
    return { ...rest, _id: userId(options.name), name: options.name, type: 'user', roles: [options.role], ...(chosen ? { password: chosen } : {}) };
  });
  return { outcome, ...(chosen && options.password === undefined ? { password: chosen } : {}) };
}

/** Takes every role away and sets an unknown password (ends its open sessions). */
export async function disableCountyStaff(client: CouchClient, name: string, at: Date): Promise<Outcome> {
  assertStaffName(name);
  const current = await client.getDoc<UserDoc>('_users', userId(name));
  if (!current) throw new Error(`no account ${name}`);
  if (!isStaffDoc(current)) throw new Error(`${name} is not a county staff account (roles ${current.roles.join(', ') || 'none'})`);
  if (current.disabled === true && current.roles.length === 0) return 'unchanged';
  await client.putDoc('_users', { ...current, roles: [], disabled: true, disabledAt: at.toISOString(), password: randomPassword() });
  return 'updated';
}

/** A staff account has one staff role, or none once disabled. Kiosk accounts are never touched. */
function isStaffDoc(doc: UserDoc): boolean {
  if (doc.disabled === true) return true;
  return doc.roles.length > 0 && doc.roles.every(isCountyStaffRole);
}

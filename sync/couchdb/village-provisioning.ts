import type { Change, CouchClient } from './couch-client';
import { countyDatabaseNames, databaseNames, VILLAGE_DATABASE_KINDS, type VillageDatabaseNames } from './database-names';
import { villageValidateDesignDoc } from './design-docs';
import { removeLegacyReplications } from './legacy-replications';
import { kioskRoles, kioskUserName } from './roles';
import { villageSecurity } from './security';

export interface ProvisionOptions {
  village: string;
  kioskId: string;
  prefix?: string;
}

export interface ProvisionResult {
  changes: Change[];
  username: string;
  /** New on every run: provisioning a kiosk again rotates its password. */
  password: string;
  databases: VillageDatabaseNames & { policies: string; alerts: string };
  warnings: string[];
}

/**
 * Creates (or confirms) one village's databases with their `_security` and validators and the
 * kiosk's CouchDB user. Everything but the kiosk password is idempotent. Nothing per village
 * runs on the server afterwards: the county gatherer (`county gather`) copies what changes, so
 * a village costs nothing while it is quiet (docs/decisions/county-gatherer.md). Requires
 * `setupCounty` to have run.
 */
export async function provisionVillage(client: CouchClient, options: ProvisionOptions): Promise<ProvisionResult> {
  const prefix = options.prefix ?? '';
  const names = databaseNames(options.village, prefix);
  const county = countyDatabaseNames(prefix);
  const username = kioskUserName(options.village, options.kioskId);
  await requireCountySetup(client, county.gather, county.policies);

  const changes: Change[] = [];
  for (const kind of VILLAGE_DATABASE_KINDS) {
    const db = names[kind];
    // One shard: a village database is small, and q=1 keeps _changes cheap (ignored by pouchdb-server).
    changes.push({ what: `database ${db}`, outcome: await client.ensureDatabase(db, { q: 1 }) });
    // Security first: on pouchdb-server a database is open to anyone until it has _security.
    changes.push({ what: `security ${db}`, outcome: await client.putSecurity(db, villageSecurity(options.village)) });
    const validate = villageValidateDesignDoc(options.village, kind);
    changes.push({ what: `${db}/${validate._id}`, outcome: (await client.putDesignDoc(db, validate)).outcome });
  }

  const password = randomPassword();
  changes.push({ what: `user ${username}`, outcome: await client.ensureUser(username, password, kioskRoles(options.village)) });

  const warnings: string[] = [];
  // Villages provisioned before the gatherer had four continuous replications each; they would
  // keep CouchDB's scheduler busy (and copy twice), so re-provisioning removes them.
  changes.push(...(await removeLegacyReplications(client, options.village, prefix)));
  return { changes, username, password, databases: { ...names, policies: county.policies, alerts: county.alerts }, warnings };
}

async function requireCountySetup(client: CouchClient, gather: string, policies: string): Promise<void> {
  const ready = (await client.databaseExists(policies)) && (await client.databaseExists(gather));
  if (!ready) throw new Error(`the county databases (${policies}, ${gather}) are not set up: run \`county setup\` first`);
}

/** 32 random bytes, base64url: 256 bits, safe in URLs and JSON without escaping. */
export function randomPassword(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(32));
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

import { randomBytes } from 'node:crypto';
import type { CouchClient } from '#sync/couchdb/couch-client';
import { countyDatabaseNames, databaseNames, VILLAGE_DATABASE_KINDS } from '#sync/couchdb/database-names';
import { policiesValidateDesignDoc, villageValidateDesignDoc } from '#sync/couchdb/design-docs';
import { kioskRoles, kioskUserName } from '#sync/couchdb/roles';
import { policiesSecurity, villageSecurity } from '#sync/couchdb/security';
import type { KioskSyncDatabases } from '#sync/replication/kiosk-sync';

/**
 * A fresh village for the sync benchmark: its databases with the real `_security` and
 * validate_doc_update (every pushed document runs the county's validator, as in production),
 * and a kiosk user. Unlike `county provision`, no `_replicator` documents: server-side
 * gathering would compete with the measured push and make the figures noisy.
 */
export interface BenchVillage {
  village: string;
  kioskId: string;
  username: string;
  password: string;
  databases: KioskSyncDatabases & { blobs: string };
}

export async function provisionBenchVillage(admin: CouchClient, prefix: string, village: string, kioskId = 'k01'): Promise<BenchVillage> {
  const names = databaseNames(village, prefix);
  for (const kind of VILLAGE_DATABASE_KINDS) {
    await admin.ensureDatabase(names[kind]);
    await admin.putSecurity(names[kind], villageSecurity(village));
    await admin.putDesignDoc(names[kind], villageValidateDesignDoc(village, kind));
  }
  const policies = countyDatabaseNames(prefix).policies;
  await admin.ensureDatabase(policies);
  await admin.putSecurity(policies, policiesSecurity());
  await admin.putDesignDoc(policies, policiesValidateDesignDoc());
  const username = kioskUserName(village, kioskId);
  const password = randomBytes(16).toString('hex');
  await admin.ensureUser(username, password, kioskRoles(village));
  return { village, kioskId, username, password, databases: { ...names, policies } };
}

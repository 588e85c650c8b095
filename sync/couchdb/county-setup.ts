import type { Change, CouchClient } from './couch-client';
import { countyDatabaseNames, parseVillageDatabaseName } from './database-names';
import { alertsValidateDesignDoc, consoleDesignDoc, gatherValidateDesignDoc, policiesValidateDesignDoc } from './design-docs';
import { gatherSecurity, policiesSecurity, villageSecurity } from './security';

/**
 * The county-wide databases: policies and alerts (kiosks read, county writes) and gather (county only,
 * filled by the county gatherer, sync/county-cli/gather). Also makes sure CouchDB's system
 * databases exist: a CouchDB 3 node that skipped its setup wizard has no `_users` (no logins),
 * no `_replicator` and no `_global_changes` (no `_db_updates` feed, which the gatherer follows).
 * The gather database gets its validator (only the gatherer and county audit lines write there)
 * and the console's views (design-docs.ts). Safe to run any number of times.
 */
/** pouchdb-server has neither `_replicator` nor `_global_changes` as databases; creating them there is harmless. */
const SYSTEM_DATABASES = ['_users', '_replicator', '_global_changes'];

export async function setupCounty(client: CouchClient, prefix = ''): Promise<Change[]> {
  const names = countyDatabaseNames(prefix);
  const changes: Change[] = [];
  for (const system of SYSTEM_DATABASES) {
    changes.push({ what: `database ${system}`, outcome: await client.ensureDatabase(system) });
  }
  // Security right after creation: pouchdb-server serves a database to anyone until it has one.
  changes.push({ what: `database ${names.policies}`, outcome: await client.ensureDatabase(names.policies, { q: 1 }) });
  changes.push({ what: `security ${names.policies}`, outcome: await client.putSecurity(names.policies, policiesSecurity()) });
  const validate = policiesValidateDesignDoc();
  changes.push({ what: `${names.policies}/${validate._id}`, outcome: (await client.putDesignDoc(names.policies, validate)).outcome });

  // Alerts: the same tenancy as policies (every kiosk reads, only the county writes).
  changes.push({ what: `database ${names.alerts}`, outcome: await client.ensureDatabase(names.alerts, { q: 1 }) });
  changes.push({ what: `security ${names.alerts}`, outcome: await client.putSecurity(names.alerts, policiesSecurity()) });
  const alerts = alertsValidateDesignDoc();
  changes.push({ what: `${names.alerts}/${alerts._id}`, outcome: (await client.putDesignDoc(names.alerts, alerts)).outcome });

  changes.push({ what: `database ${names.gather}`, outcome: await client.ensureDatabase(names.gather) });
  changes.push({ what: `security ${names.gather}`, outcome: await client.putSecurity(names.gather, gatherSecurity()) });
  for (const ddoc of [gatherValidateDesignDoc(), consoleDesignDoc()]) {
    changes.push({ what: `${names.gather}/${ddoc._id}`, outcome: (await client.putDesignDoc(names.gather, ddoc)).outcome });
  }
  // Villages provisioned before a role was added to their `_security` (county-viewer, for the
  // console) get it here, without provisioning again (which would rotate the kiosk password).
  for (const db of await client.allDbs()) {
    const parsed = parseVillageDatabaseName(db, prefix);
    if (!parsed) continue;
    const outcome = await client.putSecurity(db, villageSecurity(parsed.village));
    if (outcome !== 'unchanged') changes.push({ what: `security ${db}`, outcome });
  }
  return changes;
}

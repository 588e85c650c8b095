import type { Change, CouchClient } from './couch-client';
import { countyDatabaseNames } from './database-names';
import { byVillageFilterDesignDoc, policiesValidateDesignDoc } from './design-docs';
import { gatherSecurity, policiesSecurity } from './security';

/**
 * The county-wide databases: policies (kiosks read, county writes) and gather (county only,
 * with the by_village filter the answer replications read from). Also makes sure CouchDB's
 * system databases exist: a CouchDB 3 node that skipped its setup wizard has neither `_users`
 * (no logins) nor `_replicator` (no gathering). Safe to run any number of times.
 */
export async function setupCounty(client: CouchClient, prefix = ''): Promise<Change[]> {
  const names = countyDatabaseNames(prefix);
  const changes: Change[] = [];
  for (const system of ['_users', '_replicator']) {
    changes.push({ what: `database ${system}`, outcome: await client.ensureDatabase(system) });
  }
  // Security right after creation: pouchdb-server serves a database to anyone until it has one.
  changes.push({ what: `database ${names.policies}`, outcome: await client.ensureDatabase(names.policies, { q: 1 }) });
  changes.push({ what: `security ${names.policies}`, outcome: await client.putSecurity(names.policies, policiesSecurity()) });
  const validate = policiesValidateDesignDoc();
  changes.push({ what: `${names.policies}/${validate._id}`, outcome: (await client.putDesignDoc(names.policies, validate)).outcome });

  changes.push({ what: `database ${names.gather}`, outcome: await client.ensureDatabase(names.gather) });
  changes.push({ what: `security ${names.gather}`, outcome: await client.putSecurity(names.gather, gatherSecurity()) });
  const filter = byVillageFilterDesignDoc();
  changes.push({ what: `${names.gather}/${filter._id}`, outcome: (await client.putDesignDoc(names.gather, filter)).outcome });
  return changes;
}

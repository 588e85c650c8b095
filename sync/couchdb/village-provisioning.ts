import type { Change, CouchClient } from './couch-client';
import { countyDatabaseNames, databaseNames, VILLAGE_DATABASE_KINDS, type VillageDatabaseNames } from './database-names';
import { BY_VILLAGE_DESIGN_DOC_ID } from './design-doc-ids';
import { byVillageFilterDesignDoc, villageValidateDesignDoc } from './design-docs';
import {
  GATHERED_KINDS,
  putReplicationDoc,
  replicatorAvailable,
  villageReplicationDocs,
  type ReplicationEndpoint,
} from './replication-docs';
import { kioskRoles, kioskUserName } from './roles';
import { villageSecurity } from './security';

export interface ProvisionOptions {
  village: string;
  kioskId: string;
  prefix?: string;
  /** Where the server reaches itself for `_replicator`; defaults to the client's own address and credentials. */
  replication?: ReplicationEndpoint;
}

export interface ProvisionResult {
  changes: Change[];
  username: string;
  /** New on every run: provisioning a kiosk again rotates its password. */
  password: string;
  databases: VillageDatabaseNames & { policies: string };
  replicationIds: string[];
  warnings: string[];
}

/**
 * Creates (or confirms) one village's databases with their `_security` and validators, the
 * kiosk's CouchDB user, and the replications between the village and the county. Everything
 * but the kiosk password is idempotent. Requires `setupCounty` to have run: the answer
 * replication reads through the gather database's filter, and a replication naming a missing
 * filter fails on CouchDB and crashes pouchdb-server.
 */
export async function provisionVillage(client: CouchClient, options: ProvisionOptions): Promise<ProvisionResult> {
  const prefix = options.prefix ?? '';
  const names = databaseNames(options.village, prefix);
  const county = countyDatabaseNames(prefix);
  const username = kioskUserName(options.village, options.kioskId);
  await requireCountySetup(client, county.gather, county.policies);

  const changes: Change[] = [];
  const filter = byVillageFilterDesignDoc();
  for (const kind of VILLAGE_DATABASE_KINDS) {
    const db = names[kind];
    // One shard: a village database is small, and q=1 keeps _changes cheap (ignored by pouchdb-server).
    changes.push({ what: `database ${db}`, outcome: await client.ensureDatabase(db, { q: 1 }) });
    // Security first: on pouchdb-server a database is open to anyone until it has _security.
    changes.push({ what: `security ${db}`, outcome: await client.putSecurity(db, villageSecurity(options.village)) });
    const validate = villageValidateDesignDoc(options.village, kind);
    changes.push({ what: `${db}/${validate._id}`, outcome: (await client.putDesignDoc(db, validate)).outcome });
    if ((GATHERED_KINDS as readonly string[]).includes(kind)) {
      changes.push({ what: `${db}/${filter._id}`, outcome: (await client.putDesignDoc(db, filter)).outcome });
    }
  }

  const password = randomPassword();
  changes.push({ what: `user ${username}`, outcome: await client.ensureUser(username, password, kioskRoles(options.village)) });

  const warnings: string[] = [];
  const replicationIds: string[] = [];
  if (await replicatorAvailable(client)) {
    const endpoint = options.replication ?? { baseUrl: client.baseUrl, credentials: client.credentials };
    for (const doc of villageReplicationDocs(options.village, names, county, endpoint, prefix)) {
      changes.push({ what: `_replicator/${doc._id}`, outcome: await putReplicationDoc(client, doc) });
      replicationIds.push(doc._id);
    }
  } else {
    warnings.push(
      'this server has no _replicator database: village documents are NOT gathered into ' +
        `${county.gather} and county answers must be written to the village databases directly`,
    );
  }
  return { changes, username, password, databases: { ...names, policies: county.policies }, replicationIds, warnings };
}

async function requireCountySetup(client: CouchClient, gather: string, policies: string): Promise<void> {
  const ready =
    (await client.databaseExists(policies)) && (await client.getDoc(gather, BY_VILLAGE_DESIGN_DOC_ID)) !== undefined;
  if (!ready) throw new Error(`the county databases (${policies}, ${gather}) are not set up: run \`county setup\` first`);
}

/** 32 random bytes, base64url: 256 bits, safe in URLs and JSON without escaping. */
export function randomPassword(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(32));
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

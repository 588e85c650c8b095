import type { CouchClient, CouchDoc } from '#sync/couchdb/couch-client';

/**
 * Removes what one test run created on a shared CouchDB (COUCHDB_URL): replications first (they
 * would retry against deleted databases forever), then the run's databases, then users whose
 * name carries the run id (kiosk users are `kiosk-<village>-<kiosk>` with run-unique villages).
 */
export async function cleanupRun(admin: CouchClient, prefix: string, runId: string): Promise<void> {
  if (!prefix || !runId) throw new Error('refusing to clean up without a run prefix');
  const replications = await admin.allDocs<CouchDoc>('_replicator').catch(() => ({ rows: [] }));
  for (const row of replications.rows) {
    if (row.id.startsWith(prefix)) await admin.deleteDoc('_replicator', row.id, row.value.rev);
  }
  for (const db of await admin.allDbs()) {
    if (db.startsWith(prefix)) await admin.deleteDatabase(db);
  }
  const users = await admin.allDocs<CouchDoc>('_users', { startkey: 'org.couchdb.user:', endkey: 'org.couchdb.user:\ufff0' });
  for (const row of users.rows) {
    if (row.id.includes(runId)) await admin.deleteDoc('_users', row.id, row.value.rev);
  }
}

import { readFileSync } from 'node:fs';
import type { CouchClient, CouchDoc, Outcome } from '#sync/couchdb/couch-client';
import { CouchError } from '#sync/couchdb/couch-errors';
import { urlWithCredentials, type CouchCredentials } from '#sync/couchdb/couch-url';
import type { CountyDatabaseNames, VillageDatabaseNames } from '#sync/couchdb/database-names';
import { extractFunctionSource } from '#sync/couchdb/design-source';
import { GATHERED_KINDS } from '#sync/couchdb/gathered-kinds';
import { sameJson } from '#sync/couchdb/same-json';

/**
 * THE OLD DESIGN, kept only as the anchor of `npm run bench -- county`: `_replicator`
 * documents that let CouchDB itself move a village's documents into the county gather
 * database and the county's answers back, four continuous jobs per village. It was replaced by
 * the county gatherer (docs/decisions/county-gatherer.md) because CouchDB runs at most 500
 * jobs and rotates the rest slowly. Both directions were filtered by village
 * (legacy-filter-by-village.js): design documents never left a village database, and the
 * answers of one village never reached another.
 *
 * Blobs are not gathered (they stay in the village blobs database, referenced by hash, and
 * would double the county's storage), nor is configuration (county-written, and every
 * village's document is `_id: 'kiosk-config'`: they would collide in one database).
 *
 * Endpoints are full URLs with credentials: CouchDB 3 removed local database names as
 * endpoints. CouchDB shows credentials only to server admins and the document's owner.
 */

const BY_VILLAGE_DESIGN_DOC_ID = '_design/by_village';
const BY_VILLAGE_FILTER = 'by_village/by_village';

/** The filter design document the old replications read through, installed by the bench. */
export function byVillageFilterDesignDoc(): CouchDoc {
  const source = extractFunctionSource(readFileSync(new URL('./legacy-filter-by-village.js', import.meta.url), 'utf8'));
  return { _id: BY_VILLAGE_DESIGN_DOC_ID, language: 'javascript', filters: { by_village: source } };
}

export interface ReplicationDoc extends CouchDoc {
  source: string;
  target: string;
  continuous: true;
  filter: string;
  query_params: Record<string, string>;
}

export interface ReplicationEndpoint {
  /** The server as the server itself reaches it (often http://127.0.0.1:5984/). */
  baseUrl: string;
  credentials: CouchCredentials | undefined;
}

export function villageReplicationDocs(
  village: string,
  names: VillageDatabaseNames,
  county: CountyDatabaseNames,
  endpoint: ReplicationEndpoint,
  prefix = '',
): ReplicationDoc[] {
  const url = (db: string) => urlWithCredentials(endpoint.baseUrl, endpoint.credentials, encodeURIComponent(db));
  const gather = GATHERED_KINDS.map<ReplicationDoc>((kind) => ({
    _id: `${prefix}gather-${village}-${kind}`,
    source: url(names[kind]),
    target: url(county.gather),
    continuous: true,
    filter: BY_VILLAGE_FILTER,
    query_params: { village },
  }));
  const answers: ReplicationDoc = {
    _id: `${prefix}answers-${village}-reports`,
    source: url(county.gather),
    target: url(names.reports),
    continuous: true,
    filter: BY_VILLAGE_FILTER,
    query_params: { village, type: 'report' },
  };
  return [...gather, answers];
}

/** Fields the replicator itself writes into its documents (pouchdb-server, CouchDB 1.x/3 terminal states, owner). */
function isReplicatorManaged(field: string): boolean {
  return field.startsWith('_replication_') || field === 'owner';
}

/**
 * Creates or replaces one replication document. An unchanged specification is left alone (a
 * rewrite would restart the replication). A changed one is deleted and re-created: CouchDB 3
 * allows editing, but pouchdb-server (like CouchDB 1.x) refuses edits of a "triggered" document.
 */
export async function putReplicationDoc(client: CouchClient, doc: ReplicationDoc): Promise<Outcome> {
  const current = await client.getDoc<CouchDoc>('_replicator', doc._id);
  if (current && sameJson(specOf(current), specOf(doc))) return 'unchanged';
  if (current?._rev) await client.deleteDoc('_replicator', doc._id, current._rev);
  await client.putDoc('_replicator', { ...doc });
  return current ? 'updated' : 'created';
}

function specOf(doc: CouchDoc): Record<string, unknown> {
  const spec: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(doc)) {
    if (field === '_rev' || isReplicatorManaged(field)) continue;
    spec[field] = value;
  }
  return spec;
}

export async function replicatorAvailable(client: CouchClient): Promise<boolean> {
  return client.databaseExists('_replicator');
}

/**
 * What the server says about a replication: CouchDB ≥ 2.1 reports in `_scheduler/docs`,
 * pouchdb-server (and CouchDB 1.x) writes `_replication_state` into the document itself.
 */
export async function replicationState(client: CouchClient, id: string): Promise<string | undefined> {
  try {
    const info = await client.request<{ state?: string }>('GET', `_scheduler/docs/_replicator/${encodeURIComponent(id)}`);
    if (info.state) return info.state;
  } catch (error) {
    if (!(error instanceof CouchError) || (error.status !== 404 && error.status !== 400)) throw error;
  }
  const doc = await client.getDoc<CouchDoc>('_replicator', id);
  return typeof doc?._replication_state === 'string' ? doc._replication_state : undefined;
}

import { createHash } from 'node:crypto';
import { basicAuthHeader } from '../../couchdb/couch-url';
import type { CouchClient, CouchDoc } from '../../couchdb/couch-client';

/**
 * Re-hashes every blob a village database holds and compares it with the SHA-256 that names it
 * (issue 8, finding 7). The validator cannot do this on the server: CouchDB hands it the
 * attachment's MD5 stub only. It does refuse bytes that do not match the MD5 a blob declares,
 * but the first writer of a hash declares both hashes, so a kiosk declaring the MD5 of its own
 * other bytes decides what that hash holds, as do blobs stored before MD5s were declared. The
 * county checks afterwards, and a mismatch removed with `--remove` is re-sent by the kiosk that
 * holds the right bytes (its uploader verifies the server's copy).
 */
export interface BlobCheck {
  id: string;
  ok: boolean;
  bytes: number;
  actual?: string;
  problem?: string;
}

const ATTACHMENT = 'data';

export async function verifyVillageBlobs(client: CouchClient, db: string): Promise<BlobCheck[]> {
  const docs = await client.listDocs<CouchDoc & { _attachments?: Record<string, unknown> }>(db);
  const checks: BlobCheck[] = [];
  for (const doc of docs) {
    if (!doc._attachments || !(ATTACHMENT in doc._attachments)) {
      checks.push({ id: doc._id, ok: false, bytes: 0, problem: 'no attachment' });
      continue;
    }
    const response = await fetch(new URL(`${encodeURIComponent(db)}/${encodeURIComponent(doc._id)}/${ATTACHMENT}`, client.baseUrl), {
      headers: client.credentials ? { authorization: basicAuthHeader(client.credentials) } : {},
      signal: AbortSignal.timeout(120_000),
    });
    if (!response.ok) {
      checks.push({ id: doc._id, ok: false, bytes: 0, problem: `HTTP ${response.status}` });
      continue;
    }
    const bytes = Buffer.from(await response.arrayBuffer());
    const actual = createHash('sha256').update(bytes).digest('hex');
    checks.push({ id: doc._id, ok: actual === doc._id, bytes: bytes.length, ...(actual === doc._id ? {} : { actual, problem: 'bytes do not match the name' }) });
  }
  return checks;
}

/** Deletes a blob whose bytes do not match its name (as the county: server admin or county role). */
export async function removeBlob(client: CouchClient, db: string, id: string): Promise<void> {
  const doc = await client.getDoc(db, id);
  if (doc?._rev) await client.deleteDoc(db, id, doc._rev);
}

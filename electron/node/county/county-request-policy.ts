import { READ_ONLY_DATABASE_KINDS, type Enrollment, type EnrollmentDatabaseKind } from './enrollment-file';

/**
 * What the county fetch proxy lets through (DESIGN.md §5, §9). The renderer is not trusted with
 * the kiosk's credentials, and it must not be able to use them for anything but its own job
 * either: replicating its own databases. So a request must
 * - target one of the enrolled databases (the first path segment, spelled exactly);
 * - use an endpoint replication needs (documents, attachments, `_local` checkpoints, the
 *   bulk/changes/all_docs family); server and database administration (`_security`,
 *   `_compact`, `_purge`, creating or deleting databases, design-document writes) is refused,
 *   also where the server itself would refuse it (pouchdb-server is laxer than CouchDB);
 * - not write to the read-only databases (county-wide policies), `_local` documents included;
 * - carry only query parameters replication uses, each with a value of the expected form
 *   (`QUERY_PARAMETERS`): anything else (`filter=_view`, `include_docs=evil`) is refused,
 *   because the server's handling of the rest is attack surface we do not need.
 * Segments are classified after percent-decoding, as CouchDB routes them (`%5Fsecurity` is
 * `_security`); dot segments in any spelling are refused before a URL is built.
 */

export class CountyRequestRefusedError extends Error {
  override readonly name = 'CountyRequestRefusedError';
}

type Method = 'GET' | 'HEAD' | 'POST' | 'PUT' | 'DELETE';

/** Database endpoints that only read, even when POSTed (keys, bulk gets, filters in the body). */
const READ_ENDPOINTS = new Set(['_all_docs', '_changes', '_bulk_get', '_revs_diff', '_missing_revs', '_find', '_design_docs']);
const WRITE_ENDPOINTS = new Set(['_bulk_docs', '_ensure_full_commit']);

/** One path segment as it may appear in a URL: unreserved, sub-delims, ':' '@' and %-escapes. */
const SEGMENT = /^(?:[A-Za-z0-9\-._~!$&'()*+,;=:@]|%[0-9A-Fa-f]{2})+$/;

/**
 * The query parameters the kiosk's replication and blob uploader send (sync/replication/
 * couch-endpoints.ts, blob-server-copy.ts, blob-uploader.ts), each with the form of its value.
 * `since` is an opaque sequence (CouchDB 3: a long string; pouchdb-server: a number).
 */
const QUERY_PARAMETERS: Readonly<Record<string, RegExp>> = {
  since: /^(?:now|[A-Za-z0-9_\-.%]{1,4000})$/,
  limit: /^\d{1,6}$/,
  include_docs: /^(?:true|false)$/,
  style: /^(?:main_only|all_docs)$/,
  feed: /^(?:normal|longpoll)$/,
  timeout: /^\d{1,6}$/,
  heartbeat: /^\d{1,6}$/,
  rev: /^\d{1,10}-[0-9a-f]{1,64}$/,
  att_encoding_info: /^(?:true|false)$/,
};
const MAX_QUERY_PARAMETERS = Object.keys(QUERY_PARAMETERS).length;

export function resolveCountyUrl(enrollment: Enrollment, method: Method, path: string, query: Record<string, string> = {}): URL {
  const refuse = (why: string): never => {
    throw new CountyRequestRefusedError(`county request ${method} ${path.slice(0, 200)} refused: ${why}`);
  };
  // One trailing '/' means the same as none (`db/` is the database, as for CouchDB).
  const raw = (path.endsWith('/') ? path.slice(0, -1) : path).split('/');
  if (raw.some((segment) => !SEGMENT.test(segment))) refuse('the path must be relative, without empty segments, "?", "#", "\\" or spaces');
  const segments = raw.map((segment) => {
    try {
      return decodeURIComponent(segment);
    } catch {
      return refuse('the path has an invalid %-escape');
    }
  });
  if (segments.some((segment) => segment === '.' || segment === '..')) refuse('dot segments are not allowed');

  const kind = databaseKind(enrollment, raw[0] ?? '');
  if (!kind) refuse('only the kiosk\'s own databases may be reached');
  const readOnly = READ_ONLY_DATABASE_KINDS.includes(kind as EnrollmentDatabaseKind);
  const write = classify(segments.slice(1), method, refuse);
  if (write && readOnly) refuse(`the ${kind} database is read-only for a kiosk`);

  const base = new URL(enrollment.couchUrl.endsWith('/') ? enrollment.couchUrl : `${enrollment.couchUrl}/`);
  const url = new URL(path, base);
  // Belt and braces: whatever the parser did, the result is inside the enrolled database.
  const dbRoot = `${base.origin}${base.pathname}${raw[0]}`;
  const href = `${url.origin}${url.pathname}`;
  if (href !== dbRoot && !href.startsWith(`${dbRoot}/`)) refuse('the path leaves the database');
  const entries = Object.entries(query);
  if (entries.length > MAX_QUERY_PARAMETERS) refuse('too many query parameters');
  for (const [key, value] of entries) {
    const form = Object.hasOwn(QUERY_PARAMETERS, key) ? QUERY_PARAMETERS[key] : undefined;
    if (!form) refuse(`the query parameter "${key.slice(0, 40)}" is not one replication uses`);
    else if (!form.test(value)) refuse(`the query parameter "${key}" has a value replication never sends`);
    url.searchParams.set(key, value);
  }
  return url;
}

function databaseKind(enrollment: Enrollment, name: string): string | undefined {
  return Object.entries(enrollment.databases).find(([, db]) => db === name)?.[0];
}

/** Returns whether the request writes; refuses anything outside the replication endpoints. */
function classify(rest: string[], method: Method, refuse: (why: string) => never): boolean {
  const read = method === 'GET' || method === 'HEAD';
  const [first, second] = rest;
  if (first === undefined) {
    // The database itself: info (GET) or a new document (POST); never create or delete it.
    if (read) return false;
    if (method === 'POST') return true;
    return refuse('databases cannot be created or deleted from a kiosk');
  }
  if (first === '_local') {
    // Replication checkpoints: never replicated, harmless in the kiosk's own databases. They
    // are writes all the same: the server runs no validator on `_local`, so for a read-only
    // database (policies) the proxy is the only thing that refuses them.
    if (rest.length !== 2 || !second) return refuse('_local takes exactly one document id');
    return !read;
  }
  if (first === '_design') {
    if (rest.length === 2 && read) return false;
    return refuse('design documents are read-only for a kiosk');
  }
  if (first.startsWith('_')) {
    if (rest.length !== 1) return refuse(`${first} is not a replication endpoint`);
    if (READ_ENDPOINTS.has(first) && (read || method === 'POST')) return false;
    if (WRITE_ENDPOINTS.has(first) && method === 'POST') return true;
    return refuse(`${method} ${first} is not a replication endpoint`);
  }
  // A document, or one of its attachments (names may contain '/').
  if (read) return false;
  if (method === 'PUT') return true;
  return refuse(method === 'DELETE' ? 'a kiosk never deletes documents or attachments' : `${method} on a document is not used by replication`);
}

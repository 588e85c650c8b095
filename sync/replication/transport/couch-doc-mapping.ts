/**
 * Kiosk documents ↔ CouchDB documents.
 *
 * - RxDB's primary key `id` is CouchDB's `_id`; the CouchDB form carries no `id` field.
 * - CouchDB's `_rev` never enters RxDB (RxDB has its own `_rev` with other meaning): the push
 *   reads the server's current revision right before writing (push-handler.ts), so an update
 *   always carries the right `_rev` and a re-push of the same content is recognised.
 * - RxDB's `_meta`, `_rev` and `_attachments` never reach the server.
 *
 * `sameContent` is the one equality used everywhere (conflict handlers, push idempotency,
 * pending counts): key order and `undefined` fields do not matter, bookkeeping fields do not
 * count, and only `_deleted` of the meta fields does.
 */

export interface CouchDocument {
  _id: string;
  _rev?: string;
  _deleted?: boolean;
  [field: string]: unknown;
}

export type KioskDocState = { id: string; _deleted?: boolean } & Record<string, unknown>;

const NOT_CONTENT = new Set(['_meta', '_rev', '_attachments', '_deleted', '_id', '_revisions', '_conflicts']);

/** The document's own fields, without any bookkeeping, plus `_deleted: true` for tombstones. */
export function contentOf(doc: Record<string, unknown>): Record<string, unknown> {
  const content: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(doc)) {
    if (!NOT_CONTENT.has(key) && value !== undefined) content[key] = value;
  }
  if (typeof doc['_id'] === 'string' && content['id'] === undefined) content['id'] = doc['_id'];
  if (doc['_deleted'] === true) content['_deleted'] = true;
  return content;
}

export function toCouchDocument(doc: KioskDocState, rev?: string): CouchDocument {
  const content = contentOf(doc);
  const { id, _deleted, ...fields } = content;
  const couch: CouchDocument = { _id: String(id), ...fields };
  if (rev !== undefined) couch._rev = rev;
  if (_deleted === true) couch._deleted = true;
  return couch;
}

export function sameContent(a: Record<string, unknown> | undefined, b: Record<string, unknown> | undefined): boolean {
  if (a === undefined || b === undefined) return a === b;
  return deepEqual(contentOf(a), contentOf(b));
}

/** JSON values only (what documents are made of). Object key order is ignored. */
export function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((item, index) => deepEqual(item, b[index]));
  }
  const left = definedEntries(a as Record<string, unknown>);
  const right = definedEntries(b as Record<string, unknown>);
  if (left.length !== right.length) return false;
  const rightMap = new Map(right);
  return left.every(([key, value]) => rightMap.has(key) && deepEqual(value, rightMap.get(key)));
}

function definedEntries(record: Record<string, unknown>): [string, unknown][] {
  return Object.entries(record).filter(([, value]) => value !== undefined);
}

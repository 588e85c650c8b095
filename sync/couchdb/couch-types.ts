/**
 * Shapes of CouchDB documents and answers used by the county side (couch-client.ts).
 */

export type Outcome = 'created' | 'updated' | 'unchanged';

/** One step of an idempotent command: what it touched and whether anything changed. */
export interface Change {
  what: string;
  outcome: Outcome;
}

export interface CouchDoc {
  _id: string;
  _rev?: string;
  _deleted?: boolean;
  [field: string]: unknown;
}

export interface BulkResult {
  id: string;
  rev?: string;
  ok?: boolean;
  error?: string;
  reason?: string;
}

export interface AllDocsRow<T> {
  id: string;
  key: string;
  value: { rev: string; deleted?: boolean };
  doc?: T | null;
  error?: string;
}

export interface ChangesResult<T> {
  results: { id: string; seq: string | number; changes: { rev: string }[]; deleted?: boolean; doc?: T }[];
  /** Opaque: a string on CouchDB 3, a number on pouchdb-server. Never compare or do arithmetic. */
  last_seq: string | number;
}

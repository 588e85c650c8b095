/**
 * The part of a PouchDB database the blob store uses, typed here because PouchDB ships no
 * types. Opened on `pouchdb-adapter-idb` in the renderer (it keeps Blobs natively, where
 * Dexie would keep base64: DESIGN.md §4) and on `pouchdb-adapter-memory` in Node tests
 * (adapter-idb under Node mishandles attachments: PITFALLS.md).
 */

/** An attachment as PouchDB reports it without its data. `digest` is `md5-<base64>`, as CouchDB's. */
export interface AttachmentStub {
  content_type: string;
  digest?: string;
  length?: number;
  stub?: boolean;
}

/** Binary as the adapter takes it: a Buffer under Node's PouchDB build, a Blob in browsers. */
export type PouchBinary = Blob | Uint8Array;

export interface BlobDoc {
  _id: string;
  _rev?: string;
  type: 'blob';
  mime: string;
  bytes: number;
  /** Set once the county server holds the same bytes (verified); survives restarts with the doc. */
  uploaded: boolean;
  /**
   * When this kiosk stored it (kiosk clock, ISO): the start of the sweep's grace period for a
   * blob no report references (blob-sweep.ts). Absent on blobs stored before it existed.
   */
  storedAt?: string;
  /**
   * Base64 MD5 of the bytes, computed when the blob was stored and named (blob-md5.ts): what the
   * uploader declares to the county. Absent on blobs stored before it existed (the uploader then
   * uses PouchDB's own digest of the attachment).
   */
  md5?: string;
  /**
   * Set when the bytes no longer match their recorded MD5 (or SHA-256): the blob is set aside,
   * never uploaded or retried, and shown with its reason. `at` is the kiosk clock (display only).
   */
  refused?: { reason: string; at: string };
  _attachments?: Record<string, AttachmentStub | { content_type: string; data: PouchBinary }>;
}

export interface PouchError {
  status?: number;
  name?: string;
}

export interface BlobPouch {
  get(id: string): Promise<BlobDoc>;
  put(doc: BlobDoc): Promise<{ ok: boolean; id: string; rev: string }>;
  remove(doc: BlobDoc): Promise<unknown>;
  getAttachment(id: string, name: string): Promise<Blob | Uint8Array>;
  allDocs(options: { include_docs: true; keys?: string[] }): Promise<{
    rows: { id?: string; key: string; error?: string; value?: { rev: string; deleted?: boolean }; doc?: BlobDoc | null }[];
  }>;
  close(): Promise<void>;
  destroy(): Promise<void>;
}

export function isPouchStatus(error: unknown, status: number): boolean {
  return typeof error === 'object' && error !== null && (error as PouchError).status === status;
}

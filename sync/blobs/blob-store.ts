import { MIME_PATTERN } from '../schema/schema-fields';
import { isPouchStatus, type AttachmentStub, type BlobDoc, type BlobPouch, type PouchBinary } from './blob-pouch';
import { isSha256, sha256Hex } from './blob-encoding';
import { md5Base64, md5FromDigest } from './blob-md5';

/**
 * The kiosk's local blob store (DESIGN.md §4): scan pages, report photos and voice notes as
 * immutable blobs named by the SHA-256 of their bytes. One PouchDB document per blob, `_id` =
 * the hash, one attachment `data` holding the bytes, and an `uploaded` flag the uploader sets
 * once the county holds the same bytes. Same bytes → same id: a second put stores nothing.
 */

export const BLOB_ATTACHMENT = 'data';

export interface BlobRecord {
  sha256: string;
  bytes: number;
  mime: string;
}

export interface StoredBlobInfo extends BlobRecord {
  uploaded: boolean;
  /** PouchDB's `md5-<base64>` of the bytes: the same digest CouchDB reports for its copy. */
  md5Digest: string | undefined;
  /**
   * The base64 MD5 recorded for the bytes: computed at put (`md5`), or for a blob stored before
   * that, PouchDB's digest of the attachment (computed by PouchDB when it stored the same bytes).
   */
  md5: string | undefined;
  /** Set aside: the bytes do not match what was recorded for them; never uploaded. */
  refused?: { reason: string; at: string };
}

export type BlobUploadState = 'uploaded' | 'pending' | 'absent';

export interface BlobStore {
  putBlob(data: Uint8Array | Blob, mime: string): Promise<BlobRecord>;
  /** The bytes as a Blob (type = mime), or undefined when this kiosk does not hold them. */
  getBlob(sha256: string): Promise<Blob | undefined>;
  getBytes(sha256: string): Promise<Uint8Array<ArrayBuffer> | undefined>;
  hasBlob(sha256: string): Promise<boolean>;
  describe(sha256: string): Promise<StoredBlobInfo | undefined>;
  /** Blobs not yet verified on the county server and not refused, in id order. */
  pendingUploads(): Promise<BlobRecord[]>;
  markUploaded(sha256: string): Promise<void>;
  /** Sets a blob aside with the reason (its bytes do not match their record): never uploaded again. */
  refuseUpload(sha256: string, reason: string): Promise<void>;
  uploadStates(sha256s: readonly string[]): Promise<Record<string, BlobUploadState>>;
  /**
   * For the status model ("received" needs the document and all its blobs on the county
   * server): true only when every blob is held here and verified on the server. A blob this
   * kiosk does not hold counts as not uploaded: the store cannot vouch for it.
   */
  blobsUploaded(sha256s: readonly string[]): Promise<boolean>;
  /** Every blob held here (stubs only, never the bytes), for the sweep. */
  listBlobs(): Promise<(StoredBlobInfo & { storedAt?: string })[]>;
  /** Starts the grace period of a blob stored before `storedAt` existed. */
  setStoredAt(sha256: string, storedAt: string): Promise<void>;
  /** True when this process stored it less than `ms` ago (monotonic clock: a clock jump cannot shorten it). */
  storedRecently(sha256: string, ms: number): boolean;
  /** Removes a blob (the sweep only: blobs are otherwise immutable and kept). No-op when absent. */
  removeBlob(sha256: string): Promise<void>;
  /** Called after a new blob was stored (the uploader starts without waiting for its timer). */
  onNewBlob(listener: (record: BlobRecord) => void): () => void;
  close(): Promise<void>;
}

export interface BlobStoreOptions {
  /** The kiosk clock for `storedAt` (tests). */
  now?: () => Date;
  /**
   * How to hand bytes to the adapter: Node's PouchDB build wants a Buffer, the browser build
   * a Blob (stored natively by adapter-idb). Detected from the environment when omitted.
   */
  binary?: 'buffer' | 'blob';
}

const MIME = new RegExp(MIME_PATTERN);

export function createBlobStore(db: BlobPouch, options: BlobStoreOptions = {}): BlobStore {
  const binary = options.binary ?? (nodeBuffer() ? 'buffer' : 'blob');
  const listeners = new Set<(record: BlobRecord) => void>();
  const now = options.now ?? (() => new Date());
  /** performance.now() of every put in this process, by hash. */
  const putTimes = new Map<string, number>();

  async function find(sha256: string): Promise<BlobDoc | undefined> {
    assertSha256(sha256);
    try {
      return await db.get(sha256);
    } catch (error) {
      if (isPouchStatus(error, 404)) return undefined;
      throw error;
    }
  }

  async function attachment(sha256: string): Promise<{ data: Blob | Uint8Array; mime: string } | undefined> {
    const doc = await find(sha256);
    if (!doc) return undefined;
    return { data: await db.getAttachment(sha256, BLOB_ATTACHMENT), mime: doc.mime };
  }

  async function markUploaded(sha256: string): Promise<void> {
    // Read-modify-write; a conflict means another writer changed the flag meanwhile: retry.
    for (let attempt = 0; attempt < 5; attempt++) {
      const doc = await find(sha256);
      if (!doc) throw new Error(`blob ${sha256} is not in the local store`);
      if (doc.uploaded) return;
      try {
        await db.put({ ...doc, uploaded: true });
        return;
      } catch (error) {
        if (!isPouchStatus(error, 409)) throw error;
      }
    }
    throw new Error(`blob ${sha256}: could not record the upload (conflicts)`);
  }

  async function uploadStates(sha256s: readonly string[]): Promise<Record<string, BlobUploadState>> {
    const states: Record<string, BlobUploadState> = {};
    if (sha256s.length === 0) return states;
    sha256s.forEach(assertSha256);
    const { rows } = await db.allDocs({ include_docs: true, keys: [...new Set(sha256s)] });
    for (const row of rows) states[row.key] = row.doc ? (row.doc.uploaded ? 'uploaded' : 'pending') : 'absent';
    return states;
  }

  return {
    async putBlob(data, mime) {
      if (!MIME.test(mime) || mime.length > 100) throw new Error(`invalid content type ${JSON.stringify(mime.slice(0, 100))}`);
      const bytes = data instanceof Uint8Array ? new Uint8Array(data) : new Uint8Array(await data.arrayBuffer());
      const sha256 = await sha256Hex(bytes);
      putTimes.set(sha256, performance.now());
      const existing = await find(sha256);
      if (existing) return record(existing);
      const doc: BlobDoc = {
        _id: sha256,
        type: 'blob',
        mime,
        bytes: bytes.length,
        uploaded: false,
        storedAt: now().toISOString(),
        md5: md5Base64(bytes),
        _attachments: { [BLOB_ATTACHMENT]: { content_type: mime, data: toAdapterBinary(bytes, mime, binary, data) } },
      };
      try {
        await db.put(doc);
      } catch (error) {
        // The same bytes stored concurrently: that copy is ours too.
        if (!isPouchStatus(error, 409)) throw error;
        const stored = await find(sha256);
        if (stored) return record(stored);
        throw error;
      }
      const created = { sha256, bytes: bytes.length, mime };
      for (const listener of [...listeners]) listener(created);
      return created;
    },

    async getBlob(sha256) {
      const found = await attachment(sha256);
      if (!found) return undefined;
      return found.data instanceof Blob ? found.data : new Blob([new Uint8Array(found.data)], { type: found.mime });
    },

    async getBytes(sha256) {
      const found = await attachment(sha256);
      if (!found) return undefined;
      return found.data instanceof Blob ? new Uint8Array(await found.data.arrayBuffer()) : new Uint8Array(found.data);
    },

    async hasBlob(sha256) {
      return (await find(sha256)) !== undefined;
    },

    async describe(sha256) {
      const doc = await find(sha256);
      if (!doc) return undefined;
      return info(doc);
    },

    async pendingUploads() {
      // One pass over the blob documents (attachment stubs only, never the bytes).
      const { rows } = await db.allDocs({ include_docs: true });
      return rows.flatMap((row) => (row.doc && row.doc.type === 'blob' && !row.doc.uploaded && !row.doc.refused ? [record(row.doc)] : []));
    },

    markUploaded,

    async refuseUpload(sha256, reason) {
      for (let attempt = 0; attempt < 5; attempt++) {
        const doc = await find(sha256);
        if (!doc || doc.refused) return;
        try {
          await db.put({ ...doc, refused: { reason: reason.slice(0, 500), at: now().toISOString() } });
          return;
        } catch (error) {
          if (!isPouchStatus(error, 409)) throw error;
        }
      }
      throw new Error(`blob ${sha256}: could not record the refusal (conflicts)`);
    },
    uploadStates,

    async blobsUploaded(sha256s) {
      const states = await uploadStates(sha256s);
      return Object.values(states).every((state) => state === 'uploaded');
    },

    async listBlobs() {
      const { rows } = await db.allDocs({ include_docs: true });
      return rows.flatMap((row) => {
        if (!row.doc || row.doc.type !== 'blob') return [];
        return [{ ...info(row.doc), ...(row.doc.storedAt ? { storedAt: row.doc.storedAt } : {}) }];
      });
    },

    async setStoredAt(sha256, storedAt) {
      const doc = await find(sha256);
      if (!doc || doc.storedAt) return;
      try {
        await db.put({ ...doc, storedAt });
      } catch (error) {
        if (!isPouchStatus(error, 409)) throw error;
      }
    },

    storedRecently(sha256, ms) {
      const at = putTimes.get(sha256);
      return at !== undefined && performance.now() - at < ms;
    },

    async removeBlob(sha256) {
      const doc = await find(sha256);
      if (!doc) return;
      try {
        await db.remove(doc);
      } catch (error) {
        if (!isPouchStatus(error, 404) && !isPouchStatus(error, 409)) throw error;
      }
    },

    onNewBlob(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },

    close: () => db.close(),
  };
}

function record(doc: BlobDoc): BlobRecord {
  return { sha256: doc._id, bytes: doc.bytes, mime: doc.mime };
}

function info(doc: BlobDoc): StoredBlobInfo {
  const stub: AttachmentStub | undefined = doc._attachments?.[BLOB_ATTACHMENT];
  return {
    ...record(doc),
    uploaded: doc.uploaded,
    md5Digest: stub?.digest,
    md5: doc.md5 ?? md5FromDigest(stub?.digest),
    ...(doc.refused ? { refused: doc.refused } : {}),
  };
}

function assertSha256(sha256: string): void {
  if (!isSha256(sha256)) throw new Error(`not a blob id (64 lowercase hex digits): ${JSON.stringify(sha256.slice(0, 80))}`);
}

type BufferLike = { from(bytes: Uint8Array): Uint8Array };

function nodeBuffer(): BufferLike | undefined {
  return (globalThis as { Buffer?: BufferLike }).Buffer;
}

function toAdapterBinary(bytes: Uint8Array<ArrayBuffer>, mime: string, binary: 'buffer' | 'blob', original: Uint8Array | Blob): PouchBinary {
  if (binary === 'blob') return original instanceof Blob && original.type === mime ? original : new Blob([bytes], { type: mime });
  const buffer = nodeBuffer();
  if (!buffer) throw new Error('this PouchDB build needs Buffer, which this environment lacks');
  return buffer.from(bytes);
}

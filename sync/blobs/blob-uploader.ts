import { backoffDelay, DEFAULT_BACKOFF, type BackoffOptions } from '../replication/retry/backoff';
import { bytesToBase64, sha256Hex } from './blob-encoding';
import { md5Base64 } from './blob-md5';
import { blobMultipart } from './blob-multipart';
import { compareCopy, readServerCopy, requestBlob, statusError, type ServerAttachment } from './blob-server-copy';
import type { BlobStore, StoredBlobInfo } from './blob-store';
import { BlobUploadError, type BlobFailureKind } from './blob-upload-errors';
import type { CouchTransport } from '../replication/transport/couch-transport';

/**
 * Puts every pending local blob into the village's blobs database as a real CouchDB attachment
 * (DESIGN.md §4), raw bytes on the uplink: one `multipart/related` `PUT /{blobsDb}/{sha256}`
 * carrying the blob document, which declares the bytes' MD5, and the bytes (blob-multipart.ts;
 * base64 only on the local hop to the host, which sends raw bytes to CouchDB). The county
 * validator refuses a blob without that declaration, and CouchDB stores nothing when the bytes
 * do not match it (issue 8, finding 7).
 *
 * Per blob:  GET doc → present and same bytes? mark uploaded (nothing re-sent).
 *                    → absent (or without `data`)? check the bytes against their recorded MD5
 *                      (bytes that no longer match are set aside: `refuseUpload`, kind
 *                      'corrupt', never retried) → PUT → GET doc → same? mark.
 * - Idempotent: the document id is the hash, so a re-send can never make a second copy; the
 *   GET first means an already-stored blob costs a few hundred bytes, not its size again.
 * - Resumable: the `uploaded` flag is set only after the server's copy was verified. A crash
 *   between PUT and flag leaves the blob pending; the next run's GET finds it and marks it.
 *   A PUT cut off midway stores nothing on CouchDB (it commits an attachment only when
 *   complete); pouchdb-server keeps an EMPTY attachment instead, which the next run replaces
 *   (an empty copy of a non-empty blob is never the blob; validate-village.js must allow it).
 * - Never optimistic: a copy that differs is reported (`mismatch`) and never marked uploaded.
 * - Bounded: at most `concurrency` blobs in flight (2: rural uplinks; the replication of the
 *   documents shares the link). After a failed pass the next one waits with the replication's
 *   backoff (jittered, capped at 5 min); an offline answer ends the pass early.
 */

export interface BlobUploaderOptions {
  store: BlobStore;
  transport: CouchTransport;
  /** The village's blobs database (enrollment `databases.blobs`). */
  blobsDb: string;
  concurrency?: number;
  backoff?: BackoffOptions;
  /** Between passes when nothing failed (new blobs also start a pass at once). */
  idleIntervalMs?: number;
  random?: () => number;
  onFailure?: (error: BlobUploadError) => void;
}

export interface BlobUploadPass {
  /** Newly sent and verified. */
  uploaded: string[];
  /** Already on the server (an earlier run, or a crash before marking): marked without re-sending. */
  alreadyThere: string[];
  failed: { sha256: string; kind: BlobFailureKind; message: string }[];
  /** Not attempted because the server was unreachable. */
  skipped: number;
}

export interface BlobUploaderStatus {
  state: 'stopped' | 'uploading' | 'idle' | 'waiting';
  lastPass?: BlobUploadPass;
  /** Failures in a row (0 after a clean pass). */
  failedPasses: number;
}

export interface BlobUploader {
  /** One pass over the pending blobs; never throws for a blob's failure (see `failed`). */
  uploadPending(signal?: AbortSignal): Promise<BlobUploadPass>;
  /** Keeps uploading until stop(): a pass at once, after each new blob, and after waits. */
  start(): void;
  stop(): Promise<void>;
  /** Ends the current wait (network back, "sync now"). */
  wake(): void;
  status(): BlobUploaderStatus;
}

export function createBlobUploader(options: BlobUploaderOptions): BlobUploader {
  const { store, transport, blobsDb } = options;
  const concurrency = Math.max(1, options.concurrency ?? 2);
  const backoff = options.backoff ?? DEFAULT_BACKOFF;
  const idleIntervalMs = options.idleIntervalMs ?? 5 * 60_000;
  const dbPath = encodeURIComponent(blobsDb);
  let status: BlobUploaderStatus = { state: 'stopped', failedPasses: 0 };
  let loop: { controller: AbortController; done: Promise<void>; unsubscribe: () => void } | undefined;

  async function uploadOne(local: StoredBlobInfo, signal?: AbortSignal): Promise<'uploaded' | 'alreadyThere'> {
    const { sha256 } = local;
    const server = await readServerCopy(transport, blobsDb, sha256, signal);
    if (server?.attachment) {
      if ((await compareCopy(transport, blobsDb, local, server.attachment, signal)) === 'same') return mark(local, 'alreadyThere');
      if (!isEmptyCopy(server.attachment, local)) throw mismatch(local, server.attachment);
      // An empty county copy of a non-empty blob is an interrupted upload the server kept
      // (pouchdb-server does this when the link drops mid-PUT): replace it below, with its rev.
    }

    const bytes = await store.getBytes(sha256);
    if (!bytes) throw new BlobUploadError('server', sha256, 'the local copy disappeared');
    const md5 = await checkedMd5(local, bytes);
    const multipart = blobMultipart({ sha256, md5, mime: local.mime, bytes, ...(server ? { rev: server.rev } : {}) });
    const put = await requestBlob(
      transport,
      {
        method: 'PUT',
        path: `${dbPath}/${sha256}`,
        body: { kind: 'base64', data: bytesToBase64(multipart.body), contentType: multipart.contentType },
        // A large blob on a slow uplink: 100 KB/s moves 12 MB in two minutes.
        timeoutMs: 120_000,
      },
      sha256,
      signal,
    );
    if (put.status === 403 && server?.attachment) {
      throw new BlobUploadError('mismatch', sha256, 'the county keeps an empty copy of this blob and does not let the kiosk replace it; county IT must remove it');
    }
    if (put.status !== 201 && put.status !== 202 && put.status !== 409) throw statusError(sha256, 'uploading', put, true);
    // 409: stored meanwhile (our own earlier attempt whose answer was lost, or another kiosk).
    // Either way the county's copy is checked before the blob counts as uploaded.
    const after = await readServerCopy(transport, blobsDb, sha256, signal);
    if (!after?.attachment) throw new BlobUploadError('server', sha256, `the county answered ${put.status} but shows no copy`);
    if ((await compareCopy(transport, blobsDb, local, after.attachment, signal)) === 'different') throw mismatch(local, after.attachment);
    return mark(local, put.status === 409 ? 'alreadyThere' : 'uploaded');
  }

  /**
   * The MD5 to declare, after checking the bytes about to be sent against what was recorded when
   * the blob was stored: its MD5 (or, for a blob stored before MD5s were recorded, PouchDB's digest
   * of it), else its SHA-256 name. Bytes that no longer match are set aside ('corrupt'): sending
   * them would be refused by the county (or, worse, stored under a name that is not theirs), and
   * retrying cannot repair them.
   */
  async function checkedMd5(local: StoredBlobInfo, bytes: Uint8Array<ArrayBuffer>): Promise<string> {
    const md5 = md5Base64(bytes);
    const recorded = local.md5;
    const problem =
      recorded !== undefined
        ? md5 === recorded
          ? undefined
          : `the stored bytes no longer match the MD5 recorded when the blob was saved (${recorded}, now ${md5})`
        : (await sha256Hex(bytes)) === local.sha256
          ? undefined
          : 'the stored bytes no longer match the SHA-256 that names them';
    if (!problem) return md5;
    await store.refuseUpload(local.sha256, problem);
    throw new BlobUploadError('corrupt', local.sha256, `${problem}; set aside, never sent`);
  }

  async function mark<R extends 'uploaded' | 'alreadyThere'>(local: StoredBlobInfo, result: R): Promise<R> {
    await store.markUploaded(local.sha256);
    return result;
  }

  async function uploadPending(signal?: AbortSignal): Promise<BlobUploadPass> {
    const queue = await store.pendingUploads();
    const pass: BlobUploadPass = { uploaded: [], alreadyThere: [], failed: [], skipped: 0 };
    let offline = false;
    const worker = async () => {
      for (let next = queue.shift(); next; next = queue.shift()) {
        if (offline || signal?.aborted) {
          pass.skipped++;
          continue;
        }
        try {
          const local = await store.describe(next.sha256);
          if (!local || local.uploaded) continue;
          pass[await uploadOne(local, signal)].push(next.sha256);
        } catch (error) {
          if (signal?.aborted) {
            pass.skipped++;
            continue;
          }
          const failure = error instanceof BlobUploadError ? error : new BlobUploadError('server', next.sha256, describe(error), { cause: error });
          if (failure.kind === 'offline') offline = true;
          pass.failed.push({ sha256: failure.sha256, kind: failure.kind, message: failure.message });
          options.onFailure?.(failure);
        }
      }
    };
    await Promise.all(Array.from({ length: concurrency }, worker));
    return pass;
  }

  // The loop: one pass, then a wait (backoff after a failed pass, the idle interval otherwise)
  // that wake() ends early. A new blob wakes an idle loop but not one backing off: a kiosk
  // that is offline must not retry on every photo taken.
  let wakeRequested = false;
  let endWait: (() => void) | undefined;

  function wake(): void {
    wakeRequested = true;
    endWait?.();
  }

  function wait(ms: number, signal: AbortSignal): Promise<void> {
    if (wakeRequested || signal.aborted) return Promise.resolve();
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        signal.removeEventListener('abort', done);
        endWait = undefined;
        resolve();
      };
      const timer = setTimeout(done, ms);
      signal.addEventListener('abort', done, { once: true });
      endWait = done;
    });
  }

  async function run(signal: AbortSignal): Promise<void> {
    while (!signal.aborted) {
      wakeRequested = false; // this pass sees every blob stored so far
      status = { ...status, state: 'uploading' };
      const pass = await uploadPending(signal).catch((error: unknown): BlobUploadPass => {
        // The local store itself failed (IndexedDB): a failed pass; try again after a wait.
        const failure = new BlobUploadError('server', '', `local blob store: ${describe(error)}`, { cause: error });
        options.onFailure?.(failure);
        return { uploaded: [], alreadyThere: [], failed: [{ sha256: '', kind: 'server', message: failure.message }], skipped: 0 };
      });
      if (signal.aborted) break;
      // Only failures that waiting can cure drive the backoff; a rejected or mismatched blob is
      // retried at the idle pace and does not hold back the others; a corrupt one is set aside.
      const transient = pass.failed.some((failure) => failure.kind === 'offline' || failure.kind === 'server' || failure.kind === 'credentials');
      const failedPasses = transient ? status.failedPasses + 1 : 0;
      status = { state: failedPasses > 0 ? 'waiting' : 'idle', lastPass: pass, failedPasses };
      await wait(failedPasses > 0 ? backoffDelay(failedPasses, backoff, options.random) : idleIntervalMs, signal);
    }
  }

  return {
    uploadPending,
    start() {
      if (loop) return;
      const controller = new AbortController();
      const unsubscribe = store.onNewBlob(() => {
        if (status.failedPasses === 0) wake();
      });
      loop = { controller, done: run(controller.signal), unsubscribe };
    },
    async stop() {
      const current = loop;
      if (!current) return;
      loop = undefined;
      current.unsubscribe();
      current.controller.abort();
      await current.done;
      status = { ...status, state: 'stopped' };
    },
    wake,
    status: () => status,
  };
}

function isEmptyCopy(attachment: ServerAttachment, local: StoredBlobInfo): boolean {
  return attachment.length === 0 && local.bytes > 0;
}

function mismatch(local: StoredBlobInfo, attachment: ServerAttachment): BlobUploadError {
  return new BlobUploadError(
    'mismatch',
    local.sha256,
    `the county holds different bytes under this hash (${attachment.length ?? '?'} bytes there, ${local.bytes} here); county IT must remove the damaged copy`,
  );
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

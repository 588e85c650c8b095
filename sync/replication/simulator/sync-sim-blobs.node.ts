import { createHash } from 'node:crypto';
import type { ReportDocType } from '../../schema/report-schema';
import { openMemoryBlobPouch } from '../../blobs/blob-pouch-memory.node.js';
import { createBlobStore, type BlobRecord } from '../../blobs/blob-store';
import { createBlobUploader } from '../../blobs/blob-uploader';
import { couchJson } from '../transport/couch-http';
import type { CouchTransport } from '../transport/couch-transport';

/**
 * The simulator's blobs: `count` photos of `bytes` random-looking but deterministic bytes per
 * kiosk, stored in a local blob store (memory PouchDB) and uploaded with the blob uploader.
 * Report `i` references photo `i` (so "received" needs the blob too, as on a kiosk).
 */
export interface SimBlobs {
  local: number;
  note?: string;
  photoFor(index: number): Partial<ReportDocType>;
  upload(deadline: number): Promise<void>;
  countOnServer(): Promise<number>;
  close(): Promise<void>;
}

/** A real photo and voice note for report 0 (`--photo FILE --voice FILE`): what a county person looks at and listens to. */
export interface SimMedia {
  photo?: { bytes: Uint8Array; mime: string };
  voice?: { bytes: Uint8Array; mime: string; seconds: number };
}

export async function simulateBlobs(options: { count: number; bytes: number; kioskId: string; transport: CouchTransport; blobsDb: string; media?: SimMedia }): Promise<SimBlobs> {
  const media = options.media ?? {};
  if (options.count <= 0 && !media.photo && !media.voice) {
    return { local: 0, photoFor: () => ({}), upload: async () => undefined, countOnServer: async () => 0, close: async () => undefined };
  }
  const pouch = openMemoryBlobPouch(`sim-blobs-${options.kioskId}-${Date.now()}`);
  const store = createBlobStore(pouch);
  const records: BlobRecord[] = [];
  for (let index = 0; index < options.count; index++) {
    records.push(await store.putBlob(deterministicBytes(`${options.kioskId}/${index}`, options.bytes), 'image/jpeg'));
  }
  const photo = media.photo ? await store.putBlob(media.photo.bytes, media.photo.mime) : undefined;
  const voice = media.voice ? await store.putBlob(media.voice.bytes, media.voice.mime) : undefined;
  const uploader = createBlobUploader({ store, transport: options.transport, blobsDb: options.blobsDb, backoff: { baseMs: 200, capMs: 5_000 } });
  return {
    local: records.length + (photo ? 1 : 0) + (voice ? 1 : 0),
    photoFor: (index) => {
      const record = index === 0 && photo ? photo : records[index];
      const extra: Partial<ReportDocType> = record ? { photo: { sha256: record.sha256, mime: record.mime, bytes: record.bytes } } : {};
      if (index === 0 && voice && media.voice) extra.voiceNote = { sha256: voice.sha256, mime: voice.mime, bytes: voice.bytes, seconds: media.voice.seconds };
      return extra;
    },
    async upload(deadline) {
      while ((await store.pendingUploads()).length > 0) {
        if (Date.now() > deadline) throw new Error('blobs did not finish uploading before --timeout');
        const pass = await uploader.uploadPending();
        if (pass.failed.length > 0) await new Promise((resolve) => setTimeout(resolve, 500));
      }
    },
    async countOnServer() {
      const { body } = await couchJson<{ rows: { id: string; error?: string; value?: { deleted?: boolean } }[] }>(options.transport, {
        method: 'POST',
        path: `${encodeURIComponent(options.blobsDb)}/_all_docs`,
        json: { keys: [...records, ...(photo ? [photo] : []), ...(voice ? [voice] : [])].map((record) => record.sha256) },
      });
      return body.rows.filter((row) => !row.error && !row.value?.deleted).length;
    },
    async close() {
      await store.close();
    },
  };
}

/** Bytes that do not compress (like a JPEG) and are the same on every run. */
function deterministicBytes(seed: string, length: number): Uint8Array {
  const out = new Uint8Array(length);
  let block = createHash('sha256').update(seed).digest();
  for (let offset = 0; offset < length; offset += block.length) {
    out.set(block.subarray(0, Math.min(block.length, length - offset)), offset);
    block = createHash('sha256').update(block).digest();
  }
  return out;
}

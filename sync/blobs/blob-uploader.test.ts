import { createHash, randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createFakeBlobCouch } from './blob-fake-couch.node';
import { openMemoryBlobPouch } from './blob-pouch-memory.node';
import { createBlobStore, type BlobStore } from './blob-store';
import { createBlobUploader } from './blob-uploader';
import { TransportUnreachableError, type CouchTransport } from '../replication/transport/couch-transport';

const DB = 'village-qingshan-blobs';
let name = '';
let store: BlobStore | undefined;

function openStore(): BlobStore {
  name ||= `uploader-${randomUUID()}`;
  store = createBlobStore(openMemoryBlobPouch(name));
  return store;
}

afterEach(async () => {
  await store?.close();
  await openMemoryBlobPouch(name).destroy();
  name = '';
  store = undefined;
});

function bytesOf(seed: number, length = 2000): Uint8Array {
  return new Uint8Array(length).map((_, i) => (i * 13 + seed * 7) % 256);
}

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

describe('blob uploader: the MD5 it declares (issue 8, finding 7)', () => {
  const md5 = (bytes: Uint8Array) => createHash('md5').update(bytes).digest('base64');

  it('records the MD5 when a blob is stored and declares that one', async () => {
    const blobs = openStore();
    const couch = createFakeBlobCouch(DB);
    const bytes = bytesOf(21);
    const record = await blobs.putBlob(bytes, 'image/jpeg');
    expect((await blobs.describe(record.sha256))?.md5).toBe(md5(bytes));
    await createBlobUploader({ store: blobs, transport: couch.transport, blobsDb: DB }).uploadPending();
    expect(couch.puts.map((put) => put.doc.md5)).toEqual([md5(bytes)]);
  });

  it('sets aside a blob whose bytes no longer match their recorded MD5, says why, and never retries it', async () => {
    const blobs = openStore();
    const couch = createFakeBlobCouch(DB);
    const bytes = bytesOf(22);
    // The bytes the kiosk holds are not the ones whose MD5 it recorded (a damaged store).
    await openMemoryBlobPouch(name).put({
      _id: sha256(bytes),
      type: 'blob',
      mime: 'image/jpeg',
      bytes: bytes.length,
      uploaded: false,
      md5: md5(bytesOf(23)),
      _attachments: { data: { content_type: 'image/jpeg', data: Buffer.from(bytes) } },
    });
    const failures: string[] = [];
    const uploader = createBlobUploader({ store: blobs, transport: couch.transport, blobsDb: DB, onFailure: (error) => failures.push(error.kind) });
    const pass = await uploader.uploadPending();
    expect(pass.failed).toMatchObject([{ sha256: sha256(bytes), kind: 'corrupt', message: expect.stringMatching(/no longer match the MD5 recorded .*set aside, never sent/) }]);
    expect(failures).toEqual(['corrupt']);
    expect(couch.puts).toEqual([]);
    expect((await blobs.describe(sha256(bytes)))?.refused?.reason).toMatch(/no longer match the MD5/);
    expect(await blobs.pendingUploads()).toEqual([]);
    couch.requests.length = 0;
    expect(await uploader.uploadPending()).toEqual({ uploaded: [], alreadyThere: [], failed: [], skipped: 0 });
    expect(couch.requests).toEqual([]);
  });

  it('declares PouchDB\'s own digest for a blob stored before MD5s were recorded', async () => {
    const blobs = openStore();
    const couch = createFakeBlobCouch(DB);
    const bytes = bytesOf(24);
    await openMemoryBlobPouch(name).put({
      _id: sha256(bytes),
      type: 'blob',
      mime: 'image/png',
      bytes: bytes.length,
      uploaded: false,
      _attachments: { data: { content_type: 'image/png', data: Buffer.from(bytes) } },
    });
    expect((await blobs.describe(sha256(bytes)))?.md5).toBe(md5(bytes));
    expect(await createBlobUploader({ store: blobs, transport: couch.transport, blobsDb: DB }).uploadPending()).toMatchObject({ uploaded: [sha256(bytes)] });
    expect(couch.puts.map((put) => put.doc.md5)).toEqual([md5(bytes)]);
  });
});

describe('blob uploader: one pass', () => {
  it('puts each pending blob as raw bytes with its declared MD5, verifies the county copy and marks it uploaded', async () => {
    const blobs = openStore();
    const couch = createFakeBlobCouch(DB);
    const a = await blobs.putBlob(bytesOf(1), 'image/jpeg');
    const b = await blobs.putBlob(bytesOf(2, 3000), 'audio/webm;codecs=opus');
    const pass = await createBlobUploader({ store: blobs, transport: couch.transport, blobsDb: DB }).uploadPending();
    expect(pass).toEqual({ uploaded: [a.sha256, b.sha256].sort(), alreadyThere: [], failed: [], skipped: 0 });
    expect(await blobs.pendingUploads()).toEqual([]);
    for (const record of [a, b]) {
      const stored = couch.docs.get(record.sha256)?.attachments.get('data');
      expect(sha256(stored!.bytes)).toBe(record.sha256);
      expect(stored?.contentType).toBe(record.mime);
    }
    const puts = couch.requests.filter((r) => r.method === 'PUT');
    expect(puts.map((r) => r.path).sort()).toEqual([`${DB}/${a.sha256}`, `${DB}/${b.sha256}`].sort());
    // One multipart/related document PUT per blob: the raw bytes plus a few hundred bytes of JSON.
    const [small, large] = puts.map((r) => r.bodyBytes).sort((x, y) => x - y);
    expect(small! - 2000).toBeGreaterThan(0);
    expect(small! - 2000).toBeLessThan(700);
    expect(large! - 3000).toBeLessThan(700);
    for (const record of [a, b]) {
      const md5 = createHash('md5').update(couch.docs.get(record.sha256)!.attachments.get('data')!.bytes).digest('base64');
      expect(couch.puts.find((put) => put.id === record.sha256)?.doc).toMatchObject({ md5, _attachments: { data: { follows: true, digest: `md5-${md5}`, length: record.bytes } } });
    }
  });

  it('does not send a blob the county already holds; a second pass sends nothing at all', async () => {
    const blobs = openStore();
    const couch = createFakeBlobCouch(DB);
    const bytes = bytesOf(3);
    const record = await blobs.putBlob(bytes, 'image/png');
    couch.seed(record.sha256, bytes, 'image/png');
    const uploader = createBlobUploader({ store: blobs, transport: couch.transport, blobsDb: DB });
    expect(await uploader.uploadPending()).toMatchObject({ uploaded: [], alreadyThere: [record.sha256], failed: [] });
    expect(couch.requests.filter((r) => r.method === 'PUT')).toEqual([]);
    couch.requests.length = 0;
    expect(await uploader.uploadPending()).toMatchObject({ uploaded: [], alreadyThere: [] });
    expect(couch.requests).toEqual([]);
  });

  it('resumes after a crash between the PUT and the mark without sending the bytes again', async () => {
    const blobs = openStore();
    const couch = createFakeBlobCouch(DB);
    const record = await blobs.putBlob(bytesOf(4), 'image/jpeg');
    // The process dies right after the server accepted the PUT: its answer never arrives.
    const crashing: CouchTransport = {
      async request(request, signal) {
        const response = await couch.transport.request(request, signal);
        if (request.method === 'PUT') throw new TransportUnreachableError('process killed');
        return response;
      },
    };
    const first = await createBlobUploader({ store: blobs, transport: crashing, blobsDb: DB }).uploadPending();
    expect(first.failed).toMatchObject([{ sha256: record.sha256, kind: 'offline' }]);
    expect(await blobs.pendingUploads()).toEqual([record]);
    await blobs.close();

    const restarted = openStore();
    couch.requests.length = 0;
    const second = await createBlobUploader({ store: restarted, transport: couch.transport, blobsDb: DB }).uploadPending();
    expect(second).toMatchObject({ alreadyThere: [record.sha256], failed: [] });
    expect(couch.requests.map((r) => r.method)).toEqual(['GET']);
    expect(couch.docs.get(record.sha256)?.rev).toBe(1);
    expect(await restarted.blobsUploaded([record.sha256])).toBe(true);
  });

  it('adds the attachment with the current revision when the county document exists without it', async () => {
    const blobs = openStore();
    const couch = createFakeBlobCouch(DB);
    const record = await blobs.putBlob(bytesOf(5), 'image/jpeg');
    couch.docs.set(record.sha256, { rev: 3, attachments: new Map() });
    expect(await createBlobUploader({ store: blobs, transport: couch.transport, blobsDb: DB }).uploadPending()).toMatchObject({ uploaded: [record.sha256] });
    expect(couch.puts[0]?.doc._rev).toBe('3-fake');
  });

  it('stops the pass at the first offline answer and keeps everything pending', async () => {
    const blobs = openStore();
    for (let i = 0; i < 6; i++) await blobs.putBlob(bytesOf(10 + i), 'image/jpeg');
    const calls = vi.fn(async () => ({ status: 0, body: { kind: 'none' as const } }));
    const pass = await createBlobUploader({ store: blobs, transport: { request: calls }, blobsDb: DB }).uploadPending();
    expect(pass.failed.every((f) => f.kind === 'offline')).toBe(true);
    expect(pass.failed.length).toBeLessThanOrEqual(2);
    expect(pass.skipped).toBe(6 - pass.failed.length);
    expect(calls.mock.calls.length).toBeLessThanOrEqual(2);
    expect(await blobs.pendingUploads()).toHaveLength(6);
  });

  it('never marks a blob whose county copy differs, and says so', async () => {
    const blobs = openStore();
    const couch = createFakeBlobCouch(DB);
    const bytes = bytesOf(6);
    const record = await blobs.putBlob(bytes, 'image/jpeg');
    couch.seed(record.sha256, bytes, 'image/jpeg', { digest: 'md5-AAAAAAAAAAAAAAAAAAAAAA==' });
    const pass = await createBlobUploader({ store: blobs, transport: couch.transport, blobsDb: DB }).uploadPending();
    expect(pass.failed).toMatchObject([{ sha256: record.sha256, kind: 'mismatch', message: expect.stringMatching(/different bytes/) }]);
    expect(await blobs.blobsUploaded([record.sha256])).toBe(false);
  });

  it('replaces an empty county copy (an interrupted upload the server kept) using its revision', async () => {
    const blobs = openStore();
    const couch = createFakeBlobCouch(DB);
    const bytes = bytesOf(9);
    const record = await blobs.putBlob(bytes, 'image/jpeg');
    couch.seed(record.sha256, new Uint8Array(0), 'image/jpeg');
    expect(await createBlobUploader({ store: blobs, transport: couch.transport, blobsDb: DB }).uploadPending()).toMatchObject({ uploaded: [record.sha256], failed: [] });
    expect(couch.puts[0]?.doc._rev).toBe('1-fake');
    expect(sha256(couch.docs.get(record.sha256)!.attachments.get('data')!.bytes)).toBe(record.sha256);
  });

  it('reports an empty county copy the server will not let it replace as a mismatch', async () => {
    const blobs = openStore();
    const couch = createFakeBlobCouch(DB);
    const record = await blobs.putBlob(bytesOf(10), 'image/jpeg');
    couch.seed(record.sha256, new Uint8Array(0), 'image/jpeg');
    const refusing: CouchTransport = {
      request: (request, signal) =>
        request.method === 'PUT'
          ? Promise.resolve({ status: 403, body: { kind: 'json', json: { error: 'forbidden', reason: 'blob attachment data cannot be changed' } } })
          : couch.transport.request(request, signal),
    };
    const pass = await createBlobUploader({ store: blobs, transport: refusing, blobsDb: DB }).uploadPending();
    expect(pass.failed).toMatchObject([{ kind: 'mismatch', message: expect.stringMatching(/empty copy/) }]);
    expect(await blobs.blobsUploaded([record.sha256])).toBe(false);
  });

  it('verifies a compressed county copy by downloading and hashing it', async () => {
    const blobs = openStore();
    const couch = createFakeBlobCouch(DB);
    const bytes = bytesOf(7);
    const record = await blobs.putBlob(bytes, 'text/plain');
    couch.seed(record.sha256, bytes, 'text/plain', { encoding: 'gzip', digest: 'md5-digestOfTheGzippedBytes==' });
    expect(await createBlobUploader({ store: blobs, transport: couch.transport, blobsDb: DB }).uploadPending()).toMatchObject({ alreadyThere: [record.sha256] });
    expect(couch.requests.map((r) => `${r.method} ${r.path.split('/').length}`)).toEqual(['GET 2', 'GET 3']);
  });

  it('reports a blob the validator refuses as rejected', async () => {
    const blobs = openStore();
    const record = await blobs.putBlob(bytesOf(8), 'image/jpeg');
    const transport: CouchTransport = {
      request: async (request) =>
        request.method === 'PUT'
          ? { status: 403, body: { kind: 'json', json: { error: 'forbidden', reason: 'a blob document must carry its attachment' } } }
          : { status: 404, body: { kind: 'json', json: { error: 'not_found' } } },
    };
    const pass = await createBlobUploader({ store: blobs, transport, blobsDb: DB }).uploadPending();
    expect(pass.failed).toMatchObject([{ sha256: record.sha256, kind: 'rejected', message: expect.stringMatching(/must carry its attachment/) }]);
  });

  it('keeps at most two blobs in flight', async () => {
    const blobs = openStore();
    const couch = createFakeBlobCouch(DB);
    couch.transport.delayMs = 5;
    for (let i = 0; i < 8; i++) await blobs.putBlob(bytesOf(20 + i), 'image/jpeg');
    const pass = await createBlobUploader({ store: blobs, transport: couch.transport, blobsDb: DB }).uploadPending();
    expect(pass.uploaded).toHaveLength(8);
    expect(couch.maxInFlight()).toBe(2);
  });
});

describe('blob uploader: loop', () => {
  it('uploads new blobs as they arrive, backs off while offline, retries on wake, and stops', async () => {
    const blobs = openStore();
    const couch = createFakeBlobCouch(DB);
    let online = false;
    const transport: CouchTransport = {
      request: (request, signal) => (online ? couch.transport.request(request, signal) : Promise.reject(new TransportUnreachableError('offline'))),
    };
    const uploader = createBlobUploader({ store: blobs, transport, blobsDb: DB, backoff: { baseMs: 60_000, capMs: 60_000 }, idleIntervalMs: 60_000 });
    uploader.start();
    const record = await blobs.putBlob(bytesOf(30), 'image/jpeg');
    await vi.waitFor(() => expect(uploader.status()).toMatchObject({ state: 'waiting', failedPasses: 1 }));
    expect(await blobs.pendingUploads()).toEqual([record]);

    online = true;
    uploader.wake();
    await vi.waitFor(() => expect(uploader.status()).toMatchObject({ state: 'idle', failedPasses: 0 }));
    expect(await blobs.blobsUploaded([record.sha256])).toBe(true);

    const later = await blobs.putBlob(bytesOf(31), 'image/jpeg');
    await vi.waitFor(async () => expect(await blobs.blobsUploaded([later.sha256])).toBe(true));
    await uploader.stop();
    expect(uploader.status().state).toBe('stopped');
  });
});

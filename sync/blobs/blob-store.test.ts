import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { openMemoryBlobPouch } from './blob-pouch-memory.node';
import { createBlobStore, type BlobStore } from './blob-store';

const ABC_SHA256 = 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad';
const abc = new TextEncoder().encode('abc');

let name: string;
let opened: BlobStore[] = [];
function open(): BlobStore {
  const store = createBlobStore(openMemoryBlobPouch(name));
  opened.push(store);
  return store;
}

afterEach(async () => {
  for (const store of opened) await store.close();
  opened = [];
  await openMemoryBlobPouch(name).destroy();
});

describe('blob store', () => {
  it('names a blob by the SHA-256 of its bytes and gives the same bytes back', async () => {
    name = `blobs-${randomUUID()}`;
    const store = open();
    expect(await store.putBlob(abc, 'text/plain')).toEqual({ sha256: ABC_SHA256, bytes: 3, mime: 'text/plain' });
    expect(await store.getBytes(ABC_SHA256)).toEqual(abc);
    const blob = await store.getBlob(ABC_SHA256);
    expect(blob?.type).toBe('text/plain');
    expect(new Uint8Array(await blob!.arrayBuffer())).toEqual(abc);
    expect(await store.hasBlob(ABC_SHA256)).toBe(true);
    expect(await store.describe(ABC_SHA256)).toMatchObject({ uploaded: false, md5Digest: expect.stringMatching(/^md5-/) });
  });

  it('accepts a Blob and stores the same bytes once however often they are put', async () => {
    name = `blobs-${randomUUID()}`;
    const store = open();
    const bytes = new Uint8Array(50_000).map((_, i) => (i * 31) % 251);
    const first = await store.putBlob(new Blob([bytes], { type: 'image/jpeg' }), 'image/jpeg');
    const raw = openMemoryBlobPouch(name);
    const revBefore = (await raw.get(first.sha256))._rev;
    const second = await store.putBlob(bytes, 'image/jpeg');
    const concurrent = await Promise.all([store.putBlob(bytes, 'image/jpeg'), store.putBlob(bytes, 'image/jpeg')]);
    expect([second, ...concurrent]).toEqual([first, first, first]);
    // No new revision, no second document: the bytes are stored once.
    expect((await raw.get(first.sha256))._rev).toBe(revBefore);
    expect((await raw.allDocs({ include_docs: true })).rows).toHaveLength(1);
    // (not closed: handles of one memory database share it, afterEach destroys it)
    expect(await store.pendingUploads()).toEqual([first]);
  });

  it('keeps the upload state across a restart', async () => {
    name = `blobs-${randomUUID()}`;
    const store = open();
    const a = await store.putBlob(abc, 'text/plain');
    const b = await store.putBlob(new Uint8Array([1, 2, 3]), 'application/octet-stream');
    await store.markUploaded(a.sha256);
    await store.close();
    opened = [];

    const reopened = open();
    expect(await reopened.pendingUploads()).toEqual([b]);
    expect(await reopened.getBytes(a.sha256)).toEqual(abc);
    expect(await reopened.uploadStates([a.sha256, b.sha256, '0'.repeat(64)])).toEqual({
      [a.sha256]: 'uploaded',
      [b.sha256]: 'pending',
      ['0'.repeat(64)]: 'absent',
    });
  });

  it('answers blobsUploaded only when every blob is held and verified', async () => {
    name = `blobs-${randomUUID()}`;
    const store = open();
    const a = await store.putBlob(abc, 'text/plain');
    const b = await store.putBlob(new Uint8Array([9]), 'image/png');
    expect(await store.blobsUploaded([])).toBe(true);
    expect(await store.blobsUploaded([a.sha256, b.sha256])).toBe(false);
    await store.markUploaded(a.sha256);
    expect(await store.blobsUploaded([a.sha256])).toBe(true);
    expect(await store.blobsUploaded([a.sha256, b.sha256])).toBe(false);
    await store.markUploaded(b.sha256);
    await store.markUploaded(b.sha256);
    expect(await store.blobsUploaded([a.sha256, b.sha256])).toBe(true);
    expect(await store.blobsUploaded([a.sha256, 'f'.repeat(64)])).toBe(false);
  });

  it('tells listeners about new blobs only', async () => {
    name = `blobs-${randomUUID()}`;
    const store = open();
    const seen: string[] = [];
    const unsubscribe = store.onNewBlob((record) => seen.push(record.sha256));
    await store.putBlob(abc, 'text/plain');
    await store.putBlob(abc, 'text/plain');
    unsubscribe();
    await store.putBlob(new Uint8Array([7]), 'image/png');
    expect(seen).toEqual([ABC_SHA256]);
  });

  it('refuses invalid content types and ids', async () => {
    name = `blobs-${randomUUID()}`;
    const store = open();
    await expect(store.putBlob(abc, 'not a mime')).rejects.toThrow(/content type/);
    await expect(store.getBytes('../_users')).rejects.toThrow(/not a blob id/);
    await expect(store.markUploaded('a'.repeat(64))).rejects.toThrow(/not in the local store/);
    expect(await store.getBytes('a'.repeat(64))).toBeUndefined();
  });
});

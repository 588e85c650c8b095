import { afterEach, describe, expect, it } from 'vitest';
import { createBlobStore, type BlobStore } from './blob-store';
import { openMemoryBlobPouch } from './blob-pouch-memory.node';
import { sweepUnreferencedBlobs } from './blob-sweep';

const HOUR = 60 * 60 * 1000;
let store: BlobStore | undefined;
afterEach(async () => {
  await store?.close();
  store = undefined;
});

function bytes(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}

describe('sweeping blobs nothing references', () => {
  it('removes an unreferenced blob only after the grace period, never a referenced or a young one', async () => {
    let clock = new Date('2025-03-01T00:00:00Z');
    const name = `sweep-${Math.random().toString(36).slice(2)}`;
    store = createBlobStore(openMemoryBlobPouch(name), { now: () => clock });
    const kept = await store.putBlob(bytes('a report photo'), 'image/jpeg');
    const leftover = await store.putBlob(bytes('a failed save'), 'audio/webm');
    const referenced = async () => new Set([kept.sha256]);

    // Stored by this process moments ago: kept whatever the kiosk clock says.
    clock = new Date('2025-03-05T00:00:00Z');
    expect(await sweepUnreferencedBlobs({ store, referenced, graceMs: 24 * HOUR })).toEqual({ removed: [], graceStarted: [] });

    // After a restart (no memory of the puts), past the grace: only the leftover goes.
    const restarted = createBlobStore(openMemoryBlobPouch(name), { now: () => clock });
    const result = await sweepUnreferencedBlobs({ store: restarted, referenced, graceMs: 24 * HOUR, now: () => clock });
    expect(result.removed).toEqual([leftover.sha256]);
    expect(await restarted.hasBlob(kept.sha256)).toBe(true);
    expect(await restarted.hasBlob(leftover.sha256)).toBe(false);
  });

  it('starts the grace period of blobs stored before storedAt existed, and keeps a blob from the future', async () => {
    const name = `sweep-${Math.random().toString(36).slice(2)}`;
    const pouch = openMemoryBlobPouch(name);
    await pouch.put({ _id: 'a'.repeat(64), type: 'blob', mime: 'image/jpeg', bytes: 1, uploaded: false, _attachments: { data: { content_type: 'image/jpeg', data: Buffer.from('x') } } });
    await pouch.put({ _id: 'b'.repeat(64), type: 'blob', mime: 'image/jpeg', bytes: 1, uploaded: true, storedAt: '2030-01-01T00:00:00Z', _attachments: { data: { content_type: 'image/jpeg', data: Buffer.from('y') } } });
    store = createBlobStore(pouch);
    const now = () => new Date('2025-03-01T00:00:00Z');
    const nothing = async () => new Set<string>();
    expect(await sweepUnreferencedBlobs({ store, referenced: nothing, graceMs: HOUR, now })).toEqual({ removed: [], graceStarted: ['a'.repeat(64)] });
    const later = () => new Date('2025-03-01T02:00:00Z');
    expect((await sweepUnreferencedBlobs({ store, referenced: nothing, graceMs: HOUR, now: later })).removed).toEqual(['a'.repeat(64)]);
    expect(await store.hasBlob('b'.repeat(64))).toBe(true);
  });
});

import { describe, expect, it } from 'vitest';
import type { BlobRecord, BlobUploadState } from '#sync/blobs/blob-store';
import { createBlobProgressCache } from './blob-progress-cache';

const A = 'a'.repeat(64);
const B = 'b'.repeat(64);

function fakeStore(states: Record<string, BlobUploadState>) {
  const newBlob = new Set<(record: BlobRecord) => void>();
  return {
    states,
    uploadStates: async (shas: readonly string[]) => Object.fromEntries(shas.map((sha) => [sha, states[sha] ?? 'absent'])),
    pendingUploads: async () => Object.entries(states).flatMap(([sha256, state]) => (state === 'pending' ? [{ sha256, bytes: 1, mime: 'image/jpeg' }] : [])),
    onNewBlob: (listener: (record: BlobRecord) => void) => {
      newBlob.add(listener);
      return () => newBlob.delete(listener);
    },
    emitNew: (sha256: string) => newBlob.forEach((listener) => listener({ sha256, bytes: 1, mime: 'image/jpeg' })),
  };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('blob progress cache', () => {
  it('answers "not uploaded" until the store has said otherwise, then follows refreshes', async () => {
    const store = fakeStore({ [A]: 'pending' });
    const cache = createBlobProgressCache({ store });
    let heard = 0;
    cache.subscribe?.(() => heard++);
    expect(cache.hashesUploaded([A])).toBe(false); // unknown: never "received" early
    await cache.refresh();
    expect(cache.pendingCount()).toBe(1);
    store.states[A] = 'uploaded';
    await cache.refresh();
    expect(cache.hashesUploaded([A])).toBe(true);
    expect(cache.pendingCount()).toBe(0);
    expect(heard).toBeGreaterThan(0);
    expect(cache.hashesUploaded([])).toBe(true);
  });

  it('a blob this kiosk does not hold counts only once the county shows a copy', async () => {
    const store = fakeStore({});
    const asked: string[] = [];
    const cache = createBlobProgressCache({ store, serverHas: async (sha) => (asked.push(sha), sha === B) });
    expect(cache.hashesUploaded([A, B])).toBe(false);
    await settle();
    await settle();
    expect(asked.sort()).toEqual([A, B]);
    expect(cache.hashesUploaded([B])).toBe(true);
    expect(cache.hashesUploaded([A])).toBe(false);
  });

  it('a new blob refreshes the pending count', async () => {
    const store = fakeStore({});
    const cache = createBlobProgressCache({ store });
    store.states[A] = 'pending';
    store.emitNew(A);
    await settle();
    expect(cache.pendingCount()).toBe(1);
    cache.stop();
  });
});

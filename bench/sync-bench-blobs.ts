import { randomBytes } from 'node:crypto';
import { openMemoryBlobPouch } from '#sync/blobs/blob-pouch-memory.node';
import { createBlobStore } from '#sync/blobs/blob-store';
import { createBlobUploader } from '#sync/blobs/blob-uploader';
import { createDirectCouchTransport } from '#sync/replication/transport/direct-couch-transport.node';
import type { TestCouch } from '#test-support/couch/index';
import { startFaultProxy } from '#test-support/fault-proxy/index';
import { provisionBenchVillage } from './sync-bench-village';

/**
 * Blobs: `count` incompressible blobs through the blob uploader (one multipart/related `PUT` of each blob, raw bytes),
 * through a counting TCP proxy so every byte on the wire is counted, headers and JSON included.
 */
export async function runBlobBench(couch: TestCouch, count: number, bytes: number) {
  const village = await provisionBenchVillage(couch.admin, couch.prefix, couch.village('blobs'));
  const store = createBlobStore(openMemoryBlobPouch(`bench-blobs-${Date.now()}`));
  let blobBytes = 0;
  for (let i = 0; i < count; i++) {
    const data = new Uint8Array(randomBytes(bytes));
    blobBytes += (await store.putBlob(data, 'image/jpeg')).bytes;
  }
  const proxy = await startFaultProxy({ host: '127.0.0.1', port: Number(new URL(couch.baseUrl).port) });
  try {
    const transport = createDirectCouchTransport({ url: proxy.url, credentials: { username: village.username, password: village.password } });
    const uploader = createBlobUploader({ store, transport, blobsDb: village.databases.blobs });
    const started = performance.now();
    while ((await store.pendingUploads()).length > 0) {
      const pass = await uploader.uploadPending();
      if (pass.failed.length > 0) throw new Error(`blob upload failed: ${pass.failed[0]?.message}`);
    }
    const seconds = (performance.now() - started) / 1000;
    return { seconds, blobBytes, wireUp: proxy.stats.bytesUp, wireDown: proxy.stats.bytesDown, ratio: proxy.stats.bytesUp / blobBytes };
  } finally {
    await proxy.stop();
    await store.close();
  }
}

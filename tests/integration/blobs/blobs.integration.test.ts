import { createHash, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { CountyRequest, CountyResponse } from '#common/county-proxy-contract';
import { dispatchHostRequest } from '#common/dispatch-host-request';
import { createCountyProxyService } from '#host/county/county-proxy';
import { createMemoryCredentialStore } from '#host/county/memory-credential-store';
import { openMemoryBlobPouch } from '#sync/blobs/blob-pouch-memory.node';
import { createBlobStore, type BlobRecord, type BlobStore } from '#sync/blobs/blob-store';
import { createBlobUploader } from '#sync/blobs/blob-uploader';
import { TransportUnreachableError, type CouchTransport } from '#sync/replication/transport/couch-transport';
import type { EnrollmentFile } from '#sync/county-cli/enrollment-file';
import { startCouch, type TestCouch } from '../../support/couch/start-couch';
import { provisionKiosk } from '../county-proxy/provision-kiosk';
import { startCountingProxy, type CountingProxy } from './counting-proxy';

/**
 * Blobs from the kiosk's store to the village blobs database on a real CouchDB-compatible
 * server, through the real host county proxy and the host contract's validation (base64 on
 * the local hop), with a counting TCP proxy standing in for the rural uplink.
 */

let couch: TestCouch;
let uplink: CountingProxy;
let kiosk: EnrollmentFile;
let transport: CouchTransport;
let workDir: string;
let stores: BlobStore[] = [];
const hostLog: string[] = [];

beforeAll(async () => {
  couch = await startCouch();
  const server = new URL(couch.baseUrl);
  uplink = await startCountingProxy({ host: server.hostname, port: Number(server.port) });
  kiosk = await provisionKiosk(couch, { village: couch.village('blobs'), couchUrl: uplink.url });
  const county = createCountyProxyService({ store: createMemoryCredentialStore(), log: (line) => hostLog.push(line) });
  await county.enroll(JSON.stringify(kiosk));
  const handlers = { 'county.request': (request: CountyRequest) => county.request(request) } as never;
  transport = {
    // What the renderer's host transport does: the contract round trip, status 0 → unreachable.
    async request(request) {
      const response = (await dispatchHostRequest(handlers, 'county.request', request)) as CountyResponse;
      if (response.status === 0) throw new TransportUnreachableError('county server unreachable');
      return response;
    },
  };
  workDir = mkdtempSync(path.join(tmpdir(), 'kiosk-blobs-'));
});

afterEach(async () => {
  for (const store of stores) await store.close();
  stores = [];
});

afterAll(async () => {
  await uplink?.close();
  await couch?.stop();
  if (workDir) rmSync(workDir, { recursive: true, force: true });
});

function openStore(name: string): BlobStore {
  const store = createBlobStore(openMemoryBlobPouch(name));
  stores.push(store);
  return store;
}

/** Incompressible bytes, like a JPEG or an opus recording. */
function randomBlob(size: number): Uint8Array {
  const bytes = new Uint8Array(size);
  for (let offset = 0; offset < size; offset += 65_536) crypto.getRandomValues(bytes.subarray(offset, Math.min(size, offset + 65_536)));
  return bytes;
}

async function downloadSha256(sha256: string): Promise<string> {
  const response = await transport.request({ method: 'GET', path: `${kiosk.databases.blobs}/${sha256}/data` });
  expect(response.status).toBe(200);
  if (response.body.kind !== 'base64') throw new Error(`expected binary, got ${response.body.kind}`);
  return createHash('sha256').update(Buffer.from(response.body.data, 'base64')).digest('hex');
}

/** The server's attachment stub for a blob once it stops changing (up to 2 s), or undefined. */
async function settledServerCopy(sha256: string): Promise<{ length?: number } | undefined> {
  let last: string | undefined;
  for (let i = 0; i < 10; i++) {
    await new Promise((resolve) => setTimeout(resolve, 200));
    const doc = await couch.admin.getDoc<{ _id: string; _attachments?: Record<string, { length?: number }> }>(kiosk.databases.blobs, sha256);
    const now = JSON.stringify(doc ?? null);
    if (i >= 4 && now === last) return doc?._attachments?.data;
    last = now;
  }
  throw new Error('the server copy kept changing');
}

async function serverRevs(): Promise<Map<string, string>> {
  const { rows } = await couch.admin.allDocs(kiosk.databases.blobs);
  return new Map(rows.filter((row) => !row.id.startsWith('_design/')).map((row) => [row.id, row.value.rev]));
}

describe('blob upload to the county', () => {
  let twenty: BlobRecord[] = [];
  let twentyBytes: Uint8Array[] = [];

  it('carries 20 × 150 KB blobs with at most 1.05× their size on the wire, and they arrive intact', async () => {
    const name = `kiosk-${randomUUID()}`;
    const store = openStore(name);
    twentyBytes = Array.from({ length: 20 }, () => randomBlob(150 * 1024));
    twenty = [];
    for (const bytes of twentyBytes) twenty.push(await store.putBlob(bytes, 'image/jpeg'));
    const blobBytes = twenty.reduce((sum, blob) => sum + blob.bytes, 0);

    uplink.reset();
    const pass = await createBlobUploader({ store, transport, blobsDb: kiosk.databases.blobs }).uploadPending();
    const up = uplink.upstreamBytes();
    const down = uplink.downstreamBytes();

    expect(pass.failed).toEqual([]);
    expect(pass.uploaded).toHaveLength(20);
    expect(await store.pendingUploads()).toEqual([]);
    expect(await store.blobsUploaded(twenty.map((blob) => blob.sha256))).toBe(true);
    const ratio = (up + down) / blobBytes;
    console.log(
      `wire: blobs ${blobBytes} B; upstream ${up} B (${(up / blobBytes).toFixed(4)}×); downstream ${down} B; total ${(ratio).toFixed(4)}×`,
    );
    expect(up).toBeGreaterThanOrEqual(blobBytes);
    expect(ratio).toBeLessThanOrEqual(1.05);

    for (const blob of twenty) expect(await downloadSha256(blob.sha256)).toBe(blob.sha256);
  });

  it('re-sending the same blobs stores no second copy and sends no blob bytes', async () => {
    expect(twenty).toHaveLength(20);
    const before = await serverRevs();
    // Another kiosk install (fresh local store) holding the same bytes.
    const store = openStore(`kiosk-${randomUUID()}`);
    for (const bytes of twentyBytes) await store.putBlob(bytes, 'image/jpeg');
    uplink.reset();
    const pass = await createBlobUploader({ store, transport, blobsDb: kiosk.databases.blobs }).uploadPending();
    expect(pass).toMatchObject({ uploaded: [], failed: [] });
    expect(pass.alreadyThere).toHaveLength(20);
    expect(uplink.upstreamBytes()).toBeLessThan(20 * 1024);
    expect(await serverRevs()).toEqual(before);

    // Even a naive PUT of the same bytes without a revision cannot make a second copy.
    // Apache CouchDB answers this 409 before it reads the body and closes the connection
    // (`Connection: close`); the client is then still sending, and through a proxy the answer
    // is sometimes lost to the reset (measured: 1 in 100 here). Then there is no answer at all,
    // which the uploader treats as offline and retries. pouchdb-server reads the whole body
    // first and runs the validator, which refuses a raw attachment PUT (no declared MD5: 403).
    const naive = await transport
      .request({
        method: 'PUT',
        path: `${kiosk.databases.blobs}/${twenty[0]!.sha256}/data`,
        body: { kind: 'base64', data: Buffer.from(twentyBytes[0]!).toString('base64'), contentType: 'image/jpeg' },
      })
      .then(
        (response) => response.status,
        (error: unknown) => {
          if (error instanceof TransportUnreachableError) return 'no answer';
          throw error;
        },
      );
    expect(couch.flavour === 'couchdb' ? [409, 'no answer'] : [403, 409]).toContain(naive);
    expect(await serverRevs()).toEqual(before);
  });

  it('resumes after the link drops in the middle of a PUT, never counting a damaged copy as uploaded', async () => {
    const name = `kiosk-${randomUUID()}`;
    const store = openStore(name);
    const blob = await store.putBlob(randomBlob(400 * 1024), 'image/jpeg');
    // Cut after the GET (a few hundred bytes) and about half of the PUT body. pouchdb-server
    // (the fallback test server) exits on a multipart upload cut off midway (multiparty throws
    // "Request aborted" unhandled: sync/couchdb/README.md), so there the link drops in the GET.
    uplink.cutOnceAfter(couch.flavour === 'couchdb' ? 200 * 1024 : 100);
    const uploader = createBlobUploader({ store, transport, blobsDb: kiosk.databases.blobs, concurrency: 1 });
    const first = await uploader.uploadPending();
    expect(uplink.cuts()).toBe(1);
    expect(first.failed).toMatchObject([{ sha256: blob.sha256, kind: 'offline' }]);
    expect(await store.pendingUploads()).toEqual([blob]);

    // CouchDB commits nothing of a cut-off PUT. pouchdb-server (the default test server) keeps
    // an EMPTY attachment, a moment later: wait for the server to settle before going on.
    const damaged = await settledServerCopy(blob.sha256);
    if (damaged) {
      expect(damaged.length).toBe(0);
      // The kiosk replaces it if the validator allows that, else it reports the mismatch and
      // keeps the blob pending; it never marks a damaged copy as uploaded.
      const second = await uploader.uploadPending();
      if (second.failed.length > 0) {
        expect(second.failed).toMatchObject([{ sha256: blob.sha256, kind: 'mismatch' }]);
        expect(await store.blobsUploaded([blob.sha256])).toBe(false);
        // County IT removes the damaged copy (`county` CLI / admin); the next run uploads again.
        const doc = await couch.admin.getDoc(kiosk.databases.blobs, blob.sha256);
        await couch.admin.deleteDoc(kiosk.databases.blobs, blob.sha256, doc!._rev!);
      }
    }
    const final = await uploader.uploadPending();
    expect(final.failed).toEqual([]);
    expect(await store.blobsUploaded([blob.sha256])).toBe(true);
    expect(await downloadSha256(blob.sha256)).toBe(blob.sha256);
  });

  it('resumes after a crash between the PUT and recording it, without sending the bytes again', async () => {
    const name = `kiosk-${randomUUID()}`;
    const store = openStore(name);
    const blob = await store.putBlob(randomBlob(150 * 1024), 'audio/webm;codecs=opus');
    const crashing: CouchTransport = {
      async request(request, signal) {
        const response = await transport.request(request, signal);
        if (request.method === 'PUT') throw new Error('kiosk process killed before the answer was handled');
        return response;
      },
    };
    const crashed = await createBlobUploader({ store, transport: crashing, blobsDb: kiosk.databases.blobs }).uploadPending();
    expect(crashed.failed).toHaveLength(1);
    const revAfterCrash = (await serverRevs()).get(blob.sha256);
    expect(revAfterCrash).toBeDefined();
    await store.close();
    stores = stores.filter((s) => s !== store);

    // Restart: the same local database, still pending.
    const restarted = openStore(name);
    expect(await restarted.pendingUploads()).toEqual([blob]);
    uplink.reset();
    const resumed = await createBlobUploader({ store: restarted, transport, blobsDb: kiosk.databases.blobs }).uploadPending();
    expect(resumed).toMatchObject({ uploaded: [], alreadyThere: [blob.sha256], failed: [] });
    expect(uplink.upstreamBytes()).toBeLessThan(2048);
    expect((await serverRevs()).get(blob.sha256)).toBe(revAfterCrash);
    expect(await restarted.blobsUploaded([blob.sha256])).toBe(true);
    expect(await downloadSha256(blob.sha256)).toBe(blob.sha256);
  });

  it('never logged the kiosk password', () => {
    expect(hostLog.join('\n')).not.toContain(kiosk.password);
  });
});

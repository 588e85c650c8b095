import { createHash, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { md5Base64 } from '#sync/blobs/blob-md5';
import { blobMultipart } from '#sync/blobs/blob-multipart';
import { openMemoryBlobPouch } from '#sync/blobs/blob-pouch-memory.node';
import { createBlobStore } from '#sync/blobs/blob-store';
import { createBlobUploader } from '#sync/blobs/blob-uploader';
import { basicAuthHeader } from '#sync/couchdb/couch-url';
import { createDirectCouchTransport } from '#sync/replication/transport/direct-couch-transport.node';
import { provisionTestVillage, startCouch, type TestCouch, type TestVillage } from '../../support/couch';

/**
 * Issue 8, finding 7, on the test server (Apache CouchDB 3.4.3 where available): a kiosk PUT
 * other bytes under the SHA-256 of a photo another kiosk had yet to send, and CouchDB answered
 * 201. Now a blob must declare its MD5 (`md5`, and the attachment digest of a multipart/related
 * PUT), the validator refuses any upload whose digest is missing or is not the declared MD5, and
 * CouchDB refuses bytes that do not match the declared digest. So a forger copying the photo's
 * true declaration (its SHA-256 and MD5, from the report or the photo) cannot store other bytes.
 */
describe('a blob carries the MD5 its kiosk declared', () => {
  let couch: TestCouch;
  let village: TestVillage;
  const photo = Buffer.from(`a photo of the broken water pipe ${randomUUID()}`);
  const other = Buffer.from('other bytes the forger wants under the photo\'s name');
  const photoSha = createHash('sha256').update(photo).digest('hex');
  const photoMd5 = md5Base64(photo);

  const send = async (path: string, init: { method: string; headers: Record<string, string>; body: Uint8Array<ArrayBuffer> | string }) => {
    const response = await fetch(new URL(`${encodeURIComponent(village.databases.blobs)}/${path}`, couch.baseUrl), {
      ...init,
      headers: { ...init.headers, authorization: basicAuthHeader({ username: village.username, password: village.password }) },
    });
    return { status: response.status, body: (await response.json().catch(() => ({}))) as { reason?: string } };
  };
  const stored = () => couch.admin.getDoc<{ _id: string; _rev: string; md5?: string; _attachments?: Record<string, { digest: string; length: number }> }>(village.databases.blobs, photoSha);

  beforeAll(async () => {
    couch = await startCouch();
    village = await provisionTestVillage(couch, 'blobmd5');
  });
  afterAll(async () => {
    await couch?.stop();
  });

  it('refuses a raw attachment PUT of other bytes under the photo\'s hash, Content-MD5 or not (201 before)', async () => {
    const raw = await send(`${photoSha}/data`, { method: 'PUT', headers: { 'content-type': 'image/jpeg' }, body: new Uint8Array(other) });
    expect(raw.status).toBe(403);
    expect(raw.body.reason).toMatch(/md5 is required/);
    // CouchDB 3.4 ignores Content-MD5 on an attachment PUT (measured): it proves nothing.
    const withHeader = await send(`${photoSha}/data`, { method: 'PUT', headers: { 'content-type': 'image/jpeg', 'content-md5': photoMd5 }, body: new Uint8Array(other) });
    expect(withHeader.status).toBe(403);
    expect(await stored()).toBeUndefined();
  });

  it('refuses other bytes sent with the photo\'s true declaration (md5 and digest)', async () => {
    const forged = blobMultipart({ sha256: photoSha, md5: photoMd5, mime: 'image/jpeg', bytes: other });
    const multipart = await send(photoSha, { method: 'PUT', headers: { 'content-type': forged.contentType }, body: forged.body });
    const inline = await send(photoSha, {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ type: 'blob', md5: photoMd5, _attachments: { data: { content_type: 'image/jpeg', digest: `md5-${photoMd5}`, data: other.toString('base64') } } }),
    });
    if (couch.flavour === 'couchdb') {
      // CouchDB checks the declared digest against the bytes as it stores them and stores
      // nothing; it answers 500 (`function_clause`), not a 4xx (measured, sync/couchdb/README.md).
      expect(multipart.status).toBe(500);
      // An inline attachment reaches the validator without any digest: refused.
      expect(inline.status).toBe(403);
      expect(inline.body.reason).toMatch(/must declare its digest/);
      expect(await stored()).toBeUndefined();
    } else {
      // pouchdb-server checks no declared digest against the bytes (sync/couchdb/README.md): the
      // validator passes the consistent declaration, and only `county blobs verify` finds it.
      expect([201, 409]).toContain(multipart.status);
      await couch.admin.deleteDoc(village.databases.blobs, photoSha, (await stored())!._rev);
    }
  });

  it('refuses a declaration whose digest is not the declared md5', async () => {
    const halfForged = blobMultipart({ sha256: photoSha, md5: md5Base64(other), mime: 'image/jpeg', bytes: other });
    const body = new TextDecoder('latin1').decode(halfForged.body).replace(`"md5":"${md5Base64(other)}"`, `"md5":"${photoMd5}"`);
    const answer = await send(photoSha, { method: 'PUT', headers: { 'content-type': halfForged.contentType }, body: Uint8Array.from(body, (c) => c.charCodeAt(0)) });
    expect(answer.status).toBe(403);
    expect(answer.body.reason).toMatch(/has digest md5-\S+, but the blob declares md5/);
  });

  it('stores the kiosk\'s own upload with its declared MD5, and a re-send stores no second copy', async () => {
    const store = createBlobStore(openMemoryBlobPouch(`md5-${randomUUID()}`));
    try {
      expect((await store.putBlob(new Uint8Array(photo), 'image/jpeg')).sha256).toBe(photoSha);
      const transport = createDirectCouchTransport({ url: couch.baseUrl, credentials: { username: village.username, password: village.password } });
      const uploader = createBlobUploader({ store, transport, blobsDb: village.databases.blobs });
      expect(await uploader.uploadPending()).toMatchObject({ uploaded: [photoSha], failed: [] });
      const doc = await stored();
      expect(doc?.md5).toBe(photoMd5);
      expect(doc?._attachments?.data).toMatchObject({ digest: `md5-${photoMd5}`, length: photo.length });
      const rev = doc!._rev;

      // The same bytes again, as another kiosk or a retry whose answer was lost would send them.
      const again = blobMultipart({ sha256: photoSha, md5: photoMd5, mime: 'image/jpeg', bytes: photo });
      expect((await send(photoSha, { method: 'PUT', headers: { 'content-type': again.contentType }, body: again.body })).status).toBe(409);
      expect((await stored())?._rev).toBe(rev);
      // And other bytes cannot replace it, whatever they declare.
      const replace = blobMultipart({ sha256: photoSha, md5: md5Base64(other), mime: 'image/jpeg', bytes: other, rev });
      expect((await send(photoSha, { method: 'PUT', headers: { 'content-type': replace.contentType }, body: replace.body })).status).toBe(403);
      expect((await stored())?._rev).toBe(rev);
    } finally {
      await store.close();
    }
  });
});

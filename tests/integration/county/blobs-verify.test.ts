import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { md5Base64 } from '#sync/blobs/blob-md5';
import { blobMultipart } from '#sync/blobs/blob-multipart';
import { basicAuthHeader } from '#sync/couchdb/couch-url';
import { provisionTestVillage, startCouch, type TestCouch, type TestVillage } from '../../support/couch';
import { runCounty } from './run-county';

/**
 * Issue 8, finding 7: a kiosk stored other bytes under a photo's SHA-256 (201 on CouchDB 3.4).
 * The validator now refuses bytes that do not match the MD5 a blob declares
 * (tests/integration/blobs/blob-md5-declaration.test.ts); what it cannot refuse is the first
 * writer of a hash declaring the MD5 of its own other bytes. `county blobs verify` finds that by
 * re-hashing, and `--remove` clears it so the kiosk with the right bytes sends them again.
 */
describe('county blobs verify', () => {
  let couch: TestCouch;
  let village: TestVillage;
  const sha = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
  // The kiosk's upload shape, declaring the MD5 of the bytes actually sent.
  const put = async (id: string, bytes: Buffer) => {
    const upload = blobMultipart({ sha256: id, md5: md5Base64(bytes), mime: 'image/jpeg', bytes });
    const response = await fetch(new URL(`${encodeURIComponent(village.databases.blobs)}/${id}`, couch.baseUrl), {
      method: 'PUT',
      headers: { 'content-type': upload.contentType, authorization: basicAuthHeader({ username: village.username, password: village.password }) },
      body: upload.body,
    });
    return response.status;
  };

  beforeAll(async () => {
    couch = await startCouch();
    village = await provisionTestVillage(couch, 'blobcheck');
  });
  afterAll(async () => {
    await couch?.stop();
  });

  it('reports a blob whose bytes do not match its name, and removes it when asked', async () => {
    const good = Buffer.from('the real photo');
    const photo = Buffer.from('a photo some villager took');
    expect(await put(sha(good), good)).toBe(201);
    // The attack: other bytes under the hash of a photo another kiosk has yet to send, with their
    // own MD5 declared (the validator cannot know the photo's).
    expect(await put(sha(photo), Buffer.from('something else entirely'))).toBe(201);

    const found = await runCounty(couch, ['blobs', 'verify', '--village', village.village, '--json']);
    expect(found.code).toBe(1);
    const report = JSON.parse(found.out) as { checked: number; mismatches: { id: string }[] };
    expect(report.checked).toBe(2);
    expect(report.mismatches.map((m) => m.id)).toEqual([sha(photo)]);

    const removed = await runCounty(couch, ['blobs', 'verify', '--village', village.village, '--remove']);
    expect(removed.code, removed.err).toBe(0);
    expect(removed.out).toContain('removed');
    // The kiosk that holds the real photo can now send it (pouchdb-server answers 404 to an
    // attachment PUT on a deleted document without its revision; CouchDB takes it), and the
    // check is clean.
    const resent = couch.flavour === 'couchdb';
    if (resent) expect(await put(sha(photo), photo)).toBe(201);
    const clean = await runCounty(couch, ['blobs', 'verify', '--village', village.village]);
    expect(clean.code, clean.out).toBe(0);
    expect(clean.out).toContain(`${resent ? 2 : 1} blob(s) checked, 0 mismatch(es).`);
  });
});

import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dispatchHostRequest } from '#common/dispatch-host-request';
import type { CountyRequest, CountyResponse } from '#common/county-proxy-contract';
import { createCountyProxyService } from '#host/county/county-proxy';
import { CountyRequestRefusedError } from '#host/county/county-request-policy';
import { CREDENTIALS_FILE_NAME, createFileCredentialStore } from '#host/county/file-credential-store';
import type { EnrollmentFile } from '#sync/county-cli/enrollment-file';
import { md5Base64 } from '#sync/blobs/blob-md5';
import { blobMultipart } from '#sync/blobs/blob-multipart';
import { basicAuthHeader } from '#sync/couchdb/couch-url';
import { findFreePort } from '../../support/couch/free-port';
import { startCouch, type TestCouch } from '../../support/couch/start-couch';
import { provisionKiosk } from './provision-kiosk';

let couch: TestCouch;
let dataDir: string;
let kiosk: EnrollmentFile;
let other: EnrollmentFile;
const log: string[] = [];
/** Everything the renderer could have seen: every response and status, as JSON text. */
const seen: string[] = [];

function countyService() {
  return createCountyProxyService({ store: createFileCredentialStore(path.join(dataDir, CREDENTIALS_FILE_NAME)), log: (line) => log.push(line) });
}

beforeAll(async () => {
  couch = await startCouch();
  dataDir = mkdtempSync(path.join(tmpdir(), 'kiosk-county-'));
  kiosk = await provisionKiosk(couch, { village: couch.village('qingshan') });
  other = await provisionKiosk(couch, { village: couch.village('hexi') });
});

afterAll(async () => {
  await couch?.stop();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

describe('county proxy against a provisioned CouchDB', () => {
  it('enrolls with the file the county CLI writes, keeping the password in a 0600 file of the data dir', async () => {
    const county = countyService();
    expect(county.status()).toEqual({ enrolled: false });
    const status = await county.enroll(JSON.stringify(kiosk));
    seen.push(JSON.stringify(status));
    expect(status).toEqual({ enrolled: true, village: kiosk.village, kioskId: 'kiosk-01', countyOrigin: couch.baseUrl, databases: kiosk.databases });
    const file = path.join(dataDir, CREDENTIALS_FILE_NAME);
    if (process.platform !== 'win32') expect(statSync(file).mode & 0o777).toBe(0o600);
    // A restarted host is still enrolled.
    expect(countyService().status()).toEqual(status);
  });

  it('carries requests to the kiosk databases through the host contract, with the kiosk account', async () => {
    const county = countyService();
    const handlers = { 'county.request': (request: CountyRequest) => county.request(request) };
    const send = async (request: CountyRequest) => {
      const response = (await dispatchHostRequest(handlers as never, 'county.request', request)) as CountyResponse;
      seen.push(JSON.stringify(response));
      return response;
    };
    const reports = kiosk.databases.reports;
    const report = {
      _id: 'r-proxy-1',
      type: 'report',
      village: kiosk.village,
      kioskId: 'kiosk-01',
      trackingCode: '12345678',
      category: 'water',
      createdAt: '2025-03-01T07:45:12Z',
      status: 'submitted',
    };
    expect(await send({ method: 'PUT', path: `${reports}/r-proxy-1`, body: { kind: 'json', json: report } })).toMatchObject({
      status: 201,
      body: { kind: 'json', json: { ok: true, id: 'r-proxy-1' } },
    });
    expect(await send({ method: 'GET', path: `${reports}/_changes`, query: { since: '0', include_docs: 'true' } })).toMatchObject({
      status: 200,
      body: { kind: 'json', json: { results: expect.arrayContaining([expect.objectContaining({ id: 'r-proxy-1' })]) } },
    });
    // The server's validator still judges what the kiosk writes (status is county-owned).
    const rejected = await send({ method: 'PUT', path: `${reports}/r-proxy-2`, body: { kind: 'json', json: { ...report, _id: 'r-proxy-2', status: 'resolved' } } });
    expect(rejected.status).toBe(403);
    expect(await send({ method: 'GET', path: `${kiosk.databases.policies}/_all_docs` })).toMatchObject({ status: 200 });
    // A binary round trip: raw bytes to CouchDB (the uploader's multipart/related PUT declaring
    // the MD5, blob-multipart.ts), base64 back over the local hop.
    const bytes = new Uint8Array(4096).map((_, i) => (i * 37) % 256);
    const sha = 'e'.repeat(64);
    const upload = blobMultipart({ sha256: sha, md5: md5Base64(bytes), mime: 'image/png', bytes });
    expect(
      await send({ method: 'PUT', path: `${kiosk.databases.blobs}/${sha}`, body: { kind: 'base64', data: Buffer.from(upload.body).toString('base64'), contentType: upload.contentType } }),
    ).toMatchObject({ status: 201 });
    expect(await send({ method: 'GET', path: `${kiosk.databases.blobs}/${sha}/data` })).toEqual({
      status: 200,
      body: { kind: 'base64', data: Buffer.from(bytes).toString('base64'), contentType: expect.stringMatching(/^image\/png/) },
    });
    expect(await send({ method: 'HEAD', path: `${kiosk.databases.blobs}/${'f'.repeat(64)}` })).toEqual({ status: 404, body: { kind: 'none' } });
  });

  it('refuses server endpoints, other villages and escapes before anything reaches the server', async () => {
    const county = countyService();
    const attempts: CountyRequest[] = [
      { method: 'GET', path: '_users/_all_docs' },
      { method: 'GET', path: `_users/org.couchdb.user:${kiosk.username}` },
      { method: 'GET', path: '_all_dbs' },
      { method: 'GET', path: '_replicator/_all_docs' },
      { method: 'PUT', path: '_config/admins/evil', body: { kind: 'json', json: 'pw' } },
      { method: 'GET', path: '_session' },
      { method: 'GET', path: `${other.databases.reports}/_all_docs` },
      { method: 'GET', path: `${kiosk.databases.reports}/%2e%2e/_users/_all_docs` },
      { method: 'GET', path: `${kiosk.databases.reports}/%2E%2E/${other.databases.reports}/_all_docs` },
      { method: 'PUT', path: `${kiosk.databases.reports}/_security`, body: { kind: 'json', json: { members: { names: [], roles: [] } } } },
      { method: 'DELETE', path: kiosk.databases.reports },
      { method: 'POST', path: `${kiosk.databases.policies}/_bulk_docs`, body: { kind: 'json', json: { docs: [] } } },
    ];
    for (const attempt of attempts) {
      const error = await county.request(attempt).then(
        (response) => new Error(`let through: ${JSON.stringify(response)}`),
        (refusal: unknown) => refusal,
      );
      expect(error, `${attempt.method} ${attempt.path}`).toBeInstanceOf(CountyRequestRefusedError);
      seen.push((error as Error).message);
    }
    // The contract's own schema refuses a literal '..' before the service sees it.
    await expect(
      dispatchHostRequest({ 'county.request': (r: CountyRequest) => county.request(r) } as never, 'county.request', { method: 'GET', path: `${kiosk.databases.reports}/../_users` }),
    ).rejects.toThrow(/invalid request/);
    // Still in place: nothing was changed by the refused requests.
    expect((await couch.admin.getSecurity(kiosk.databases.reports)).members).toMatchObject({ roles: expect.arrayContaining([`village:${kiosk.village}`]) });
    expect(await couch.admin.databaseExists(kiosk.databases.reports)).toBe(true);
  });

  it('answers status 0 (and does not throw) when the county server cannot be reached', async () => {
    const closedPort = await findFreePort();
    const offlineDir = mkdtempSync(path.join(tmpdir(), 'kiosk-county-offline-'));
    try {
      const county = createCountyProxyService({ store: createFileCredentialStore(path.join(offlineDir, CREDENTIALS_FILE_NAME)), log: (line) => log.push(line) });
      await county.enroll(JSON.stringify({ ...kiosk, couchUrl: `http://127.0.0.1:${closedPort}/` }));
      const response = await county.request({ method: 'GET', path: `${kiosk.databases.reports}/_changes` });
      seen.push(JSON.stringify(response));
      expect(response).toEqual({ status: 0, body: { kind: 'none' } });
      expect(log.some((line) => line.includes('no answer'))).toBe(true);
    } finally {
      rmSync(offlineDir, { recursive: true, force: true });
    }
  });

  it('a wrong password never gets the account locked: after re-enrollment the right one works at once', async () => {
    const lockDir = mkdtempSync(path.join(tmpdir(), 'kiosk-county-lockout-'));
    try {
      const victim = await provisionKiosk(couch, { village: couch.village('lockout') });
      const county = createCountyProxyService({ store: createFileCredentialStore(path.join(lockDir, CREDENTIALS_FILE_NAME)), log: (line) => log.push(line) });
      await county.enroll(JSON.stringify({ ...victim, password: 'an-outdated-password' }));
      // A sync sends about ten requests at once, each retried: far above CouchDB's 5 failed logins.
      const refused = await Promise.all(Array.from({ length: 20 }, () => county.request({ method: 'GET', path: `${victim.databases.reports}/_changes` })));
      expect(new Set(refused.map((response) => response.status))).toEqual(new Set([401]));
      await county.enroll(JSON.stringify(victim));
      expect(await county.request({ method: 'GET', path: `${victim.databases.reports}/_changes` })).toMatchObject({ status: 200 });
      if (couch.flavour === 'couchdb') {
        // Why it matters: this server does lock an account after 5 failed logins, the right password included.
        const bystander = await provisionKiosk(couch, { village: couch.village('bystander') });
        const login = (password: string) => fetch(`${couch.baseUrl}_session`, { headers: { authorization: basicAuthHeader({ username: bystander.username, password }) } });
        for (let i = 0; i < 6; i++) await (await login('wrong')).arrayBuffer();
        expect((await login(bystander.password)).status).toBe(403);
      }
    } finally {
      rmSync(lockDir, { recursive: true, force: true });
    }
  });

  it('never shows the credentials in any response, status or log line', () => {
    const everything = [...seen, ...log].join('\n');
    expect(seen.length).toBeGreaterThan(15);
    expect(everything).not.toContain(kiosk.password);
    expect(everything).not.toContain(basicAuthHeader(kiosk).slice('Basic '.length));
    expect(everything).not.toContain(couch.adminAuth.password);
  });
});

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startConsoleServer, type RunningConsole } from '#county-console/server/console-server.node';
import { setupCounty } from '#sync/couchdb/county-setup';
import { addCountyStaff } from '#sync/couchdb/county-staff';
import { startCouch, type TestCouch } from '../../support/couch';

/**
 * The console's server: the app's files with its security headers, the deployment prefix, and
 * CouchDB under /couch/ with nothing added but a SameSite=Strict session cookie.
 */
let couch: TestCouch;
let server: RunningConsole;
let staticDir: string;
const account = { name: '', password: 'console-pass-1' };

beforeAll(async () => {
  couch = await startCouch();
  await setupCounty(couch.admin, couch.prefix);
  account.name = `sam-${couch.runId}`;
  await addCountyStaff(couch.admin, { name: account.name, role: 'county-viewer', password: account.password });
  staticDir = mkdtempSync(path.join(tmpdir(), 'console-static-'));
  writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>console</title>');
  // The admin's credentials in the URL must not reach CouchDB through the proxy.
  server = await startConsoleServer({ couchUrl: couch.url, staticDir, prefix: couch.prefix, port: 0 });
});

afterAll(async () => {
  await server?.close();
  await couch?.stop();
  if (staticDir) rmSync(staticDir, { recursive: true, force: true });
});

describe('county console server', () => {
  it('serves the app (any path) with a strict content security policy, and the prefix', async () => {
    const page = await fetch(new URL('/report/x', server.url));
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<title>console</title>');
    expect(page.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(page.headers.get('x-frame-options')).toBe('DENY');
    expect(await (await fetch(new URL('/console-config.json', server.url))).json()).toEqual({ prefix: couch.prefix });
    expect((await fetch(new URL('/../../etc/passwd', server.url))).headers.get('content-type')).toContain('text/html');
  });

  it('answers a malformed address with 400 and keeps serving', async () => {
    const bad = await fetch(new URL('/%E0%A4%A', server.url));
    expect(bad.status).toBe(400);
    expect((await fetch(new URL('/', server.url))).status).toBe(200);
  });

  it('forwards CouchDB without credentials of its own; the session cookie is SameSite=Strict', async () => {
    const anonymous = await (await fetch(new URL('/couch/_session', server.url))).json();
    expect(anonymous.userCtx).toEqual(expect.objectContaining({ name: null, roles: [] }));
    expect((await fetch(new URL(`/couch/${couch.prefix}county-gather`, server.url))).status).toBe(401);

    const signIn = await fetch(new URL('/couch/_session', server.url), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name: account.name, password: account.password }),
    });
    expect(signIn.status).toBe(200);
    const cookie = signIn.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^AuthSession=[^;]+;/);
    expect(cookie).toContain('HttpOnly');
    expect(cookie).toContain('SameSite=Strict');
    expect(signIn.headers.get('www-authenticate')).toBeNull();

    const session = await (await fetch(new URL('/couch/_session', server.url), { headers: { cookie: cookie.split(';')[0]! } })).json();
    expect(session.userCtx).toEqual(expect.objectContaining({ name: account.name, roles: ['county-viewer'] }));
  });
});

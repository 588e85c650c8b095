import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyClerkPin } from '#kiosk-config/clerk-pin-hash.node';
import { findFreePort } from '../../support/couch/free-port';
import { startCouch, type TestCouch } from '../../support/couch';

const REPO = fileURLToPath(new URL('../../../', import.meta.url));
const TSX = fileURLToPath(new URL('../../../node_modules/tsx/dist/cli.mjs', import.meta.url));

/** The real entry point, as `npm run county -- …` runs it: exit codes and streams. */
function county(args: string[], options: { env?: Record<string, string>; stdin?: string } = {}) {
  return new Promise<{ code: number | null; out: string; err: string }>((resolve, reject) => {
    const child = spawn(process.execPath, [TSX, 'sync/county-cli/county.ts', ...args], {
      cwd: REPO,
      env: { PATH: process.env.PATH ?? '', ...options.env },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, out, err }));
    child.stdin.end(options.stdin ?? '');
  });
}

describe('county CLI as a process', () => {
  let couch: TestCouch;

  beforeAll(async () => {
    couch = await startCouch();
  });
  afterAll(async () => {
    await couch?.stop();
  });

  it('prints usage, and exits 2 on an unknown command', async () => {
    const help = await county([]);
    expect(help.code).toBe(0);
    expect(help.out).toContain('county provision --couch URL');
    const unknown = await county(['frobnicate']);
    expect(unknown.code).toBe(2);
    expect(unknown.err).toContain('unknown command: frobnicate');
  });

  it('exits 3 with a clear message when the server is unreachable', async () => {
    const port = await findFreePort();
    const run = await county(['setup', '--couch', `http://admin:x@127.0.0.1:${port}/`]);
    expect(run.code).toBe(3);
    expect(run.err).toContain(`cannot reach CouchDB at http://127.0.0.1:${port}/`);
    expect(run.err).not.toContain('admin:x');
  });

  it('exits 4 when credentials are wrong, missing, or not a server admin for setup', async () => {
    const wrong = await county(['setup', '--couch', couch.baseUrl], { env: { COUCHDB_USER: 'admin', COUCHDB_PASSWORD: 'wrong' } });
    expect(wrong.code).toBe(4);
    expect(wrong.err).toContain('refused the name or password of admin');
    const none = await county(['setup', '--couch', couch.baseUrl]);
    expect(none.code).toBe(4);
    expect(none.err).toContain('COUCHDB_USER');
    const staff = { username: `county-staff-${couch.runId}`, password: 'staff-password-for-tests' };
    await couch.admin.ensureUser(staff.username, staff.password, ['county']);
    const notAdmin = await county(['setup', '--couch', couch.baseUrl], { env: { COUCHDB_USER: staff.username, COUCHDB_PASSWORD: staff.password } });
    expect(notAdmin.code).toBe(4);
    expect(notAdmin.err).toContain('needs a CouchDB server admin');
  });

  it('runs setup with credentials from COUCHDB_USER/COUCHDB_PASSWORD', async () => {
    const env = { COUCHDB_USER: couch.adminAuth.username, COUCHDB_PASSWORD: couch.adminAuth.password };
    const run = await county(['setup', '--couch', couch.baseUrl, '--prefix', couch.prefix], { env });
    expect(run.code, run.err).toBe(0);
    expect(run.out).toContain(`created   database ${couch.prefix}county-policies`);
  });

  it('pin-hash reads the PIN from stdin and prints a hash the kiosk verifies', async () => {
    const run = await county(['pin-hash'], { stdin: '4826\n' });
    expect(run.code, run.err).toBe(0);
    const hash = run.out.trim();
    expect(hash).toMatch(/^scrypt\$16384\$8\$1\$[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]{44}$/);
    expect(await verifyClerkPin('4826', hash)).toBe(true);
    expect(await verifyClerkPin('4827', hash)).toBe(false);
  });
});

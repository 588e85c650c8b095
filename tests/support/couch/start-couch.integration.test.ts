import { existsSync, readFileSync } from 'node:fs';
import { connect } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { CouchClient, type CouchError } from '#sync/couchdb/couch-client';
import { startCouch, type TestCouch } from './start-couch';
import { chooseTestServer } from './test-server-choice';

/**
 * The test-server starter itself: it says which server it started, servers never share state,
 * and stop() leaves no process, port or folder behind.
 */
const started: TestCouch[] = [];
afterEach(async () => {
  for (const couch of started.splice(0)) await couch.stop();
});
async function start(): Promise<TestCouch> {
  const couch = await startCouch();
  started.push(couch);
  return couch;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function refusesConnections(url: string): Promise<boolean> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve) => {
    const socket = connect(Number(port), hostname);
    socket.once('connect', () => (socket.destroy(), resolve(false)));
    socket.once('error', () => resolve(true));
  });
}

describe('the test CouchDB starter', () => {
  const choice = chooseTestServer();

  it('starts the server the environment calls for and names it', async () => {
    const couch = await start();
    const expected = { external: /\(COUCHDB_URL\)/, tarball: /^Apache CouchDB 3\.4\.3 \(tarball\) on 127\.0\.0\.1:\d+$/, 'pouchdb-server': /^pouchdb-server .*\(fallback: / };
    expect(couch.description).toMatch(expected[choice.kind]);
    if (choice.kind === 'tarball') expect(couch.flavour).toBe('couchdb');
    if (choice.kind === 'tarball') expect(readFileSync(`/proc/${couch.serverPid}/cmdline`, 'utf8')).toContain('beam');
    expect((await couch.admin.session()).userCtx.roles).toContain('_admin');
    const wrong = new CouchClient(couch.baseUrl, { username: couch.adminAuth.username, password: 'not-the-password' });
    await expect(wrong.session()).rejects.toMatchObject({ status: 401 } satisfies Partial<CouchError>);
  });

  it('gives two servers started at once nothing in common', async () => {
    const [one, two] = await Promise.all([start(), start()]);
    expect(one.prefix).not.toBe(two.prefix);
    const db = `${one.prefix}only-here`;
    await one.admin.ensureDatabase(db);
    expect(await one.admin.databaseExists(db)).toBe(true);
    expect(await two.admin.databaseExists(db)).toBe(choice.kind === 'external');
  });

  it('stops only what it started, by PID, and removes its folder', async () => {
    const couch = await startCouch();
    await couch.stop();
    expect(await refusesConnections(couch.baseUrl)).toBe(choice.kind !== 'external');
    for (const pid of couch.owned?.pids ?? []) expect(alive(pid), `PID ${pid}`).toBe(false);
    if (couch.owned) expect(existsSync(couch.owned.folder)).toBe(false);
    expect(couch.owned === undefined).toBe(choice.kind === 'external');
  });

  it('falls back to pouchdb-server, and says why, where neither COUCHDB_URL nor the release exists', async () => {
    const saved = { url: process.env.COUCHDB_URL, tarball: process.env.COUCHDB_TARBALL };
    delete process.env.COUCHDB_URL;
    process.env.COUCHDB_TARBALL = '/nonexistent/apache-couchdb.tar.xz';
    try {
      const couch = await start();
      expect(couch.flavour).toBe('pouchdb-server');
      expect(couch.description).toContain('(fallback: no COUCHDB_URL and no CouchDB release at /nonexistent/apache-couchdb.tar.xz)');
    } finally {
      if (saved.url === undefined) delete process.env.COUCHDB_URL;
      else process.env.COUCHDB_URL = saved.url;
      if (saved.tarball === undefined) delete process.env.COUCHDB_TARBALL;
      else process.env.COUCHDB_TARBALL = saved.tarball;
    }
  });
});

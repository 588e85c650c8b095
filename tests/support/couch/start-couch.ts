import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CouchClient } from '#sync/couchdb/couch-client';
import { parseCouchUrl, urlWithCredentials, type CouchCredentials } from '#sync/couchdb/couch-url';
import { findFreePort } from './free-port';
import { cleanupRun } from './cleanup-run';

/**
 * A CouchDB-compatible server for tests.
 *
 * - `COUCHDB_URL` set (e.g. http://admin:pw@127.0.0.1:5984/): that server is used. It is shared
 *   and outlives the run, so every database gets `prefix` (random per run) and tests should make
 *   their village codes unique with `village()`; `stop()` deletes what the run created.
 * - Otherwise: `pouchdb-server --in-memory` on 127.0.0.1 and a free port, in a fresh temporary
 *   working directory (it writes config.json and log.txt there), with a server admin created
 *   through `PUT /_config/admins/<name>`. `stop()` kills that process by its PID.
 *
 * pouchdb-server is weaker than CouchDB in security (PITFALLS.md): write tests so they pass on
 * both, and never assert pouchdb-server's weaknesses as features.
 */
export interface TestCouch {
  /** Base URL with the admin's credentials embedded, ending with '/'. */
  url: string;
  /** The same base URL without credentials. */
  baseUrl: string;
  adminAuth: CouchCredentials;
  /** An admin client for the server. */
  admin: CouchClient;
  /** Database-name prefix of this run: '' is never used, so runs cannot collide. */
  prefix: string;
  /** Short random id of this run, for names outside databases (village codes → user names). */
  runId: string;
  /** A village code unique to this run: `village('a')` → `a-<runId>`. */
  village(name: string): string;
  /** 'pouchdb-server' or 'couchdb': for the few places the two differ (documented where used). */
  flavour: 'pouchdb-server' | 'couchdb';
  stop(): Promise<void>;
}

const ADMIN: CouchCredentials = { username: 'admin', password: 'test-admin-password' };
const READY_TIMEOUT_MS = 20_000;

export async function startCouch(): Promise<TestCouch> {
  const runId = randomBytes(3).toString('hex');
  const prefix = `t${runId}-`;
  const external = process.env.COUCHDB_URL;
  if (external) return useExternal(external, runId, prefix);
  return startPouchdbServer(runId, prefix);
}

async function useExternal(url: string, runId: string, prefix: string): Promise<TestCouch> {
  const { baseUrl, credentials } = parseCouchUrl(url);
  if (!credentials) throw new Error('COUCHDB_URL must carry admin credentials: http://admin:password@host:5984/');
  const admin = new CouchClient(baseUrl, credentials);
  await waitUntilAnswering(admin, undefined);
  return describeServer(admin, credentials, runId, prefix, 'couchdb', () => cleanupRun(admin, prefix, runId));
}

async function startPouchdbServer(runId: string, prefix: string): Promise<TestCouch> {
  const port = await findFreePort();
  const workDir = mkdtempSync(path.join(tmpdir(), 'pouchdb-server-'));
  const bin = fileURLToPath(new URL('../../../node_modules/pouchdb-server/bin/pouchdb-server', import.meta.url));
  // Run the script with this Node directly: the child's PID is then pouchdb-server itself.
  const child = spawn(process.execPath, [bin, '--in-memory', '--host', '127.0.0.1', '--port', String(port), '-n'], {
    cwd: workDir,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString()).slice(-4000);
  });
  const baseUrl = `http://127.0.0.1:${port}/`;
  const stop = async () => {
    await killProcess(child);
    rmSync(workDir, { recursive: true, force: true });
  };
  try {
    const anonymous = new CouchClient(baseUrl);
    await waitUntilAnswering(anonymous, child, () => stderr);
    // A fresh pouchdb-server is in "admin party" mode: the first admin is created anonymously.
    await anonymous.request('PUT', `_config/admins/${ADMIN.username}`, { body: ADMIN.password });
    const admin = anonymous.as(ADMIN);
    const session = await admin.session();
    if (!session.userCtx.roles.includes('_admin')) throw new Error('pouchdb-server did not accept the new admin');
    return describeServer(admin, ADMIN, runId, prefix, 'pouchdb-server', stop);
  } catch (error) {
    await stop();
    throw error;
  }
}

function describeServer(
  admin: CouchClient,
  adminAuth: CouchCredentials,
  runId: string,
  prefix: string,
  flavour: TestCouch['flavour'],
  stop: () => Promise<void>,
): TestCouch {
  return {
    url: urlWithCredentials(admin.baseUrl, adminAuth),
    baseUrl: admin.baseUrl,
    adminAuth,
    admin,
    prefix,
    runId,
    village: (name) => `${name}-${runId}`,
    flavour,
    stop,
  };
}

async function waitUntilAnswering(client: CouchClient, child: ChildProcess | undefined, log?: () => string): Promise<void> {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  let lastError: unknown;
  while (Date.now() < deadline) {
    if (child && child.exitCode !== null) {
      throw new Error(`pouchdb-server exited with code ${child.exitCode} before answering:\n${log?.() ?? ''}`);
    }
    try {
      await client.serverInfo();
      return;
    } catch (error) {
      lastError = error;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  throw new Error(`CouchDB at ${client.baseUrl} did not answer within ${READY_TIMEOUT_MS} ms: ${String(lastError)}\n${log?.() ?? ''}`);
}

/** SIGTERM our own child by PID, then SIGKILL if it lingers. */
async function killProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.pid === undefined) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  process.kill(child.pid, 'SIGTERM');
  const timer = setTimeout(() => {
    if (child.exitCode === null && child.pid !== undefined) process.kill(child.pid, 'SIGKILL');
  }, 3000);
  await exited;
  clearTimeout(timer);
}

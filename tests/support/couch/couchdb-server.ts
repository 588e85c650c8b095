import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import { connect } from 'node:net';
import path from 'node:path';
import { basicAuthHeader, type CouchCredentials } from '#sync/couchdb/couch-url';
import type { CouchdbRelease } from './couchdb-release';
import type { OwnedResources } from './owned-resources';
import { findFreePort } from './free-port';
import { stopProcess } from './stop-process';
import { createServerFolder } from './server-folder';

/**
 * One Apache CouchDB server from the release, started as ../shared/couchdb/README.md says: a
 * fresh folder, a free port, a private port mapper (`epmd -port P`) and a node name of its own,
 * so servers of parallel runs never meet. `bin/couchdb` execs the Erlang VM, so the PID we
 * spawn IS the server; stop() ends it by that PID, then the port mapper by its PID, then
 * removes the folder. Nothing is ever stopped by name.
 */
export interface CouchdbServer {
  baseUrl: string;
  port: number;
  admin: CouchCredentials;
  /** What stop() ends and removes: the Erlang VM's and the port mapper's PIDs, and the folder. */
  owned: OwnedResources;
  stop(): Promise<void>;
}

const READY_TIMEOUT_MS = 30_000;
/** A free port may be taken between finding it and binding it: try again with new ports. */
const ATTEMPTS = 3;

export async function startCouchdbServer(release: CouchdbRelease): Promise<CouchdbServer> {
  let lastError: unknown;
  for (let attempt = 1; attempt <= ATTEMPTS; attempt++) {
    try {
      return await startOnce(release);
    } catch (error) {
      lastError = error;
    }
  }
  throw lastError;
}

async function startOnce(release: CouchdbRelease): Promise<CouchdbServer> {
  const port = await findFreePort();
  const epmdPort = await findFreePort();
  const admin = { username: 'admin', password: randomBytes(18).toString('base64url') };
  const folder = createServerFolder(release, {
    port,
    adminPassword: admin.password,
    cookie: randomBytes(18).toString('hex'),
    uuid: randomBytes(16).toString('hex'),
    authSecret: randomBytes(16).toString('hex'),
  });
  const root = path.join(folder, 'couchdb');
  const log = tail();
  let epmd: ChildProcess | undefined;
  let server: ChildProcess | undefined;
  const stop = async () => {
    if (server) await stopProcess(server, 'CouchDB', 15_000);
    if (epmd) await stopProcess(epmd, 'epmd', 5_000);
    rmSync(folder, { recursive: true, force: true });
  };
  try {
    epmd = spawn(path.join(root, `erts-${release.ertsVersion}`, 'bin', 'epmd'), ['-port', String(epmdPort), '-address', '127.0.0.1'], {
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    epmd.stderr?.on('data', log.add);
    await waitForTcp(epmdPort, epmd, 'epmd', log);
    server = spawn(path.join(root, 'bin', 'couchdb'), [], {
      cwd: root,
      env: { ...process.env, ERL_EPMD_PORT: String(epmdPort), ERL_EPMD_ADDRESS: '127.0.0.1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    server.stdout?.on('data', log.add);
    server.stderr?.on('data', log.add);
    const baseUrl = `http://127.0.0.1:${port}/`;
    await waitForUp(baseUrl, server, log);
    await waitForSystemDatabases(baseUrl, admin, server, log);
    return { baseUrl, port, admin, owned: { pids: [server.pid!, epmd.pid!], folder }, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

/** The last few KB a process printed, for error messages. */
export function tail() {
  let text = '';
  return {
    add: (chunk: Buffer) => {
      text = (text + chunk.toString()).slice(-4000);
    },
    text: () => text,
  };
}

function exitedEarly(child: ChildProcess, what: string, log: ReturnType<typeof tail>): Error | undefined {
  if (child.exitCode === null && child.signalCode === null) return undefined;
  return new Error(`${what} exited (${child.exitCode ?? child.signalCode}) before it was ready:\n${log.text()}`);
}

export async function waitForTcp(port: number, child: ChildProcess, what: string, log: ReturnType<typeof tail>): Promise<void> {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    const early = exitedEarly(child, what, log);
    if (early) throw early;
    const open = await new Promise<boolean>((resolve) => {
      const socket = connect(port, '127.0.0.1');
      socket.once('connect', () => (socket.destroy(), resolve(true)));
      socket.once('error', () => resolve(false));
    });
    if (open) return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(`${what} did not listen on 127.0.0.1:${port} within ${READY_TIMEOUT_MS} ms`);
}

/** Polls `GET /_up` until it answers `{"status":"ok"}` (README step 5). */
export async function waitForUp(baseUrl: string, child: ChildProcess, log: ReturnType<typeof tail>): Promise<void> {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    const early = exitedEarly(child, 'CouchDB', log);
    if (early) throw early;
    try {
      const response = await fetch(`${baseUrl}_up`, { signal: AbortSignal.timeout(2000) });
      const body = (await response.json()) as { status?: string };
      if (body.status === 'ok') return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`CouchDB at ${baseUrl} was not up within ${READY_TIMEOUT_MS} ms:\n${log.text()}`);
}

/**
 * `/_up` answers before the node has created `_users` and `_replicator` (measured: a `PUT /_users`
 * at that moment got 500 `conflict`). A test server is ready when both exist, as on a county
 * server that has been running for a while.
 */
async function waitForSystemDatabases(baseUrl: string, admin: CouchCredentials, child: ChildProcess, log: ReturnType<typeof tail>): Promise<void> {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  const headers = { authorization: basicAuthHeader(admin) };
  while (Date.now() < deadline) {
    const early = exitedEarly(child, 'CouchDB', log);
    if (early) throw early;
    const answers = await Promise.all(
      ['_users', '_replicator'].map((db) => fetch(`${baseUrl}${db}`, { headers, signal: AbortSignal.timeout(2000) }).then((r) => r.status, () => 0)),
    );
    if (answers.every((status) => status === 200)) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`CouchDB at ${baseUrl} did not create _users and _replicator within ${READY_TIMEOUT_MS} ms:\n${log.text()}`);
}

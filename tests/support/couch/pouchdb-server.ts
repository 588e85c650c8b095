import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CouchClient } from '#sync/couchdb/couch-client';
import type { CouchCredentials } from '#sync/couchdb/couch-url';
import { findFreePort } from './free-port';
import type { OwnedResources } from './owned-resources';
import { stopProcess } from './stop-process';

/**
 * The fallback test server where no CouchDB exists (no COUCHDB_URL, no release tarball):
 * `pouchdb-server --in-memory` on 127.0.0.1 and a free port, in a fresh temporary working
 * directory (it writes config.json and log.txt there), with a server admin created through
 * `PUT /_config/admins/<name>`. stop() ends that process by its PID and removes the folder.
 *
 * pouchdb-server is weaker than CouchDB in security (PITFALLS.md, sync/couchdb/README.md):
 * tests must pass on both and never assert its weaknesses as features.
 */
export interface PouchdbServer {
  baseUrl: string;
  port: number;
  admin: CouchCredentials;
  owned: OwnedResources;
  stop(): Promise<void>;
}

const ADMIN: CouchCredentials = { username: 'admin', password: 'test-admin-password' };
const READY_TIMEOUT_MS = 20_000;

export async function startPouchdbServer(): Promise<PouchdbServer> {
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
    await stopProcess(child, 'pouchdb-server');
    rmSync(workDir, { recursive: true, force: true });
  };
  try {
    const anonymous = new CouchClient(baseUrl);
    const deadline = Date.now() + READY_TIMEOUT_MS;
    for (;;) {
      if (child.exitCode !== null) throw new Error(`pouchdb-server exited with code ${child.exitCode} before answering:\n${stderr}`);
      try {
        await anonymous.serverInfo();
        break;
      } catch (error) {
        if (Date.now() > deadline) throw new Error(`pouchdb-server did not answer within ${READY_TIMEOUT_MS} ms: ${String(error)}\n${stderr}`, { cause: error });
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    }
    // A fresh pouchdb-server is in "admin party" mode: the first admin is created anonymously.
    await anonymous.request('PUT', `_config/admins/${ADMIN.username}`, { body: ADMIN.password });
    const session = await anonymous.as(ADMIN).session();
    if (!session.userCtx.roles.includes('_admin')) throw new Error('pouchdb-server did not accept the new admin');
    return { baseUrl, port, admin: ADMIN, owned: { pids: [child.pid!], folder: workDir }, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

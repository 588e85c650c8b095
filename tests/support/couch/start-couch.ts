import { randomBytes } from 'node:crypto';
import { CouchClient } from '#sync/couchdb/couch-client';
import { parseCouchUrl, urlWithCredentials, type CouchCredentials } from '#sync/couchdb/couch-url';
import { cleanupRun } from './cleanup-run';
import { extractedRelease } from './couchdb-release';
import { startCouchdbServer } from './couchdb-server';
import { startPouchdbServer } from './pouchdb-server';
import type { OwnedResources } from './owned-resources';
import { chooseTestServer } from './test-server-choice';

/**
 * A CouchDB server for one test file (or one Playwright spec), chosen by `chooseTestServer`:
 *
 * - `COUCHDB_URL` set (e.g. http://admin:pw@127.0.0.1:5984/): that server is used. It is shared
 *   and outlives the run, so every database gets `prefix` (random per run) and tests make their
 *   village codes unique with `village()`; `stop()` deletes what the run created.
 * - else the Apache CouchDB 3.4.3 release (../shared/couchdb, `COUCHDB_TARBALL`): a fresh server
 *   of our own (`couchdb-server.ts`); `stop()` ends it by PID and removes its folder.
 * - else pouchdb-server (`pouchdb-server.ts`), saying why.
 *
 * Every start prints one line naming the server, so a CI log shows what each run tested against.
 * Write tests so they pass on CouchDB and pouchdb-server, and never assert pouchdb-server's
 * weaknesses as features.
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
  /** What the log line says, e.g. "Apache CouchDB 3.4.3 (tarball) on 127.0.0.1:41233". */
  description: string;
  /** Processes and the folder this run started and stop() ends (none for COUCHDB_URL). */
  owned: OwnedResources | undefined;
  /** The server process itself (CouchDB's Erlang VM, or pouchdb-server), for CPU measurements; none for COUCHDB_URL. */
  serverPid: number | undefined;
  stop(): Promise<void>;
}

export async function startCouch(): Promise<TestCouch> {
  const runId = randomBytes(3).toString('hex');
  const prefix = `t${runId}-`;
  const choice = chooseTestServer();
  let couch: TestCouch;
  if (choice.kind === 'external') {
    const { baseUrl, credentials } = parseCouchUrl(choice.url);
    if (!credentials) throw new Error('COUCHDB_URL must carry admin credentials: http://admin:password@host:5984/');
    const admin = new CouchClient(baseUrl, credentials);
    const { name, flavour } = await identify(admin);
    couch = describeServer(admin, credentials, runId, prefix, flavour, `${name} (COUCHDB_URL) on ${new URL(baseUrl).host}`, undefined, () =>
      cleanupRun(admin, prefix, runId),
    );
  } else if (choice.kind === 'tarball') {
    const server = await startCouchdbServer(extractedRelease(choice.tarball)).catch((error: unknown) => {
      throw new Error(
        `the CouchDB release ${choice.tarball} exists but did not start (runtime packages: see ../shared/couchdb/README.md, e.g. libicu72): ${String(error)}`,
      );
    });
    const admin = new CouchClient(server.baseUrl, server.admin);
    const { name } = await identify(admin);
    couch = describeServer(admin, server.admin, runId, prefix, 'couchdb', `${name} (tarball) on 127.0.0.1:${server.port}`, server.owned, () => server.stop());
  } else {
    const server = await startPouchdbServer();
    const admin = new CouchClient(server.baseUrl, server.admin);
    couch = describeServer(admin, server.admin, runId, prefix, 'pouchdb-server', `pouchdb-server on 127.0.0.1:${server.port} (fallback: ${choice.reason})`, server.owned, () => server.stop());
  }
  console.log(`test couch: ${couch.description}`);
  return couch;
}

/** "Apache CouchDB 3.4.3" (vendor "The Apache Software Foundation"), from the welcome document. */
async function identify(admin: CouchClient): Promise<{ name: string; flavour: TestCouch['flavour'] }> {
  const info = await waitUntilAnswering(admin);
  const vendor = info.vendor?.name ?? '';
  if (/apache/i.test(vendor)) return { name: `Apache CouchDB ${info.version ?? '?'}`, flavour: 'couchdb' };
  return { name: `${vendor || 'a CouchDB-compatible server'} ${info.version ?? ''}`.trim(), flavour: 'pouchdb-server' };
}

async function waitUntilAnswering(client: CouchClient): Promise<Awaited<ReturnType<CouchClient['serverInfo']>>> {
  const deadline = Date.now() + 20_000;
  for (;;) {
    try {
      return await client.serverInfo();
    } catch (error) {
      if (Date.now() > deadline) throw new Error(`CouchDB at ${client.baseUrl} did not answer: ${String(error)}`, { cause: error });
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
}

function describeServer(
  admin: CouchClient,
  adminAuth: CouchCredentials,
  runId: string,
  prefix: string,
  flavour: TestCouch['flavour'],
  description: string,
  owned: OwnedResources | undefined,
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
    description,
    owned,
    serverPid: owned?.pids[0],
    stop,
  };
}

import { existsSync } from 'node:fs';
import { releaseTarballPath } from './couchdb-release';

/**
 * Which server the tests run against, in this order (DESIGN.md §10):
 * 1. `COUCHDB_URL`: any CouchDB the developer points at (e.g. the official `couchdb:3` image);
 * 2. the Apache CouchDB release tarball (`COUCHDB_TARBALL`, default ../shared/couchdb/…): a
 *    fresh server per test file;
 * 3. pouchdb-server, only where neither exists, and the reason is said.
 * A tarball that exists but does not start is an error, never a silent fallback: CI must not
 * quietly go back to testing against the weaker server.
 */
export type TestServerChoice =
  | { kind: 'external'; url: string }
  | { kind: 'tarball'; tarball: string }
  | { kind: 'pouchdb-server'; reason: string };

export function chooseTestServer(env: NodeJS.ProcessEnv = process.env, exists: (file: string) => boolean = existsSync): TestServerChoice {
  if (env.COUCHDB_URL) return { kind: 'external', url: env.COUCHDB_URL };
  const tarball = releaseTarballPath(env);
  if (exists(tarball)) return { kind: 'tarball', tarball };
  return { kind: 'pouchdb-server', reason: `no COUCHDB_URL and no CouchDB release at ${tarball}` };
}

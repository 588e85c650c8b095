import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The Apache CouchDB release tarball the tests run (../shared/couchdb, see its README), extracted
 * once per machine into a cache folder keyed by the tarball's SHA-256, because extraction costs
 * about 2.5 s and every integration test file starts its own server. The cache is never run
 * from: each server gets its own folder linked from it (`server-folder.ts`).
 *
 * Invariants: a cache folder is complete or absent (extracted beside it, renamed into place
 * in one step, so concurrent runs — or other engineers' — never see half a release); it belongs
 * to this user and nobody else may write it (tmpdir is shared: a folder someone else planted
 * there must never be run).
 */

export const REPO_ROOT = fileURLToPath(new URL('../../..', import.meta.url));
export const DEFAULT_TARBALL = path.resolve(REPO_ROOT, '../shared/couchdb/apache-couchdb-3.4.3-bookworm-x86_64.tar.xz');

export interface CouchdbRelease {
  tarball: string;
  sha256: string;
  /** The extracted `couchdb/` folder (read-only by convention: link from it, never write). */
  root: string;
  /** ERTS version, from releases/start_erl.data: the port mapper is `erts-<v>/bin/epmd`. */
  ertsVersion: string;
}

/** Where the tarball is expected: `COUCHDB_TARBALL`, else the shared default. */
export function releaseTarballPath(env: NodeJS.ProcessEnv = process.env): string {
  return env.COUCHDB_TARBALL ? path.resolve(env.COUCHDB_TARBALL) : DEFAULT_TARBALL;
}

const cacheParent = () => path.join(tmpdir(), `village-kiosk-couchdb-${process.getuid?.() ?? 'user'}`);

/** The extracted release for `tarball`, extracting it on first use. Throws when tar fails. */
export function extractedRelease(tarball: string): CouchdbRelease {
  const sha256 = createHash('sha256').update(readFileSync(tarball)).digest('hex');
  const parent = cacheParent();
  mkdirSync(parent, { recursive: true, mode: 0o700 });
  assertOwnedPrivately(parent);
  const target = path.join(parent, sha256.slice(0, 16));
  if (!existsSync(path.join(target, 'couchdb', 'releases', 'start_erl.data'))) {
    const staging = mkdtempSync(path.join(parent, 'extracting-'));
    const tar = spawnSync('tar', ['-xJf', tarball, '-C', staging], { encoding: 'utf8' });
    if (tar.status !== 0) {
      rmSync(staging, { recursive: true, force: true });
      throw new Error(`could not extract ${tarball}: ${tar.stderr || tar.error?.message}`);
    }
    writeFileSync(path.join(staging, 'sha256'), `${sha256}\n`);
    try {
      renameSync(staging, target);
    } catch {
      // Another run renamed its copy first: that one is complete, use it.
      rmSync(staging, { recursive: true, force: true });
    }
  }
  const root = path.join(target, 'couchdb');
  const ertsVersion = readFileSync(path.join(root, 'releases', 'start_erl.data'), 'utf8').trim().split(/\s+/)[0]!;
  return { tarball, sha256, root, ertsVersion };
}

function assertOwnedPrivately(dir: string): void {
  const info = lstatSync(dir);
  const uid = process.getuid?.();
  if (!info.isDirectory() || (uid !== undefined && info.uid !== uid) || (statSync(dir).mode & 0o022) !== 0) {
    throw new Error(`refusing to use the CouchDB cache ${dir}: it must be a directory owned by this user and writable by nobody else`);
  }
}

import { copyFileSync, linkSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { CouchdbRelease } from './couchdb-release';

/**
 * A fresh folder for one CouchDB server: the release's files hard-linked from the cache (about
 * 1,200 files in well under 0.1 s instead of 2.5 s of extraction), except the folders CouchDB
 * writes into, which are real copies. Measured: on first start CouchDB rewrites `etc/local.ini`
 * (its uuid) and creates files under `data/` and `var/`; through a hard link that would change
 * the cached release and every later server. So nothing the server may write is ever a link.
 */
const WRITTEN_BY_SERVER = new Set(['etc', 'data', 'var']);

export interface ServerConfig {
  port: number;
  adminPassword: string;
  /** The Erlang distribution cookie, so the VM never reads or creates ~/.erlang.cookie. */
  cookie: string;
  /** Server identity and the key that signs session cookies: set before start (see writeConfig). */
  uuid: string;
  authSecret: string;
  /** A node of a cluster (README "A cluster on one machine"): not single-node, its own distribution port range. */
  cluster?: { distPortMin: number };
}

/** Returns the temp folder; the server's root is `<folder>/couchdb`. */
export function createServerFolder(release: CouchdbRelease, config: ServerConfig): string {
  const folder = mkdtempSync(path.join(tmpdir(), 'test-couchdb-'));
  const root = path.join(folder, 'couchdb');
  mkdirSync(root);
  for (const entry of readdirSync(release.root)) {
    copyTree(path.join(release.root, entry), path.join(root, entry), WRITTEN_BY_SERVER.has(entry) ? 'copy' : 'link');
  }
  writeConfig(root, config);
  return folder;
}

function copyTree(from: string, to: string, mode: 'copy' | 'link'): void {
  const info = lstatSync(from);
  if (info.isSymbolicLink()) symlinkSync(readlinkSync(from), to);
  else if (info.isDirectory()) {
    mkdirSync(to, { mode: info.mode });
    for (const entry of readdirSync(from)) copyTree(path.join(from, entry), path.join(to, entry), mode);
  } else if (mode === 'link') linkSync(from, to);
  else copyFileSync(from, to);
}

/**
 * The steps of ../shared/couchdb/README.md: bind to 127.0.0.1 on the given port, an admin with
 * a random password, a node name unique per port. Two additions keep servers isolated from
 * the machine: their own cookie, and `-start_epmd false` so that if the private port mapper is
 * gone the VM fails instead of starting a daemon port mapper nobody would ever stop.
 * Logging at `warning` keeps CouchDB from writing a line per request into the test's pipe.
 * `uuid` and `[chttpd_auth] secret` are set up front, as a county installation sets them once:
 * left to the first start, CouchDB generated them while the first replication jobs were
 * logging in (measured: gather jobs created within ~2 s of start failed with `unauthorized`
 * and then waited out the scheduler's backoff, ~40 s, before their first document).
 */
function writeConfig(root: string, config: ServerConfig): void {
  writeFileSync(
    path.join(root, 'etc', 'local.d', '10-test.ini'),
    [
      '[chttpd]',
      'bind_address = 127.0.0.1',
      `port = ${config.port}`,
      '[admins]',
      `admin = ${config.adminPassword}`,
      '[couchdb]',
      `uuid = ${config.uuid}`,
      ...(config.cluster ? ['single_node = false'] : []),
      '[chttpd_auth]',
      `secret = ${config.authSecret}`,
      '[log]',
      'level = warning',
      '',
    ].join('\n'),
  );
  const vmArgsPath = path.join(root, 'etc', 'vm.args');
  const vmArgs = readFileSync(vmArgsPath, 'utf8');
  const named = vmArgs.replace(/^-name couchdb@127\.0\.0\.1$/m, `-name couchdb-${config.port}@127.0.0.1`);
  if (named === vmArgs) throw new Error(`${vmArgsPath} has no "-name couchdb@127.0.0.1" line to make unique`);
  const distribution = config.cluster
    ? `-kernel inet_dist_listen_min ${config.cluster.distPortMin}\n-kernel inet_dist_listen_max ${config.cluster.distPortMin + 5}\n`
    : '';
  writeFileSync(vmArgsPath, `${named.trimEnd()}\n-setcookie ${config.cookie}\n-start_epmd false\n${distribution}`);
}

import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, realpathSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { VillageDatabaseNames } from '../couchdb/database-names';
import { CliError } from './cli-errors';

/**
 * The file a kiosk is enrolled with: everything it needs to replicate with the county, including
 * its CouchDB password. It is written with mode 0600, never inside the repository or any git
 * work tree (a password must never be committed), and replaced atomically so a reader never
 * sees half a file.
 */
export interface EnrollmentFile {
  /** The county CouchDB as kiosks reach it, without credentials, ending with '/'. */
  couchUrl: string;
  village: string;
  /** The village's human name beside its code (`provision --name`, `--name-en`); shown to the clerk. */
  villageName?: { zh: string; en?: string };
  kioskId: string;
  username: string;
  password: string;
  /** Database names (not URLs): the village's own and the county-wide policies and alerts. */
  databases: VillageDatabaseNames & { policies: string; alerts: string };
  /** The county's Ed25519 public key (base64): the kiosk applies only what it signed. */
  countyPublicKey?: string;
}

/** The repository this CLI runs from: two levels above sync/county-cli/. */
export const REPOSITORY_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** Throws when `outPath` may not hold an enrollment file; returns the absolute path. */
export function checkEnrollmentPath(outPath: string, repositoryRoot = REPOSITORY_ROOT): string {
  const target = path.resolve(outPath);
  assertOutsideRepositories(path.dirname(target), repositoryRoot);
  return target;
}

export function writeEnrollmentFile(outPath: string, enrollment: EnrollmentFile, repositoryRoot = REPOSITORY_ROOT): string {
  const target = checkEnrollmentPath(outPath, repositoryRoot);
  const directory = path.dirname(target);
  mkdirSync(directory, { recursive: true, mode: 0o700 });
  const temporary = `${target}.${randomBytes(4).toString('hex')}.tmp`;
  try {
    writeFileSync(temporary, `${JSON.stringify(enrollment, null, 2)}\n`, { mode: 0o600, flag: 'wx' });
    chmodSync(temporary, 0o600);
    renameSync(temporary, target);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
  return target;
}

/** Refuses the repository itself and any directory inside a git work tree (symlinks resolved). */
export function assertOutsideRepositories(directory: string, repositoryRoot: string, what = 'an enrollment file (it holds a password)'): void {
  const real = realExisting(directory);
  const root = realExisting(repositoryRoot);
  if (isInside(real, root)) {
    throw new CliError(`refusing to write ${what} inside the repository ${root}: choose a path outside it`);
  }
  for (let dir = real; ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, '.git'))) {
      throw new CliError(`refusing to write ${what} inside the git work tree ${dir}: choose a path outside it`);
    }
    if (path.dirname(dir) === dir) return;
  }
}

function isInside(child: string, parent: string): boolean {
  const relative = path.relative(parent, child);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}

/** realpath of the deepest existing ancestor, with the missing rest appended. */
function realExisting(target: string): string {
  const missing: string[] = [];
  let current = path.resolve(target);
  while (!existsSync(current)) {
    missing.unshift(path.basename(current));
    const parent = path.dirname(current);
    if (parent === current) break;
    current = parent;
  }
  return path.join(realpathSync(current), ...missing);
}

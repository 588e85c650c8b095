import * as nodeFs from 'node:fs';
import path from 'node:path';

export type AtomicFs = Pick<typeof nodeFs, 'mkdirSync' | 'openSync' | 'writeSync' | 'fsyncSync' | 'closeSync' | 'renameSync' | 'rmSync' | 'chmodSync'>;
export type StaleTempFs = Pick<typeof nodeFs, 'readdirSync' | 'rmSync'>;

const TEMP_SUFFIX = '.tmp';
const tempPrefix = (filePath: string) => `${path.basename(filePath)}.`;

/**
 * Writes `bytes` to `filePath` so that a reader (or a restart after a crash or power cut) sees
 * either the old or the new content, never a torn file: a temporary file in the same directory
 * is written, flushed and renamed over the target. The file is created with `mode` (0600 for
 * secrets: only the kiosk's user may read it); the mode is applied again in case the target
 * already existed with a looser one.
 */
export function writeFileAtomically(filePath: string, bytes: Uint8Array, mode: number, fs: AtomicFs = nodeFs): void {
  const dir = path.dirname(filePath);
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  const unique = `${process.pid}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
  const temp = path.join(dir, `${tempPrefix(filePath)}${unique}${TEMP_SUFFIX}`);
  try {
    // 'wx' with the final mode: the temporary file holds the same secret as the target, so it
    // is never readable by anyone else, not even for the moment before the rename.
    const fd = fs.openSync(temp, 'wx', mode);
    try {
      for (let written = 0; written < bytes.length; ) written += fs.writeSync(fd, bytes, written);
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    fs.chmodSync(temp, mode);
    fs.renameSync(temp, filePath);
  } catch (error) {
    fs.rmSync(temp, { force: true });
    throw error;
  }
  syncDirectory(dir, fs);
}

/** Makes the rename itself durable on Linux; Windows cannot open directories, so best effort. */
function syncDirectory(dir: string, fs: AtomicFs): void {
  try {
    const fd = fs.openSync(dir, 'r');
    try {
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
  } catch {
    // the file itself is complete on disk already
  }
}

/**
 * Removes the temporary files of `filePath` that a process killed mid-write left behind
 * (`<name>.<unique>.tmp`). They are never read, but for a credentials file they hold the
 * password: call this at start, before anything else writes the file.
 */
export function removeStaleTempFiles(filePath: string, fs: StaleTempFs = nodeFs): void {
  const dir = path.dirname(filePath);
  const prefix = tempPrefix(filePath);
  let names: string[];
  try {
    names = fs.readdirSync(dir);
  } catch {
    return; // no directory yet: nothing was ever written
  }
  for (const name of names) {
    if (name.startsWith(prefix) && name.endsWith(TEMP_SUFFIX) && name.length > prefix.length + TEMP_SUFFIX.length) {
      fs.rmSync(path.join(dir, name), { force: true });
    }
  }
}

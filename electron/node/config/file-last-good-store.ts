import * as nodeFs from 'node:fs';
import path from 'node:path';
import { parseConfigText } from '#kiosk-config/parse-config-text';
import type { LastGoodStore } from './last-good-store';

/** The parts of node:fs the store uses; tests pass a wrapper that fails on purpose (full disk). */
export type StoreFs = Pick<
  typeof nodeFs,
  'readFileSync' | 'readdirSync' | 'mkdirSync' | 'openSync' | 'writeSync' | 'fsyncSync' | 'closeSync' | 'renameSync' | 'rmSync'
>;

/**
 * File-backed last-good store. A save writes a temporary file beside the target, flushes it to
 * disk, then renames it over the target: rename within one directory is atomic, so after a
 * killed process, a power cut or a full disk the file holds either the old or the new document,
 * never a torn one. A stored file that still cannot be parsed is reported and ignored.
 */
export function createFileLastGoodStore(filePath: string, fs: StoreFs = nodeFs): LastGoodStore {
  return {
    location: filePath,
    load() {
      removeStaleTempFiles(fs, filePath);
      let text: string;
      try {
        text = fs.readFileSync(filePath, 'utf8');
      } catch (error) {
        if (errorCode(error) === 'ENOENT') return { status: 'empty' };
        const message = `could not read the saved county configuration (${errorCode(error) ?? String(error)})`;
        return { status: 'unusable', problem: { layer: 'county', source: filePath, path: '', message } };
      }
      const parsed = parseConfigText(text, filePath, 'county');
      return parsed.ok ? { status: 'found', raw: parsed.raw } : { status: 'unusable', problem: parsed.problem };
    },
    save(raw) {
      writeFileAtomically(fs, filePath, `${JSON.stringify(raw, null, 2)}\n`);
    },
  };
}

const TEMP_SUFFIX = '.tmp';

function tempPrefix(filePath: string): string {
  return `${path.basename(filePath)}.`;
}

function writeFileAtomically(fs: StoreFs, filePath: string, text: string): void {
  fs.mkdirSync(path.dirname(filePath), { recursive: true });
  // Unique per process and call, so two writers never share a temporary file.
  const unique = `${process.pid}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
  const temp = path.join(path.dirname(filePath), `${tempPrefix(filePath)}${unique}${TEMP_SUFFIX}`);
  try {
    const fd = fs.openSync(temp, 'w', 0o600);
    try {
      const bytes = Buffer.from(text, 'utf8');
      for (let written = 0; written < bytes.length; ) written += fs.writeSync(fd, bytes, written);
      fs.fsyncSync(fd); // the bytes are on disk before the rename makes them the document
    } finally {
      fs.closeSync(fd);
    }
    fs.renameSync(temp, filePath);
  } catch (error) {
    fs.rmSync(temp, { force: true });
    throw error;
  }
  syncDirectory(fs, path.dirname(filePath));
}

/** Makes the rename itself survive a power cut (Linux). Windows cannot open directories: skipped. */
function syncDirectory(fs: StoreFs, dir: string): void {
  try {
    const fd = fs.openSync(dir, 'r');
    try {
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
  } catch {
    // best effort: the document itself is already complete on disk
  }
}

/** Temporary files left by a process killed mid-save are never read; they are only litter. */
function removeStaleTempFiles(fs: StoreFs, filePath: string): void {
  try {
    const prefix = tempPrefix(filePath);
    for (const name of fs.readdirSync(path.dirname(filePath))) {
      if (name.startsWith(prefix) && name.endsWith(TEMP_SUFFIX)) fs.rmSync(path.join(path.dirname(filePath), name), { force: true });
    }
  } catch {
    // a missing directory simply means nothing was saved yet
  }
}

function errorCode(error: unknown): string | undefined {
  return error instanceof Error && 'code' in error && typeof error.code === 'string' ? error.code : undefined;
}

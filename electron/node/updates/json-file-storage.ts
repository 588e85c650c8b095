import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';

/**
 * A small JSON value kept in one file, replaced atomically (write then rename) so a crash never
 * leaves half a record. An unreadable file counts as absent: the update state is advisory and a
 * fresh start is always safe (the key ring then falls back to the enrollment key).
 */
export function jsonFileStorage<T>(file: string): { load(): T | undefined; save(value: T): void } {
  return {
    load() {
      if (!existsSync(file)) return undefined;
      try {
        return JSON.parse(readFileSync(file, 'utf8')) as T;
      } catch {
        return undefined;
      }
    },
    save(value) {
      const temp = `${file}.tmp`;
      writeFileSync(temp, JSON.stringify(value), { mode: 0o600 });
      renameSync(temp, file);
    },
  };
}

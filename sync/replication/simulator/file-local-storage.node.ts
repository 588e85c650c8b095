import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';

/**
 * A `localStorage` kept in one JSON file, for RxDB's localstorage storage in Node tools that
 * must survive being killed (the sync simulator's crash test). Not for the kiosk: the renderer
 * uses Dexie on IndexedDB.
 *
 * Crash consistency: all writes made in one turn of the event loop are saved together, by
 * writing a temporary file and renaming it over the old one (atomic on POSIX). RxDB's
 * localstorage storage does each bulk write synchronously, so a SIGKILL loses whole recent
 * writes, never half of one: the same promise a database with group commit gives. Writes of
 * the last turn before a kill may be lost, as with any storage that acknowledges before fsync.
 */
export interface FileLocalStorage extends Storage {
  /** Writes pending changes now. */
  flush(): void;
}

export function createFileLocalStorage(file: string): FileLocalStorage {
  const data = new Map<string, string>(existsSync(file) ? Object.entries(JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>) : []);
  let scheduled = false;
  const flush = () => {
    scheduled = false;
    const temporary = `${file}.tmp`;
    writeFileSync(temporary, JSON.stringify(Object.fromEntries(data)));
    renameSync(temporary, file);
  };
  const changed = () => {
    if (scheduled) return;
    scheduled = true;
    setImmediate(flush);
  };
  return {
    get length() {
      return data.size;
    },
    key: (index: number) => [...data.keys()][index] ?? null,
    getItem: (key: string) => data.get(key) ?? null,
    setItem(key: string, value: string) {
      data.set(key, String(value));
      changed();
    },
    removeItem(key: string) {
      if (data.delete(key)) changed();
    },
    clear() {
      data.clear();
      changed();
    },
    flush,
  };
}

import Dexie, { type Table } from 'dexie';
import type { PolicyIndexEntry } from '#sync/search/policy-index-entry';
import type { PolicyIndexCache } from './policy-index-cache';

/**
 * The policy index cache on IndexedDB (Dexie, already the kiosk's RxDB storage). Stored as a
 * structured clone, not JSON text: no stringify on write, no parse on read. A separate
 * database from RxDB's so it can be dropped or rebuilt without touching the kiosk's data.
 */
const KEY = 'current';

class PolicyIndexDatabase extends Dexie {
  entries!: Table<PolicyIndexEntry, string>;

  constructor(name: string) {
    super(name);
    this.version(1).stores({ entries: '' });
  }
}

export function createIdbPolicyIndexCache(name: string): PolicyIndexCache {
  const db = new PolicyIndexDatabase(name);
  return {
    async read() {
      try {
        return await db.entries.get(KEY);
      } catch (error) {
        console.warn('[kiosk] policy search index cache unreadable; it will be rebuilt', error);
        return undefined;
      }
    },
    async write(entry) {
      try {
        await db.entries.put(entry, KEY);
      } catch (error) {
        // A full disk costs only the next start's speed: the index in memory is unaffected.
        console.warn('[kiosk] policy search index not cached', error);
      }
    },
  };
}

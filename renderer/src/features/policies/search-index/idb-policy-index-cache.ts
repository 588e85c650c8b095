import { createStore, get, set } from 'idb-keyval';
import type { PolicyIndexEntry } from '#sync/search/policy-index-entry';
import type { PolicyIndexCache } from './policy-index-cache';

/**
 * The policy index cache on IndexedDB, through idb-keyval (one key, one value; tesseract.js
 * already ships it). Not Dexie: RxDB bundles its own Dexie, and a second copy refuses to load
 * in the same page ("Two different versions of Dexie loaded"). Stored as a structured clone,
 * not JSON text: no stringify on write, no parse on read. A database of its own, so it can be
 * dropped or rebuilt without touching the kiosk's data.
 */
const KEY = 'current';

export function createIdbPolicyIndexCache(name: string): PolicyIndexCache {
  const store = createStore(name, 'entries');
  return {
    async read() {
      try {
        return await get<PolicyIndexEntry>(KEY, store);
      } catch (error) {
        console.warn('[kiosk] policy search index cache unreadable; it will be rebuilt', error);
        return undefined;
      }
    },
    async write(entry) {
      try {
        await set(KEY, entry, store);
      } catch (error) {
        // A full disk costs only the next start's speed: the index in memory is unaffected.
        console.warn('[kiosk] policy search index not cached', error);
      }
    },
  };
}

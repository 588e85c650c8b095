import { createBlobStore } from '#sync/blobs/blob-store';
import { openIdbBlobPouch } from '#sync/blobs/blob-pouch-idb';
import { createIdbPolicyIndexCache } from '../features/policies/search-index/idb-policy-index-cache';
import type { KioskData } from './data-context';
import { openKioskDatabase } from './open-kiosk-database';

/**
 * The production stores: RxDB on Dexie/IndexedDB and the blob PouchDB on pouchdb-adapter-idb.
 * Asks the browser to keep this origin's storage (unsynced reports live here); Electron grants
 * it for app://kiosk, browser mode may decline, which is logged, not fatal.
 */
export async function openBrowserKioskData(): Promise<KioskData> {
  if (navigator.storage?.persist) {
    void navigator.storage.persist().then((granted) => {
      if (!granted) console.warn('[kiosk] persistent storage not granted: the browser may evict data under disk pressure');
    });
  }
  const database = await openKioskDatabase({ name: 'village-kiosk' });
  const blobs = createBlobStore(openIdbBlobPouch('village-kiosk-blobs'));
  return {
    database,
    blobs,
    policyIndexCache: createIdbPolicyIndexCache('village-kiosk-policy-index'),
    close: async () => {
      await database.close();
      await blobs.close();
    },
  };
}

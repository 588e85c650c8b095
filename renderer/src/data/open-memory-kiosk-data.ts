import { getRxStorageMemory } from 'rxdb/plugins/storage-memory';
import { openMemoryBlobPouch } from '#sync/blobs/blob-pouch-memory';
import { createBlobStore } from '#sync/blobs/blob-store';
import { createMemoryPolicyIndexCache } from '../features/policies/search-index/policy-index-cache';
import type { KioskData } from './data-context';
import { closeKioskDatabase, openKioskDatabase } from './open-kiosk-database';

let counter = 0;
const open = new Set<KioskData>();

/**
 * Fresh in-memory stores, for component tests (each call gets its own names). RxDB's
 * open-source build allows 13 collections per process, so any stores a previous test left
 * open are closed first.
 */
export async function openMemoryKioskData(): Promise<KioskData> {
  await Promise.all([...open].map(async (data) => data.close()));
  counter += 1;
  const name = `kiosk-test-${counter}-${Math.random().toString(36).slice(2, 8)}`;
  const database = await openKioskDatabase({ name, storage: getRxStorageMemory() });
  const blobs = createBlobStore(openMemoryBlobPouch(`${name}-blobs`));
  const data: KioskData = {
    database,
    blobs,
    policyIndexCache: createMemoryPolicyIndexCache(),
    async close() {
      open.delete(data);
      if (!database.closed) await closeKioskDatabase(database);
      await blobs.close();
    },
  };
  open.add(data);
  return data;
}

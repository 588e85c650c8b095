import type { RxStorage } from 'rxdb';
import { getRxStorageDexie } from 'rxdb/plugins/storage-dexie';
import { closeKioskDatabase, createKioskDatabase } from '#sync/schema/create-kiosk-database';
import type { CreateKioskDatabaseOptions } from '#sync/schema/create-kiosk-database';
import type { KioskDatabase } from './kiosk-database-types';

/**
 * Opens the kiosk's database in the renderer (DESIGN.md §4): Dexie storage on the browser's
 * IndexedDB unless a storage is given (tests pass Dexie over fake-indexeddb), dev-mode in
 * development builds only. The collections and migrations come from sync/schema.
 */

export interface OpenKioskDatabaseOptions extends Omit<CreateKioskDatabaseOptions, 'storage' | 'devMode'> {
  /** Default: Dexie on the global IndexedDB. */
  storage?: RxStorage<unknown, unknown>;
  /** Default: `import.meta.env.DEV` (true under `vite dev` and Vitest, false in built bundles). */
  devMode?: boolean;
}

export async function openKioskDatabase(options: OpenKioskDatabaseOptions): Promise<KioskDatabase> {
  return createKioskDatabase({
    ...options,
    storage: options.storage ?? getRxStorageDexie(),
    devMode: options.devMode ?? isViteDev(),
  });
}

export { closeKioskDatabase };

/**
 * `import.meta.env` exists only where Vite or Vitest defined it; the `typeof` guard keeps this
 * safe elsewhere (plain Node, tsx). Written literally so Vite folds it to a constant in
 * built bundles (an optional chain would escape Vite's replacement). The dev-mode plugin is
 * a lazily imported chunk, never loaded in production.
 */
function isViteDev(): boolean {
  return typeof import.meta.env !== 'undefined' && import.meta.env.DEV === true;
}

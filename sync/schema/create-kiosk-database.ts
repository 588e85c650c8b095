import { addRxPlugin, createRxDatabase } from 'rxdb';
import type { RxCollection, RxCollectionCreator, RxDatabase, RxStorage } from 'rxdb';
import { RxDBMigrationSchemaPlugin } from 'rxdb/plugins/migration-schema';
import { KIOSK_COLLECTION_NAMES, kioskCollections } from './collections';
import type { KioskCollectionName, KioskDocTypes } from './collections';

/**
 * Creates the kiosk database from the collection definitions: every collection, schema
 * migrations run before it returns (RxDB blocks writes to a collection while its migration
 * is pending, so callers never see a half-migrated collection).
 *
 * Runtime-neutral on purpose: the storage is passed in. The renderer opens it on Dexie over
 * IndexedDB (renderer/src/data/open-kiosk-database.ts); Node tests and the replication's
 * tests use memory storage or Dexie over fake-indexeddb (PITFALLS.md).
 */

export type KioskCollections = { [N in KioskCollectionName]: RxCollection<KioskDocTypes[N]> };
export type KioskDatabase = RxDatabase<KioskCollections>;

export interface CreateKioskDatabaseOptions {
  /** Database name; must match ^[a-z][_$a-zA-Z0-9-]*$ (RxDB's rule). */
  name: string;
  storage: RxStorage<unknown, unknown>;
  /**
   * RxDB dev-mode: schema and query checks, and every write validated against its schema.
   * For development and tests only: it slows every write, its validator compiles code at
   * run time (refused by a strict CSP), and in a browser it adds a tracking iframe.
   */
  devMode?: boolean;
  /**
   * Default false: the kiosk shows a single window per origin, and multi-instance mode would
   * make the replication wait for a leader election before it starts.
   */
  multiInstance?: boolean;
}

/** Once added, dev-mode stays on for the whole process (RxDB plugins cannot be removed). */
let devModeActive = false;

export function isDevModeActive(): boolean {
  return devModeActive;
}

export async function createKioskDatabase(options: CreateKioskDatabaseOptions): Promise<KioskDatabase> {
  addRxPlugin(RxDBMigrationSchemaPlugin);
  if (options.devMode === true) await enableDevMode();
  // Dev-mode refuses a storage without a validator, also for databases opened later with devMode false.
  const storage = devModeActive ? await withValidation(options.storage) : options.storage;

  const database = await createRxDatabase<KioskCollections>({
    name: options.name,
    storage,
    multiInstance: options.multiInstance ?? false,
  });
  try {
    const creators = {} as Record<KioskCollectionName, RxCollectionCreator>;
    for (const name of KIOSK_COLLECTION_NAMES) {
      const { schema, migrationStrategies } = kioskCollections[name];
      creators[name] = { schema, migrationStrategies };
    }
    await database.addCollections(creators);
  } catch (error) {
    // Release the storage and the collection slots (13 per process, PITFALLS.md) before failing.
    await database.close();
    throw error;
  }
  return database;
}

/** Closes the database and its collections. Tests must close what they open (PITFALLS.md). */
export async function closeKioskDatabase(database: KioskDatabase): Promise<void> {
  await database.close();
}

async function enableDevMode(): Promise<void> {
  if (devModeActive) return;
  // Loaded lazily so production bundles do not carry it.
  const { RxDBDevModePlugin, disableWarnings } = await import('rxdb/plugins/dev-mode');
  disableWarnings();
  addRxPlugin(RxDBDevModePlugin);
  devModeActive = true;
}

/**
 * RxDB's ajv wrapper compiles validators at run time (`new Function`): fine in development
 * and Node. Production code checks server documents with validate-document.ts instead.
 */
async function withValidation(storage: RxStorage<unknown, unknown>): Promise<RxStorage<unknown, unknown>> {
  const { wrappedValidateAjvStorage } = await import('rxdb/plugins/validate-ajv');
  return wrappedValidateAjvStorage({ storage });
}

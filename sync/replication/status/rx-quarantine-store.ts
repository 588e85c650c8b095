import type { RxCollection, RxDatabase, RxJsonSchema } from 'rxdb';
import type { KioskCollectionName } from '../../schema/collections';
import { boundedReason, quarantineKey, type QuarantineDirection, type QuarantineEntry, type QuarantineStore } from './quarantine-store';

/**
 * The quarantine kept in the kiosk database itself, as one extra collection, so it survives
 * restarts with the documents it talks about and the clerk's screen can watch it.
 *
 * Why a collection and not RxDB local documents: local documents need `localDocuments: true`
 * when the database is created (sync/schema owns that), and a raw storage instance would need
 * RxDB internals. Cost: one more of the 13 collections the open-source RxDB allows per
 * process (PITFALLS.md): a kiosk database with sync uses 6, so two fit in one process.
 */
export const QUARANTINE_COLLECTION = 'sync_quarantine';

/** `collection` is a reserved top-level name in RxDB, hence `collectionName`. */
interface QuarantineDoc extends Omit<QuarantineEntry, 'collection'> {
  key: string;
  collectionName: QuarantineEntry['collection'];
}

const quarantineSchema: RxJsonSchema<QuarantineDoc> = {
  title: 'sync quarantine',
  description: 'Documents the county server refused, or malformed documents it sent',
  version: 0,
  primaryKey: 'key',
  type: 'object',
  properties: {
    key: { type: 'string', maxLength: 300 },
    collectionName: { type: 'string', maxLength: 32 },
    docId: { type: 'string', maxLength: 256 },
    direction: { type: 'string', enum: ['push', 'pull'], maxLength: 8 },
    reason: { type: 'string', maxLength: 500 },
    at: { type: 'string', maxLength: 40 },
    document: { type: 'object', additionalProperties: true },
  },
  required: ['key', 'collectionName', 'docId', 'direction', 'reason', 'at'],
  additionalProperties: false,
};

export async function openRxQuarantineStore(database: RxDatabase): Promise<QuarantineStore> {
  const existing = database.collections[QUARANTINE_COLLECTION] as RxCollection<QuarantineDoc> | undefined;
  const collection =
    existing ??
    ((await database.addCollections({ [QUARANTINE_COLLECTION]: { schema: quarantineSchema } }))[QUARANTINE_COLLECTION] as RxCollection<QuarantineDoc>);
  // Keys present, so that clearing after every successful push (the common case: nothing to
  // clear) costs no query.
  const keys = new Set((await collection.find().exec()).map((doc) => doc.key));
  const keyOf = (name: string, docId: string, direction: QuarantineDirection) =>
    quarantineKey(name, docId.slice(0, 256), direction).slice(0, 300);
  return {
    async put(entry) {
      const docId = entry.docId.slice(0, 256);
      const key = keyOf(entry.collection, docId, entry.direction);
      keys.add(key);
      await collection.upsert({
        key,
        collectionName: entry.collection,
        docId,
        direction: entry.direction,
        reason: boundedReason(entry.reason),
        at: entry.at.slice(0, 40),
        ...(entry.document ? { document: entry.document } : {}),
      });
    },
    async clear(name: KioskCollectionName, docId: string, direction: QuarantineDirection) {
      const key = keyOf(name, docId, direction);
      if (!keys.delete(key)) return;
      const doc = await collection.findOne(key).exec();
      if (doc) await doc.remove();
    },
    async list() {
      return (await collection.find().exec()).map((doc) => toEntry(doc.toJSON()));
    },
    subscribe(listener) {
      const subscription = collection.find().$.subscribe((docs) => listener(docs.map((doc) => toEntry(doc.toJSON()))));
      return () => subscription.unsubscribe();
    },
  };
}

function toEntry(doc: QuarantineDoc): QuarantineEntry {
  return {
    collection: doc.collectionName,
    docId: doc.docId,
    direction: doc.direction,
    reason: doc.reason,
    at: doc.at,
    ...(doc.document ? { document: doc.document } : {}),
  };
}

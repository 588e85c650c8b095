import type { KioskDatabase } from '../../schema/create-kiosk-database';
import type { KioskConfigDocType } from '../../schema/kiosk-config-doc-schema';
import type { CouchReplicationState } from './collection-replication';
import { contentOf } from '../transport/couch-doc-mapping';

/**
 * Hands every county configuration document to the host as it arrives (pulled), and the
 * stored ones once at start: a document that arrived just before a crash is applied on the
 * next start. The host validates it and keeps the last good configuration (DESIGN.md §7), so
 * applying the same document twice is harmless. Returns the unsubscribe function.
 */
export async function deliverKioskConfig(
  database: KioskDatabase,
  replication: CouchReplicationState,
  apply: (doc: KioskConfigDocType) => void | Promise<void>,
): Promise<() => void> {
  const deliver = (doc: Record<string, unknown>) => {
    if (doc['_deleted'] === true) return;
    // The host validates the configuration itself and keeps the last good one (DESIGN.md §7).
    void Promise.resolve(apply(contentOf(doc) as unknown as KioskConfigDocType)).catch(() => undefined);
  };
  for (const doc of await database.kiosk_config.find().exec()) deliver(doc.toJSON());
  const subscription = replication.received$.subscribe((doc) => deliver(doc));
  return () => subscription.unsubscribe();
}

import { randomUUID } from 'node:crypto';
import type { RxStorage } from 'rxdb';
import { getRxStorageMemory } from 'rxdb/plugins/storage-memory';
import { createKioskDatabase } from '#sync/schema/create-kiosk-database';
import type { ReportDocType } from '#sync/schema/report-schema';
import { createDirectCouchTransport } from '#sync/replication/transport/direct-couch-transport.node';
import { startKioskSync } from '#sync/replication/kiosk-sync';
import type { BenchVillage } from './sync-bench-village';

/**
 * Our replication as the kiosk runs it (startKioskSync, all five collections wired, status
 * tracked), on RxDB memory storage (PITFALLS.md: Dexie over fake-indexeddb would measure
 * fake-indexeddb). Timed from starting the sync until every report is on the server.
 */
export async function oursPush(
  reports: readonly ReportDocType[],
  village: BenchVillage,
  url: string,
  batchSize: number,
): Promise<{ seconds: number; requests: number; bytesSent: number }> {
  const database = await createKioskDatabase({ name: `bench-${randomUUID().slice(0, 8)}`, storage: getRxStorageMemory() as RxStorage<unknown, unknown> });
  try {
    await database.reports.bulkInsert([...reports]);
    const transport = createDirectCouchTransport({ url, credentials: { username: village.username, password: village.password } });
    const started = performance.now();
    const sync = await startKioskSync({
      database,
      transport,
      enrollment: { village: village.village, kioskId: village.kioskId, databases: village.databases },
      watch: false,
      pushBatchSize: batchSize,
    });
    try {
      do await sync.awaitInSync();
      while (sync.status().pending.reports > 0);
      const seconds = (performance.now() - started) / 1000;
      return { seconds, requests: transport.stats.requests, bytesSent: transport.stats.bytesSent };
    } finally {
      await sync.stop();
    }
  } finally {
    await database.close();
  }
}

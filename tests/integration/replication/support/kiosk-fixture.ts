import { randomUUID } from 'node:crypto';
import { getRxStorageMemory } from 'rxdb/plugins/storage-memory';
import type { RxStorage } from 'rxdb';
import { createKioskDatabase, type KioskDatabase } from '#sync/schema/create-kiosk-database';
import type { ReportDocType } from '#sync/schema/report-schema';
import { generateTrackingCode } from '#sync/schema/tracking-code';
import { createDirectCouchTransport, type DirectCouchTransport } from '#sync/replication/transport/direct-couch-transport.node';
import { startKioskSync, type KioskSync, type KioskSyncOptions } from '#sync/replication/kiosk-sync';
import type { TestCouch, TestVillage } from '#test-support/couch/index';

/**
 * A kiosk for sync tests: RxDB memory storage (Dexie over fake-indexeddb is far too slow for
 * bulk sync in Node, PITFALLS.md), dev-mode on so every write is schema-checked, and a sync
 * with the provisioned kiosk's own credentials. Fast backoff so fault tests recover quickly.
 * Every test must close what it opens (13 collections per process, PITFALLS.md).
 */
export async function openTestKiosk(): Promise<KioskDatabase> {
  return createKioskDatabase({
    name: `kiosk-${randomUUID().slice(0, 8)}`,
    storage: getRxStorageMemory() as RxStorage<unknown, unknown>,
    devMode: true,
  });
}

export function kioskTransport(couch: TestCouch, village: TestVillage, url = couch.baseUrl, timeoutMs = 5_000): DirectCouchTransport {
  return createDirectCouchTransport({ url, credentials: { username: village.username, password: village.password }, timeoutMs });
}

export const FAST_BACKOFF = { baseMs: 50, capMs: 500 };

export function startTestSync(
  database: KioskDatabase,
  village: TestVillage,
  transport: DirectCouchTransport,
  extra: Partial<KioskSyncOptions> = {},
): Promise<KioskSync> {
  return startKioskSync({
    database,
    transport,
    enrollment: { village: village.village, kioskId: village.kioskId, databases: village.databases },
    backoff: FAST_BACKOFF,
    longpollMs: 1_000,
    ...extra,
  });
}

/** A report as the kiosk writes it at creation (validate_doc_update accepts it for this village). */
export function makeReport(village: string, kioskId: string, overrides: Partial<ReportDocType> = {}): ReportDocType {
  return {
    id: randomUUID(),
    type: 'report',
    village,
    kioskId,
    trackingCode: generateTrackingCode(),
    category: 'water',
    phrases: ['水管漏水'],
    text: '村东头的水管坏了',
    group: '1',
    anonymous: false,
    assisted: false,
    coReporters: [],
    reopenRequests: [],
    satisfaction: [],
    status: 'submitted',
    statusHistory: [],
    createdAt: '2025-03-01T07:45:12.000Z',
    ...overrides,
  };
}

/** Every non-design document id of a database, as the county admin sees it. */
export async function serverIds(couch: TestCouch, db: string): Promise<string[]> {
  const { rows } = await couch.admin.allDocs(db);
  return rows.map((row) => row.id).filter((id) => !id.startsWith('_design/'));
}

export async function localIds(database: KioskDatabase, name: 'reports' | 'scans' | 'policies' | 'kiosk_config'): Promise<string[]> {
  const docs = await database.collections[name].find().exec();
  return docs.map((doc) => doc.primary);
}

/** Waits for a condition with a deadline; the message says what never happened. */
export async function waitFor(what: string, check: () => boolean | Promise<boolean>, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`timed out waiting for: ${what}`);
}

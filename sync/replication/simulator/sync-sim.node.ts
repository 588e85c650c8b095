import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { RxStorage } from 'rxdb';
import { getRxStorageLocalstorage } from 'rxdb/plugins/storage-localstorage';
import { getRxStorageMemory } from 'rxdb/plugins/storage-memory';
import { countyDatabaseNames, databaseNames } from '../../couchdb/database-names';
import { createKioskDatabase } from '../../schema/create-kiosk-database';
import { couchJson } from '../transport/couch-http';
import { createDirectCouchTransport, type DirectCouchTransport } from '../transport/direct-couch-transport.node.js';
import { createFileLocalStorage } from './file-local-storage.node.js';
import { startKioskSync, type KioskSyncDatabases } from '../kiosk-sync';
import { simReport, simReportId } from './sim-reports';
import { simulateBlobs } from './sync-sim-blobs.node.js';

/**
 * `npm run sync:sim -- --couch URL --village CODE --kiosk ID --reports N [--blobs M]`
 *
 * Acts as one kiosk: creates N reports (deterministic, see sim-reports.ts) and M blobs, syncs
 * them with the county CouchDB exactly as the kiosk does (startKioskSync over a direct
 * transport), and prints one JSON line:
 *   {"documents":{"local":N,"server":N},"blobs":{"local":M,"server":M},"seconds":…,"bytesSent":…}
 * `server` counts this kiosk's reports (and blobs) on the server. Exit code 0 when everything
 * local is on the server.
 *
 * Options: credentials in the URL or `--user`/`--password=…` (with `=`: generated passwords may start with "-", which parseArgs takes for an option); `--prefix` (database-name prefix of
 * the deployment); `--data DIR` keeps the kiosk database in a file (RxDB localstorage storage
 * over file-local-storage.node.ts) so a killed and restarted simulator resumes where it was;
 * without it, RxDB memory storage (PITFALLS.md: Dexie over fake-indexeddb is far too slow here).
 * `--blob-bytes` (default 150000), `--timeout` seconds (default 300), `--batch` push batch size.
 * `--photo FILE` (JPEG or PNG) and `--voice FILE` (WAV, `--voice-seconds S`) give report 0 a real
 * photo and voice note, uploaded like the kiosk's. The summary's `answers` lists this kiosk's
 * reports that carry a county reply after the sync (what the kiosk would show the villager).
 */
const { values } = parseArgs({
  options: {
    couch: { type: 'string' },
    village: { type: 'string' },
    kiosk: { type: 'string' },
    reports: { type: 'string', default: '10' },
    blobs: { type: 'string', default: '0' },
    'blob-bytes': { type: 'string', default: '150000' },
    user: { type: 'string' },
    password: { type: 'string' },
    prefix: { type: 'string', default: '' },
    data: { type: 'string' },
    timeout: { type: 'string', default: '300' },
    batch: { type: 'string', default: '100' },
    photo: { type: 'string' },
    voice: { type: 'string' },
    'voice-seconds': { type: 'string', default: '2' },
  },
});

function required(name: 'couch' | 'village' | 'kiosk'): string {
  const value = values[name];
  if (!value) {
    console.error(`usage: sync-sim --couch URL --village CODE --kiosk ID --reports N [--blobs M] (missing --${name})`);
    process.exit(2);
  }
  return value;
}

async function main(): Promise<number> {
  const village = required('village');
  const kioskId = required('kiosk');
  const reportCount = Number(values.reports);
  const blobCount = Number(values.blobs);
  const started = performance.now();
  const transport = createDirectCouchTransport({
    url: required('couch'),
    ...(values.user ? { credentials: { username: values.user, password: values.password ?? '' } } : {}),
  });
  const databases: KioskSyncDatabases & { blobs: string } = {
    ...databaseNames(village, values.prefix),
    policies: countyDatabaseNames(values.prefix).policies,
  };

  const database = await createKioskDatabase({ name: `sim-${kioskId}`.toLowerCase().replace(/[^a-z0-9_-]/g, '-'), storage: simStorage(values.data) });
  try {
    const media = {
      ...(values.photo ? { photo: { bytes: new Uint8Array(readFileSync(values.photo)), mime: values.photo.endsWith('.png') ? 'image/png' : 'image/jpeg' } } : {}),
      ...(values.voice ? { voice: { bytes: new Uint8Array(readFileSync(values.voice)), mime: 'audio/wav', seconds: Number(values['voice-seconds']) } } : {}),
    };
    const blobs = await simulateBlobs({ count: blobCount, bytes: Number(values['blob-bytes']), kioskId, transport, blobsDb: databases.blobs, media });
    const wanted = Array.from({ length: reportCount }, (_, index) => simReport(village, kioskId, index, blobs.photoFor(index)));
    const existing = await database.reports.findByIds(wanted.map((report) => report.id)).exec();
    const missing = wanted.filter((report) => !existing.has(report.id));
    if (missing.length > 0) await database.reports.bulkInsert(missing);

    const sync = await startKioskSync({
      database,
      transport,
      enrollment: { village, kioskId, databases },
      watch: false,
      pushBatchSize: Number(values.batch),
    });
    const deadline = Date.now() + Number(values.timeout) * 1000;
    try {
      await Promise.race([untilSent(sync), timeoutAt(deadline)]);
      await blobs.upload(deadline);
    } finally {
      await sync.stop();
    }
    const local = (await database.reports.find().exec()).filter((doc) => doc.primary.startsWith(simReportId(kioskId, 0).slice(0, -6))).length;
    const server = await countServerReports(transport, databases.reports, kioskId);
    const result = {
      documents: { local, server },
      blobs: { local: blobs.local, server: await blobs.countOnServer() },
      seconds: Number(((performance.now() - started) / 1000).toFixed(2)),
      bytesSent: transport.stats.bytesSent,
      quarantined: sync.status().quarantined,
      answers: (await database.reports.find().exec())
        .map((doc) => doc.toJSON())
        .filter((doc) => doc.countyReply)
        .map((doc) => ({ id: doc.id, status: doc.status, countyReply: doc.countyReply })),
      ...(blobs.note ? { note: blobs.note } : {}),
    };
    console.log(JSON.stringify(result));
    await blobs.close();
    return local === server && result.blobs.local === result.blobs.server ? 0 : 1;
  } finally {
    await database.close();
  }
}

function simStorage(dataDir: string | undefined): RxStorage<unknown, unknown> {
  if (!dataDir) return getRxStorageMemory() as RxStorage<unknown, unknown>;
  mkdirSync(dataDir, { recursive: true });
  const localStorage = createFileLocalStorage(path.join(dataDir, 'kiosk-db.json'));
  return getRxStorageLocalstorage({ localStorage });
}

async function untilSent(sync: Awaited<ReturnType<typeof startKioskSync>>): Promise<void> {
  for (;;) {
    await sync.syncNow();
    await sync.awaitInSync();
    const status = sync.status();
    if (status.pending.reports === 0 && status.pending.scans === 0) return;
  }
}

function timeoutAt(deadline: number): Promise<never> {
  return new Promise((_, reject) => setTimeout(() => reject(new Error('sync did not finish before --timeout')), Math.max(0, deadline - Date.now())).unref());
}

async function countServerReports(transport: DirectCouchTransport, db: string, kioskId: string): Promise<number> {
  const prefix = simReportId(kioskId, 0).slice(0, -6);
  const { body } = await couchJson<{ rows: { id: string }[] }>(transport, {
    method: 'GET',
    path: `${encodeURIComponent(db)}/_all_docs`,
    query: { startkey: JSON.stringify(prefix), endkey: JSON.stringify(`${prefix}\ufff0`) },
  });
  return body.rows.length;
}

process.exitCode = await main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.stack ?? error.message : String(error));
  return 1;
});

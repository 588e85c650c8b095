import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { KioskConfigDocType } from '#sync/schema/kiosk-config-doc-schema';
import { provisionTestVillage, startCouch, type TestCouch } from '../../support/couch';
import { createMemoryQuarantineStore } from '#sync/replication/status/memory-quarantine-store';
import { kioskConfigDoc, policyDoc } from './support/county-docs';
import { kioskTransport, localIds, makeReport, openTestKiosk, serverIds, startTestSync, waitFor } from './support/kiosk-fixture';

describe('two villages syncing at once', () => {
  let couch: TestCouch;
  beforeAll(async () => {
    couch = await startCouch();
  });
  afterAll(async () => {
    await couch?.stop();
  });

  it('each kiosk sends and receives only its own village’s data, and shared policies', async () => {
    const alpha = await provisionTestVillage(couch, 'alpha');
    const beta = await provisionTestVillage(couch, 'beta');
    await couch.admin.putDoc(alpha.databases.policies, policyDoc('dibao-2025'));
    await couch.admin.putDoc(alpha.databases.config, kioskConfigDoc(alpha.village));
    await couch.admin.putDoc(beta.databases.config, kioskConfigDoc(beta.village));

    const dbA = await openTestKiosk();
    const dbB = await openTestKiosk();
    const configsA: KioskConfigDocType[] = [];
    const configsB: KioskConfigDocType[] = [];
    try {
      const [syncA, syncB] = await Promise.all([
        // Two kiosk databases in one process: 7 collections each, and the quarantines in memory,
        // because the open-source RxDB opens at most 14 collections per process (collections.ts).
        startTestSync(dbA, alpha, kioskTransport(couch, alpha), { onKioskConfig: (doc) => void configsA.push(doc), heartbeat: { appVersion: '0.1.0-test' }, quarantine: createMemoryQuarantineStore() }),
        startTestSync(dbB, beta, kioskTransport(couch, beta), { onKioskConfig: (doc) => void configsB.push(doc), quarantine: createMemoryQuarantineStore() }),
      ]);
      const reportsA = Array.from({ length: 30 }, () => makeReport(alpha.village, alpha.kioskId));
      const reportsB = Array.from({ length: 30 }, () => makeReport(beta.village, beta.kioskId));
      await Promise.all([dbA.reports.bulkInsert(reportsA), dbB.reports.bulkInsert(reportsB)]);
      await Promise.all([syncA.syncNow(), syncB.syncNow()]);
      await Promise.all([syncA.awaitInSync(), syncB.awaitInSync()]);

      const idsA = reportsA.map((r) => r.id).sort();
      const idsB = reportsB.map((r) => r.id).sort();
      expect((await serverIds(couch, alpha.databases.reports)).sort()).toEqual(idsA);
      expect((await serverIds(couch, beta.databases.reports)).sort()).toEqual(idsB);
      expect((await localIds(dbA, 'reports')).sort()).toEqual(idsA);
      expect((await localIds(dbB, 'reports')).sort()).toEqual(idsB);
      expect(await localIds(dbA, 'policies')).toEqual(['dibao-2025']);
      expect(await localIds(dbB, 'policies')).toEqual(['dibao-2025']);

      await waitFor('each kiosk receives its own village configuration', () => configsA.length > 0 && configsB.length > 0);
      expect(configsA.map((c) => c.village)).toEqual([alpha.village]);
      expect(configsB.map((c) => c.village)).toEqual([beta.village]);
      for (const sync of [syncA, syncB]) {
        await waitFor('the sync settles', () => sync.status().state === 'idle');
        expect(sync.status()).toMatchObject({ state: 'idle', quarantined: 0, allSent: true, pending: { reports: 0, scans: 0, blobs: 0 } });
      }
      expect(syncA.reportStatus(reportsA[0]!)).toBe('received');
      // The kiosk's heartbeat reached its own village's database.
      await waitFor('the heartbeat arrives', async () => (await serverIds(couch, alpha.databases.heartbeats)).includes(alpha.kioskId));
      expect(await couch.admin.getDoc(alpha.databases.heartbeats, alpha.kioskId)).toMatchObject({ type: 'heartbeat', village: alpha.village, appVersion: '0.1.0-test' });
      expect(await serverIds(couch, beta.databases.heartbeats)).toEqual([]);
      await Promise.all([syncA.stop(), syncB.stop()]);
    } finally {
      await Promise.all([dbA.close(), dbB.close()]);
    }
  });
});

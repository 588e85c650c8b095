import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CouchDoc } from '#sync/couchdb/couch-client';
import type { ReportDocType } from '#sync/schema/report-schema';
import { provisionTestVillage, startCouch, type TestCouch, type TestVillage } from '../../support/couch';
import { startFaultProxy, type FaultMode, type FaultOptions, type FaultProxy } from '../../support/fault-proxy';
import { answerReport } from './support/county-docs';
import { kioskTransport, makeReport, openTestKiosk, startTestSync, waitFor } from './support/kiosk-fixture';

/**
 * The kiosk keeps writing reports and the county keeps answering while the link between them
 * drops, resets mid-answer, crawls, swallows requests and returns 503s. Once the link is back,
 * both sides hold exactly the same documents: nothing lost, nothing twice, no CouchDB conflict.
 */
const PHASES: [FaultMode, FaultOptions?][] = [
  ['pass'],
  ['http5xx'],
  ['drop'],
  ['reset', { resetAfterBytes: 120 }],
  ['latency', { latencyMs: 150 }],
  ['blackhole'],
  ['reset', { resetAfterBytes: 600 }],
  ['drop'],
  ['latency', { latencyMs: 40 }],
];
const PHASE_MS = 1_500;

describe('sync through a faulty link', () => {
  let couch: TestCouch;
  let village: TestVillage;
  let proxy: FaultProxy;
  beforeAll(async () => {
    couch = await startCouch();
    village = await provisionTestVillage(couch, 'faults');
    proxy = await startFaultProxy({ host: '127.0.0.1', port: Number(new URL(couch.baseUrl).port) });
  });
  afterAll(async () => {
    await proxy?.stop();
    await couch?.stop();
  });

  it('converges after drops, resets, latency, blackholes and 5xx with zero lost and zero duplicated documents', async () => {
    const db = await openTestKiosk();
    try {
      const sync = await startTestSync(db, village, kioskTransport(couch, village, proxy.url, 1_500), { longpollMs: 500 });
      const states = new Set<string>();
      sync.subscribe((status) => states.add(status.state));
      const created: ReportDocType[] = [];
      const answered = new Set<string>();

      for (const [mode, options] of PHASES) {
        proxy.setMode(mode, options);
        // "Try now": every phase is exercised at once rather than after a backoff wait.
        await sync.syncNow();
        const phaseEnd = Date.now() + PHASE_MS;
        while (Date.now() < phaseEnd) {
          const report = makeReport(village.village, village.kioskId);
          created.push(report);
          await db.reports.insert(report);
          // The county answers reports that reached it (it talks to CouchDB directly).
          const onServer = (await couch.admin.allDocs(village.databases.reports)).rows.map((r) => r.id);
          const toAnswer = created.find((r) => onServer.includes(r.id) && !answered.has(r.id));
          if (toAnswer) {
            await answerReport(couch, village.databases.reports, toAnswer.id, 'in_progress', '已收到');
            answered.add(toAnswer.id);
          }
          await new Promise((resolve) => setTimeout(resolve, 150));
        }
      }
      proxy.setMode('pass');
      await sync.syncNow();
      await waitFor('every report on the server and every answer on the kiosk', async () => {
        const serverDocs = await couch.admin.listDocs<CouchDoc>(village.databases.reports);
        const local = await db.reports.find().exec();
        return (
          serverDocs.length === created.length &&
          local.length === created.length &&
          local.filter((doc) => doc.status === 'in_progress').length === answered.size &&
          sync.status().pending.reports === 0
        );
      }, 60_000);

      const { rows } = await couch.admin.request<{ rows: { id: string; doc?: CouchDoc & { _conflicts?: string[] } }[] }>(
        'GET',
        `${village.databases.reports}/_all_docs`,
        { query: { include_docs: true, conflicts: true } },
      );
      const serverDocs = rows.filter((row) => !row.id.startsWith('_design/')).map((row) => row.doc as CouchDoc & { _conflicts?: string[] });
      const ids = created.map((r) => r.id).sort();
      expect(serverDocs.map((d) => d._id).sort()).toEqual(ids);
      expect(serverDocs.filter((d) => d._conflicts !== undefined)).toEqual([]);
      const local = await db.reports.find().exec();
      expect(local.map((d) => d.primary).sort()).toEqual(ids);
      // Same content on both sides, county answers included.
      for (const doc of local) {
        const server = serverDocs.find((d) => d._id === doc.primary);
        expect(server?.['status']).toBe(doc.status);
        expect(server?.['text']).toBe(doc.text);
      }
      expect(answered.size).toBeGreaterThan(3);
      expect(await sync.quarantine.list()).toEqual([]);
      // The faults were real and the status said so.
      expect(proxy.stats).toMatchObject({ dropped: expect.any(Number), resets: expect.any(Number) });
      expect(proxy.stats.dropped).toBeGreaterThan(0);
      expect(proxy.stats.resets).toBeGreaterThan(0);
      expect(proxy.stats.blackholed).toBeGreaterThan(0);
      expect(proxy.stats.answered5xx).toBeGreaterThan(0);
      expect(states).toContain('offline');
      expect(states).toContain('error');
      await waitFor('idle again', () => sync.status().state === 'idle');
      expect(sync.status().allSent).toBe(true);
      await sync.stop();
    } finally {
      await db.close();
    }
  });
});

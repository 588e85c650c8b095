import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { getRxStorageLocalstorage } from 'rxdb/plugins/storage-localstorage';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CouchDoc } from '#sync/couchdb/couch-client';
import { createFileLocalStorage } from '#sync/replication/simulator/file-local-storage.node';
import { contentOf } from '#sync/replication/transport/couch-doc-mapping';
import { simReport, simReportId } from '#sync/replication/simulator/sim-reports';
import { createKioskDatabase } from '#sync/schema/create-kiosk-database';
import { provisionTestVillage, startCouch, type TestCouch, type TestVillage } from '../../support/couch';
import { answerReport } from './support/county-docs';
import { bundleSimulator, runSimulator } from './support/sim-child';

/**
 * A kiosk process killed (SIGKILL) at random moments, again and again, while it creates and
 * syncs reports and the county answers some of them; then restarted once more to finish.
 * The kiosk keeps its database in a file (RxDB localstorage storage over
 * file-local-storage.node.ts: every write of one event-loop turn saved atomically), so each
 * restart resumes from whatever state the kill left: a write done on the server but not yet
 * recorded locally, a pull half-applied, a checkpoint not yet stored. The simulator's reports
 * are deterministic, so a restart re-creates exactly the ones a kill lost before they were
 * saved. In the end: the server holds each report exactly once, with no CouchDB conflict, and
 * the kiosk holds every report with the county's answers.
 */
const KILLS = 50;
/** A run that finishes before its kill counts as a round but not a kill; give up after this many. */
const MAX_ROUNDS = 200;
/** Each of the first 50 rounds asks for more reports, so kills find new ones to create and push. */
const reportsInRound = (round: number) => 40 + 4 * Math.min(round, 50);
const REPORTS = reportsInRound(MAX_ROUNDS);
const KIOSK = 'k01';

describe('kiosk killed at random moments while syncing', () => {
  let couch: TestCouch;
  let village: TestVillage;
  let bundle: string;
  let dataDir: string;
  beforeAll(async () => {
    [couch, bundle] = await Promise.all([startCouch(), bundleSimulator()]);
    village = await provisionTestVillage(couch, 'crash', KIOSK);
    dataDir = mkdtempSync(path.join(tmpdir(), 'kiosk-crash-'));
  });
  afterAll(async () => {
    await couch?.stop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
    if (bundle) rmSync(bundle, { force: true });
  });

  it(`converges after ${KILLS} kills with nothing lost or duplicated`, async () => {
    const args = (reports: number) => [
      '--couch', couch.baseUrl, '--user', village.username, `--password=${village.password}`,
      '--village', village.village, '--kiosk', KIOSK, '--prefix', couch.prefix,
      '--reports', String(reports), '--data', dataDir, '--timeout', '60',
    ];
    const answered = new Set<string>();
    let killed = 0;
    // How long a run takes when nobody kills it: kill moments are drawn within that span, so
    // the kills land during start-up, pushes, pulls and checkpoint writes on fast and slow machines.
    let runMs = 1100;
    for (let round = 0; killed < KILLS && round < MAX_ROUNDS; round++) {
      const run = runSimulator(bundle, args(reportsInRound(round)));
      const started = Date.now();
      const killAfter = 30 + Math.floor(Math.random() * runMs * 0.9);
      const timer = setTimeout(() => {
        if (run.child.exitCode === null && run.child.pid !== undefined) {
          process.kill(run.child.pid, 'SIGKILL');
          killed++;
        }
      }, killAfter);
      const result = await run.done;
      clearTimeout(timer);
      if (result.signal === null) runMs = Math.max(200, Date.now() - started);
      if (result.signal === null) expect(result.code, result.stderr).toBe(0);
      if (round % 5 === 4) {
        // The county answers a report that reached it, between two kills.
        const onServer = (await couch.admin.allDocs(village.databases.reports)).rows.map((r) => r.id).filter((id) => id.startsWith('sim-'));
        const next = onServer.find((id) => !answered.has(id));
        if (next) {
          await answerReport(couch, village.databases.reports, next, 'in_progress', '已收到');
          answered.add(next);
        }
      }
    }
    console.log(`crash test: ${killed} kills, typical uninterrupted run ${runMs} ms`);
    expect(killed).toBeGreaterThanOrEqual(KILLS);

    const final = await runSimulator(bundle, args(REPORTS)).done;
    expect(final.code, final.stderr).toBe(0);
    const summary = JSON.parse(final.stdout.trim().split('\n').at(-1) ?? '{}') as { documents: { local: number; server: number }; quarantined: number };
    expect(summary.documents).toEqual({ local: REPORTS, server: REPORTS });
    expect(summary.quarantined).toBe(0);

    // Server: each report exactly once, as the kiosk wrote it (plus the county's answers), no conflicts.
    const { rows } = await couch.admin.request<{ rows: { id: string; doc?: CouchDoc & { _conflicts?: string[] } }[] }>(
      'GET',
      `${village.databases.reports}/_all_docs`,
      { query: { include_docs: true, conflicts: true } },
    );
    const serverDocs = rows.filter((row) => !row.id.startsWith('_design/')).map((row) => row.doc as CouchDoc & { _conflicts?: string[] });
    const expectedIds = Array.from({ length: REPORTS }, (_, i) => simReportId(KIOSK, i));
    expect(serverDocs.map((d) => d._id).sort()).toEqual(expectedIds);
    expect(serverDocs.filter((d) => d._conflicts)).toEqual([]);
    for (const [index, id] of expectedIds.entries()) {
      const server = contentOf(serverDocs.find((d) => d._id === id) ?? { _id: id });
      const { status: _s, statusHistory: _h, countyReply: _r, ...kioskPart } = server;
      const { status: _s2, statusHistory: _h2, ...expectedKioskPart } = simReport(village.village, KIOSK, index);
      expect(kioskPart).toEqual(expectedKioskPart);
      expect(server['status']).toBe(answered.has(id) ? 'in_progress' : 'submitted');
    }

    // Kiosk: its persisted database holds each report once, with the county's answers.
    const local = await createKioskDatabase({
      name: `sim-${KIOSK}`,
      storage: getRxStorageLocalstorage({ localStorage: createFileLocalStorage(path.join(dataDir, 'kiosk-db.json')) }),
    });
    try {
      const docs = await local.reports.find().exec();
      expect(docs.map((d) => d.primary).sort()).toEqual(expectedIds);
      expect(docs.filter((d) => d.status === 'in_progress').map((d) => d.primary).sort()).toEqual([...answered].sort());
    } finally {
      await local.close();
    }
  });
});

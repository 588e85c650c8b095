import { CouchClient, type CouchDoc } from '#sync/couchdb/couch-client';
import { setupCounty } from '#sync/couchdb/county-setup';
import { countyDatabaseNames, databaseNames } from '#sync/couchdb/database-names';
import { GATHERED_KINDS } from '#sync/couchdb/gathered-kinds';
import { provisionVillage } from '#sync/couchdb/village-provisioning';
import { createGatherer } from '#sync/county-cli/gather/gatherer';
import { mapLimit } from '#sync/county-cli/gather/map-limit';
import { withReply, withStatus } from '#sync/county-cli/report-updates';
import { simReport } from '#sync/replication/simulator/sim-reports';
import { toCouchDocument } from '#sync/replication/transport/couch-doc-mapping';
import { startCouch, type TestCouch } from '#test-support/couch/index';
import { byVillageFilterDesignDoc, putReplicationDoc, villageReplicationDocs } from './county/legacy-fan-in';
import { percentile } from './county/percentiles';
import { treeCpuSeconds } from './county/process-cpu';

/**
 * `npm run bench -- county`: the county side at 100, 300 and 500 villages on one Apache CouchDB
 * node, with the county gatherer (ours) and — the anchor, same run, same machine — the old
 * design: four continuous `_replicator` jobs per village with JavaScript filters.
 *
 * For each size and design, on a fresh server: provision every village (4 at a time); ours:
 * start the gatherer and time its one-time catch-up over every provisioned database; then
 * write one report into each of 30 villages spread across the range at once and time each
 * until it is in the county's gather database; then answer each one as the county does
 * (ours: into the village database, which is what a kiosk reads, and the gatherer brings it
 * into the county view; old: into the gather database, brought back by the answers
 * replication) and time it until the village database holds it; then CouchDB's CPU (the
 * Erlang VM and its query servers) over 60 idle seconds. Goals at 500 villages: report →
 * county p95 < 5 s, answer → village p95 < 5 s, idle CPU < 5% of one core.
 *
 * COUNTY_BENCH_VILLAGES="100,300,500", COUNTY_BENCH_IDLE_SECONDS=60, COUNTY_BENCH_TIMEOUT_SECONDS=120.
 * A report that never arrives within the time-out counts as never (p95 "never").
 */
const SIZES = (process.env.COUNTY_BENCH_VILLAGES ?? '100,300,500').split(',').map(Number);
const SAMPLE = 30;
const IDLE_SECONDS = Number(process.env.COUNTY_BENCH_IDLE_SECONDS ?? 60);
const TIMEOUT_MS = Number(process.env.COUNTY_BENCH_TIMEOUT_SECONDS ?? 120) * 1000;
const PROVISION_CONCURRENCY = 4;

type Design = 'gatherer' | 'anchor';

interface DesignResult {
  villages: number;
  provisionSeconds: number;
  /** Ours only: from starting the gatherer until it has copied every provisioned database once. */
  catchUpSeconds?: number;
  reportToCountyP50Ms: number;
  reportToCountyP95Ms: number;
  reportToCountyMaxMs: number;
  reportsArrived: number;
  answerToVillageP50Ms: number;
  answerToVillageP95Ms: number;
  answersArrived: number;
  idleCpuPercent: number;
  /** The gatherer process's own CPU over the same idle window (ours only). */
  gathererIdleCpuPercent?: number;
  server: string;
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

function serverPid(couch: TestCouch): number | undefined {
  const pid = couch.serverPid ?? Number(process.env.COUCHDB_PID);
  return Number.isFinite(pid) && pid > 0 ? pid : undefined;
}

/** Polls until every id is in `db` (with `ready`), recording each one's arrival after `start`. */
async function timeArrivals(client: CouchClient, db: string, ids: string[], start: Map<string, number>, ready: (doc: CouchDoc) => boolean): Promise<number[]> {
  const arrived = new Map<string, number>();
  const deadline = performance.now() + TIMEOUT_MS;
  while (arrived.size < ids.length && performance.now() < deadline) {
    const waiting = ids.filter((id) => !arrived.has(id));
    const { rows } = await client.allDocs<CouchDoc>(db, { keys: waiting, includeDocs: true });
    const now = performance.now();
    for (const row of rows) if (row.doc && ready(row.doc)) arrived.set(row.id, now - start.get(row.id)!);
    if (arrived.size < ids.length) await sleep(25);
  }
  return ids.map((id) => arrived.get(id) ?? Infinity);
}

async function provisionAll(couch: TestCouch, design: Design, codes: string[]): Promise<number> {
  const started = performance.now();
  await setupCounty(couch.admin, couch.prefix);
  const county = countyDatabaseNames(couch.prefix);
  if (design === 'anchor') await couch.admin.putDesignDoc(county.gather, byVillageFilterDesignDoc());
  await mapLimit(codes, PROVISION_CONCURRENCY, async (village) => {
    await provisionVillage(couch.admin, { village, kioskId: 'k01', prefix: couch.prefix });
    if (design !== 'anchor') return;
    // What provisioning did before the gatherer: filters in the gathered databases, four jobs.
    const names = databaseNames(village, couch.prefix);
    for (const kind of GATHERED_KINDS) await couch.admin.putDesignDoc(names[kind], byVillageFilterDesignDoc());
    const endpoint = { baseUrl: couch.baseUrl, credentials: couch.adminAuth };
    for (const doc of villageReplicationDocs(village, names, county, endpoint, couch.prefix)) await putReplicationDoc(couch.admin, doc);
  });
  return (performance.now() - started) / 1000;
}

async function runDesign(design: Design, size: number): Promise<DesignResult> {
  const couch = await startCouch();
  const gatherClient = new CouchClient(couch.baseUrl, couch.adminAuth);
  let gatherer: ReturnType<typeof createGatherer> | undefined;
  let gathering: Promise<void> | undefined;
  try {
    const codes = Array.from({ length: size }, (_, i) => couch.village(`v${String(i).padStart(4, '0')}`));
    const provisionSeconds = await provisionAll(couch, design, codes);
    let catchUpSeconds: number | undefined;
    if (design === 'gatherer') {
      gatherer = createGatherer({ client: gatherClient, prefix: couch.prefix, log: () => undefined });
      const started = performance.now();
      gathering = gatherer.run();
      // Its first `_db_updates` answer lists every database provisioning created: the one-time
      // catch-up a county sees the day the gatherer is installed (or after a long outage). It is
      // timed on its own; the trip of a report is measured once it is done, as on any other day.
      const gathered = codes.length * GATHERED_KINDS.length;
      while (gatherer.stats.databasesSeen < gathered && performance.now() - started < TIMEOUT_MS) await sleep(100);
      catchUpSeconds = (performance.now() - started) / 1000;
    }
    await sleep(3_000);
    const county = countyDatabaseNames(couch.prefix);

    // Reports, written at once into villages spread across the range.
    const sample = Array.from({ length: SAMPLE }, (_, i) => codes[Math.floor((i * size) / SAMPLE)]!);
    const start = new Map<string, number>();
    const reports = sample.map((village, i) => toCouchDocument(simReport(village, 'k01', 900_000 + i)));
    await Promise.all(
      reports.map(async (report, i) => {
        start.set(report._id, performance.now());
        await couch.admin.putDoc(databaseNames(sample[i]!, couch.prefix).reports, report);
      }),
    );
    const toCounty = await timeArrivals(couch.admin, county.gather, reports.map((r) => r._id), start, () => true);

    // Answers, as each design has the county write them.
    const answerStart = new Map<string, number>();
    const now = new Date();
    const answered = (doc: CouchDoc) => withStatus(withReply(doc, { zh: '已收到，正在安排。' }, now) ?? doc, 'received', now) ?? doc;
    const toVillage: number[] = [];
    await Promise.all(
      reports.map(async (report, i) => {
        const villageDb = databaseNames(sample[i]!, couch.prefix).reports;
        const sourceDb = design === 'gatherer' ? villageDb : county.gather;
        const current = await couch.admin.getDoc<CouchDoc>(sourceDb, report._id);
        if (!current) return void toVillage.push(Infinity); // never gathered: the old design cannot answer it
        answerStart.set(report._id, performance.now());
        await couch.admin.putDoc(sourceDb, answered(current));
        const [ms] = await timeArrivals(couch.admin, villageDb, [report._id], answerStart, (doc) => doc.status === 'received');
        toVillage.push(ms!);
      }),
    );

    // Idle: nothing written, nothing asked (the gatherer keeps its longpoll open).
    await sleep(2_000);
    const pid = serverPid(couch);
    const cpu0 = pid ? treeCpuSeconds(pid) : NaN;
    const own0 = process.cpuUsage();
    await sleep(IDLE_SECONDS * 1000);
    const cpu1 = pid ? treeCpuSeconds(pid) : NaN;
    const own = process.cpuUsage(own0);
    return {
      villages: size,
      provisionSeconds: round(provisionSeconds, 1),
      ...(catchUpSeconds === undefined ? {} : { catchUpSeconds: round(catchUpSeconds, 1) }),
      reportToCountyP50Ms: round(percentile(toCounty, 50)),
      reportToCountyP95Ms: round(percentile(toCounty, 95)),
      reportToCountyMaxMs: round(Math.max(...toCounty)),
      reportsArrived: toCounty.filter(Number.isFinite).length,
      answerToVillageP50Ms: round(percentile(toVillage, 50)),
      answerToVillageP95Ms: round(percentile(toVillage, 95)),
      answersArrived: toVillage.filter(Number.isFinite).length,
      idleCpuPercent: round(((cpu1 - cpu0) / IDLE_SECONDS) * 100, 2),
      ...(design === 'gatherer' ? { gathererIdleCpuPercent: round(((own.user + own.system) / 1e6 / IDLE_SECONDS) * 100, 2) } : {}),
      server: couch.flavour,
    };
  } finally {
    gatherer?.stop();
    await gathering;
    await couch.stop();
  }
}

function round(value: number, digits = 0): number {
  if (!Number.isFinite(value)) return value;
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

const show = (ms: number) => (Number.isFinite(ms) ? String(ms) : 'never');
const header = ['villages', 'design', 'provision s', 'catch-up s', 'report→county p50/p95/max ms', 'arrived', 'answer→village p50/p95 ms', 'arrived', 'idle CPU %'];
const rowOf = (name: string, r: DesignResult) => [
  String(r.villages),
  name,
  String(r.provisionSeconds),
  r.catchUpSeconds === undefined ? '-' : String(r.catchUpSeconds),
  `${show(r.reportToCountyP50Ms)} / ${show(r.reportToCountyP95Ms)} / ${show(r.reportToCountyMaxMs)}`,
  `${r.reportsArrived}/${SAMPLE}`,
  `${show(r.answerToVillageP50Ms)} / ${show(r.answerToVillageP95Ms)}`,
  `${r.answersArrived}/${SAMPLE}`,
  `${r.idleCpuPercent}${r.gathererIdleCpuPercent === undefined ? '' : ` (+${r.gathererIdleCpuPercent} gatherer)`}`,
];
const GATHERER = 'gatherer';
const ANCHOR = 'old: 4 jobs/village';

// A full run takes most of an hour; each row goes to stderr the moment its design finishes, so
// a run stopped half-way still leaves its measured sizes on record.
const results: { ours: DesignResult; anchor: DesignResult }[] = [];
console.error(header.join(' | '));
for (const size of SIZES) {
  const ours = await runDesign('gatherer', size);
  console.error(rowOf(GATHERER, ours).join(' | '));
  const anchor = await runDesign('anchor', size);
  console.error(rowOf(ANCHOR, anchor).join(' | '));
  results.push({ ours, anchor });
}

const rows = results.flatMap(({ ours, anchor }) => [rowOf(GATHERER, ours), rowOf(ANCHOR, anchor)]);
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
for (const [index, row] of [header, ...rows].entries()) {
  console.log(row.map((cell, i) => cell.padEnd(widths[i]!)).join('  '));
  if (index === 0) console.log(widths.map((w) => '-'.repeat(w)).join('  '));
}
const largest = results.at(-1)?.ours;
const pass = largest !== undefined && largest.reportToCountyP95Ms < 5000 && largest.answerToVillageP95Ms < 5000 && largest.idleCpuPercent < 5;
console.log(
  JSON.stringify({
    bench: 'county',
    sample: SAMPLE,
    idleSeconds: IDLE_SECONDS,
    timeoutSeconds: TIMEOUT_MS / 1000,
    villages: results.map(({ ours, anchor }) => ({ ...ours, anchor })),
    goals: { reportToCountyP95Ms: 5000, answerToVillageP95Ms: 5000, idleCpuPercent: 5 },
    pass,
  }, (_key, value: unknown) => (typeof value === 'number' && !Number.isFinite(value) ? null : value)),
);

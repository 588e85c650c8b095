import { toCouchDocument } from '#sync/replication/transport/couch-doc-mapping';
import { simReport } from '#sync/replication/simulator/sim-reports';
import { startCouch } from '#test-support/couch/index';
import { startFaultProxy } from '#test-support/fault-proxy/index';
import { runBlobBench } from './sync-bench-blobs';
import { oursPush } from './sync-bench-ours';
import { pouchReplicate } from './sync-bench-pouchdb';
import { provisionBenchVillage, type BenchVillage } from './sync-bench-village';

/**
 * `npm run bench -- sync`: pushes 5,000 reports to a fresh pouchdb-server village database
 * (real security and validate_doc_update) with our replication, and — the anchor, same run,
 * same server, same documents — with PouchDB's own replicator. Then 500 blobs × 150 KB with
 * the blob uploader, counting the bytes on the wire (a TCP proxy counts headers too).
 * Prints a table, then one JSON line with the figures. Goal: ours ≥ 1.0× PouchDB's docs/s;
 * blob bytes on the wire ≤ 1.05× the blob bytes.
 */
const DOCS = Number(process.env.SYNC_BENCH_DOCS ?? 5_000);
const BLOBS = Number(process.env.SYNC_BENCH_BLOBS ?? 500);
const BLOB_BYTES = 150_000;
const BATCH = 100;
const ROUNDS = 3;

const couch = await startCouch();
try {
  const ours = await provisionBenchVillage(couch.admin, couch.prefix, couch.village('ours'));
  const pouch = await provisionBenchVillage(couch.admin, couch.prefix, couch.village('pouch'));
  const reportsFor = (v: BenchVillage) => Array.from({ length: DOCS }, (_, i) => simReport(v.village, v.kioskId, i));
  const remoteOf = (v: BenchVillage, base: string) => ({ url: `${base}${v.databases.reports}`, username: v.username, password: v.password });
  const expectAll = async (db: string) => {
    const count = (await couch.admin.allDocs(db)).rows.filter((r) => !r.id.startsWith('_design/')).length;
    if (count !== DOCS) throw new Error(`server holds ${count} of ${DOCS} documents in ${db}`);
  };

  // Warm both code paths and the server with a small run each (into other databases).
  const warmOurs = await provisionBenchVillage(couch.admin, couch.prefix, couch.village('warm-a'));
  const warmPouch = await provisionBenchVillage(couch.admin, couch.prefix, couch.village('warm-b'));
  await oursPush(Array.from({ length: 200 }, (_, i) => simReport(warmOurs.village, warmOurs.kioskId, i)), warmOurs, couch.baseUrl, BATCH);
  await pouchReplicate(Array.from({ length: 200 }, (_, i) => toCouchDocument(simReport(warmPouch.village, warmPouch.kioskId, i))), { url: `${couch.baseUrl}${warmPouch.databases.reports}`, username: warmPouch.username, password: warmPouch.password }, BATCH);

  // Timed runs go straight to the server (a proxy in this process would charge its work to
  // whichever client is busier); rounds alternate the order so neither always runs warm.
  const oursTimes: number[] = [];
  const pouchTimes: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    const a = await provisionBenchVillage(couch.admin, couch.prefix, couch.village(`ours${round}`));
    const b = await provisionBenchVillage(couch.admin, couch.prefix, couch.village(`pouch${round}`));
    const runOurs = async () => oursTimes.push((await oursPush(reportsFor(a), a, couch.baseUrl, BATCH)).seconds);
    const runPouch = async () =>
      pouchTimes.push((await pouchReplicate(reportsFor(b).map((r) => toCouchDocument(r)), remoteOf(b, couch.baseUrl), BATCH)).seconds);
    if (round % 2 === 0) {
      await runOurs();
      await runPouch();
    } else {
      await runPouch();
      await runOurs();
    }
    await expectAll(a.databases.reports);
    await expectAll(b.databases.reports);
  }

  // Bytes on the wire, headers included: one more run of each through a counting TCP proxy.
  const proxy = await startFaultProxy({ host: '127.0.0.1', port: Number(new URL(couch.baseUrl).port) });
  await oursPush(reportsFor(ours), ours, proxy.url, BATCH);
  const oursWire = { up: proxy.stats.bytesUp, down: proxy.stats.bytesDown };
  const before = { ...proxy.stats };
  await pouchReplicate(reportsFor(pouch).map((r) => toCouchDocument(r)), remoteOf(pouch, proxy.url), BATCH);
  const pouchWire = { up: proxy.stats.bytesUp - before.bytesUp, down: proxy.stats.bytesDown - before.bytesDown };
  await proxy.stop();
  await expectAll(ours.databases.reports);
  await expectAll(pouch.databases.reports);

  const oursRun = { seconds: median(oursTimes) };
  const pouchRun = { seconds: median(pouchTimes) };
  const oursRate = DOCS / oursRun.seconds;
  const pouchRate = DOCS / pouchRun.seconds;
  const blobs = BLOBS > 0 ? await runBlobBench(couch, BLOBS, BLOB_BYTES) : undefined;

  const rows: [string, string, string, string][] = [
    ['push 5,000 reports', 'seconds', 'docs/s', 'bytes up / down'],
    [`ours (batch ${BATCH}), median of ${ROUNDS}`, oursRun.seconds.toFixed(2), oursRate.toFixed(0), `${oursWire.up} / ${oursWire.down}`],
    [`PouchDB replicator (batch ${BATCH}), median of ${ROUNDS}`, pouchRun.seconds.toFixed(2), pouchRate.toFixed(0), `${pouchWire.up} / ${pouchWire.down}`],
    ['ratio ours / PouchDB', '', (oursRate / pouchRate).toFixed(2), ''],
  ];
  if (blobs) {
    rows.push([`blobs ${BLOBS} × ${BLOB_BYTES / 1000} KB`, blobs.seconds.toFixed(2), `${(blobs.blobBytes / blobs.seconds / 1e6).toFixed(1)} MB/s`, `${blobs.wireUp} / ${blobs.wireDown}`]);
    rows.push(['blob bytes on the wire / blob bytes', '', blobs.ratio.toFixed(3), '']);
  }
  printTable(rows);
  console.log(
    JSON.stringify({
      bench: 'sync',
      server: couch.flavour,
      docs: DOCS,
      batchSize: BATCH,
      rounds: ROUNDS,
      oursSecondsEach: oursTimes.map((t) => round(t)),
      pouchdbSecondsEach: pouchTimes.map((t) => round(t)),
      oursSeconds: round(oursRun.seconds),
      pouchdbSeconds: round(pouchRun.seconds),
      oursDocsPerSecond: Math.round(oursRate),
      pouchdbDocsPerSecond: Math.round(pouchRate),
      ratio: round(oursRate / pouchRate),
      oursBytesUp: oursWire.up,
      pouchdbBytesUp: pouchWire.up,
      ...(blobs
        ? { blobs: BLOBS, blobBytes: blobs.blobBytes, blobWireBytesUp: blobs.wireUp, blobWireRatio: round(blobs.ratio, 3), blobSeconds: round(blobs.seconds) }
        : {}),
    }),
  );
} finally {
  await couch.stop();
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

function round(value: number, digits = 2): number {
  return Number(value.toFixed(digits));
}

function printTable(rows: string[][]): void {
  const widths = rows[0]?.map((_, column) => Math.max(...rows.map((row) => (row[column] ?? '').length))) ?? [];
  for (const [index, row] of rows.entries()) {
    console.log(row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0))).join('  '));
    if (index === 0) console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  }
}

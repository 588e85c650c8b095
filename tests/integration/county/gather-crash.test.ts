import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CouchDoc } from '#sync/couchdb/couch-client';
import { countyDatabaseNames } from '#sync/couchdb/database-names';
import { gatherAllOnce } from '#sync/county-cli/gather/gatherer';
import { provisionTestVillage, startCouch, type TestCouch, type TestVillage } from '../../support/couch';
import { newReport } from './run-county';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const KILLS = 12;
const REPORTS_PER_VILLAGE = 60;

/** The county CLI bundled once, so each restart takes a fraction of a second (as in sim-child.ts). */
async function bundleCountyCli(): Promise<string> {
  const outDir = path.join(ROOT, 'node_modules/.cache/gather-tests');
  mkdirSync(outDir, { recursive: true });
  const outfile = path.join(outDir, `county-${process.pid}.mjs`);
  await build({ entryPoints: [path.join(ROOT, 'sync/county-cli/county.ts')], bundle: true, platform: 'node', format: 'esm', packages: 'external', outfile, logLevel: 'error' });
  return outfile;
}

/**
 * `county gather` is killed with SIGKILL at random moments while two villages write reports,
 * and restarted each time. Afterwards the county has every report exactly once: the same
 * revision as the village, no conflict branch (a duplicate copy would be one).
 */
describe('county gatherer killed at random moments', () => {
  let couch: TestCouch;
  let villages: TestVillage[];
  let bundle: string;
  const children = new Set<ChildProcess>();

  beforeAll(async () => {
    couch = await startCouch();
    villages = [await provisionTestVillage(couch, 'crash-a'), await provisionTestVillage(couch, 'crash-b')];
    bundle = await bundleCountyCli();
  });
  afterAll(async () => {
    for (const child of children) child.kill('SIGKILL');
    await couch?.stop();
  });

  const startGatherer = () => {
    const child = spawn(process.execPath, [bundle, 'gather', '--couch', couch.url, '--prefix', couch.prefix, '--health-seconds', '1'], { stdio: ['ignore', 'pipe', 'ignore'] });
    children.add(child);
    child.once('exit', () => children.delete(child));
    // Its first line says it is following the feed: kills land while it works, not while Node starts.
    const following = new Promise<void>((resolve) => {
      child.stdout?.on('data', () => resolve());
      child.once('exit', () => resolve());
    });
    return { child, following };
  };

  it(`loses and duplicates nothing over ${KILLS} kills`, async () => {
    const written: CouchDoc[] = [];
    const writing = (async () => {
      for (let i = 0; i < REPORTS_PER_VILLAGE; i++) {
        for (const village of villages) {
          const report = newReport(village.village, village.kioskId);
          const { rev } = await village.kiosk.putDoc(village.databases.reports, report);
          written.push({ ...report, _rev: rev });
        }
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    })();
    for (let kill = 0; kill < KILLS; kill++) {
      const { child, following } = startGatherer();
      await following;
      await new Promise((resolve) => setTimeout(resolve, 100 + Math.random() * 500));
      child.kill('SIGKILL');
      await new Promise((resolve) => child.once('exit', resolve));
    }
    await writing;
    const gather = countyDatabaseNames(couch.prefix).gather;
    // The killed gatherers did work between kills (not only the final run below).
    const before = await couch.admin.allDocs(gather, { keys: written.map((doc) => doc._id) });
    expect(before.rows.filter((row) => !row.error).length).toBeGreaterThan(0);
    // What a last, uninterrupted run still finds to copy: whatever the killed ones had not.
    await gatherAllOnce(couch.admin, couch.prefix);

    const { rows } = await couch.admin.allDocs<CouchDoc>(gather, { includeDocs: true, keys: written.map((doc) => doc._id) });
    const byId = new Map(rows.map((row) => [row.id, row.doc]));
    expect(written).toHaveLength(REPORTS_PER_VILLAGE * villages.length);
    for (const doc of written) expect(byId.get(doc._id)?._rev).toBe(doc._rev);
    const conflicted = await couch.admin.request<{ rows: { doc?: CouchDoc & { _conflicts?: string[] } }[] }>('POST', `${encodeURIComponent(gather)}/_all_docs`, {
      query: { include_docs: true, conflicts: true },
      body: { keys: written.map((doc) => doc._id) },
    });
    expect(conflicted.rows.filter((row) => (row.doc?._conflicts ?? []).length > 0)).toEqual([]);
  });
});

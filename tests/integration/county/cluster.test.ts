import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CouchClient, type CouchDoc } from '#sync/couchdb/couch-client';
import { setupCounty } from '#sync/couchdb/county-setup';
import { countyDatabaseNames } from '#sync/couchdb/database-names';
import { provisionVillage } from '#sync/couchdb/village-provisioning';
import { createGatherer, type Gatherer } from '#sync/county-cli/gather/gatherer';
import { startCouchdbCluster, type CouchdbCluster } from '../../support/couch/couchdb-cluster';
import { extractedRelease } from '../../support/couch/couchdb-release';
import { chooseTestServer } from '../../support/couch/test-server-choice';
import { eventually, startCouch, type TestCouch } from '../../support/couch';
import { kioskTransport, makeReport, openTestKiosk, startTestSync } from '../replication/support/kiosk-fixture';
import type { TestVillage } from '../../support/couch';

/**
 * The county side and a kiosk's replication, unchanged, on a 3-node Apache CouchDB cluster
 * (n=3) made of the release in ../shared/couchdb. Setup, provisioning of village
 * 510112001001, the gatherer and the kiosk each talk to a different node. Where the release is
 * not there (a fresh clone, or COUCHDB_URL), the same scenario runs on the single test server
 * and the log says so: the cluster itself is proven only where the release is.
 */
const VILLAGE = '510112001001';

describe('the county side on a CouchDB cluster', () => {
  let cluster: CouchdbCluster | undefined;
  let single: TestCouch | undefined;
  let urls: string[];
  let admin: { username: string; password: string };
  let prefix: string;
  let gatherer: Gatherer;
  let gathering: Promise<void>;

  beforeAll(async () => {
    const choice = chooseTestServer();
    if (choice.kind === 'tarball') {
      cluster = await startCouchdbCluster(extractedRelease(choice.tarball), 3);
      urls = cluster.baseUrls;
      admin = cluster.admin;
      prefix = 'cluster-';
      console.log(`cluster test: 3-node Apache CouchDB cluster on ${urls.join(', ')}`);
    } else {
      single = await startCouch();
      urls = [single.baseUrl, single.baseUrl, single.baseUrl];
      admin = single.adminAuth;
      prefix = single.prefix;
      console.log(`cluster test: no CouchDB release here (${choice.kind}); the scenario runs on one server: ${single.description}`);
    }
  }, 120_000);
  afterAll(async () => {
    gatherer?.stop();
    await gathering;
    await cluster?.stop();
    await single?.stop();
  });

  it('joins three nodes, each answering for the whole cluster', async () => {
    const membership = await new CouchClient(urls[2]!, admin).request<{ cluster_nodes: string[]; all_nodes: string[] }>('GET', '_membership');
    expect(membership.cluster_nodes).toHaveLength(cluster ? 3 : membership.cluster_nodes.length);
    expect(membership.all_nodes.length).toBeGreaterThanOrEqual(1);
  });

  it('sets up, provisions 510112001001, gathers and syncs a kiosk across nodes', async () => {
    const node = (i: number) => new CouchClient(urls[i]!, admin, { timeoutMs: 60_000 });
    await setupCounty(node(0), prefix);
    const provisioned = await provisionVillage(node(1), { village: VILLAGE, kioskId: 'k01', prefix });
    gatherer = createGatherer({ client: node(2), prefix, longpollMs: 1_000, log: () => undefined });
    gathering = gatherer.run();

    // The kiosk replicates with a node that provisioned nothing.
    const village: TestVillage = { ...provisioned, village: VILLAGE, kioskId: 'k01', kiosk: new CouchClient(urls[2]!, { username: provisioned.username, password: provisioned.password }) };
    const database = await openTestKiosk();
    const couchLike = { baseUrl: urls[2]! } as TestCouch;
    const sync = await startTestSync(database, village, kioskTransport(couchLike, village, urls[2], 15_000));
    try {
      const report = makeReport(VILLAGE, 'k01');
      await database.reports.insert(report);
      const gather = countyDatabaseNames(prefix).gather;
      const gathered = await eventually(() => node(0).getDoc<CouchDoc>(gather, report.id), { timeoutMs: 60_000 });
      expect(gathered).toMatchObject({ village: VILLAGE, kioskId: 'k01' });
      if (cluster) {
        const info = await node(0).request<{ cluster: { n: number } }>('GET', encodeURIComponent(gather));
        expect(info.cluster.n).toBe(3);
      }
    } finally {
      await sync.stop();
      await database.close();
    }
  }, 180_000);
});

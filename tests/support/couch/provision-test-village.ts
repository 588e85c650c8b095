import { CouchClient } from '#sync/couchdb/couch-client';
import { setupCounty } from '#sync/couchdb/county-setup';
import { provisionVillage, type ProvisionResult } from '#sync/couchdb/village-provisioning';
import type { TestCouch } from './start-couch';

export interface TestVillage extends ProvisionResult {
  village: string;
  kioskId: string;
  /** The kiosk's own client: what a provisioned kiosk may do, it may do through this. */
  kiosk: CouchClient;
}

/**
 * County setup plus one provisioned village and kiosk, as `county setup` and `county provision`
 * would leave them, for tests that need a realistic server (sync tests included).
 * `name` is made unique per run (`couch.village`), so tests on a shared CouchDB never collide.
 */
export async function provisionTestVillage(couch: TestCouch, name: string, kioskId = 'k01'): Promise<TestVillage> {
  await setupCounty(couch.admin, couch.prefix);
  const village = couch.village(name);
  const result = await provisionVillage(couch.admin, { village, kioskId, prefix: couch.prefix });
  const kiosk = new CouchClient(couch.baseUrl, { username: result.username, password: result.password });
  return { ...result, village, kioskId, kiosk };
}

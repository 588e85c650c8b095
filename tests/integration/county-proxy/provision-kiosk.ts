import { parseCouchUrl } from '#sync/couchdb/couch-url';
import { setupCounty } from '#sync/couchdb/county-setup';
import { provisionVillage } from '#sync/couchdb/village-provisioning';
import type { EnrollmentFile } from '#sync/county-cli/enrollment-file';
import type { TestCouch } from '../../support/couch/start-couch';

/**
 * Provisions a village and one kiosk the way `county provision` does (same functions, same
 * enrollment file shape) and returns the enrollment file's content. `couchUrl` is where the
 * kiosk reaches the server (a counting proxy in the blob tests).
 */
export async function provisionKiosk(
  couch: TestCouch,
  options: { village: string; kioskId?: string; couchUrl?: string },
): Promise<EnrollmentFile> {
  const kioskId = options.kioskId ?? 'kiosk-01';
  await setupCounty(couch.admin, couch.prefix);
  const result = await provisionVillage(couch.admin, { village: options.village, kioskId, prefix: couch.prefix });
  return {
    couchUrl: parseCouchUrl(options.couchUrl ?? couch.baseUrl).baseUrl,
    village: options.village,
    kioskId,
    username: result.username,
    password: result.password,
    databases: result.databases,
  };
}

import type { CouchClient, CouchDoc } from '../../couchdb/couch-client';
import { KIOSK_ROLE } from '../../couchdb/roles';

/**
 * Every kiosk county IT provisioned: the kiosk users in `_users` (`kiosk-<village>-<kioskId>`,
 * role `village:<village>`, sync/couchdb/roles.ts). The fleet lists these even when they never
 * sent a heartbeat, because a kiosk that never reported is exactly the one that needs a visit.
 */
export async function provisionedKiosks(client: CouchClient, villages: readonly string[]): Promise<{ village: string; kioskId: string }[]> {
  let users: CouchDoc[];
  try {
    users = await client.listDocs<CouchDoc>('_users');
  } catch {
    return []; // not a server admin: heartbeats only
  }
  const wanted = new Set(villages);
  return users.flatMap((user) => {
    const roles = Array.isArray(user.roles) ? (user.roles as unknown[]) : [];
    if (!roles.includes(KIOSK_ROLE) || typeof user.name !== 'string') return [];
    const village = roles.find((role): role is string => typeof role === 'string' && role.startsWith('village:'))?.slice('village:'.length);
    const prefix = `kiosk-${village}-`;
    if (village === undefined || !wanted.has(village) || !user.name.startsWith(prefix)) return [];
    return [{ village, kioskId: user.name.slice(prefix.length) }];
  });
}

import type { Change, CouchClient, CouchDoc } from './couch-client';
import { GATHERED_KINDS } from './gathered-kinds';

/**
 * The `_replicator` documents that villages provisioned before the gatherer still have: three
 * gather jobs and one answers job per village, all continuous. Their ids are the only thing
 * we need of them now, to remove them.
 */
export function legacyReplicationIds(village: string, prefix = ''): string[] {
  return [...GATHERED_KINDS.map((kind) => `${prefix}gather-${village}-${kind}`), `${prefix}answers-${village}-reports`];
}

export async function removeLegacyReplications(client: CouchClient, village: string, prefix = ''): Promise<Change[]> {
  if (!(await client.databaseExists('_replicator'))) return [];
  const changes: Change[] = [];
  for (const id of legacyReplicationIds(village, prefix)) {
    const doc = await client.getDoc<CouchDoc>('_replicator', id);
    if (!doc?._rev) continue;
    await client.deleteDoc('_replicator', id, doc._rev);
    changes.push({ what: `_replicator/${id} (old continuous replication) removed`, outcome: 'updated' });
  }
  return changes;
}

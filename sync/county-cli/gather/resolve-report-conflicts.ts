import type { CouchClient, CouchDoc } from '../../couchdb/couch-client';

/**
 * A report with conflicting revisions in a village database is resolved by the county, in the
 * county's favour for its own fields (issue 8, finding 6). CouchDB picks a conflict's winner by
 * revision generation, and a validator never sees the other branches, so a branch that slipped
 * in (an old kiosk, a pre-validator write, or an attack the validator now refuses) could make
 * the county's answer disappear for every kiosk. The gatherer sees every changed report, so it
 * is where this runs: the answer with the most progress (the longest status history, then the
 * latest reply) is kept, what the villager said comes from the winning revision, append-only
 * lists are the union of all branches, and the losing branches are deleted.
 */
export const COUNTY_FIELDS = ['status', 'statusHistory', 'countyReply'] as const;
const APPEND_ONLY_FIELDS = ['coReporters', 'reopenRequests', 'satisfaction'] as const;

interface ConflictedRow {
  id: string;
  doc?: (CouchDoc & { _conflicts?: string[] }) | null;
}

export async function resolveReportConflicts(client: CouchClient, db: string, ids: readonly string[]): Promise<number> {
  if (ids.length === 0) return 0;
  const path = encodeURIComponent(db);
  const { rows } = await client.request<{ rows: ConflictedRow[] }>('POST', `${path}/_all_docs`, {
    query: { include_docs: true, conflicts: true },
    body: { keys: ids },
  });
  let resolved = 0;
  for (const row of rows) {
    const winner = row.doc;
    if (!winner?._conflicts?.length || winner.type !== 'report') continue;
    const losers = await Promise.all(winner._conflicts.map((rev) => client.request<CouchDoc>('GET', `${path}/${encodeURIComponent(row.id)}`, { query: { rev } })));
    const merged = mergeInCountysFavour(winner, losers);
    const docs: CouchDoc[] = [merged, ...losers.map((loser) => ({ _id: loser._id, _rev: loser._rev, _deleted: true }))];
    await client.request('POST', `${path}/_bulk_docs`, { body: { docs } });
    resolved += 1;
  }
  return resolved;
}

export function mergeInCountysFavour(winner: CouchDoc, losers: readonly CouchDoc[]): CouchDoc {
  const all = [winner, ...losers];
  const answer = [...all].sort(countyProgressDescending)[0]!;
  const { _conflicts: _dropped, ...base } = winner as CouchDoc & { _conflicts?: unknown };
  const merged: CouchDoc = { ...base };
  for (const field of COUNTY_FIELDS) {
    if (answer[field] === undefined) delete merged[field];
    else merged[field] = answer[field];
  }
  for (const field of APPEND_ONLY_FIELDS) {
    const lists = all.map((doc) => doc[field]).filter(Array.isArray) as unknown[][];
    if (lists.length === 0) continue;
    const seen = new Set<string>();
    merged[field] = lists.flat().filter((entry) => {
      const key = JSON.stringify(entry);
      return seen.has(key) ? false : (seen.add(key), true);
    });
  }
  return merged;
}

function countyProgressDescending(a: CouchDoc, b: CouchDoc): number {
  const history = (doc: CouchDoc) => (Array.isArray(doc.statusHistory) ? doc.statusHistory.length : 0);
  const replyAt = (doc: CouchDoc) => {
    const reply = doc.countyReply as { at?: unknown } | undefined;
    return typeof reply?.at === 'string' ? reply.at : '';
  };
  return history(b) - history(a) || replyAt(b).localeCompare(replyAt(a));
}

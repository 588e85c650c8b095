import type { CouchClient, CouchDoc } from '../../couchdb/couch-client';
import type { GatherCheckpoints } from './gather-checkpoints';

/**
 * Copies what changed in one village database since its checkpoint into the gather database,
 * the way CouchDB's own replicator does it, in one pass instead of a continuous job:
 * `_changes` (all leaf revisions) → `_revs_diff` against the target (only what it lacks) →
 * `_bulk_get?revs=true` (with revision histories) → `_bulk_docs` with `new_edits: false`.
 *
 * Why this is safe to interrupt at any moment: the checkpoint moves only after a batch is
 * written, and re-copying a revision the target already has is a no-op (same revision id, same
 * history), so a killed or restarted gatherer neither loses nor duplicates a document.
 * Design documents stay in their village (each carries that village's validator).
 */

export interface CopyResult {
  /** Document revisions written to the target. */
  copied: number;
  /** Changes read from the source (including ones the target already had). */
  seen: number;
  /** Ids of the documents that changed (design documents excepted). */
  changedIds: string[];
}

interface ChangesPage {
  results: { id: string; changes: { rev: string }[] }[];
  last_seq: string | number;
}

interface BulkGetAnswer {
  results: { id: string; docs: ({ ok: CouchDoc } | { error: { id: string; rev: string; error: string; reason: string } })[] }[];
}

export const COPY_BATCH = 200;

export async function copyDatabaseChanges(
  client: CouchClient,
  source: string,
  target: string,
  checkpoints: GatherCheckpoints,
  batch = COPY_BATCH,
): Promise<CopyResult> {
  let since = (await checkpoints.get(source)) ?? 0;
  const result: CopyResult = { copied: 0, seen: 0, changedIds: [] };
  for (;;) {
    const page = await client.request<ChangesPage>('GET', `${encodeURIComponent(source)}/_changes`, {
      query: { since: String(since), limit: batch, style: 'all_docs' },
    });
    const wanted = leafRevisions(page);
    result.seen += page.results.length;
    result.changedIds.push(...wanted.keys());
    if (wanted.size > 0) result.copied += await copyMissing(client, source, target, wanted);
    if (page.results.length > 0) await checkpoints.set(source, page.last_seq);
    since = page.last_seq;
    if (page.results.length < batch) return result;
  }
}

function leafRevisions(page: ChangesPage): Map<string, string[]> {
  const wanted = new Map<string, string[]>();
  for (const change of page.results) {
    if (change.id.startsWith('_design/')) continue;
    wanted.set(change.id, change.changes.map((c) => c.rev));
  }
  return wanted;
}

async function copyMissing(client: CouchClient, source: string, target: string, wanted: Map<string, string[]>): Promise<number> {
  const diff = await client.request<Record<string, { missing?: string[] }>>('POST', `${encodeURIComponent(target)}/_revs_diff`, {
    body: Object.fromEntries(wanted),
  });
  const missing = Object.entries(diff).flatMap(([id, { missing: revs = [] }]) => revs.map((rev) => ({ id, rev })));
  if (missing.length === 0) return 0;
  const answer = await client.request<BulkGetAnswer>('POST', `${encodeURIComponent(source)}/_bulk_get`, {
    query: { revs: true },
    body: { docs: missing },
  });
  const docs = answer.results.flatMap((row) => row.docs.flatMap((entry) => ('ok' in entry ? [entry.ok] : [])));
  if (docs.length === 0) return 0;
  const written = await client.request<{ id: string; error?: string; reason?: string }[]>('POST', `${encodeURIComponent(target)}/_bulk_docs`, {
    body: { docs, new_edits: false },
  });
  // new_edits=false answers [] on success; any entry is a refusal (the gather database has no
  // validator, so this means a broken server). Throwing keeps the checkpoint where it was.
  const refused = written.filter((row) => row.error);
  if (refused.length > 0) throw new Error(`the gather database refused ${refused.length} document(s), e.g. ${refused[0]!.id}: ${refused[0]!.error} ${refused[0]!.reason ?? ''}`);
  return docs.length;
}

import type { GatherStats } from './gatherer';

/**
 * The gatherer's health line, for journald and people: one line that says whether the county
 * is receiving and how far behind it is. `ok` means no error since the last successful batch.
 */
export function formatGatherHealth(stats: GatherStats, now: number, startedAt: number): string {
  const state = stats.lastError && stats.errors > 0 && (stats.lastBatchAt ?? 0) < now - 120_000 ? 'FAILING' : 'ok';
  const last = stats.lastBatchAt === undefined ? 'no copies yet' : `last copy ${Math.round((now - stats.lastBatchAt) / 1000)} s ago (${stats.lastBatchMs ?? 0} ms)`;
  const parts = [
    `gather: ${state}`,
    stats.mode === 'db_updates' ? 'following _db_updates' : stats.mode === 'polling' ? 'polling (no _db_updates)' : 'starting',
    `${stats.databasesSeen} village databases seen`,
    `${stats.documentsCopied} revisions copied in ${Math.round((now - startedAt) / 1000)} s`,
    last,
    `${stats.errors} errors${stats.lastError ? ` (last: ${stats.lastError})` : ''}`,
  ];
  return parts.join(' · ');
}

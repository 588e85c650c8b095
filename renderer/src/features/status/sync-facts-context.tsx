import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { useKioskData } from '../../data/data-context';
import { createLocalSyncFactsSource } from './local-sync-facts-source';
import type { ReportSyncFacts, ReportSyncFactsSource } from './sync-facts';

export type { ReportSyncFacts, ReportSyncFactsSource };

/**
 * THE SEAM between the status screens and the sync.
 *
 * The status screens ask `useReportSyncFacts(reportId)` what the sync knows about a report
 * (`ReportSyncFacts`: pushed, blobsUploaded, optionally sendAttempted and setAside) and turn
 * it into the timeline with `deriveReportProgress`. Where the facts come from is decided here:
 *
 * - Without a provider (today): `createLocalSyncFactsSource`, which reads the local stores
 *   only (nothing pushed yet; blob flags from the blob store).
 * - With sync wired: mount `<SyncFactsProvider source={...}>` once, above the session (in
 *   app.tsx around <SessionProvider>, or in FeatureProviders), with a source built from the
 *   running sync (sync/replication/kiosk-sync.ts). The mapping from its model:
 *     pushed        = the document is on the server in some version (not pending, or pending
 *                     with an older version already accepted, or pulled from the server)
 *     blobsUploaded = BlobProgress.blobsUploaded(report)
 *     sendAttempted = a push of it was attempted (ReportDeliveryFacts.attempted)
 *     setAside      = it is in the push quarantine (ReportDeliveryFacts.quarantined)
 *   A report pulled from another kiosk is on the server by construction (pushed = true); its
 *   blobs are not in this kiosk's blob store, so blobsUploaded must come from what the server
 *   holds, not from the local store.
 *   The source must call `onFacts` again whenever any of these may have changed (a push
 *   succeeded, a blob was uploaded), so an open timeline follows along.
 *
 * Nothing else in features/status knows where the facts come from.
 */
const SyncFactsSourceContext = createContext<ReportSyncFactsSource | null>(null);

export function SyncFactsProvider({ source, children }: { source: ReportSyncFactsSource; children: ReactNode }) {
  return <SyncFactsSourceContext.Provider value={source}>{children}</SyncFactsSourceContext.Provider>;
}

/** The source in force: the provided one, else the local stores'. */
function useSyncFactsSource(): ReportSyncFactsSource {
  const provided = useContext(SyncFactsSourceContext);
  const { database, blobs } = useKioskData();
  return useMemo(() => provided ?? createLocalSyncFactsSource({ database, blobs }), [provided, database, blobs]);
}

/**
 * The sync facts of one report, following changes; `undefined` until the source has answered
 * for this report (the screen shows "looking up" rather than a guess that might jump).
 */
export function useReportSyncFacts(reportId: string): ReportSyncFacts | undefined {
  const source = useSyncFactsSource();
  const [answer, setAnswer] = useState<{ reportId: string; source: ReportSyncFactsSource; facts: ReportSyncFacts }>();
  useEffect(() => source.watch(reportId, (facts) => setAnswer({ reportId, source, facts })), [source, reportId]);
  // An answer for another report or from a replaced source is stale.
  return answer && answer.reportId === reportId && answer.source === source ? answer.facts : undefined;
}

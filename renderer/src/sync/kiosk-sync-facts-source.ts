import type { KioskSync } from '#sync/replication/kiosk-sync';
import type { ReportDelivery } from '#sync/replication/status/sync-status';
import type { ReportDocType } from '#sync/schema/report-schema';
import type { KioskDatabase } from '../data/kiosk-database-types';
import type { ReportSyncFacts, ReportSyncFactsSource } from '../features/status/sync-facts';
import { reportHashes, type BlobProgressCache } from './blob-progress-cache';

/**
 * The status screens' facts (features/status/sync-facts-context.tsx) from the running sync.
 * `deliveryOf` is `kioskSync.reportStatus`; `probeDelivery` asks the same with every blob
 * counted as uploaded, which separates "the document is still pending" from "only blobs are
 * missing" (both are 'waiting' in the sync's model):
 *   pushed        = a county stage, 'received', or 'waiting' only because of blobs
 *   sendAttempted = 'waiting' with the document still pending
 *   setAside      = 'set-aside'
 *   blobsUploaded = the blob cache (verified flags, or the county's copy for a pulled report)
 * Facts are re-sent on every sync status change, blob cache change and report change.
 */
export interface KioskSyncFactsInputs {
  database: KioskDatabase;
  sync: Pick<KioskSync, 'subscribe'>;
  deliveryOf: (report: ReportDocType) => ReportDelivery;
  probeDelivery: (report: ReportDocType) => ReportDelivery;
  blobs: Pick<BlobProgressCache, 'hashesUploaded' | 'subscribe'>;
}

const COUNTY_HAS_IT = new Set<ReportDelivery>(['received', 'in_progress', 'resolved', 'reopened']);

export function factsFromDelivery(delivery: ReportDelivery, documentOnlyDelivery: ReportDelivery, blobsUploaded: boolean): ReportSyncFacts {
  if (delivery === 'set-aside') return { pushed: false, blobsUploaded, sendAttempted: true, setAside: true };
  if (COUNTY_HAS_IT.has(delivery)) return { pushed: true, blobsUploaded, sendAttempted: true, setAside: false };
  const documentPending = documentOnlyDelivery === 'saved' || documentOnlyDelivery === 'waiting';
  return {
    pushed: !documentPending,
    blobsUploaded,
    sendAttempted: !documentPending || documentOnlyDelivery === 'waiting',
    setAside: false,
  };
}

export function createKioskSyncFactsSource(inputs: KioskSyncFactsInputs): ReportSyncFactsSource {
  return {
    watch(reportId, onFacts) {
      let report: ReportDocType | undefined;
      let stopped = false;
      let last = '';
      const deliver = () => {
        if (stopped) return;
        const facts: ReportSyncFacts = report
          ? factsFromDelivery(inputs.deliveryOf(report), inputs.probeDelivery(report), inputs.blobs.hashesUploaded(reportHashes(report)))
          : { pushed: false, blobsUploaded: false };
        const key = JSON.stringify(facts);
        if (key === last) return;
        last = key;
        onFacts(facts);
      };
      const subscription = inputs.database.reports.findOne(reportId).$.subscribe((doc) => {
        report = doc ? (doc.toJSON() as ReportDocType) : undefined;
        last = ''; // a changed document is always answered
        deliver();
      });
      const unsubscribeSync = inputs.sync.subscribe(deliver);
      const unsubscribeBlobs = inputs.blobs.subscribe?.(deliver);
      return () => {
        stopped = true;
        subscription.unsubscribe();
        unsubscribeSync();
        unsubscribeBlobs?.();
      };
    },
  };
}

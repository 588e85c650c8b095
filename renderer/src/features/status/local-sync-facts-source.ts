import type { KioskData } from '../../data/data-context';
import { reportBlobHashes } from './report-progress';
import type { ReportSyncFacts, ReportSyncFactsSource } from './sync-facts';

/**
 * The facts as far as the local stores know them, used until the sync provides its own source
 * (sync-facts-context.tsx):
 * - `pushed` is false: nothing in the renderer replicates yet, so no report has left this
 *   kiosk. A county status on the document still shows (deriveReportProgress rule 2), since
 *   such a status can only arrive through the county.
 * - `blobsUploaded` is the blob store's answer (the uploader's `uploaded` flags), re-read
 *   whenever the report changes.
 * Answers arrive in order: an older blob-store answer that resolves late is dropped.
 */
export function createLocalSyncFactsSource({ database, blobs }: Pick<KioskData, 'database' | 'blobs'>): ReportSyncFactsSource {
  return {
    watch(reportId, onFacts) {
      let stopped = false;
      let latest = 0;
      const deliver = (call: number, facts: ReportSyncFacts) => {
        if (!stopped && call === latest) onFacts(facts);
      };
      const subscription = database.reports.findOne(reportId).$.subscribe((doc) => {
        const call = ++latest;
        if (!doc) {
          deliver(call, { pushed: false, blobsUploaded: false });
          return;
        }
        blobs.blobsUploaded(reportBlobHashes(doc)).then(
          (blobsUploaded) => deliver(call, { pushed: false, blobsUploaded }),
          (error: unknown) => {
            console.warn('[kiosk] cannot read blob upload states', error);
            deliver(call, { pushed: false, blobsUploaded: false });
          },
        );
      });
      return () => {
        stopped = true;
        subscription.unsubscribe();
      };
    },
  };
}

/**
 * What the sync knows about one report: the input of `deriveReportProgress` besides the
 * document itself. Plain types, so the sync work (sync/replication) can produce them without
 * importing React or the renderer.
 */
export interface ReportSyncFacts {
  /**
   * The report's document has reached the county server (some version of it was accepted, or
   * it was pulled from there). A later local edit that is not sent yet does not make this false.
   */
  pushed: boolean;
  /** Every blob the report references (photo, voice note) is on the county server; true when it has none. */
  blobsUploaded: boolean;
  /** Optional: a send of the document was tried (tells "waiting to send" from "saved on this kiosk"). */
  sendAttempted?: boolean;
  /** Optional: the server refused the document (push quarantine); a clerk must look at it. */
  setAside?: boolean;
}

/**
 * The seam between the status screens and the sync (see sync-facts-context.tsx for how it is
 * plugged in). `watch` reports the facts of one report now (synchronously or soon after) and
 * again whenever they may have changed, until the returned function is called.
 * A report this kiosk does not hold is reported as `{ pushed: false, blobsUploaded: false }`.
 */
export interface ReportSyncFactsSource {
  watch(reportId: string, onFacts: (facts: ReportSyncFacts) => void): () => void;
}

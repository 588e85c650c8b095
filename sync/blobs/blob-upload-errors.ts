import type { FailureKind } from '../replication/retry/sync-failure';

/**
 * Why one blob could not be uploaded. The kinds extend the replication's FailureKind (offline,
 * credentials, server) with three that waiting alone does not cure:
 * - rejected: the server refused the blob itself (validate_doc_update, 403 forbidden);
 * - mismatch: the server holds a different copy under this hash (damaged at the county:
 *   a kiosk may not replace it, the validator forbids changing a blob; county IT must look).
 * - corrupt: the kiosk's own bytes no longer match the MD5 (or SHA-256) recorded when they were
 *   stored: the blob is set aside in the local store (`refused`) and never sent or retried.
 * Every other kind is retried with backoff; the last failure is shown to the clerk and in the heartbeat.
 */
export type BlobFailureKind = FailureKind | 'rejected' | 'mismatch' | 'corrupt';

export class BlobUploadError extends Error {
  override readonly name = 'BlobUploadError';

  constructor(
    readonly kind: BlobFailureKind,
    readonly sha256: string,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(sha256 ? `blob ${sha256.slice(0, 12)}…: ${message}` : message, options);
  }
}

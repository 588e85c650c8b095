import type { CouchApi } from '../couch/couch-api';

/** Same name as sync/blobs/blob-store.ts BLOB_ATTACHMENT: a blob is `/{blobsDb}/{sha256}/data`. */
export const BLOB_ATTACHMENT = 'data';

export function blobPath(blobsDb: string, sha256: string): string {
  return `${encodeURIComponent(blobsDb)}/${encodeURIComponent(sha256)}/${BLOB_ATTACHMENT}`;
}

/**
 * Whether a report's photo or voice note has reached the county yet. Blobs travel after the
 * report (sync/blobs/blob-uploader.ts), so a report can be here before its photo: the page
 * then says "照片还在路上" instead of showing a broken image.
 */
export async function blobArrived(api: CouchApi, blobsDb: string, sha256: string): Promise<boolean> {
  return (await api.head(blobPath(blobsDb, sha256))) === 200;
}

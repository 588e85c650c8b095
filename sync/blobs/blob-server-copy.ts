import type { CouchRequest, CouchResponse, CouchTransport } from '../replication/transport/couch-transport';
import { BLOB_ATTACHMENT, type StoredBlobInfo } from './blob-store';
import { BlobUploadError } from './blob-upload-errors';
import { base64ToBytes, sha256Hex } from './blob-encoding';

/**
 * The county's copy of one blob, and whether it is the same as ours.
 *
 * How a copy is verified without downloading it: CouchDB (and pouchdb-server) report each
 * attachment's `length` and `digest` ("md5-<base64>" of its bytes); PouchDB computes the same
 * digest for the local copy when it stores it. Equal length and digest mean the server holds
 * our bytes. MD5 is enough here: it detects truncation and corruption; the blob's identity is
 * the SHA-256 the kiosk computed itself and that names the document. Where the digests cannot
 * be compared (the server stored the attachment compressed, or the local digest is missing),
 * the copy is downloaded once and its SHA-256 checked instead: a rare path, never the normal one.
 */

export interface ServerAttachment {
  length?: number;
  digest?: string;
  /** Present (with att_encoding_info) when the server stored the bytes compressed. */
  encoding?: string;
  content_type?: string;
}

export interface ServerBlobCopy {
  rev: string;
  attachment?: ServerAttachment;
}

export type CopyCheck = 'same' | 'different';

export async function requestBlob(transport: CouchTransport, request: CouchRequest, sha256: string, signal?: AbortSignal): Promise<CouchResponse> {
  let response: CouchResponse;
  try {
    response = await transport.request(request, signal);
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new BlobUploadError('offline', sha256, `no answer from the county server (${describe(error)})`, { cause: error });
  }
  if (response.status === 0) throw new BlobUploadError('offline', sha256, 'no answer from the county server');
  return response;
}

/** The server's document for the blob (stubs only, a few hundred bytes), or undefined when absent. */
export async function readServerCopy(
  transport: CouchTransport,
  blobsDb: string,
  sha256: string,
  signal?: AbortSignal,
): Promise<ServerBlobCopy | undefined> {
  const response = await requestBlob(
    transport,
    { method: 'GET', path: `${encodeURIComponent(blobsDb)}/${sha256}`, query: { att_encoding_info: 'true' } },
    sha256,
    signal,
  );
  if (response.status === 404) return undefined;
  if (response.status !== 200 || response.body.kind !== 'json') throw statusError(sha256, 'reading the county copy', response);
  const doc = response.body.json as { _rev?: unknown; _attachments?: Record<string, ServerAttachment> };
  if (typeof doc._rev !== 'string') throw new BlobUploadError('server', sha256, 'the county copy has no revision');
  return { rev: doc._rev, attachment: doc._attachments?.[BLOB_ATTACHMENT] };
}

export async function compareCopy(
  transport: CouchTransport,
  blobsDb: string,
  local: StoredBlobInfo,
  server: ServerAttachment,
  signal?: AbortSignal,
): Promise<CopyCheck> {
  if (server.length !== undefined && server.length !== local.bytes) return 'different';
  const comparable = local.md5Digest !== undefined && server.digest !== undefined && !server.encoding;
  if (comparable) return server.digest === local.md5Digest ? 'same' : 'different';
  // Rare path: download and hash.
  const response = await requestBlob(
    transport,
    { method: 'GET', path: `${encodeURIComponent(blobsDb)}/${local.sha256}/${BLOB_ATTACHMENT}`, timeoutMs: 120_000 },
    local.sha256,
    signal,
  );
  if (response.status !== 200 || response.body.kind !== 'base64') throw statusError(local.sha256, 'downloading the county copy', response);
  return (await sha256Hex(base64ToBytes(response.body.data))) === local.sha256 ? 'same' : 'different';
}

/**
 * A 403 on a write is the validator refusing the blob ('rejected'); on a read it can only mean
 * the account is not (or no longer) a member ('credentials'). CouchDB says "forbidden" for both.
 */
export function statusError(sha256: string, doing: string, response: CouchResponse, write = false): BlobUploadError {
  const body = response.body.kind === 'json' && typeof response.body.json === 'object' && response.body.json !== null ? (response.body.json as Record<string, unknown>) : {};
  const detail = [body.error, body.reason].filter((part) => typeof part === 'string' && part).join(': ');
  const message = `${doing}: HTTP ${response.status}${detail ? ` (${detail})` : ''}`;
  if (response.status === 401) return new BlobUploadError('credentials', sha256, message);
  if (response.status === 403) return new BlobUploadError(write ? 'rejected' : 'credentials', sha256, message);
  return new BlobUploadError('server', sha256, message);
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

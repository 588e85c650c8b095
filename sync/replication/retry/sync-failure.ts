import { CouchHttpError } from '../transport/couch-http';
import { TransportUnreachableError } from '../transport/couch-transport';

/**
 * What a failed request means for the kiosk, which decides what people see and how long to
 * wait. Request-level failures only: a row the server rejects inside `_bulk_docs` is not a
 * failure of the request (push-handler.ts quarantines it).
 * - offline: no HTTP answer (network, DNS, reset, timeout, blackhole);
 * - credentials: 401, or 403 for the whole request (the kiosk's account is not, or no longer,
 *   a member: pouchdb-server answers 401 where CouchDB answers 403, PITFALLS.md);
 * - server: anything else (5xx, 429, an unexpected answer).
 */
export type FailureKind = 'offline' | 'credentials' | 'server';

/** Thrown out of handlers once stop() was called: RxDB then winds its loops down. */
export class SyncStoppedError extends Error {
  override readonly name = 'SyncStoppedError';

  constructor() {
    super('sync stopped');
  }
}

export function isStopped(error: unknown): boolean {
  return error instanceof SyncStoppedError;
}

export function classifyFailure(error: unknown): FailureKind {
  if (error instanceof TransportUnreachableError) return 'offline';
  if (error instanceof CouchHttpError) {
    if (error.status === 401 || error.status === 403) return 'credentials';
    return 'server';
  }
  if (error instanceof Error && (error.name === 'AbortError' || error.name === 'TimeoutError')) return 'offline';
  return 'server';
}

/** One line for the clerk's screen and the heartbeat: never a document's content. */
export function describeFailure(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.length > 300 ? `${message.slice(0, 297)}...` : message;
}

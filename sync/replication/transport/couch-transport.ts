import type { CountyBody, CountyRequest, CountyResponse } from '#common/county-proxy-contract';

/**
 * How the replication reaches the county CouchDB. One request in, one HTTP answer out: the
 * same shape as the host's `county.request` channel, so the renderer sends everything through
 * the host's proxy (credentials never reach it, host-couch-transport.ts) and Node talks to
 * CouchDB directly with basic auth (direct-couch-transport.node.ts).
 *
 * Contract every implementation keeps:
 * - any HTTP answer, 2xx or not, resolves with its status and body (the caller decides what a
 *   status means: couch-http.ts throws on !ok, PITFALLS.md);
 * - no HTTP answer at all (network down, DNS, refused, reset, timeout) rejects with
 *   `TransportUnreachableError`;
 * - an aborted `signal` rejects promptly (stop() must not wait for a blackholed request).
 */
export type CouchBody = CountyBody;
export type CouchRequest = CountyRequest;
export type CouchResponse = CountyResponse;

export interface CouchTransport {
  request(request: CouchRequest, signal?: AbortSignal): Promise<CouchResponse>;
}

/** No HTTP answer: the kiosk is offline as far as sync is concerned. */
export class TransportUnreachableError extends Error {
  override readonly name = 'TransportUnreachableError';

  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}

import type { CouchRequest, CouchTransport } from './couch-transport';

/**
 * JSON requests over a CouchTransport. Throws `CouchHttpError` on any status outside 2xx unless
 * the caller lists it in `accept`: RxDB's CouchDB plugin crashed its live pull on a 401 because
 * its fetch did not throw on !ok (PITFALLS.md); here every failure is an exception the retry
 * loop classifies.
 */

export class CouchHttpError extends Error {
  override readonly name = 'CouchHttpError';

  constructor(
    readonly status: number,
    /** CouchDB's short error name: `unauthorized`, `forbidden`, `not_found`, … */
    readonly error: string,
    readonly reason: string,
    readonly method: string,
    readonly path: string,
  ) {
    super(`${method} ${path} → ${status} ${error}${reason ? `: ${reason}` : ''}`);
  }
}

export interface CouchJsonRequest extends Omit<CouchRequest, 'body'> {
  json?: unknown;
}

export async function couchJson<T>(
  transport: CouchTransport,
  request: CouchJsonRequest,
  signal?: AbortSignal,
  accept: readonly number[] = [],
): Promise<{ status: number; body: T }> {
  const { json, ...rest } = request;
  const response = await transport.request(
    { ...rest, body: json === undefined ? { kind: 'none' } : { kind: 'json', json } },
    signal,
  );
  const body = response.body.kind === 'json' ? response.body.json : undefined;
  const ok = (response.status >= 200 && response.status < 300) || accept.includes(response.status);
  if (!ok) {
    const record = isRecord(body) ? body : {};
    throw new CouchHttpError(
      response.status,
      typeof record['error'] === 'string' ? record['error'] : `http_${response.status}`,
      typeof record['reason'] === 'string' ? record['reason'] : '',
      request.method,
      request.path,
    );
  }
  if (body === undefined) {
    throw new CouchHttpError(response.status, 'bad_response', 'expected a JSON body', request.method, request.path);
  }
  return { status: response.status, body: body as T };
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Database names go into paths encoded; `_`-prefixed endpoints follow verbatim. */
export function dbUrlPath(db: string, endpoint?: string): string {
  return endpoint === undefined ? encodeURIComponent(db) : `${encodeURIComponent(db)}/${endpoint}`;
}

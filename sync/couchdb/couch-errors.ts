/**
 * Errors of the CouchDB client. Callers branch on `status` (409 conflict, 404 missing, 401/403
 * refused: pouchdb-server answers 401 where CouchDB answers 403 for non-members), never on
 * message text.
 */

export class CouchError extends Error {
  override readonly name = 'CouchError';

  constructor(
    readonly status: number,
    /** CouchDB's short error name: `conflict`, `not_found`, `forbidden`, `unauthorized`, … */
    readonly error: string,
    readonly reason: string,
    readonly method: string,
    readonly path: string,
  ) {
    super(`${method} /${path} → ${status} ${error}${reason ? `: ${reason}` : ''}`);
  }

  get isConflict(): boolean {
    return this.status === 409;
  }

  get isNotFound(): boolean {
    return this.status === 404;
  }

  /** Refused for lack of rights or a validator's verdict: 401 or 403 depending on the server. */
  get isDenied(): boolean {
    return this.status === 401 || this.status === 403;
  }
}

/** No HTTP answer at all: wrong address, server down, DNS, TLS, or timeout. */
export class CouchUnreachableError extends Error {
  override readonly name = 'CouchUnreachableError';

  constructor(
    readonly baseUrl: string,
    override readonly cause: unknown,
  ) {
    super(`cannot reach CouchDB at ${baseUrl}: ${describeCause(cause)}`);
  }
}

function describeCause(cause: unknown): string {
  if (cause instanceof Error) {
    if (cause.name === 'TimeoutError') return 'no answer before the time limit';
    // fetch reports "fetch failed" and puts the reason (ECONNREFUSED, ENOTFOUND, bad port…) in `cause`.
    const inner = (cause as Error & { cause?: unknown }).cause;
    if (inner instanceof Error) {
      const code = (inner as Error & { code?: unknown }).code;
      return `${cause.message}: ${typeof code === 'string' ? code : inner.message}`;
    }
    return cause.message;
  }
  return String(cause);
}

import { Buffer } from 'node:buffer';
import { createCredentialGate } from '../../couchdb/credential-gate';
import { basicAuthHeader, parseCouchUrl, type CouchCredentials } from '../../couchdb/couch-url';
import { TransportUnreachableError, type CouchBody, type CouchRequest, type CouchResponse, type CouchTransport } from './couch-transport';

/**
 * CouchTransport straight to CouchDB with basic auth, for Node: the simulator, tests,
 * benchmarks and the host's own proxy if it wants one. Same contract as the host proxy
 * (couch-transport.ts): every HTTP answer resolves, no answer rejects with
 * TransportUnreachableError, a request past `timeoutMs` counts as no answer.
 *
 * `stats` counts what went over the wire in bodies (request and response), so tools can
 * report the bytes a sync cost.
 *
 * Requests pass a credential gate (couchdb/credential-gate.ts): one `GET /_session` checks the
 * credentials first, and once the server refused them nothing more is sent with them (a 401
 * is answered here) until `setCredentials`, so a wrong password never locks the account.
 */
export interface DirectCouchTransportOptions {
  /** CouchDB root, with or without `user:password@` (credentials are moved to a header). */
  url: string;
  credentials?: CouchCredentials;
  /** Default 30 s; a request may ask for its own. */
  timeoutMs?: number;
}

export interface TransportStats {
  requests: number;
  bytesSent: number;
  bytesReceived: number;
}

export interface DirectCouchTransport extends CouchTransport {
  readonly baseUrl: string;
  readonly stats: TransportStats;
  /** Swap credentials (re-enrollment; tests of rejected credentials). */
  setCredentials(credentials: CouchCredentials | undefined): void;
}

export function createDirectCouchTransport(options: DirectCouchTransportOptions): DirectCouchTransport {
  const parsed = parseCouchUrl(options.url, options.credentials);
  let authorization = parsed.credentials ? basicAuthHeader(parsed.credentials) : undefined;
  const stats: TransportStats = { requests: 0, bytesSent: 0, bytesReceived: 0 };
  const defaultTimeout = options.timeoutMs ?? 30_000;
  const gate = createCredentialGate({
    async check() {
      const headers: Record<string, string> = { accept: 'application/json' };
      if (authorization) headers['authorization'] = authorization;
      stats.requests++;
      try {
        const response = await fetch(new URL('_session', parsed.baseUrl), { headers, signal: AbortSignal.timeout(Math.min(defaultTimeout, 10_000)) });
        const bytes = Buffer.from(await response.arrayBuffer());
        stats.bytesReceived += bytes.byteLength;
        const body = decodeBody(bytes, response.headers.get('content-type') ?? '');
        return { status: response.status, json: body.kind === 'json' ? body.json : undefined };
      } catch {
        return { status: 0 };
      }
    },
  });

  return {
    baseUrl: parsed.baseUrl,
    stats,
    setCredentials(credentials) {
      authorization = credentials ? basicAuthHeader(credentials) : undefined;
      gate.reset();
    },
    async request(request: CouchRequest, signal?: AbortSignal): Promise<CouchResponse> {
      const admission = await gate.admit();
      if (!admission.send) return { status: 401, body: { kind: 'json', json: admission.refusal } };
      const url = new URL(request.path, parsed.baseUrl);
      for (const [key, value] of Object.entries(request.query ?? {})) url.searchParams.set(key, value);
      const headers: Record<string, string> = { accept: 'application/json' };
      if (authorization) headers['authorization'] = authorization;
      const body = encodeBody(request.body, headers);
      stats.requests++;
      stats.bytesSent += body?.byteLength ?? 0;
      const timeout = AbortSignal.timeout(request.timeoutMs ?? defaultTimeout);
      const combined = signal ? AbortSignal.any([signal, timeout]) : timeout;
      try {
        const response = await fetch(url, { method: request.method, headers, body: body ? new Uint8Array(body) : null, signal: combined });
        const bytes = Buffer.from(await response.arrayBuffer());
        stats.bytesReceived += bytes.byteLength;
        const decoded = decodeBody(bytes, response.headers.get('content-type') ?? '');
        gate.observe(admission, response.status, decoded.kind === 'json' ? decoded.json : undefined);
        return { status: response.status, body: decoded };
      } catch (cause) {
        if (signal?.aborted) throw signal.reason instanceof Error ? signal.reason : new DOMException('aborted', 'AbortError');
        throw new TransportUnreachableError(`cannot reach ${parsed.baseUrl}: ${describe(cause)}`, { cause });
      }
    },
  };
}

function encodeBody(body: CouchBody | undefined, headers: Record<string, string>): Buffer | undefined {
  if (!body || body.kind === 'none') return undefined;
  if (body.kind === 'json') {
    headers['content-type'] = 'application/json';
    return Buffer.from(JSON.stringify(body.json));
  }
  headers['content-type'] = body.contentType;
  return Buffer.from(body.data, 'base64');
}

function decodeBody(bytes: Buffer, contentType: string): CouchBody {
  if (bytes.byteLength === 0) return { kind: 'none' };
  const text = /json|text\/plain/.test(contentType) ? bytes.toString('utf8') : undefined;
  if (text !== undefined) {
    try {
      return { kind: 'json', json: JSON.parse(text) as unknown };
    } catch {
      // Not JSON after all (an HTML error page from a proxy): keep the bytes.
    }
  }
  return { kind: 'base64', data: bytes.toString('base64'), contentType: contentType.slice(0, 100) || 'application/octet-stream' };
}

function describe(cause: unknown): string {
  if (!(cause instanceof Error)) return String(cause);
  if (cause.name === 'TimeoutError') return 'no answer before the time limit';
  const inner = (cause as Error & { cause?: { code?: string } }).cause;
  return inner?.code ? `${cause.message} (${inner.code})` : cause.message;
}

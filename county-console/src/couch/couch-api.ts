/**
 * The console's CouchDB access: plain fetch against a base URL (in the browser the console's
 * own /couch/, signed in with the session cookie; in the benchmark a server URL with a Basic
 * header). Isomorphic: no DOM, no Node. Errors keep CouchDB's `error` and `reason`, because the
 * reason is what a person needs to read ("only the county may…").
 */
export class CouchHttpError extends Error {
  constructor(
    readonly status: number,
    readonly error: string,
    readonly reason: string,
  ) {
    super(`${status} ${error}: ${reason}`);
  }

  get isConflict(): boolean {
    return this.status === 409;
  }

  get isForbidden(): boolean {
    return this.status === 401 || this.status === 403;
  }
}

type Query = Record<string, string | number | boolean | undefined>;

export interface CouchApi {
  readonly baseUrl: string;
  /** Absolute URL of a path below the base (for <img>/<audio> sources). */
  url(path: string, query?: Query): string;
  request<T>(method: string, path: string, options?: { query?: Query; body?: unknown }): Promise<T>;
  /** Status code of a HEAD request (200, 404, …); never throws for an HTTP status. */
  head(path: string): Promise<number>;
}

export function createCouchApi(options: { baseUrl: string; fetch?: typeof fetch; headers?: Record<string, string> }): CouchApi {
  const fetchImpl = options.fetch ?? ((input, init) => fetch(input, init));
  const baseUrl = options.baseUrl.endsWith('/') ? options.baseUrl : `${options.baseUrl}/`;
  const url = (path: string, query: Query = {}) => {
    const target = new URL(path, baseUrl);
    for (const [key, value] of Object.entries(query)) if (value !== undefined) target.searchParams.set(key, String(value));
    return target.toString();
  };
  return {
    baseUrl,
    url,
    async request<T>(method: string, path: string, request: { query?: Query; body?: unknown } = {}): Promise<T> {
      const headers: Record<string, string> = { accept: 'application/json', ...options.headers };
      if (request.body !== undefined) headers['content-type'] = 'application/json';
      const response = await fetchImpl(url(path, request.query), {
        method,
        headers,
        credentials: 'same-origin',
        body: request.body === undefined ? null : JSON.stringify(request.body),
      });
      const text = await response.text();
      let body: unknown;
      try {
        body = text === '' ? undefined : JSON.parse(text);
      } catch {
        body = undefined;
      }
      if (!response.ok) {
        const record = (body ?? {}) as { error?: unknown; reason?: unknown };
        throw new CouchHttpError(response.status, typeof record.error === 'string' ? record.error : 'error', typeof record.reason === 'string' ? record.reason : text.slice(0, 200));
      }
      return body as T;
    },
    async head(path: string): Promise<number> {
      const response = await fetchImpl(url(path), { method: 'HEAD', headers: { ...options.headers }, credentials: 'same-origin' });
      return response.status;
    },
  };
}

/** `db/doc` path with each part encoded (ids may hold ':'; database names '-'). */
export function docPath(db: string, id: string): string {
  return `${encodeURIComponent(db)}/${encodeURIComponent(id)}`;
}

export function viewPath(db: string, design: string, view: string): string {
  return `${encodeURIComponent(db)}/_design/${encodeURIComponent(design)}/_view/${encodeURIComponent(view)}`;
}

/** View query parameters are JSON. */
export function json(value: unknown): string {
  return JSON.stringify(value);
}

/**
 * A CouchDB address split into a credential-free base URL and credentials. fetch (Node's and
 * browsers') refuses URLs that carry `user:password@`, and credentials must never end up in
 * logs or enrollment files by accident, so they travel separately and become a Basic header.
 */

export interface CouchCredentials {
  username: string;
  password: string;
}

export interface ParsedCouchUrl {
  /** Origin and path, always ending with '/', never with credentials. */
  baseUrl: string;
  credentials?: CouchCredentials;
}

export function parseCouchUrl(url: string, explicit?: CouchCredentials): ParsedCouchUrl {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new Error(`not a valid CouchDB address: ${JSON.stringify(redactUrl(url))}`);
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    throw new Error(`CouchDB address must start with http:// or https://, got ${JSON.stringify(redactUrl(url))}`);
  }
  const fromUrl: CouchCredentials | undefined = parsed.username
    ? { username: decodeURIComponent(parsed.username), password: decodeURIComponent(parsed.password) }
    : undefined;
  parsed.username = '';
  parsed.password = '';
  parsed.search = '';
  parsed.hash = '';
  if (!parsed.pathname.endsWith('/')) parsed.pathname += '/';
  const credentials = explicit ?? fromUrl;
  return credentials ? { baseUrl: parsed.toString(), credentials } : { baseUrl: parsed.toString() };
}

/** The same address with credentials embedded (for _replicator documents, which need them). */
export function urlWithCredentials(baseUrl: string, credentials: CouchCredentials | undefined, path = ''): string {
  const url = new URL(path, baseUrl);
  if (credentials) {
    url.username = encodeURIComponent(credentials.username);
    url.password = encodeURIComponent(credentials.password);
  }
  return url.toString();
}

/** For messages: never print a password. */
export function redactUrl(url: string): string {
  return url.replace(/\/\/([^/@:]*)(:[^/@]*)?@/, (_match, user: string) => `//${user}${user ? ':***' : ''}@`);
}

export function basicAuthHeader(credentials: CouchCredentials): string {
  // btoa takes Latin-1 only: encode the UTF-8 bytes first so non-ASCII passwords survive.
  const bytes = new TextEncoder().encode(`${credentials.username}:${credentials.password}`);
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return `Basic ${btoa(binary)}`;
}

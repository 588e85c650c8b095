import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, request as httpRequest, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { request as httpsRequest } from 'node:https';
import path from 'node:path';
import { issueAlert, type AlertSigner } from '#county-console/server/alert-signing.node';

/**
 * The county console's web server: the built single-page app (dist/county-console) and, under
 * /couch/, CouchDB itself, so the browser talks to CouchDB on the console's own origin (cookie
 * sign-in without CORS). The proxy adds nothing: no credentials of its own (the URL's are
 * stripped), so every request is the signed-in person's and CouchDB decides (`_security`,
 * validators). It only hardens the session cookie (SameSite=Strict, so no other site can send
 * it) and sets the page's security headers.
 *
 * Hand-written over node:http (≈80 lines) rather than a proxy library: it forwards one prefix
 * verbatim and rewrites one header, and nothing else here needs a framework.
 */
export const COUCH_PREFIX = '/couch/';
/** Signs and writes an emergency alert for a signed-in county account (alert-signing.node.ts). */
export const ALERTS_PATH = '/console-api/alerts';
const MAX_BODY = 64 * 1024;

export interface ConsoleServerOptions {
  couchUrl: string;
  staticDir: string;
  /** The deployment's database-name prefix (`--prefix`), told to the app at /console-config.json. */
  prefix?: string;
  /** The county signing key (`--county-key`): without it the console cannot issue alerts. */
  signer?: AlertSigner;
  port: number;
  host?: string;
}

export interface RunningConsole {
  url: string;
  port: number;
  close(): Promise<void>;
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
};

/** Photos and voice notes come from /couch/ on this origin; charts draw on canvas. */
const SECURITY_HEADERS: Record<string, string> = {
  'content-security-policy':
    "default-src 'self'; img-src 'self' blob: data:; media-src 'self' blob:; style-src 'self' 'unsafe-inline'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
};

export function couchTarget(couchUrl: string): URL {
  const target = new URL(couchUrl);
  target.username = '';
  target.password = '';
  if (!target.pathname.endsWith('/')) target.pathname += '/';
  return target;
}

export async function startConsoleServer(options: ConsoleServerOptions): Promise<RunningConsole> {
  const target = couchTarget(options.couchUrl);
  if (!existsSync(path.join(options.staticDir, 'index.html'))) {
    throw new Error(`the console is not built (${options.staticDir}/index.html is missing): run without --no-build`);
  }
  const server: Server = createServer((request, response) => {
    const url = request.url ?? '/';
    if (url.startsWith(COUCH_PREFIX)) proxy(target, request, response);
    else if (url === ALERTS_PATH && request.method === 'POST') void alerts(target, options, request, response);
    else if (url === '/console-config.json') {
      response.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-cache', ...SECURITY_HEADERS });
      response.end(JSON.stringify({ prefix: options.prefix ?? '' }));
    } else serveStatic(options.staticDir, url, response);
  });
  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, host, () => resolve());
  });
  const { port } = server.address() as { port: number };
  return {
    url: `http://${host}:${port}/`,
    port,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

async function alerts(target: URL, options: ConsoleServerOptions, request: IncomingMessage, response: ServerResponse): Promise<void> {
  const reply = (status: number, body: unknown) => {
    response.writeHead(status, { 'content-type': 'application/json', 'cache-control': 'no-store' });
    response.end(JSON.stringify(body));
  };
  // Same-origin only: the page's own fetch carries the Origin of this server (CSRF guard on top of SameSite=Strict).
  const origin = request.headers.origin;
  if (origin && origin !== `http://${request.headers.host ?? ''}` && origin !== `https://${request.headers.host ?? ''}`) {
    reply(403, { error: 'forbidden', reason: 'alerts are issued from the console page only' });
    return;
  }
  // Bytes first, text once: a chunk may end inside a Chinese character's UTF-8 bytes.
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY) {
      reply(413, { error: 'too_large', reason: 'an alert request is at most 64 KB' });
      return;
    }
    chunks.push(chunk);
  }
  let body: unknown;
  try {
    body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch {
    reply(400, { error: 'bad_request', reason: 'the request is not JSON' });
    return;
  }
  try {
    const outcome = await issueAlert({ target, prefix: options.prefix ?? '', signer: options.signer, incoming: request, body });
    reply(outcome.status, outcome.body);
  } catch (error) {
    reply(502, { error: 'unreachable', reason: `CouchDB is unreachable: ${(error as Error).message}` });
  }
}

function proxy(target: URL, request: IncomingMessage, response: ServerResponse): void {
  const upstream = new URL(target.pathname + (request.url ?? '').slice(COUCH_PREFIX.length), target);
  const headers = { ...request.headers, host: target.host };
  delete headers.origin;
  delete headers.referer;
  const send = target.protocol === 'https:' ? httpsRequest : httpRequest;
  const outgoing = send(upstream, { method: request.method, headers }, (reply) => {
    const replyHeaders = { ...reply.headers };
    const cookies = reply.headers['set-cookie'];
    if (cookies) replyHeaders['set-cookie'] = cookies.map(strictCookie);
    // The browser must not pop up its own password box on a 401: the console has a sign-in page.
    delete replyHeaders['www-authenticate'];
    response.writeHead(reply.statusCode ?? 502, replyHeaders);
    reply.pipe(response);
  });
  outgoing.on('error', (error) => {
    if (!response.headersSent) response.writeHead(502, { 'content-type': 'application/json' });
    response.end(JSON.stringify({ error: 'unreachable', reason: `CouchDB is unreachable: ${error.message}` }));
  });
  request.pipe(outgoing);
}

/** The session cookie, path / on this origin, never sent by another site. */
function strictCookie(cookie: string): string {
  const parts = cookie.split(';').map((part) => part.trim()).filter((part) => !/^samesite=/i.test(part));
  return [...parts, 'SameSite=Strict'].join('; ');
}

function serveStatic(staticDir: string, url: string, response: ServerResponse): void {
  let pathname: string;
  try {
    pathname = decodeURIComponent(new URL(url, 'http://console').pathname);
  } catch {
    // A malformed escape (/%E0%A4%A) would otherwise throw out of the request handler and end the server.
    response.writeHead(400, { 'content-type': 'text/plain; charset=utf-8', ...SECURITY_HEADERS });
    response.end('bad request: malformed address');
    return;
  }
  const candidate = path.normalize(path.join(staticDir, pathname));
  const inside = candidate.startsWith(path.normalize(staticDir + path.sep));
  // Every other path is the single-page app (its router reads the address).
  const file = inside && existsSync(candidate) && statSync(candidate).isFile() ? candidate : path.join(staticDir, 'index.html');
  const type = CONTENT_TYPES[path.extname(file)] ?? 'application/octet-stream';
  const cache = file.includes(`${path.sep}assets${path.sep}`) ? 'public, max-age=31536000, immutable' : 'no-cache';
  response.writeHead(200, { 'content-type': type, 'cache-control': cache, ...SECURITY_HEADERS });
  createReadStream(file).pipe(response);
}

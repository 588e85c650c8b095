import type { IncomingMessage, ServerResponse } from 'node:http';
import { KIOSK_SECURITY_HEADERS } from '#common/csp';
import { LAUNCH_CODE_PARAM } from '#common/ws-protocol';
import { ALREADY_OPEN_PAGE, OPENING_PAGE } from './bootstrap-pages';
import type { KioskSession } from './kiosk-session';
import { requestRefusal } from './request-guard';

export interface SessionGateOptions {
  session: KioskSession;
  /** `127.0.0.1:PORT` and `http://127.0.0.1:PORT`: the only Host and Origin accepted. */
  own: { host: string; origin: string };
  /** Serves the renderer's files; reached only with the session cookie. */
  serve: (req: IncomingMessage, res: ServerResponse) => Promise<void>;
  /** Called once, when the launch code has been exchanged (the launcher file can go). */
  onSessionOpened?: () => void;
  log?: (line: string) => void;
}

function page(res: ServerResponse, status: number, html: string, headers: Record<string, string> = {}): void {
  res.writeHead(status, { ...KIOSK_SECURITY_HEADERS, 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store', ...headers });
  res.end(html);
}

function plain(res: ServerResponse, status: number, text: string, headers: Record<string, string> = {}): void {
  res.writeHead(status, { ...KIOSK_SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store', ...headers });
  res.end(text);
}

/** Speculative loads (omnibox prefetch/prerender) must not spend the one-time code. */
function isSpeculative(req: IncomingMessage): boolean {
  const purpose = req.headers['sec-purpose'] ?? req.headers['purpose'];
  return typeof purpose === 'string' && /prefetch|prerender/i.test(purpose);
}

/**
 * Every HTTP request of the browser-mode host passes here first. Order matters:
 * 1. Host and Origin (DNS rebinding, other sites' pages) — refused before anything else;
 * 2. only GET and HEAD exist;
 * 3. `/?launch=CODE`: the one exchange of the launch code for the session cookie; the same URL
 *    again from the kiosk's browser (it holds the cookie) goes to "/"; from anyone else it is
 *    the plain "already open" page;
 * 4. everything else needs the session cookie, or gets that page.
 */
export function createSessionGate(options: SessionGateOptions) {
  const { session, own, serve, log = () => {} } = options;
  return async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const refusal = requestRefusal(req, own, false);
    if (refusal) {
      log(`refused a request: ${refusal}`);
      plain(res, 403, 'Forbidden');
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      plain(res, 405, 'Method not allowed', { Allow: 'GET, HEAD' });
      return;
    }
    const url = new URL(req.url ?? '/', own.origin);
    const code = url.searchParams.get(LAUNCH_CODE_PARAM);
    if (code !== null) {
      if (req.method === 'HEAD' || isSpeculative(req)) {
        plain(res, 503, 'Open this address in the browser', { 'Retry-After': '0' });
        return;
      }
      const setCookie = session.exchange(code);
      if (setCookie) {
        log('kiosk session opened');
        options.onSessionOpened?.();
        page(res, 200, OPENING_PAGE, { 'Set-Cookie': setCookie });
        return;
      }
      if (session.holdsSession(req.headers.cookie)) {
        plain(res, 303, 'See /', { Location: '/' });
        return;
      }
      log('refused a launch URL that was already used');
      page(res, 403, ALREADY_OPEN_PAGE);
      return;
    }
    if (!session.holdsSession(req.headers.cookie)) {
      page(res, 403, ALREADY_OPEN_PAGE);
      return;
    }
    await serve(req, res);
  };
}

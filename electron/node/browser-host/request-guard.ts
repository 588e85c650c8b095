import type { IncomingMessage } from 'node:http';

/**
 * Checks every request (page or socket) makes before anything else, against DNS rebinding and
 * other sites' pages: the `Host` header must name the host's own address exactly
 * (`127.0.0.1:PORT`; a rebinding attack arrives with the attacker's host name), and an `Origin`
 * header, when a browser sends one, must be the kiosk's own origin. Returns why a request is
 * refused, or null.
 */
export function requestRefusal(req: IncomingMessage, own: { host: string; origin: string }, requireOrigin: boolean): string | null {
  if (req.headers.host !== own.host) return `Host ${String(req.headers.host).slice(0, 80)} is not ${own.host}`;
  const origin = req.headers.origin;
  if (origin === undefined) return requireOrigin ? 'no Origin' : null;
  return origin === own.origin ? null : `Origin ${origin.slice(0, 80)} is not ${own.origin}`;
}

import { randomBytes, timingSafeEqual } from 'node:crypto';
import { parse as parseCookies, serialize as serializeCookie } from 'cookie';

/**
 * The browser-mode session (docs/decisions/browser-session-bootstrap.md). Exactly one browser
 * ever holds the session secret: the one that first presents the launch code.
 *
 * - The launch code is random, new for every host start, and good for ONE exchange. It reaches
 *   the kiosk's browser only: on the command line of the Chromium the host starts (through a
 *   0600 launcher file, never argv) or, with --no-open, in the one line the host prints.
 * - The exchange sets the session secret as an HttpOnly, SameSite=Strict cookie: page script
 *   cannot read it, no response body ever contains it, and no later request can obtain it
 *   (there is no second exchange). Reloads carry the cookie, so the session survives them.
 * - Everything the host serves, and the host socket above all, requires the cookie.
 */
export interface KioskSession {
  /** The code for the launch URL; meaningless once exchanged. */
  readonly launchCode: string;
  readonly cookieName: string;
  /** Whether the launch code has been used (a later exchange always fails). */
  readonly exchanged: boolean;
  /** Trades the code for a Set-Cookie header, once; undefined for a wrong or used code. */
  exchange(code: string | null): string | undefined;
  /** True only for a Cookie header carrying this host's session secret. */
  holdsSession(cookieHeader: string | undefined): boolean;
}

const secret = () => randomBytes(32).toString('base64url');

function equalSecrets(given: string | undefined, expected: string | undefined): boolean {
  if (given === undefined || expected === undefined) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * `port` names the cookie: cookies are per host name, not per port, so two kiosk hosts on one
 * machine (or a test run beside a real kiosk) must not overwrite each other's session.
 */
export function createKioskSession(port: number): KioskSession {
  const launchCode = secret();
  let sessionSecret: string | undefined;
  const cookieName = `kiosk-session-${port}`;
  return {
    launchCode,
    cookieName,
    get exchanged() {
      return sessionSecret !== undefined;
    },
    exchange(code) {
      if (sessionSecret !== undefined || !equalSecrets(code ?? undefined, launchCode)) return undefined;
      sessionSecret = secret();
      return serializeCookie(cookieName, sessionSecret, { httpOnly: true, sameSite: 'strict', path: '/' });
    },
    holdsSession(cookieHeader) {
      if (!cookieHeader || sessionSecret === undefined) return false;
      return equalSecrets(parseCookies(cookieHeader)[cookieName], sessionSecret);
    },
  };
}

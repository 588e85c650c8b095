/**
 * Keeps a kiosk from locking itself out of the county CouchDB with credentials the server has
 * already refused.
 *
 * Measured on Apache CouchDB 3.4.3 (`[chttpd_auth_lockout]`, on by default): after 5 failed
 * logins of one account from one address, every request of that account — the right password
 * included — is answered 403 "Account is temporarily locked due to multiple authentication
 * failures" for 5 minutes from the first failure. A kiosk sync runs about ten requests at
 * once (push, pull and longpoll per collection), each retried with backoff: with a wrong
 * password it locked its account within a second, and after the clerk loaded the right
 * enrollment the county still refused it for minutes.
 *
 * So every request of one set of credentials passes this gate:
 * - `unverified` (at start, after new credentials): one `GET /_session` checks them first;
 *   every request waits for that one check, so at most one login can fail;
 * - `accepted`: requests go out;
 * - `rejected` (a 401, or CouchDB's lockout 403): requests are answered here with a 401 and
 *   never sent, until new credentials arrive (`reset()`) or `recheckMs` has passed (then one
 *   check again). At one check per 5 minutes an account never reaches CouchDB's threshold.
 * A check without an answer (offline) leaves the gate `unverified` and lets the request go:
 * it will meet the same network and fail as unreachable, which is what the caller must see.
 */

export type CredentialVerdict = 'accepted' | 'rejected' | 'unknown';
export type CredentialGateState = 'unverified' | 'accepted' | 'rejected';

/** CouchDB 3.4's answer to any request of a locked account (the right password included). */
export const LOCKOUT_REASON = /temporarily locked/i;

/** What one answer says about the credentials it was sent with (status 0: no answer). */
export function credentialVerdict(status: number, json: unknown): CredentialVerdict {
  if (status === 401) return 'rejected';
  if (status === 403 && isLockout(json)) return 'rejected';
  // Any other HTTP answer was given to an authenticated request (a wrong Basic password is
  // answered 401 on every path); 5xx and no answer say nothing.
  if (status === 0 || status >= 500) return 'unknown';
  return 'accepted';
}

export function isLockout(json: unknown): boolean {
  const reason = typeof json === 'object' && json !== null ? (json as { reason?: unknown }).reason : undefined;
  return typeof reason === 'string' && LOCKOUT_REASON.test(reason);
}

export interface CredentialCheckAnswer {
  /** 0 when there was no answer. */
  status: number;
  json?: unknown;
}

export interface CredentialGateOptions {
  /** `GET /_session` with the current credentials; resolve `{status: 0}` on no answer. */
  check: () => Promise<CredentialCheckAnswer>;
  /** How long refused credentials stay refused without being checked again. Default 5 minutes. */
  recheckMs?: number;
  now?: () => number;
}

/** A request may go (`send`), or is answered here with `refusal` (a CouchDB-shaped 401 body). */
export type Admission =
  | { send: true; generation: number }
  | { send: false; generation: number; refusal: { error: 'unauthorized'; reason: string } };

export interface CredentialGate {
  readonly state: CredentialGateState;
  /** Waits for the check when one is due. Never rejects. */
  admit(): Promise<Admission>;
  /** The server's answer to an admitted request: a refusal closes the gate. */
  observe(admission: Admission, status: number, json: unknown): void;
  /** New credentials: forget every verdict (one check before the next request). */
  reset(): void;
}

export const DEFAULT_RECHECK_MS = 5 * 60_000;

export function createCredentialGate(options: CredentialGateOptions): CredentialGate {
  const recheckMs = options.recheckMs ?? DEFAULT_RECHECK_MS;
  const now = options.now ?? Date.now;
  let state: CredentialGateState = 'unverified';
  let rejectedAt = 0;
  let rejectedReason = '';
  // Bumped by reset(): verdicts about earlier credentials are ignored.
  let generation = 0;
  let checking: Promise<void> | undefined;

  const reject = (reason: string) => {
    state = 'rejected';
    rejectedAt = now();
    rejectedReason = reason;
  };

  const runCheck = (forGeneration: number) =>
    options
      .check()
      .catch((): CredentialCheckAnswer => ({ status: 0 }))
      .then((answer) => {
        if (forGeneration !== generation) return;
        const verdict = credentialVerdict(answer.status, answer.json);
        if (verdict === 'accepted') state = 'accepted';
        else if (verdict === 'rejected') reject(isLockout(answer.json) ? 'the account is locked after failed logins' : 'name or password is incorrect');
      });

  return {
    get state() {
      return state;
    },
    async admit() {
      if (state === 'rejected' && now() - rejectedAt >= recheckMs) state = 'unverified';
      if (state === 'unverified') {
        if (!checking) {
          const check: Promise<void> = runCheck(generation).finally(() => {
            if (checking === check) checking = undefined;
          });
          checking = check;
        }
        await checking;
      }
      if (state === 'rejected') {
        const waitS = Math.max(0, Math.ceil((recheckMs - (now() - rejectedAt)) / 1000));
        return {
          send: false,
          generation,
          refusal: {
            error: 'unauthorized',
            reason: `not sent: the county server refused this kiosk's credentials (${rejectedReason}); they are checked again in ${waitS} s or after a new enrollment`,
          },
        };
      }
      return { send: true, generation };
    },
    observe(admission, status, json) {
      if (admission.generation !== generation) return;
      const verdict = credentialVerdict(status, json);
      if (verdict === 'rejected') reject(isLockout(json) ? 'the account is locked after failed logins' : 'name or password is incorrect');
      else if (verdict === 'accepted' && state === 'unverified') state = 'accepted';
    },
    reset() {
      generation++;
      state = 'unverified';
      checking = undefined;
    },
  };
}

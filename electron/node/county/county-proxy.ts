import type { z } from 'zod';
import {
  countyRequestSchema,
  type CountyRequest,
  type CountyResponse,
  type EnrollmentStatus,
} from '#common/county-proxy-contract';
import { createCredentialGate } from '#sync/couchdb/credential-gate';
import { basicAuthHeader } from '#sync/couchdb/couch-url';
import type { CredentialStore } from './credential-store';
import { decodeResponseBody, encodeRequestBody, MAX_RESPONSE_BYTES, type OutgoingBody } from './county-http-body';
import { CountyRequestRefusedError, resolveCountyUrl } from './county-request-policy';
import type { CountyService } from './county-service';
import { parseEnrollmentFile, type Enrollment } from './enrollment-file';

export const DEFAULT_COUNTY_TIMEOUT_MS = 30_000;
export const MAX_COUNTY_TIMEOUT_MS = 120_000;

export interface CountyProxyOptions {
  store: CredentialStore;
  fetch?: typeof fetch;
  /** Host log. Lines name method, path and outcome, never a header, a password or a body. */
  log?: (line: string) => void;
  defaultTimeoutMs?: number;
}

const UNREACHABLE: CountyResponse = { status: 0, body: { kind: 'none' } };

/**
 * The real county service (DESIGN.md §3, §5, §9): keeps the enrollment in the credential store,
 * and forwards the renderer's replication requests to the enrolled CouchDB, confined to the
 * kiosk's own databases (county-request-policy.ts), with Basic auth added here and a timeout.
 *
 * Failure modes, as the replication sees them:
 * - refused (not enrolled, a path outside the kiosk's databases, a bad body): rejects with
 *   CountyRequestRefusedError. That is a bug or an attack, never something to retry.
 * - no HTTP answer (offline, DNS, TLS, reset, timeout): resolves `{status: 0, body: none}`,
 *   so the caller backs off and tries again later; nothing is thrown.
 * - any HTTP answer, errors included: resolves with CouchDB's status and body as they are.
 * - credentials the server refused: answered 401 here, not sent again until a new enrollment
 *   or the gate's recheck (sync/couchdb/credential-gate.ts), so a wrong or outdated password
 *   never gets the kiosk's account locked by CouchDB (5 failed logins lock it for 5 minutes).
 */
export function createCountyProxyService(options: CountyProxyOptions): CountyService {
  const fetchImpl = options.fetch ?? ((input, init) => fetch(input, init));
  const log = options.log ?? (() => {});
  const defaultTimeoutMs = Math.min(options.defaultTimeoutMs ?? DEFAULT_COUNTY_TIMEOUT_MS, MAX_COUNTY_TIMEOUT_MS);
  let enrollment = loadEnrollment(options.store, log);
  const gate = createCredentialGate({
    async check() {
      if (!enrollment) return { status: 0 };
      const headers = { accept: 'application/json', authorization: basicAuthHeader({ username: enrollment.username, password: enrollment.password }) };
      try {
        const response = await fetchImpl(new URL('_session', enrollment.couchUrl), {
          headers,
          signal: AbortSignal.timeout(Math.min(defaultTimeoutMs, 10_000)),
          redirect: 'manual',
        });
        const text = await response.text();
        const json = parseJsonOrUndefined(text);
        if (response.status === 401 || response.status === 403) log(`county refused the kiosk's credentials (${response.status}); not sending them again until a new enrollment or a recheck`);
        return { status: response.status, json };
      } catch {
        return { status: 0 };
      }
    },
  });

  return {
    status: () => describe(enrollment),
    signingKey: () => enrollment?.countyPublicKey,

    async enroll(enrollmentJson: string) {
      const next = parseEnrollmentFile(enrollmentJson);
      options.store.save(next);
      enrollment = next;
      gate.reset();
      log(`enrolled as ${next.kioskId} of village ${next.village} with ${countyOrigin(next)}`);
      return describe(next);
    },

    async request(request: CountyRequest): Promise<CountyResponse> {
      let prepared: PreparedRequest;
      try {
        prepared = prepare(enrollment, request);
      } catch (error) {
        if (error instanceof CountyRequestRefusedError) log(error.message);
        throw error;
      }
      const { method, path, url, outgoing, headers, timeoutMs } = prepared;
      const admission = await gate.admit();
      if (!admission.send) return { status: 401, body: { kind: 'json', json: admission.refusal } };
      const limitMs = Math.min(timeoutMs ?? defaultTimeoutMs, MAX_COUNTY_TIMEOUT_MS);
      const signal = AbortSignal.timeout(limitMs);
      try {
        // redirect 'manual': a redirect is answered to the caller, never followed with our credentials.
        const response = await fetchImpl(url, { method, headers, body: outgoing.body ?? null, signal, redirect: 'manual' });
        const declared = Number(response.headers.get('content-length') ?? '0');
        if (declared > MAX_RESPONSE_BYTES) {
          await response.body?.cancel().catch(() => {});
          return tooLarge(method, path, log);
        }
        const bytes = new Uint8Array(await response.arrayBuffer());
        if (bytes.length > MAX_RESPONSE_BYTES) return tooLarge(method, path, log);
        const body = decodeResponseBody(method, response.status, response.headers.get('content-type'), bytes);
        gate.observe(admission, response.status, body.kind === 'json' ? body.json : undefined);
        return { status: response.status, body };
      } catch (error) {
        log(`county ${method} ${path.slice(0, 200)}: no answer (${describeNetworkError(error, limitMs)})`);
        return UNREACHABLE;
      }
    },
  };
}

interface PreparedRequest {
  method: CountyRequestMethod;
  path: string;
  url: URL;
  outgoing: OutgoingBody;
  headers: Record<string, string>;
  timeoutMs: number | undefined;
}

type CountyRequestMethod = z.output<typeof countyRequestSchema>['method'];

/** Everything that can refuse a request happens here, before any byte leaves the kiosk. */
function prepare(enrollment: Enrollment | undefined, request: CountyRequest): PreparedRequest {
  if (!enrollment) throw new CountyRequestRefusedError('county request refused: this kiosk is not enrolled with a county server');
  const parsed = countyRequestSchema.safeParse(request);
  if (!parsed.success) {
    const path = typeof request.path === 'string' ? request.path.slice(0, 200) : '?';
    throw new CountyRequestRefusedError(`county request ${String(request.method)} ${path} refused: it does not match the contract`);
  }
  const { method, path, query, body, timeoutMs } = parsed.data;
  const url = resolveCountyUrl(enrollment, method, path, query);
  const outgoing = encodeRequestBody(body);
  const headers: Record<string, string> = {
    // JSON for CouchDB's answers (it labels JSON text/plain unless asked), anything for
    // attachments (a strict server may answer 406 to an attachment GET accepting JSON only).
    accept: 'application/json, */*;q=0.5',
    authorization: basicAuthHeader({ username: enrollment.username, password: enrollment.password }),
  };
  if (outgoing.contentType) headers['content-type'] = outgoing.contentType;
  return { method, path, url, outgoing, headers, timeoutMs };
}

function loadEnrollment(store: CredentialStore, log: (line: string) => void): Enrollment | undefined {
  const loaded = store.load();
  if (loaded.status === 'found') return loaded.enrollment;
  if (loaded.status === 'unusable') log(`stored enrollment ignored, the kiosk is not enrolled: ${loaded.problem}`);
  return undefined;
}

/** What the renderer may know: everything but the account (and certainly not its password). */
function describe(enrollment: Enrollment | undefined): EnrollmentStatus {
  if (!enrollment) return { enrolled: false };
  return {
    enrolled: true,
    village: enrollment.village,
    ...(enrollment.villageName ? { villageName: { ...enrollment.villageName } } : {}),
    kioskId: enrollment.kioskId,
    countyOrigin: countyOrigin(enrollment),
    databases: { ...enrollment.databases },
  };
}

function countyOrigin(enrollment: Enrollment): string {
  const url = new URL(enrollment.couchUrl);
  return `${url.origin}${url.pathname}`;
}

function parseJsonOrUndefined(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

function tooLarge(method: string, path: string, log: (line: string) => void): CountyResponse {
  const reason = `the county answer to ${method} ${path.slice(0, 200)} is larger than ${MAX_RESPONSE_BYTES} bytes`;
  log(reason);
  return { status: 502, body: { kind: 'json', json: { error: 'response_too_large', reason } } };
}

function describeNetworkError(error: unknown, limitMs: number): string {
  if (error instanceof Error) {
    if (error.name === 'TimeoutError' || error.name === 'AbortError') return `no answer within ${limitMs} ms`;
    const cause = (error as Error & { cause?: unknown }).cause;
    const code = cause && typeof cause === 'object' && 'code' in cause ? String(cause.code) : undefined;
    return code ? `${error.message} (${code})` : error.message;
  }
  return 'unknown error';
}

import { randomBytes } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { assertVillageCode, countyDatabaseNames } from '#sync/couchdb/database-names';
import { ALL_VILLAGES, KNOWN_ALERT_SEVERITIES } from '#sync/schema/alert-schema';
import { validateDocument } from '#sync/schema/validate-document';
import { signAlert } from '#sync/signing/alert-signature.node';

/**
 * Emergency alerts from the console, signed with the county key (kiosks show only alerts the
 * county signed, sync/signing/). The private key stays in the console's server process (given
 * to `county console --county-key FILE`); the browser never sees it. Who may have an alert
 * signed is decided by CouchDB: the server asks `_session` with the caller's own cookie and signs
 * only for role `county` (or a server admin); the signed alert is then written with that same
 * cookie, so CouchDB's alerts validator decides the write too. The same fields and checks as
 * `county alert send` (sync/county-cli/commands/alert-send.ts).
 */
export interface AlertRequest {
  villages: string[];
  severity: string;
  zh: string;
  en?: string;
  hours: number;
}

export interface AlertSigner {
  privateKeyPem: string;
}

export type AlertOutcome = { status: number; body: Record<string, unknown> };

const SIGNING_ROLES = ['county', '_admin'];

export function parseAlertRequest(body: unknown): { request?: AlertRequest; problem?: string } {
  const input = (body ?? {}) as Record<string, unknown>;
  const villages = Array.isArray(input.villages) ? [...new Set(input.villages.filter((v): v is string => typeof v === 'string' && v !== ''))] : [];
  if (villages.length === 0) return { problem: 'pick at least one village, or all villages' };
  if (!villages.includes(ALL_VILLAGES)) {
    for (const village of villages) {
      try {
        assertVillageCode(village);
      } catch (error) {
        return { problem: (error as Error).message };
      }
    }
  }
  const severity = typeof input.severity === 'string' ? input.severity : '';
  if (!(KNOWN_ALERT_SEVERITIES as readonly string[]).includes(severity)) return { problem: `severity must be one of ${KNOWN_ALERT_SEVERITIES.join(', ')}` };
  const zh = typeof input.zh === 'string' ? input.zh.trim() : '';
  if (!zh) return { problem: 'the alert needs a Chinese text' };
  const en = typeof input.en === 'string' && input.en.trim() ? input.en.trim() : undefined;
  const hours = typeof input.hours === 'number' ? input.hours : Number(input.hours);
  if (!Number.isFinite(hours) || hours <= 0 || hours > 24 * 30) return { problem: 'hours must be a number of hours between 0 and 720' };
  return { request: { villages: villages.includes(ALL_VILLAGES) ? [ALL_VILLAGES] : villages, severity, zh, ...(en ? { en } : {}), hours } };
}

/** `fetch`-free JSON request to CouchDB with the caller's cookie (node:http, like the proxy). */
function couchJson(target: URL, method: string, path: string, cookie: string | undefined, body?: unknown): Promise<{ status: number; json: Record<string, unknown> }> {
  const url = new URL(target.pathname + path, target);
  const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    const outgoing = send(url, { method, headers: { accept: 'application/json', 'content-type': 'application/json', ...(cookie ? { cookie } : {}) } }, (reply) => {
      let text = '';
      reply.on('data', (chunk: Buffer) => (text += chunk.toString()));
      reply.on('end', () => {
        try {
          resolve({ status: reply.statusCode ?? 502, json: text ? (JSON.parse(text) as Record<string, unknown>) : {} });
        } catch {
          resolve({ status: reply.statusCode ?? 502, json: { error: 'bad_response', reason: text.slice(0, 200) } });
        }
      });
    });
    outgoing.on('error', reject);
    outgoing.end(body === undefined ? undefined : JSON.stringify(body));
  });
}

export async function issueAlert(options: { target: URL; prefix: string; signer: AlertSigner | undefined; incoming: IncomingMessage; body: unknown; now?: Date }): Promise<AlertOutcome> {
  if (!options.signer) {
    return { status: 503, body: { error: 'no_county_key', reason: 'this console was started without --county-key, so it cannot sign alerts (kiosks show only signed alerts)' } };
  }
  const cookie = options.incoming.headers.cookie;
  const session = await couchJson(options.target, 'GET', '_session', cookie);
  const userCtx = (session.json.userCtx ?? {}) as { name?: string | null; roles?: string[] };
  if (!userCtx.name || !(userCtx.roles ?? []).some((role) => SIGNING_ROLES.includes(role))) {
    return { status: 403, body: { error: 'forbidden', reason: 'only county accounts (role county) may issue alerts' } };
  }
  const { request, problem } = parseAlertRequest(options.body);
  if (!request) return { status: 400, body: { error: 'bad_request', reason: problem ?? 'invalid alert' } };
  const now = options.now ?? new Date();
  const id = `alert-${now.toISOString().replace(/[-:.TZ]/g, '').slice(0, 14)}-${randomBytes(3).toString('hex')}`;
  const draft = {
    id,
    type: 'alert' as const,
    villages: request.villages,
    severity: request.severity,
    text: request.en ? { zh: request.zh, en: request.en } : { zh: request.zh },
    issuedAt: now.toISOString(),
    expiresAt: new Date(now.getTime() + request.hours * 3_600_000).toISOString(),
  };
  const signed = { ...draft, signature: signAlert(draft, options.signer.privateKeyPem, now) };
  const checked = validateDocument('alerts', signed);
  if (!checked.ok) return { status: 400, body: { error: 'bad_request', reason: checked.errors.join('; ') } };
  const { id: _id, ...fields } = signed;
  const db = countyDatabaseNames(options.prefix).alerts;
  const written = await couchJson(options.target, 'PUT', `${encodeURIComponent(db)}/${encodeURIComponent(_id)}`, cookie, { _id, ...fields });
  if (written.status >= 300) return { status: written.status, body: written.json };
  return { status: 201, body: { ok: true, id: _id, expiresAt: draft.expiresAt, by: userCtx.name } };
}

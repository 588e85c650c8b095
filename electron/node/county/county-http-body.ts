import type { CountyBody } from '#common/county-proxy-contract';
import { CountyRequestRefusedError } from './county-request-policy';

/**
 * Bodies between the local hop (IPC or the loopback socket: JSON values, binary as base64) and
 * CouchDB (JSON text, or raw bytes). Binary never travels base64 on the county uplink.
 */

/** Responses above this cannot cross the local hop (the contract caps base64 at 64 MiB). */
export const MAX_RESPONSE_BYTES = 48 * 1024 * 1024;

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;
/** A header value: visible ASCII and spaces only (no CR/LF: no header injection). */
const HEADER_VALUE = /^[\x20-\x7e]{1,100}$/;

export interface OutgoingBody {
  body: Uint8Array<ArrayBuffer> | string | undefined;
  contentType: string | undefined;
}

export function encodeRequestBody(body: CountyBody | undefined): OutgoingBody {
  if (!body || body.kind === 'none') return { body: undefined, contentType: undefined };
  if (body.kind === 'json') return { body: JSON.stringify(body.json ?? null), contentType: 'application/json' };
  if (body.data.length % 4 !== 0 || !BASE64.test(body.data)) throw new CountyRequestRefusedError('the request body is not valid base64');
  if (!HEADER_VALUE.test(body.contentType)) throw new CountyRequestRefusedError('the request body has an invalid content type');
  const raw = Buffer.from(body.data, 'base64');
  // A copy into a plain ArrayBuffer: fetch's BodyInit does not take Buffer's shared pool memory.
  return { body: new Uint8Array(raw), contentType: body.contentType };
}

/** JSON answers become `json`; anything else (attachments, HTML error pages) comes back as base64. */
export function decodeResponseBody(method: string, status: number, contentType: string | null, bytes: Uint8Array): CountyBody {
  if (method === 'HEAD' || status === 204 || status === 304 || bytes.length === 0) return { kind: 'none' };
  const type = (contentType ?? '').trim();
  if (/^application\/([a-z0-9.+-]*\+)?json\b/i.test(type)) {
    try {
      return { kind: 'json', json: JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes)) as unknown };
    } catch {
      // declared JSON but is not: hand the exact bytes over rather than lose them
    }
  }
  const safeType = HEADER_VALUE.test(type) ? type : 'application/octet-stream';
  return { kind: 'base64', data: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64'), contentType: safeType };
}

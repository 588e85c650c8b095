import { createHash } from 'node:crypto';
import type { CouchRequest, CouchResponse, CouchTransport } from '../replication/transport/couch-transport';

interface StoredAttachment {
  contentType: string;
  bytes: Buffer;
  /** Set to simulate a server that stored the attachment compressed (digest not comparable). */
  encoding?: string;
  /** Overrides the reported digest (a damaged server copy). */
  digest?: string;
}

/**
 * A CouchDB blobs database in memory, speaking the few requests the uploader makes (GET doc,
 * PUT/GET attachment) with CouchDB's answers: md5 digests, revisions, 409 on a stale rev.
 * Every request is recorded with the bytes its body would carry on the wire.
 */
export function createFakeBlobCouch(db: string) {
  type FakeDoc = { rev: number; attachments: Map<string, StoredAttachment>; md5?: unknown };
  const docs = new Map<string, FakeDoc>();
  /** Every document the uploader PUT (its JSON part), in order. */
  const puts: { id: string; doc: MultipartDoc }[] = [];
  const requests: { method: string; path: string; query?: Record<string, string>; bodyBytes: number }[] = [];
  let inFlight = 0;
  let maxInFlight = 0;
  const prefix = `${encodeURIComponent(db)}/`;

  const json = (status: number, body: unknown): CouchResponse => ({ status, body: { kind: 'json', json: body } });

  function handle(request: CouchRequest): CouchResponse {
    if (!request.path.startsWith(prefix)) return json(404, { error: 'not_found', reason: 'Database does not exist.' });
    const [id = '', attachment, ...rest] = request.path.slice(prefix.length).split('/');
    if (rest.length > 0) return json(400, { error: 'bad_request' });
    const doc = docs.get(id);
    if (request.method === 'GET' && attachment === undefined) {
      if (!doc) return json(404, { error: 'not_found', reason: 'missing' });
      const stubs = Object.fromEntries(
        [...doc.attachments].map(([name, att]) => [
          name,
          {
            content_type: att.contentType,
            digest: att.digest ?? `md5-${createHash('md5').update(att.bytes).digest('base64')}`,
            length: att.bytes.length,
            revpos: 1,
            stub: true,
            ...(att.encoding && request.query?.att_encoding_info === 'true' ? { encoding: att.encoding, encoded_length: att.bytes.length } : {}),
          },
        ]),
      );
      return json(200, { _id: id, _rev: `${doc.rev}-fake`, ...(doc.md5 !== undefined ? { md5: doc.md5 } : {}), _attachments: stubs });
    }
    if (request.method === 'GET' && attachment !== undefined) {
      const att = doc?.attachments.get(attachment);
      if (!att) return json(404, { error: 'not_found', reason: 'missing attachment' });
      return { status: 200, body: { kind: 'base64', data: att.bytes.toString('base64'), contentType: att.contentType } };
    }
    if (request.method === 'PUT' && attachment === undefined) {
      // The uploader's multipart/related document PUT, answered as CouchDB 3.4 does: a stale or
      // missing rev is 409, bytes that do not match the declared digest store nothing (500).
      const parsed = request.body?.kind === 'base64' ? parseMultipart(request.body.contentType, Buffer.from(request.body.data, 'base64')) : undefined;
      if (!parsed) return json(400, { error: 'bad_request', reason: 'expected multipart/related' });
      const rev = parsed.doc._rev;
      if (doc ? rev !== `${doc.rev}-fake` : rev !== undefined) return json(409, { error: 'conflict', reason: 'Document update conflict.' });
      const declared = parsed.doc._attachments?.data;
      if (!declared || typeof declared.content_type !== 'string') return json(400, { error: 'bad_request', reason: 'no attachment data' });
      if (declared.digest !== undefined && declared.digest !== `md5-${createHash('md5').update(parsed.bytes).digest('base64')}`) {
        return json(500, { error: 'unknown_error', reason: 'function_clause' });
      }
      const next: FakeDoc = doc ?? { rev: 0, attachments: new Map() };
      next.rev++;
      next.attachments.set('data', { contentType: declared.content_type, bytes: parsed.bytes });
      next.md5 = parsed.doc.md5;
      docs.set(id, next);
      puts.push({ id, doc: parsed.doc });
      return json(201, { ok: true, id, rev: `${next.rev}-fake` });
    }
    if (request.method === 'PUT' && attachment !== undefined) {
      const rev = request.query?.rev;
      if (doc ? rev !== `${doc.rev}-fake` : rev !== undefined) return json(409, { error: 'conflict', reason: 'Document update conflict.' });
      if (request.body?.kind !== 'base64') return json(400, { error: 'bad_request', reason: 'expected raw bytes' });
      const next = doc ?? { rev: 0, attachments: new Map() };
      next.rev++;
      next.attachments.set(attachment, { contentType: request.body.contentType, bytes: Buffer.from(request.body.data, 'base64') });
      docs.set(id, next);
      return json(201, { ok: true, id, rev: `${next.rev}-fake` });
    }
    return json(405, { error: 'method_not_allowed' });
  }

  const transport: CouchTransport & { delayMs: number } = {
    delayMs: 0,
    async request(request) {
      const bodyBytes = request.body?.kind === 'base64' ? Buffer.from(request.body.data, 'base64').length : 0;
      requests.push({ method: request.method, path: request.path, ...(request.query ? { query: request.query } : {}), bodyBytes });
      inFlight++;
      maxInFlight = Math.max(maxInFlight, inFlight);
      try {
        if (transport.delayMs > 0) await new Promise((resolve) => setTimeout(resolve, transport.delayMs));
        return handle(request);
      } finally {
        inFlight--;
      }
    },
  };

  return {
    transport,
    requests,
    puts,
    maxInFlight: () => maxInFlight,
    docs,
    /** Stores a blob directly, as if another run or kiosk had uploaded it. */
    seed(id: string, bytes: Uint8Array, contentType: string, extra: Partial<StoredAttachment> = {}) {
      docs.set(id, { rev: 1, attachments: new Map([['data', { contentType, bytes: Buffer.from(bytes), ...extra }]]) });
    },
  };
}

interface MultipartDoc {
  _rev?: string;
  md5?: unknown;
  _attachments?: Record<string, { content_type?: unknown; digest?: unknown; length?: unknown; follows?: unknown }>;
}

/** The JSON part and the one attachment of a multipart/related body (the uploader's shape). */
function parseMultipart(contentType: string, body: Buffer): { doc: MultipartDoc; bytes: Buffer } | undefined {
  const boundary = /^multipart\/related;\s*boundary="?([^";]+)"?/.exec(contentType)?.[1];
  if (!boundary) return undefined;
  const delimiter = Buffer.from(`--${boundary}`);
  const parts: Buffer[] = [];
  let at = body.indexOf(delimiter);
  while (at >= 0) {
    const next = body.indexOf(delimiter, at + delimiter.length);
    if (next < 0) break;
    parts.push(body.subarray(at + delimiter.length + 2, next - 2)); // after CRLF, before CRLF
    at = next;
  }
  const [json, file] = parts.map((part) => {
    const split = part.indexOf('\r\n\r\n');
    return part.subarray(split + 4);
  });
  if (!json || !file) return undefined;
  return { doc: JSON.parse(json.toString('utf8')) as MultipartDoc, bytes: Buffer.from(file) };
}

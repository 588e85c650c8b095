import { describe, expect, it, vi } from 'vitest';
import { countyResponseSchema, enrollmentStatusSchema } from '#common/county-proxy-contract';
import { createCountyProxyService } from './county-proxy';
import { CountyRequestRefusedError } from './county-request-policy';
import { fakeEnrollment } from './fake-enrollment';
import { createMemoryCredentialStore } from './memory-credential-store';

const enrollment = fakeEnrollment();
const SECRET = enrollment.password;

interface Seen {
  url: string;
  method: string;
  headers: Headers;
  body: Uint8Array | undefined;
  redirect: RequestRedirect | undefined;
  signal: AbortSignal | undefined;
}

/**
 * A fetch that records what it was asked and answers with `respond`. The credential gate's
 * `GET /_session` checks are recorded apart (`checks`) and answered by `session` (default:
 * accepted), so `calls` holds the proxied requests only.
 */
function fakeFetch(
  respond: (seen: Seen) => Response | Promise<Response> = () => Response.json({ ok: true }),
  session: () => Response = () => Response.json({ ok: true, userCtx: { name: enrollment.username, roles: [] } }),
) {
  const calls: Seen[] = [];
  const checks: Seen[] = [];
  const impl = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const raw = init?.body;
    const body = raw === undefined || raw === null ? undefined : typeof raw === 'string' ? new TextEncoder().encode(raw) : new Uint8Array(raw as Uint8Array);
    const seen: Seen = { url: typeof input === 'string' ? input : input instanceof URL ? input.href : input.url, method: init?.method ?? 'GET', headers: new Headers(init?.headers), body, redirect: init?.redirect, signal: init?.signal ?? undefined };
    if (new URL(seen.url).pathname.endsWith('/_session')) {
      checks.push(seen);
      return session();
    }
    calls.push(seen);
    return respond(seen);
  });
  return { impl: impl as unknown as typeof fetch, calls, checks };
}

function enrolledService(respond?: Parameters<typeof fakeFetch>[0], log: string[] = [], session?: Parameters<typeof fakeFetch>[1]) {
  const fetch = fakeFetch(respond, session);
  const service = createCountyProxyService({ store: createMemoryCredentialStore(enrollment), fetch: fetch.impl, log: (line) => log.push(line) });
  return { service, calls: fetch.calls, checks: fetch.checks, log };
}

describe('county proxy: enrollment', () => {
  it('is unenrolled without stored credentials and refuses requests', async () => {
    const fetch = fakeFetch();
    const service = createCountyProxyService({ store: createMemoryCredentialStore(), fetch: fetch.impl });
    expect(service.status()).toEqual({ enrolled: false });
    await expect(service.request({ method: 'GET', path: 'village-qingshan-reports' })).rejects.toThrow(/not enrolled/);
    expect(fetch.calls).toHaveLength(0);
  });

  it('enrolls from the file text, stores the credentials and reports status without the account', async () => {
    const store = createMemoryCredentialStore();
    const service = createCountyProxyService({ store, fetch: fakeFetch().impl });
    const status = await service.enroll(JSON.stringify({ ...enrollment, couchUrl: 'https://county.example:6984/couch' }));
    expect(enrollmentStatusSchema.parse(status)).toEqual({
      enrolled: true,
      village: 'qingshan',
      kioskId: 'kiosk-01',
      countyOrigin: 'https://county.example:6984/couch',
      databases: enrollment.databases,
    });
    expect(JSON.stringify(status)).not.toContain(SECRET);
    expect(JSON.stringify(status)).not.toContain(enrollment.username);
    expect(store.load()).toMatchObject({ status: 'found', enrollment: { password: SECRET } });
    expect(service.status()).toEqual(status);
  });

  it('rejects an invalid file and keeps the previous enrollment', async () => {
    const store = createMemoryCredentialStore(enrollment);
    const service = createCountyProxyService({ store, fetch: fakeFetch().impl });
    await expect(service.enroll('{"couchUrl": "https://x/"}')).rejects.toThrow(/password is missing/);
    expect(service.status()).toMatchObject({ enrolled: true, kioskId: 'kiosk-01' });
    expect(store.saves).toBe(0);
  });

  it('treats unusable stored credentials as not enrolled and says why in the log', () => {
    const log: string[] = [];
    const store = { ...createMemoryCredentialStore(), load: () => ({ status: 'unusable' as const, problem: 'damaged file' }) };
    const service = createCountyProxyService({ store, fetch: fakeFetch().impl, log: (line) => log.push(line) });
    expect(service.status()).toEqual({ enrolled: false });
    expect(log.join('\n')).toMatch(/damaged file/);
  });
});

describe('county proxy: requests', () => {
  it('sends to the enrolled database with Basic auth, JSON body and no redirect following', async () => {
    const { service, calls } = enrolledService(() => Response.json([{ id: 'r-1', rev: '1-a' }], { status: 201 }));
    const response = await service.request({
      method: 'POST',
      path: 'village-qingshan-reports/_bulk_docs',
      body: { kind: 'json', json: { docs: [{ _id: 'r-1' }] } },
    });
    expect(response).toEqual({ status: 201, body: { kind: 'json', json: [{ id: 'r-1', rev: '1-a' }] } });
    const [call] = calls;
    expect(call?.url).toBe('https://county.example:6984/village-qingshan-reports/_bulk_docs');
    expect(call?.headers.get('authorization')).toBe(`Basic ${btoa(`${enrollment.username}:${SECRET}`)}`);
    expect(call?.headers.get('content-type')).toBe('application/json');
    expect(JSON.parse(new TextDecoder().decode(call?.body))).toEqual({ docs: [{ _id: 'r-1' }] });
    expect(call?.redirect).toBe('manual');
  });

  it('sends a base64 body as raw bytes with its content type, and returns binary answers as base64', async () => {
    const bytes = new Uint8Array(300).map((_, i) => (i * 7) % 256);
    const { service, calls } = enrolledService((seen) =>
      seen.method === 'PUT'
        ? Response.json({ ok: true, id: 'x', rev: '1-b' }, { status: 201 })
        : new Response(bytes, { headers: { 'content-type': 'image/jpeg' } }),
    );
    const path = `village-qingshan-blobs/${'c'.repeat(64)}/data`;
    const data = Buffer.from(bytes).toString('base64');
    await service.request({ method: 'PUT', path, body: { kind: 'base64', data, contentType: 'image/jpeg' } });
    expect(calls[0]?.body).toEqual(bytes);
    expect(calls[0]?.body?.length).toBe(300);
    expect(calls[0]?.headers.get('content-type')).toBe('image/jpeg');
    const got = await service.request({ method: 'GET', path });
    expect(countyResponseSchema.parse(got)).toEqual({ status: 200, body: { kind: 'base64', data, contentType: 'image/jpeg' } });
  });

  it('passes CouchDB errors through as they are, with an empty body for HEAD', async () => {
    const { service } = enrolledService((seen) =>
      seen.method === 'HEAD' ? new Response(null, { status: 404 }) : Response.json({ error: 'forbidden', reason: 'village must be qingshan' }, { status: 403 }),
    );
    expect(await service.request({ method: 'HEAD', path: 'village-qingshan-blobs/abc' })).toEqual({ status: 404, body: { kind: 'none' } });
    expect(await service.request({ method: 'PUT', path: 'village-qingshan-reports/r-1', body: { kind: 'json', json: {} } })).toEqual({
      status: 403,
      body: { kind: 'json', json: { error: 'forbidden', reason: 'village must be qingshan' } },
    });
  });

  it('answers status 0 (never throws) when the server cannot be reached', async () => {
    const log: string[] = [];
    const { service } = enrolledService(() => {
      throw new TypeError('fetch failed', { cause: Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }) });
    }, log);
    expect(await service.request({ method: 'GET', path: 'village-qingshan-reports/_changes' })).toEqual({ status: 0, body: { kind: 'none' } });
    expect(log.join('\n')).toMatch(/ECONNREFUSED/);
  });

  it('applies the timeout (default 30 s, the caller may choose up to 120 s) and answers status 0 when it expires', async () => {
    const { service, calls } = enrolledService(
      (seen) =>
        new Promise<Response>((_resolve, reject) => {
          seen.signal?.addEventListener('abort', () => reject(seen.signal?.reason as Error));
        }),
    );
    const started = Date.now();
    expect(await service.request({ method: 'GET', path: 'village-qingshan-reports/_changes', timeoutMs: 150 })).toEqual({ status: 0, body: { kind: 'none' } });
    expect(Date.now() - started).toBeGreaterThanOrEqual(140);
    expect(calls[0]?.signal?.aborted).toBe(true);
  });

  it('refuses paths outside the kiosk databases without contacting the server, and logs the refusal', async () => {
    const { service, calls, log } = enrolledService();
    for (const path of ['_users', '_all_dbs', 'village-hexi-reports', 'village-qingshan-reports/../_users', 'village-qingshan-reports/_security']) {
      await expect(service.request({ method: 'GET', path })).rejects.toBeInstanceOf(CountyRequestRefusedError);
    }
    expect(calls).toHaveLength(0);
    expect(log.filter((line) => line.includes('refused'))).toHaveLength(5);
  });

  it('refuses malformed binary bodies and content types that could inject headers', async () => {
    const { service, calls } = enrolledService();
    const path = `village-qingshan-blobs/${'d'.repeat(64)}/data`;
    await expect(service.request({ method: 'PUT', path, body: { kind: 'base64', data: 'not base64!', contentType: 'image/png' } })).rejects.toThrow(/base64/);
    await expect(service.request({ method: 'PUT', path, body: { kind: 'base64', data: 'AAAA', contentType: 'image/png\r\nX-Evil: 1' } })).rejects.toThrow(/content type/);
    expect(calls).toHaveLength(0);
  });

  it('never puts the password into a response, a status or a log line', async () => {
    const log: string[] = [];
    const { service } = enrolledService((seen) => (seen.url.includes('fail') ? Promise.reject(new Error('boom')) : Response.json({ ok: true })), log);
    const outputs = [
      service.status(),
      await service.request({ method: 'GET', path: 'village-qingshan-reports' }),
      await service.request({ method: 'GET', path: 'village-qingshan-reports/fail' }),
      await service.request({ method: 'GET', path: '_users' }).catch((error: Error) => error.message),
    ];
    const everything = JSON.stringify(outputs) + log.join('\n');
    expect(everything).not.toContain(SECRET);
    expect(everything).not.toContain(btoa(`${enrollment.username}:${SECRET}`));
  });
});

describe('county proxy: refused credentials (CouchDB 3.4 locks an account after 5 failed logins)', () => {
  const wrong = () => Response.json({ error: 'unauthorized', reason: 'Name or password is incorrect.' }, { status: 401 });

  it('checks the credentials once, with GET /_session and Basic auth, before the first requests', async () => {
    const { service, calls, checks } = enrolledService();
    await Promise.all(Array.from({ length: 5 }, () => service.request({ method: 'GET', path: 'village-qingshan-reports/_changes' })));
    expect(checks).toHaveLength(1);
    expect(checks[0]?.url).toBe('https://county.example:6984/_session');
    expect(checks[0]?.headers.get('authorization')).toBe(`Basic ${btoa(`${enrollment.username}:${SECRET}`)}`);
    expect(checks[0]?.redirect).toBe('manual');
    expect(calls).toHaveLength(5);
  });

  it('sends nothing more once the server refused them, answering 401 itself, until a new enrollment', async () => {
    let session = wrong;
    const log: string[] = [];
    const { service, calls, checks } = enrolledService(undefined, log, () => session());
    for (let i = 0; i < 10; i++) {
      const response = await service.request({ method: 'GET', path: 'village-qingshan-reports/_changes' });
      expect(response).toMatchObject({ status: 401, body: { kind: 'json', json: { error: 'unauthorized', reason: expect.stringContaining('not sent') as unknown } } });
    }
    expect(checks).toHaveLength(1);
    expect(calls).toHaveLength(0);
    expect(log.join('\n')).toMatch(/refused the kiosk's credentials \(401\)/);
    expect(log.join('\n')).not.toContain(SECRET);

    session = () => Response.json({ ok: true, userCtx: { name: enrollment.username } });
    await service.enroll(JSON.stringify(enrollment));
    expect(await service.request({ method: 'GET', path: 'village-qingshan-reports/_changes' })).toMatchObject({ status: 200 });
    expect(checks).toHaveLength(2);
    expect(calls).toHaveLength(1);
  });

  it("closes the gate when a request meets CouchDB's lockout, but not on a validator's 403", async () => {
    const { service, calls } = enrolledService((seen) =>
      seen.method === 'PUT'
        ? Response.json({ error: 'forbidden', reason: 'village must be qingshan' }, { status: 403 })
        : Response.json({ error: 'forbidden', reason: 'Account is temporarily locked due to multiple authentication failures' }, { status: 403 }),
    );
    expect((await service.request({ method: 'PUT', path: 'village-qingshan-reports/r-1', body: { kind: 'json', json: {} } })).status).toBe(403);
    expect((await service.request({ method: 'PUT', path: 'village-qingshan-reports/r-2', body: { kind: 'json', json: {} } })).status).toBe(403);
    expect((await service.request({ method: 'GET', path: 'village-qingshan-reports/_changes' })).status).toBe(403);
    expect((await service.request({ method: 'GET', path: 'village-qingshan-reports/_changes' })).status).toBe(401);
    expect(calls).toHaveLength(3);
  });
});

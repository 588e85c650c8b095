import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFaultProxy, type FaultProxy } from '../../support/fault-proxy';

/** The fault proxy itself, against a tiny HTTP server: each mode does what the sync tests rely on. */
describe('fault proxy', () => {
  let server: Server;
  let proxy: FaultProxy;
  const body = 'x'.repeat(5000);
  beforeAll(async () => {
    server = createServer((_req, res) => res.end(body));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const address = server.address();
    proxy = await startFaultProxy({ host: '127.0.0.1', port: typeof address === 'object' && address ? address.port : 0 });
  });
  afterAll(async () => {
    await proxy?.stop();
    await new Promise((resolve) => server?.close(resolve));
  });

  const get = (timeoutMs = 1000) => fetch(proxy.url, { signal: AbortSignal.timeout(timeoutMs) }).then(async (res) => ({ status: res.status, text: await res.text() }));

  it('pass forwards and counts the bytes', async () => {
    proxy.setMode('pass');
    expect(await get()).toEqual({ status: 200, text: body });
    expect(proxy.stats.bytesDown).toBeGreaterThan(5000);
  });

  it('latency delays answers', async () => {
    proxy.setMode('latency', { latencyMs: 200 });
    const started = Date.now();
    expect((await get(3000)).text).toBe(body);
    expect(Date.now() - started).toBeGreaterThanOrEqual(190);
  });

  it('drop, reset, blackhole fail the request; http5xx answers 503', async () => {
    proxy.setMode('drop');
    await expect(get()).rejects.toThrow();
    proxy.setMode('reset', { resetAfterBytes: 100 });
    await expect(get()).rejects.toThrow();
    proxy.setMode('blackhole');
    await expect(get(300)).rejects.toThrow();
    proxy.setMode('http5xx');
    expect((await get()).status).toBe(503);
    expect(proxy.stats).toMatchObject({ dropped: expect.any(Number), resets: expect.any(Number) });
    expect(Math.min(proxy.stats.dropped, proxy.stats.resets, proxy.stats.blackholed, proxy.stats.answered5xx)).toBeGreaterThan(0);
    // Back to normal. A client may first reuse a connection the fault closed (one socket error,
    // as after a real outage); the next request goes through.
    proxy.setMode('pass');
    expect((await get().catch(() => get())).text).toBe(body);
  });
});

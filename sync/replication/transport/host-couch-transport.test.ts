import { describe, expect, it } from 'vitest';
import type { KioskHostApi } from '#common/host-contract';
import { TransportUnreachableError } from './couch-transport';
import { createHostCouchTransport } from './host-couch-transport';

function hostAnswering(answer: (request: unknown) => Promise<unknown>): { host: Pick<KioskHostApi, 'invoke'>; calls: unknown[][] } {
  const calls: unknown[][] = [];
  const host = {
    invoke: (async (...args: unknown[]) => {
      calls.push(args);
      return answer(args[1]);
    }) as KioskHostApi['invoke'],
  };
  return { host, calls };
}

describe('host CouchDB transport', () => {
  it('sends the request unchanged over county.request and returns the host’s answer', async () => {
    const { host, calls } = hostAnswering(async () => ({ status: 401, body: { kind: 'json', json: { error: 'unauthorized' } } }));
    const request = { method: 'GET' as const, path: 'village-x-reports/_changes', query: { since: '3-g1AAAA' } };
    const response = await createHostCouchTransport(host).request(request);
    expect(calls).toEqual([['county.request', request]]);
    expect(response.status).toBe(401);
  });

  it('reports a failed invoke as unreachable (no HTTP answer)', async () => {
    const { host } = hostAnswering(async () => {
      throw new Error('ECONNREFUSED');
    });
    await expect(createHostCouchTransport(host).request({ method: 'GET', path: 'db' })).rejects.toBeInstanceOf(TransportUnreachableError);
  });

  it('stops waiting when aborted', async () => {
    const { host } = hostAnswering(() => new Promise(() => undefined));
    const controller = new AbortController();
    const pending = createHostCouchTransport(host).request({ method: 'GET', path: 'db' }, controller.signal);
    controller.abort(new Error('stopped'));
    await expect(pending).rejects.toThrow('stopped');
  });
});

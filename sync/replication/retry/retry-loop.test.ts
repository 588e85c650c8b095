import { describe, expect, it } from 'vitest';
import { backoffDelay } from './backoff';
import { CouchHttpError } from '../transport/couch-http';
import { TransportUnreachableError } from '../transport/couch-transport';
import { RetryLoop } from './retry-loop';
import { SyncStoppedError, type FailureKind } from './sync-failure';

describe('backoff', () => {
  it('doubles, stays within [step/2, step], and caps at 5 minutes', () => {
    const options = { baseMs: 1000, capMs: 300_000 };
    expect(backoffDelay(1, options, () => 0)).toBe(500);
    expect(backoffDelay(1, options, () => 0.999999)).toBe(1000);
    expect(backoffDelay(4, options, () => 0)).toBe(4000);
    expect(backoffDelay(30, options, () => 0.999999)).toBe(300_000);
    expect(backoffDelay(1000, options, () => 0)).toBe(150_000);
  });

  it('spreads kiosks out: different random draws give different waits', () => {
    const waits = new Set([0.1, 0.4, 0.7].map((r) => backoffDelay(5, undefined, () => r)));
    expect(waits.size).toBe(3);
  });
});

describe('RetryLoop', () => {
  function loop(onFailure?: (kind: FailureKind) => void) {
    const controller = new AbortController();
    const retry = new RetryLoop({ signal: controller.signal, backoff: { baseMs: 5, capMs: 10 }, onFailure: (kind) => onFailure?.(kind) });
    return { controller, retry };
  }

  it('retries until the task succeeds and classifies every failure', async () => {
    const kinds: FailureKind[] = [];
    const { retry } = loop((kind) => kinds.push(kind));
    const failures = [
      new TransportUnreachableError('down'),
      new CouchHttpError(401, 'unauthorized', '', 'GET', 'x'),
      new CouchHttpError(503, 'service_unavailable', '', 'GET', 'x'),
    ];
    let calls = 0;
    const result = await retry.run('test', async () => {
      const failure = failures[calls++];
      if (failure) throw failure;
      return 'done';
    });
    expect(result).toBe('done');
    expect(kinds).toEqual(['offline', 'credentials', 'server']);
  });

  it('wake() ends a long wait at once', async () => {
    const controller = new AbortController();
    const retry = new RetryLoop({ signal: controller.signal, backoff: { baseMs: 60_000, capMs: 60_000 } });
    let calls = 0;
    const running = retry.run('test', async () => {
      if (calls++ === 0) throw new TransportUnreachableError('down');
      return calls;
    });
    await new Promise((resolve) => setTimeout(resolve, 10));
    const started = Date.now();
    retry.wake();
    expect(await running).toBe(2);
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it('stop ends a wait with SyncStoppedError', async () => {
    const { controller, retry } = loop();
    const running = retry.run('test', async () => {
      throw new TransportUnreachableError('down');
    });
    controller.abort();
    await expect(running).rejects.toBeInstanceOf(SyncStoppedError);
  });
});

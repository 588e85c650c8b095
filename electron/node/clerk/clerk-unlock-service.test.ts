import { describe, expect, it } from 'vitest';
import { createClerkUnlockService } from './clerk-unlock-service';

function service() {
  let t = 1_000_000;
  const verified: string[] = [];
  const svc = createClerkUnlockService({
    pinHash: () => 'hash',
    verify: async (pin) => (verified.push(pin), pin === '2468'),
    now: () => t,
  });
  return { svc, verified, advance: (ms: number) => (t += ms) };
}

describe('clerk unlock', () => {
  it('unlocks with the right PIN only', async () => {
    const { svc } = service();
    expect(await svc.unlock('1111')).toEqual({ unlocked: false });
    expect(await svc.unlock('2468')).toEqual({ unlocked: true });
  });

  it('locks out after five wrong PINs without checking further tries, and doubles the wait', async () => {
    const { svc, verified, advance } = service();
    for (let i = 0; i < 4; i++) expect(await svc.unlock('0000')).toEqual({ unlocked: false });
    expect(await svc.unlock('0000')).toEqual({ unlocked: false, retryAfterSeconds: 30 });
    const checked = verified.length;
    expect(await svc.unlock('2468')).toMatchObject({ unlocked: false, retryAfterSeconds: 30 });
    expect(verified.length).toBe(checked);
    advance(30_001);
    expect(await svc.unlock('0000')).toEqual({ unlocked: false, retryAfterSeconds: 60 });
    advance(60_001);
    expect(await svc.unlock('2468')).toEqual({ unlocked: true });
    expect(await svc.unlock('0000')).toEqual({ unlocked: false });
  });

  it('serialises concurrent attempts: 200 wrong PINs sent together and then the right one stay locked out', async () => {
    let t = 1_000_000;
    const verified: string[] = [];
    // Like scrypt: the answer comes later, so every attempt is in flight at once.
    const svc = createClerkUnlockService({
      pinHash: () => 'hash',
      verify: (pin) => new Promise((resolve) => setTimeout(() => (verified.push(pin), resolve(pin === '2468')), 1)),
      now: () => t,
    });
    const guesses = Array.from({ length: 200 }, (_, i) => String(1000 + i));
    const results = await Promise.all([...guesses.map((pin) => svc.unlock(pin)), svc.unlock('2468')]);
    expect(verified).toHaveLength(5);
    expect(results.filter((r) => r.unlocked)).toEqual([]);
    expect(results.at(-1)).toMatchObject({ unlocked: false, retryAfterSeconds: 30 });
    t += 30_001;
    expect(await svc.unlock('2468')).toEqual({ unlocked: true });
  });

  it('keeps answering after a verify that throws', async () => {
    const svc = createClerkUnlockService({
      pinHash: () => 'hash',
      verify: async (pin) => {
        if (pin === '9999') throw new Error('boom');
        return pin === '2468';
      },
    });
    await expect(svc.unlock('9999')).rejects.toThrow('boom');
    expect(await svc.unlock('2468')).toEqual({ unlocked: true });
  });
});

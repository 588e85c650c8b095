import { describe, expect, it, vi } from 'vitest';
import { createResetRegistry } from './reset-registry';

describe('reset registry', () => {
  it('calls every hook even when some throw or reject, and logs the failures', async () => {
    const consoleError = vi.spyOn(console, 'error').mockImplementation(() => {});
    const registry = createResetRegistry();
    const calls: string[] = [];
    registry.add(() => void calls.push('a'));
    registry.add(() => {
      throw new Error('sync failure');
    });
    registry.add(async () => Promise.reject(new Error('async failure')));
    registry.add(async () => {
      await Promise.resolve();
      calls.push('d');
    });
    await registry.runAll();
    expect(calls).toEqual(['a', 'd']);
    expect(consoleError).toHaveBeenCalledTimes(2);
    consoleError.mockRestore();
  });

  it('calls every hook synchronously, before runAll returns its promise', () => {
    const registry = createResetRegistry();
    const hook = vi.fn(async () => {});
    registry.add(hook);
    void registry.runAll();
    expect(hook).toHaveBeenCalledTimes(1);
  });

  it('stops calling a removed hook; the same function added twice is two registrations', async () => {
    const registry = createResetRegistry();
    const hook = vi.fn();
    const removeFirst = registry.add(hook);
    registry.add(hook);
    removeFirst();
    await registry.runAll();
    expect(hook).toHaveBeenCalledTimes(1);
  });
});

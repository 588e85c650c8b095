import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { stopChromium } from './chromium-launcher';

/** True while `pid` names a process, zombies included (signal 0 only checks it exists). */
function exists(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

describe('stopChromium', () => {
  it('ends a browser that obeys SIGTERM and resolves only once it is reaped', async () => {
    const browser = spawn('sleep', ['120'], { stdio: 'ignore' });
    await new Promise((resolve) => browser.once('spawn', resolve));
    await stopChromium(browser, 10_000);
    expect(browser.signalCode).toBe('SIGTERM');
    expect(exists(browser.pid!)).toBe(false);
  });

  it('kills a browser that ignores SIGTERM once the grace period is over', async () => {
    // A shell that traps TERM and keeps running: SIGTERM alone would leave it behind.
    const browser = spawn('sh', ['-c', "trap '' TERM; echo ready; while :; do sleep 0.05; done"], { stdio: ['ignore', 'pipe', 'ignore'] });
    await new Promise((resolve) => browser.stdout.once('data', resolve));
    await stopChromium(browser, 300);
    expect(browser.signalCode).toBe('SIGKILL');
    expect(exists(browser.pid!)).toBe(false);
  });

  it('returns at once for a browser that has already exited', async () => {
    const browser = spawn('true', [], { stdio: 'ignore' });
    await new Promise((resolve) => browser.once('exit', resolve));
    await expect(stopChromium(browser)).resolves.toBeUndefined();
  });
});

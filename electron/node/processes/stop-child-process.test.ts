import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { stopChildProcess } from './stop-child-process';

/** True while `pid` names a process, zombies included (signal 0 only checks it exists). */
function exists(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

describe('stopChildProcess', () => {
  it('ends a child that obeys SIGTERM and resolves only once it is reaped', async () => {
    const child = spawn('sleep', ['120'], { stdio: 'ignore' });
    await new Promise((resolve) => child.once('spawn', resolve));
    await stopChildProcess(child, 10_000);
    expect(child.signalCode).toBe('SIGTERM');
    expect(exists(child.pid!)).toBe(false);
  });

  it('kills a child that ignores SIGTERM once the grace period is over', async () => {
    // A shell that traps TERM and keeps running: SIGTERM alone would leave it behind.
    const child = spawn('sh', ['-c', "trap '' TERM; echo ready; while :; do sleep 0.05; done"], { stdio: ['ignore', 'pipe', 'ignore'] });
    await new Promise((resolve) => child.stdout.once('data', resolve));
    await stopChildProcess(child, 300);
    expect(child.signalCode).toBe('SIGKILL');
    expect(exists(child.pid!)).toBe(false);
  });

  it('returns at once for a child that has already exited', async () => {
    const child = spawn('true', [], { stdio: 'ignore' });
    await new Promise((resolve) => child.once('exit', resolve));
    await expect(stopChildProcess(child, 5_000)).resolves.toBeUndefined();
  });
});

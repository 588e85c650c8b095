import type { ChildProcess } from 'node:child_process';

/**
 * Stops one child this process started, by its own handle: SIGTERM, then SIGKILL if it has not
 * exited after `graceMs`. Resolves once it has exited, so it has been reaped and nothing is
 * left for init. Never signals anything but that child. `onKill` hears of a child that ignored
 * SIGTERM.
 */
export async function stopChildProcess(child: ChildProcess, graceMs: number, onKill?: () => void): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => {
    if (child.exitCode === null && child.signalCode === null) {
      onKill?.();
      child.kill('SIGKILL');
    }
  }, graceMs);
  await exited;
  clearTimeout(timer);
}

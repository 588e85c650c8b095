import type { ChildProcess } from 'node:child_process';

/**
 * Stops one child we started, by its PID: SIGTERM, then SIGKILL if it has not exited after
 * `graceMs`. Resolves once it has exited. Never signals anything but that PID.
 */
export async function stopProcess(child: ChildProcess, what: string, graceMs = 3000): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => {
    if (child.exitCode === null && child.signalCode === null) {
      console.warn(`test couch: ${what} (PID ${child.pid}) ignored SIGTERM for ${graceMs} ms; sending SIGKILL`);
      child.kill('SIGKILL');
    }
  }, graceMs);
  await exited;
  clearTimeout(timer);
}

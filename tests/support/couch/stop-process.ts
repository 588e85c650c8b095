import type { ChildProcess } from 'node:child_process';
import { stopChildProcess } from '#host/processes/stop-child-process';

/** Stops one test server we started (stopChildProcess), saying so when it ignored SIGTERM. */
export function stopProcess(child: ChildProcess, what: string, graceMs = 3000): Promise<void> {
  return stopChildProcess(child, graceMs, () => console.warn(`test couch: ${what} (PID ${child.pid}) ignored SIGTERM for ${graceMs} ms; sending SIGKILL`));
}

import { readdirSync, readFileSync } from 'node:fs';

/**
 * PIDs of the Chromium processes started with this exact --user-data-dir (the browser and its
 * helpers). The profile directory is a fresh temp folder per test, so this matches only the
 * browser the test itself launched — never another engineer's or another test's.
 */
export function chromiumPidsFor(userDataDir: string): number[] {
  const pids: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const args = readFileSync(`/proc/${entry}/cmdline`, 'utf8').split('\0');
      if (args.includes(`--user-data-dir=${userDataDir}`)) pids.push(Number(entry));
    } catch {
      // The process ended while we looked.
    }
  }
  return pids;
}

/**
 * Simulates a crash or power cut of the browser: SIGKILL to every process of that profile,
 * no shutdown, no flush beyond what the browser had already committed.
 */
export function killChromium(userDataDir: string): number[] {
  const pids = chromiumPidsFor(userDataDir);
  for (const pid of pids) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // Already gone (a helper that exited with its parent).
    }
  }
  return pids;
}

import { readdirSync, readFileSync } from 'node:fs';

/**
 * CPU seconds used so far by a process and all its descendants (CouchDB's Erlang VM and its
 * couchjs query servers), read from /proc. Long-running children are not in the parent's
 * `cutime` until they exit, so the tree is walked.
 */
const CLOCK_TICKS = 100; // USER_HZ on Linux x86_64

export function treeCpuSeconds(rootPid: number): number {
  const parents = new Map<number, number>();
  const ticks = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      // Fields after the parenthesised command name: state ppid … utime(14) stime(15).
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      parents.set(Number(entry), Number(fields[1]));
      ticks.set(Number(entry), Number(fields[11]) + Number(fields[12]));
    } catch {
      // The process ended while we read: it no longer uses CPU.
    }
  }
  const inTree = (pid: number): boolean => {
    for (let p: number | undefined = pid, hops = 0; p !== undefined && p > 1 && hops < 64; p = parents.get(p), hops++) if (p === rootPid) return true;
    return false;
  };
  let total = 0;
  for (const [pid, t] of ticks) if (inTree(pid)) total += t;
  return total / CLOCK_TICKS;
}

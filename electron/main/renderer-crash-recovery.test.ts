import { describe, expect, it } from 'vitest';
import { FakeWebContents } from './fake-web-contents';
import { createRendererCrashLog, recoverFromRendererCrashes } from './renderer-crash-recovery';

function setup() {
  const contents = new FakeWebContents();
  const timers: { fn: () => void; ms: number }[] = [];
  let t = 1_000_000;
  const crashes = createRendererCrashLog(() => new Date(t));
  const lines: string[] = [];
  recoverFromRendererCrashes(contents, crashes, { log: (l) => lines.push(l), setTimer: (fn, ms) => timers.push({ fn, ms }), now: () => t });
  const gone = (reason: string) => contents.emit('render-process-gone', {}, { reason, exitCode: 9 });
  return { contents, timers, crashes, lines, gone, advance: (ms: number) => (t += ms) };
}

describe('renderer crash recovery', () => {
  it('reloads the kiosk page after the renderer dies and records it for the heartbeat', () => {
    const { contents, timers, crashes, gone } = setup();
    gone('oom');
    expect(timers).toHaveLength(1);
    expect(timers[0]!.ms).toBe(1_000);
    expect(contents.reloads).toBe(0);
    timers[0]!.fn();
    expect(contents.reloads).toBe(1);
    expect(crashes.list()).toEqual([{ at: new Date(1_000_000).toISOString(), reason: 'oom (#1)' }]);
  });

  it('ignores a clean exit, backs off when crashes repeat, starts over after a calm minute', () => {
    const { timers, crashes, gone, advance } = setup();
    gone('clean-exit');
    expect(timers).toEqual([]);
    gone('crashed');
    advance(5_000);
    gone('crashed');
    advance(5_000);
    gone('crashed');
    expect(timers.map((timer) => timer.ms)).toEqual([1_000, 2_000, 4_000]);
    advance(120_000);
    gone('killed');
    expect(timers.at(-1)!.ms).toBe(1_000);
    expect(crashes.list().map((c) => c.reason)).toEqual(['crashed (#1)', 'crashed (#2)', 'crashed (#3)', 'killed (#4)']);
  });

  it('does not reload a window that is gone, and keeps only the last ten restarts', () => {
    const { contents, timers, crashes, gone, advance } = setup();
    for (let i = 0; i < 12; i++) {
      gone('crashed');
      advance(61_000);
    }
    contents.destroy();
    for (const timer of timers) timer.fn();
    expect(contents.reloads).toBe(0);
    expect(crashes.list()).toHaveLength(10);
    expect(crashes.list()[0]!.reason).toBe('crashed (#3)');
  });
});

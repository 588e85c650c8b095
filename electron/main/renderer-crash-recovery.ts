/** The slice of Electron's WebContents crash recovery needs. */
export interface RecoverableWebContents {
  on(event: 'render-process-gone', listener: (event: unknown, details: { reason: string; exitCode: number }) => void): unknown;
  reload(): void;
  isDestroyed(): boolean;
}

export interface RendererRestart {
  /** Host clock, for the heartbeat only (nothing is ordered by it). */
  at: string;
  reason: string;
}

/** Remembers the renderer's crashes since start, for system.info and so the heartbeat. */
export interface RendererCrashLog {
  record(reason: string): void;
  /** The last few restarts, oldest first. */
  list(): RendererRestart[];
}

const KEPT = 10;

export function createRendererCrashLog(now: () => Date = () => new Date()): RendererCrashLog {
  const restarts: RendererRestart[] = [];
  let total = 0;
  return {
    record(reason) {
      total += 1;
      restarts.push({ at: now().toISOString(), reason: `${reason.slice(0, 40)} (#${total})` });
      if (restarts.length > KEPT) restarts.shift();
    },
    list: () => restarts.map((restart) => ({ ...restart })),
  };
}

export interface CrashRecoveryOptions {
  log?: (line: string) => void;
  /** First reload after this delay; doubled for each crash in quick succession, up to maxDelayMs. */
  delayMs?: number;
  maxDelayMs?: number;
  setTimer?: (fn: () => void, ms: number) => unknown;
  now?: () => number;
}

/**
 * An unattended kiosk whose renderer died (out of memory, a GPU fault, killed) would show a
 * blank window until someone restarts the machine (issue 8, finding 11). The kiosk page is
 * reloaded instead; every crash is recorded for the heartbeat so county IT sees it. A renderer
 * that keeps crashing is reloaded ever more slowly (1 s, 2 s, … 5 min) rather than in a hot loop.
 * A clean exit (the window closing) is not a crash.
 */
export function recoverFromRendererCrashes(contents: RecoverableWebContents, crashes: RendererCrashLog, options: CrashRecoveryOptions = {}): void {
  const { log = () => {}, delayMs = 1_000, maxDelayMs = 5 * 60_000, setTimer = (fn, ms) => setTimeout(fn, ms), now = Date.now } = options;
  let delay = delayMs;
  let lastCrash = Number.NEGATIVE_INFINITY;
  contents.on('render-process-gone', (_event, details) => {
    if (details.reason === 'clean-exit') return;
    crashes.record(details.reason);
    const t = now();
    // Crashes within a minute of the previous one back off; a calm minute starts over.
    delay = t - lastCrash < 60_000 ? Math.min(maxDelayMs, delay * 2) : delayMs;
    lastCrash = t;
    log(`renderer process gone (${details.reason}, exit code ${details.exitCode}): reloading in ${delay} ms`);
    setTimer(() => {
      if (!contents.isDestroyed()) contents.reload();
    }, delay);
  });
}

/**
 * When an update may be installed: installing restarts the kiosk, so never while a villager
 * uses it, never while reports wait to reach the county (a restart would delay them and a
 * broken version could strand them), and only in the quiet hours the county configured.
 */
export interface QuietHours {
  /** "HH:MM" local time; start > end spans midnight (e.g. 22:00–05:00). */
  start: string;
  end: string;
}

export interface InstallConditions {
  now: Date;
  quietHours: QuietHours;
  idleSeconds: number;
  minIdleSeconds: number;
  pendingSync: number;
}

export type InstallDecision = { ok: true } | { ok: false; waitingFor: 'quiet-hours' | 'idle' | 'sync' };

function minutes(hhmm: string): number {
  const [h, m] = hhmm.split(':').map(Number);
  return (h ?? 0) * 60 + (m ?? 0);
}

export function inQuietHours(now: Date, quiet: QuietHours): boolean {
  const t = now.getHours() * 60 + now.getMinutes();
  const start = minutes(quiet.start);
  const end = minutes(quiet.end);
  if (start === end) return false;
  return start < end ? t >= start && t < end : t >= start || t < end;
}

export function mayInstallNow(c: InstallConditions): InstallDecision {
  if (!inQuietHours(c.now, c.quietHours)) return { ok: false, waitingFor: 'quiet-hours' };
  if (c.idleSeconds < c.minIdleSeconds) return { ok: false, waitingFor: 'idle' };
  if (c.pendingSync > 0) return { ok: false, waitingFor: 'sync' };
  return { ok: true };
}

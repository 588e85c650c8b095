/**
 * Failed-start rollback. The host records every start before the window opens and marks the
 * start healthy once the renderer is up; a version that was started twice without ever becoming
 * healthy is rolled back to the previous one, blocked from being offered again, and reported in
 * the heartbeat. Kept in a small JSON file so it survives exactly the crash it detects.
 */
export interface StartRecord {
  version: string;
  healthy: boolean;
  /** Starts of `version` so far (the current one included). */
  starts: number;
  previous?: { version: string; installer?: string | undefined } | undefined;
  rolledBack?: { from: string; to: string; at: string } | undefined;
  blockedVersions: string[];
}

export interface StartRecordStorage {
  load(): StartRecord | undefined;
  save(record: StartRecord): void;
}

export type StartDecision = { action: 'run'; record: StartRecord } | { action: 'roll-back'; to: { version: string; installer?: string | undefined }; record: StartRecord };

export const FAILED_STARTS_BEFORE_ROLLBACK = 2;

export function recordStart(storage: StartRecordStorage, runningVersion: string, now: Date, installerOf?: (version: string) => string | undefined): StartDecision {
  const before = storage.load();
  let record: StartRecord;
  if (before === undefined) {
    record = { version: runningVersion, healthy: false, starts: 1, blockedVersions: [] };
  } else if (before.version !== runningVersion) {
    // A new version starts for the first time: the one before it is the way back.
    const previous = before.healthy ? { version: before.version, installer: installerOf?.(before.version) } : before.previous;
    record = { version: runningVersion, healthy: false, starts: 1, previous, rolledBack: before.rolledBack, blockedVersions: before.blockedVersions };
  } else {
    record = { ...before, starts: before.healthy ? before.starts : before.starts + 1 };
  }
  const failedStarts = record.healthy ? 0 : record.starts - 1;
  if (failedStarts >= FAILED_STARTS_BEFORE_ROLLBACK && record.previous !== undefined) {
    const to = record.previous;
    record = {
      ...record,
      rolledBack: { from: runningVersion, to: to.version, at: now.toISOString() },
      blockedVersions: [...new Set([...record.blockedVersions, runningVersion])].slice(-10),
    };
    storage.save(record);
    return { action: 'roll-back', to, record };
  }
  storage.save(record);
  return { action: 'run', record };
}

export function markStartHealthy(storage: StartRecordStorage): void {
  const record = storage.load();
  if (record && !record.healthy) storage.save({ ...record, healthy: true });
}

export function memoryStartRecordStorage(): StartRecordStorage & { record(): StartRecord | undefined } {
  let stored: string | undefined;
  return {
    load: () => (stored === undefined ? undefined : (JSON.parse(stored) as StartRecord)),
    save: (record) => {
      stored = JSON.stringify(record);
    },
    record: () => (stored === undefined ? undefined : (JSON.parse(stored) as StartRecord)),
  };
}

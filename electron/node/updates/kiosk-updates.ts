import path from 'node:path';
import type { KioskConfig } from '#kiosk-config/schema';
import { jsonFileStorage } from './json-file-storage';
import { recordStart, type StartDecision, type StartRecord } from './start-attempts';
import { createUpdateKeyRing, type UpdateKeyRing } from './update-key-ring';
import { createUpdateService, type UpdateService } from './update-service';

/**
 * The update part of the Electron composition root, without Electron: files in the data
 * directory (trusted keys, start record, installer cache), the start decision, the service.
 */
export interface KioskUpdates {
  service: UpdateService;
  start: StartDecision;
  /** Called once the renderer is up: this version started fine. */
  markHealthy(): void;
}

export function createKioskUpdates(options: {
  dataDir: string;
  appVersion: string;
  kioskId: string;
  platform: string;
  arch: string;
  config: () => KioskConfig;
  countyPublicKey: () => string | undefined;
  log: (line: string) => void;
  now?: () => Date;
}): KioskUpdates {
  const now = options.now ?? (() => new Date());
  const dir = path.join(options.dataDir, 'updates');
  const startStorage = jsonFileStorage<StartRecord>(path.join(options.dataDir, 'update-start-record.json'));
  const start = recordStart(startStorage, options.appVersion, now());
  // Built on first use and again while empty: a kiosk enrolled after start trusts its county key
  // without a restart, and the enrollment is read only when a feed is checked.
  let ring: UpdateKeyRing | undefined;
  const keys = () => {
    if (!ring || ring.keys().length === 0) ring = createUpdateKeyRing(options.countyPublicKey(), jsonFileStorage<string[]>(path.join(options.dataDir, 'update-keys.json')));
    return ring;
  };
  const keyRing: UpdateKeyRing = { keys: () => keys().keys(), find: (keyId) => keys().find(keyId), accepted: (used, announced) => keys().accepted(used, announced) };
  const service = createUpdateService({
    updateUrl: () => options.config().county.updateUrl,
    channel: () => options.config().updates.channel,
    kioskId: options.kioskId,
    currentVersion: options.appVersion,
    platform: options.platform,
    arch: options.arch,
    keyRing,
    blockedVersions: () => startStorage.load()?.blockedVersions ?? [],
    cacheDir: dir,
    fetch,
    now,
    log: (line) => options.log(`[updates] ${line}`),
  });
  if (start.record.rolledBack) service.reportRolledBack(start.record.rolledBack);
  return {
    service,
    start,
    markHealthy: () => {
      const record = startStorage.load();
      if (record && !record.healthy) startStorage.save({ ...record, healthy: true });
    },
  };
}

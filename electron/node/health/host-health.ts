import { statfsSync } from 'node:fs';
import type { HostHealth } from '#common/host-contract';
import type { ConfigState } from '#kiosk-config/config-state';
import { formatConfigProblem } from '#kiosk-config/layer-config';
import type { UpdateState } from '../updates/update-state';

/**
 * The host's half of the heartbeat (the renderer adds sync facts). Bounded strings only; a
 * failing probe (disk) leaves its field out rather than failing the heartbeat.
 */
export interface HostHealthDeps {
  config: () => ConfigState;
  /** When the county document in force was signed (signed-at-store.ts). */
  countySignedAt: () => string | undefined;
  updates?: () => UpdateState;
  speechEngine: string;
  dataDir: string;
  freeDiskMb?: (dir: string) => number | undefined;
}

export interface HostHealthService {
  report(pendingSync: number): HostHealth;
  /** What the renderer last said waits to sync (the install gate reads it); unknown = 'waiting'. */
  pendingSync(): number;
}

export function freeDiskMbOf(dir: string): number | undefined {
  try {
    const stats = statfsSync(dir);
    return Math.floor((stats.bavail * stats.bsize) / 1_048_576);
  } catch {
    return undefined;
  }
}

export function createHostHealth(deps: HostHealthDeps): HostHealthService {
  // Until the renderer reports, assume something waits: an update must not restart a kiosk
  // whose sync state nobody has looked at yet.
  let pending = 1;
  return {
    pendingSync: () => pending,
    report(pendingSync) {
      pending = pendingSync;
      const state = deps.config();
      const countyProblem = state.problems.find((problem) => problem.layer === 'county');
      const layer = state.layers.at(-1) ?? 'default';
      const update = deps.updates?.() ?? { status: 'not-configured' as const };
      const detail = { ...(update.version ? { version: update.version } : {}), ...(update.refusal ? { refusal: `${update.refusal.code}: ${update.refusal.message}`.slice(0, 300) } : {}) };
      const rolledBack = update.rolledBack ? { refusal: `rolled back from ${update.rolledBack.from} to ${update.rolledBack.to} at ${update.rolledBack.at}` } : {};
      const free = (deps.freeDiskMb ?? freeDiskMbOf)(deps.dataDir);
      const { devices } = state.config;
      return {
        heartbeatMinutes: state.config.heartbeat.intervalMinutes,
        configVersion: (layer === 'county' ? (deps.countySignedAt() ?? 'county') : layer).slice(0, 64),
        ...(countyProblem ? { configProblem: formatConfigProblem(countyProblem).slice(0, 300) } : {}),
        updateState: update.waitingFor ? `${update.status}:${update.waitingFor}` : update.status,
        ...(Object.keys(detail).length + Object.keys(rolledBack).length > 0 ? { update: { ...detail, ...rolledBack } } : {}),
        ...(free === undefined ? {} : { freeDiskMb: free }),
        // Configured devices are reported as configured; probing HID presence is not built yet.
        devices: { printer: devices.printer ? 'ok' : 'none', keypad: devices.keypad ? 'ok' : 'none', scanner: devices.scanner ? 'ok' : 'none' },
        speechEngine: deps.speechEngine.slice(0, 32),
      };
    },
  };
}

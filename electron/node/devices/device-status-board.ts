import type { DeviceRole, DeviceStatus, DevicesStatus } from '#common/devices-contract';

/** Everything of a device's status but its role. */
export type DeviceStatusPatch = Partial<Omit<DeviceStatus, 'role'>>;

export interface DeviceStatusBoard {
  get(): DevicesStatus;
  role(role: DeviceRole): DeviceStatus;
  /**
   * Merges `patch` into one device's status. Listeners hear of it only when something other
   * than `lastSeen` changed: the hot-plug poll refreshes lastSeen every few seconds, and that
   * must not become an event stream to every renderer.
   */
  update(role: DeviceRole, patch: DeviceStatusPatch): void;
  /** Adds to the error count and records the message. */
  recordError(role: DeviceRole, message: string, state?: DeviceStatus['state']): void;
  onChange(listener: (status: DevicesStatus) => void): () => void;
}

const ROLES: readonly DeviceRole[] = ['keypad', 'scanner', 'printer'];

function initial(role: DeviceRole): DeviceStatus {
  return { role, state: 'not-configured', target: null, product: null, lastSeen: null, lastUsed: null, errors: 0, lastError: null, malformedReports: 0 };
}

/** The one place device status lives in the host: the HID manager and the printer write it. */
export function createDeviceStatusBoard(): DeviceStatusBoard {
  const statuses = new Map<DeviceRole, DeviceStatus>(ROLES.map((role) => [role, initial(role)]));
  const listeners = new Set<(status: DevicesStatus) => void>();
  const snapshot = (): DevicesStatus => ({ devices: ROLES.map((role) => ({ ...statuses.get(role)! })) });

  const update = (role: DeviceRole, patch: DeviceStatusPatch) => {
    const before = statuses.get(role)!;
    const after = { ...before, ...patch };
    statuses.set(role, after);
    const changed = (Object.keys(patch) as (keyof DeviceStatusPatch)[]).some((key) => key !== 'lastSeen' && before[key] !== after[key]);
    if (!changed) return;
    const status = snapshot();
    for (const listener of listeners) listener(status);
  };

  return {
    get: snapshot,
    role: (role) => ({ ...statuses.get(role)! }),
    update,
    recordError(role, message, state = 'error') {
      update(role, { state, errors: statuses.get(role)!.errors + 1, lastError: message.slice(0, 300) });
    },
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

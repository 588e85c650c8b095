import type { DevicesStatus, KeypadEvent, ScanEvent } from '#common/devices-contract';
import { createDeviceStatusBoard } from './device-status-board';
import type { DeviceService } from './device-service';

/**
 * A device service with no hardware behind it, for tests of the transports and handlers: no
 * printer, nothing plugged in, and `emit*` to push keypad and scanner events as if a device sent them.
 */
export function createFakeDeviceService(): DeviceService & { emitKeypad(event: KeypadEvent): void; emitScan(event: ScanEvent): void } {
  const board = createDeviceStatusBoard();
  const keypad = new Set<(event: KeypadEvent) => void>();
  const scans = new Set<(event: ScanEvent) => void>();
  return {
    status: async (): Promise<DevicesStatus> => board.get(),
    print: async () => ({ printed: false, reason: 'no-printer' }),
    preview: (_receipt, paperWidth = 80) => ({ svg: '<svg xmlns="http://www.w3.org/2000/svg"/>', paperWidth }),
    onStatus: (listener) => board.onChange(listener),
    onKeypad: (listener) => (keypad.add(listener), () => void keypad.delete(listener)),
    onScan: (listener) => (scans.add(listener), () => void scans.delete(listener)),
    close: async () => {},
    emitKeypad: (event) => keypad.forEach((listener) => listener(event)),
    emitScan: (event) => scans.forEach((listener) => listener(event)),
  };
}

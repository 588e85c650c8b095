import { afterEach, describe, expect, it } from 'vitest';
import type { KeypadEvent, ScanEvent } from '#common/devices-contract';
import type { DevicesConfig } from '#kiosk-config/devices-schema';
import { createDeviceStatusBoard } from '../devices/device-status-board';
import { createFakeHidSource, type FakeHidSource } from './fake-hid-source';
import { createHidDeviceManager, openBackoffMs, type HidDeviceManager } from './hid-device-manager';
import { HidUnavailableError } from './hid-source';

const keypadDevice = { path: '/dev/hidraw3', vendorId: 0x0483, productId: 0x5750, usagePage: 0x01, product: 'Big Button Keypad' };
const scannerPos = { path: '/dev/hidraw5', vendorId: 0x0c2e, productId: 0x0b87, usagePage: 0x8c, product: 'Voyager 1450g' };
const scannerKeyboard = { path: '/dev/hidraw4', vendorId: 0x0c2e, productId: 0x0b87, usagePage: 0x01, product: 'Voyager 1450g' };

const boot = (...keys: number[]) => [0, 0, ...keys, ...new Array(6 - keys.length).fill(0)];
function qrReport(text: string): number[] {
  const report = new Array(64).fill(0);
  report[0] = 0x02;
  report[1] = text.length;
  report.splice(2, 3, 0x5d, 0x51, 0x31);
  [...Buffer.from(text)].forEach((byte, i) => (report[5 + i] = byte));
  return report;
}

const managers: HidDeviceManager[] = [];
afterEach(async () => {
  for (const manager of managers.splice(0)) await manager.close();
});

function setup(devices: Partial<DevicesConfig>, source: FakeHidSource = createFakeHidSource()) {
  let clock = Date.parse('2025-03-01T08:00:00Z');
  const board = createDeviceStatusBoard();
  const keys: KeypadEvent[] = [];
  const scans: ScanEvent[] = [];
  const logs: string[] = [];
  let config = { keypad: null, scanner: null, ...devices };
  const manager = createHidDeviceManager({
    source,
    board,
    devices: () => config,
    onKeypad: (event) => keys.push(event),
    onScan: (event) => scans.push(event),
    log: (line) => logs.push(line),
    now: () => clock,
  });
  managers.push(manager);
  return {
    source,
    board,
    keys,
    scans,
    logs,
    manager,
    advance: (ms: number) => (clock += ms),
    setConfig: (next: Partial<DevicesConfig>) => (config = { keypad: null, scanner: null, ...next }),
  };
}

const keypadConfig = { vendorId: 0x0483, productId: 0x5750, report: 'keyboard' as const, reportId: 0 };
const scannerConfig = { vendorId: 0x0c2e, productId: 0x0b87, usagePage: 0x8c, layout: 'honeywell' as const };

describe('HID device manager over a fake node-hid device list', () => {
  it('reports nothing configured without touching the HID library', async () => {
    const source = createFakeHidSource();
    source.failList(new Error('must not be called'));
    const { board, manager } = setup({}, source);
    await manager.pollNow();
    expect(board.get().devices.map((d) => d.state)).toEqual(['not-configured', 'not-configured', 'not-configured']);
  });

  it('plug: opens the configured keypad and turns key presses into actions', async () => {
    const t = setup({ keypad: keypadConfig });
    await t.manager.pollNow();
    expect(t.board.role('keypad')).toMatchObject({ state: 'absent', target: 'USB 0483:5750' });

    t.source.plug(keypadDevice);
    await t.manager.pollNow();
    expect(t.board.role('keypad')).toMatchObject({ state: 'present', product: 'Big Button Keypad', lastSeen: '2025-03-01T08:00:00.000Z' });
    t.source.send(keypadDevice.path, boot(0x51));
    t.source.send(keypadDevice.path, boot());
    t.source.send(keypadDevice.path, boot(0x28));
    expect(t.keys).toEqual([{ action: 'next' }, { action: 'confirm' }]);
    expect(t.board.role('keypad').lastUsed).toBe('2025-03-01T08:00:00.000Z');
  });

  it('picks the HID-POS interface of a scanner that also has a keyboard interface, and decodes scans', async () => {
    const t = setup({ scanner: scannerConfig }, createFakeHidSource([scannerKeyboard, scannerPos]));
    await t.manager.pollNow();
    expect(t.source.isOpen(scannerPos.path)).toBe(true);
    expect(t.source.isOpen(scannerKeyboard.path)).toBe(false);
    t.source.send(scannerPos.path, qrReport('30527713'));
    expect(t.scans).toEqual([{ text: '30527713', aim: ']Q1' }]);
    expect(t.logs.join('\n')).toContain('scanner read 8 characters (]Q1)');
    expect(t.logs.join('\n')).not.toContain('30527713');
  });

  it('ignores and counts malformed reports, and keeps reading after them', async () => {
    const t = setup({ scanner: scannerConfig }, createFakeHidSource([scannerPos]));
    await t.manager.pollNow();
    t.source.send(scannerPos.path, qrReport('30527713').slice(0, 20));
    t.source.send(scannerPos.path, [0x02, 200, ...new Array(62).fill(0)]);
    t.source.send(scannerPos.path, qrReport('30527713'));
    expect(t.scans).toHaveLength(1);
    expect(t.board.role('scanner')).toMatchObject({ malformedReports: 2, state: 'present' });
  });

  it('unplug: closes, marks absent; replug: opens again without a restart', async () => {
    const t = setup({ keypad: keypadConfig }, createFakeHidSource([keypadDevice]));
    await t.manager.pollNow();
    t.source.unplug(keypadDevice.path); // node-hid: a read error first, then the device is gone from the list
    await expect.poll(() => t.board.role('keypad').state).toBe('absent');
    await t.manager.pollNow();
    expect(t.board.role('keypad')).toMatchObject({ state: 'absent', errors: 0 });
    expect(t.source.send(keypadDevice.path, boot(0x28))).toBe(false);

    t.advance(60_000);
    t.source.plug(keypadDevice);
    await t.manager.pollNow();
    expect(t.board.role('keypad').state).toBe('present');
    t.source.send(keypadDevice.path, boot(0x28));
    expect(t.keys).toEqual([{ action: 'confirm' }]);
  });

  it('error: a failing open is counted and retried with a back-off, not in a tight loop', async () => {
    const t = setup({ keypad: keypadConfig }, createFakeHidSource([keypadDevice]));
    t.source.failOpen(keypadDevice.path, new Error('EACCES: permission denied'));
    await t.manager.pollNow();
    expect(t.board.role('keypad')).toMatchObject({ state: 'error', errors: 1, lastError: 'cannot open: EACCES: permission denied' });
    await t.manager.pollNow(); // within the back-off: not tried again
    expect(t.source.opens).toBe(0);
    t.advance(openBackoffMs(1));
    await t.manager.pollNow();
    expect(t.board.role('keypad')).toMatchObject({ state: 'present', errors: 1 });
  });

  it('error: a read failure on an open device is counted, then the device is reopened', async () => {
    const t = setup({ keypad: keypadConfig }, createFakeHidSource([keypadDevice]));
    await t.manager.pollNow();
    t.source.failRead(keypadDevice.path, new Error('could not read from HID device'));
    await expect.poll(() => t.board.role('keypad')).toMatchObject({ state: 'error', errors: 1, lastError: 'read failed: could not read from HID device' });
    t.advance(openBackoffMs(1));
    await t.manager.pollNow();
    expect(t.board.role('keypad').state).toBe('present');
  });

  it('a HID library that cannot load makes the devices "unavailable" instead of crashing the host', async () => {
    const source = createFakeHidSource([keypadDevice]);
    source.failList(new HidUnavailableError('node-hid cannot be loaded: libusb-1.0.so.0: cannot open shared object file'));
    const t = setup({ keypad: keypadConfig, scanner: scannerConfig }, source);
    await t.manager.pollNow();
    expect(t.board.role('keypad')).toMatchObject({ state: 'unavailable', lastError: expect.stringContaining('libusb') });
    expect(t.board.role('scanner').state).toBe('unavailable');
    source.failList(null);
    t.advance(openBackoffMs(1));
    await t.manager.pollNow();
    expect(t.board.role('keypad').state).toBe('present');
  });

  it('follows a configuration change: a removed keypad is closed, a new one matched', async () => {
    const t = setup({ keypad: keypadConfig }, createFakeHidSource([keypadDevice]));
    await t.manager.pollNow();
    t.setConfig({});
    await t.manager.pollNow();
    expect(t.source.isOpen(keypadDevice.path)).toBe(false);
    expect(t.board.role('keypad').state).toBe('not-configured');
  });

  it('tells listeners about changes but not about every poll refreshing lastSeen', async () => {
    const t = setup({ keypad: keypadConfig }, createFakeHidSource([keypadDevice]));
    const events: string[] = [];
    t.board.onChange((status) => events.push(status.devices[0]!.state));
    await t.manager.pollNow();
    t.advance(5000);
    await t.manager.pollNow();
    await t.manager.pollNow();
    expect(events).toEqual(['absent', 'present']);
    expect(t.board.role('keypad').lastSeen).toBe('2025-03-01T08:00:05.000Z');
  });
});

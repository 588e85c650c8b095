import type { DeviceRole, KeypadEvent, ScanEvent } from '#common/devices-contract';
import type { DevicesConfig, KeypadConfig, ScannerConfig } from '#kiosk-config/devices-schema';
import type { DeviceStatusBoard } from '../devices/device-status-board';
import { createHidPosAssembler } from './hid-pos-report';
import { HidUnavailableError, type HidConnection, type HidDeviceInfo, type HidSource } from './hid-source';
import { createKeypadDecoder } from './keypad-report';

type HidRole = Extract<DeviceRole, 'keypad' | 'scanner'>;
type RoleConfig = KeypadConfig | ScannerConfig;

export interface HidDeviceManagerOptions {
  source: HidSource;
  /** Read at every poll, so a configuration the county pushes applies without a restart. */
  devices: () => Pick<DevicesConfig, 'keypad' | 'scanner'>;
  board: DeviceStatusBoard;
  onKeypad: (event: KeypadEvent) => void;
  onScan: (event: ScanEvent) => void;
  log?: (line: string) => void;
  now?: () => number;
  /** Hot-plug poll: this often after a change, doubling up to `maxPollMs` while nothing changes. */
  minPollMs?: number;
  maxPollMs?: number;
}

export interface HidDeviceManager {
  /** Starts the hot-plug poll (timers are unref'd: they never keep the host alive). */
  start(): void;
  /** One poll now; resolves when it is done (polls never overlap). */
  pollNow(): Promise<void>;
  close(): Promise<void>;
}

/** Waiting time before opening a device again after its n-th failure in a row: 1 s doubling to 30 s. */
export function openBackoffMs(failures: number): number {
  return Math.min(30_000, 1000 * 2 ** Math.max(0, failures - 1));
}

interface Runtime {
  role: HidRole;
  /** The configuration this runtime was built for (JSON), to notice a changed configuration. */
  key: string | null;
  config: RoleConfig | null;
  path: string | null;
  connection: HidConnection | null;
  /** Bumped on every open and close: callbacks of an older connection are ignored. */
  generation: number;
  failures: number;
  retryAt: number;
}

const hex4 = (n: number) => n.toString(16).toUpperCase().padStart(4, '0');
const targetOf = (config: RoleConfig) => `USB ${hex4(config.vendorId)}:${hex4(config.productId)}`;

/**
 * HID devices by role (DESIGN.md §7): matches configured vendor/product ids (and usage page)
 * against the device list, opens them, follows hot-plug by polling, and turns reports into
 * keypad actions and scans. Invariants: nothing here throws into the host — a device that
 * cannot be listed, opened or read is a status with an error count, retried with a back-off;
 * a malformed report is ignored and counted; unplugging closes the connection and marks the
 * device absent; replugging opens it again on the next poll.
 */
export function createHidDeviceManager(options: HidDeviceManagerOptions): HidDeviceManager {
  const { source, board } = options;
  const log = options.log ?? (() => {});
  const now = options.now ?? Date.now;
  const minPollMs = options.minPollMs ?? 1000;
  const maxPollMs = options.maxPollMs ?? 8000;
  const iso = () => new Date(now()).toISOString();
  const runtimes: Record<HidRole, Runtime> = {
    keypad: { role: 'keypad', key: null, config: null, path: null, connection: null, generation: 0, failures: 0, retryAt: 0 },
    scanner: { role: 'scanner', key: null, config: null, path: null, connection: null, generation: 0, failures: 0, retryAt: 0 },
  };
  let closed = false;
  let started = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let delay = minPollMs;
  let running: Promise<boolean> = Promise.resolve(false);
  let listFailures = 0;
  let listRetryAt = 0;

  function makeFeed(runtime: Runtime): (report: Uint8Array) => void {
    const countMalformed = (reason: string) => {
      board.update(runtime.role, { malformedReports: board.role(runtime.role).malformedReports + 1 });
      log(`[hid] ${runtime.role}: ignored a malformed report (${reason})`);
    };
    if (runtime.role === 'keypad') {
      const decoder = createKeypadDecoder(runtime.config as KeypadConfig);
      return (report) => {
        const outcome = decoder.push(report);
        if (outcome.kind === 'malformed') return countMalformed(outcome.reason);
        if (outcome.kind !== 'actions' || outcome.actions.length === 0) return;
        board.update('keypad', { lastUsed: iso() });
        for (const action of outcome.actions) options.onKeypad({ action });
      };
    }
    const assembler = createHidPosAssembler({ layout: (runtime.config as ScannerConfig).layout, now });
    return (report) => {
      for (const outcome of assembler.push(report)) {
        if (outcome.kind === 'malformed') countMalformed(outcome.reason);
        else if (outcome.kind === 'scan') {
          board.update('scanner', { lastUsed: iso() });
          // The content stays out of the log (a scanned code may be personal); its size does not.
          log(`[hid] scanner read ${outcome.text.length} characters${outcome.aim ? ` (${outcome.aim})` : ''}`);
          options.onScan({ text: outcome.text.slice(0, 4096), aim: outcome.aim });
        }
      }
    };
  }

  async function disconnect(runtime: Runtime): Promise<void> {
    const connection = runtime.connection;
    runtime.connection = null;
    runtime.path = null;
    runtime.generation += 1;
    await connection?.close().catch(() => undefined);
  }

  function applyConfig(runtime: Runtime, config: RoleConfig | null): Promise<void> | void {
    const key = config ? JSON.stringify(config) : null;
    if (key === runtime.key) return;
    runtime.key = key;
    runtime.config = config;
    runtime.failures = 0;
    runtime.retryAt = 0;
    const closing = disconnect(runtime);
    board.update(runtime.role, config ? { state: 'absent', target: targetOf(config), product: null } : { state: 'not-configured', target: null, product: null });
    return closing;
  }

  function candidatesFor(config: RoleConfig, list: HidDeviceInfo[]): HidDeviceInfo[] {
    const wantedPage = config.usagePage;
    return list
      .filter((device) => device.vendorId === config.vendorId && device.productId === config.productId)
      .filter((device) => wantedPage === undefined || device.usagePage === undefined || device.usagePage === wantedPage)
      .sort((a, b) => Number(b.usagePage === wantedPage) - Number(a.usagePage === wantedPage));
  }

  async function open(runtime: Runtime, device: HidDeviceInfo): Promise<void> {
    const generation = ++runtime.generation;
    const feed = makeFeed(runtime);
    try {
      const connection = await source.open(device.path, {
        onData: (report) => {
          if (generation === runtime.generation) feed(report);
        },
        onError: (error) => {
          if (generation !== runtime.generation) return;
          const path = device.path;
          void disconnect(runtime);
          // node-hid reports an unplug as a read error: only a device still listed has failed.
          void source.list().then(
            (list) => list.some((listed) => listed.path === path),
            () => true,
          ).then((stillThere) => {
            if (!stillThere) {
              log(`[hid] ${runtime.role}: unplugged`);
              board.update(runtime.role, { state: 'absent', product: null });
            } else {
              runtime.failures += 1;
              runtime.retryAt = now() + openBackoffMs(runtime.failures);
              board.recordError(runtime.role, `read failed: ${error.message}`);
              log(`[hid] ${runtime.role}: read failed (${error.message}); will look again`);
            }
            schedule(0);
          });
        },
      });
      if (generation !== runtime.generation || closed) {
        await connection.close().catch(() => undefined);
        return;
      }
      runtime.connection = connection;
      runtime.path = device.path;
      runtime.failures = 0;
      board.update(runtime.role, { state: 'present', product: device.product ?? null, lastSeen: iso() });
      log(`[hid] ${runtime.role}: opened ${device.product ?? device.path}`);
    } catch (error) {
      if (generation !== runtime.generation) return;
      runtime.failures += 1;
      runtime.retryAt = now() + openBackoffMs(runtime.failures);
      const message = error instanceof Error ? error.message : String(error);
      board.recordError(runtime.role, `cannot open: ${message}`);
      log(`[hid] ${runtime.role}: cannot open ${device.path} (${message}); retry in ${openBackoffMs(runtime.failures)} ms`);
    }
  }

  /** The status without the times that every poll refreshes. */
  const signature = () => JSON.stringify(board.get().devices.map(({ lastSeen: _seen, lastUsed: _used, ...rest }) => rest));

  /** One poll; true when some device's status changed (the next poll then comes soon). */
  async function poll(): Promise<boolean> {
    const config = options.devices();
    const before = signature();
    await applyConfig(runtimes.keypad, config.keypad);
    await applyConfig(runtimes.scanner, config.scanner);
    const active = [runtimes.keypad, runtimes.scanner].filter((runtime) => runtime.config !== null);
    if (active.length === 0 || now() < listRetryAt) return signature() !== before;

    let list: HidDeviceInfo[];
    try {
      list = await source.list();
      listFailures = 0;
    } catch (error) {
      listFailures += 1;
      listRetryAt = now() + openBackoffMs(listFailures);
      const message = error instanceof Error ? error.message : String(error);
      for (const runtime of active) board.recordError(runtime.role, message, error instanceof HidUnavailableError ? 'unavailable' : 'error');
      if (listFailures === 1) log(`[hid] cannot list HID devices: ${message}`);
      return true;
    }

    for (const runtime of active) {
      const config = runtime.config!;
      if (runtime.path && !list.some((device) => device.path === runtime.path)) {
        log(`[hid] ${runtime.role}: unplugged`);
        await disconnect(runtime);
        runtime.failures = 0;
        runtime.retryAt = 0;
        board.update(runtime.role, { state: 'absent' });
      }
      if (runtime.connection) {
        board.update(runtime.role, { lastSeen: iso() });
        continue;
      }
      const [device] = candidatesFor(config, list);
      if (!device) {
        board.update(runtime.role, { state: 'absent', product: null });
        continue;
      }
      if (now() < runtime.retryAt) continue;
      await open(runtime, device);
    }
    return signature() !== before;
  }

  /** Runs one poll after any poll under way (they never overlap); resolves to "something changed". */
  function runPoll(): Promise<boolean> {
    const next = running.then(poll).catch((error: unknown) => {
      log(`[hid] poll failed: ${error instanceof Error ? error.message : String(error)}`);
      return true;
    });
    running = next;
    return next;
  }

  function schedule(ms: number) {
    if (closed || !started) return;
    clearTimeout(timer);
    timer = setTimeout(() => {
      void runPoll().then((changed) => {
        delay = changed ? minPollMs : Math.min(maxPollMs, delay * 2);
        schedule(delay);
      });
    }, ms);
    timer.unref?.();
  }

  return {
    start: () => {
      started = true;
      schedule(0);
    },
    pollNow: () => runPoll().then(() => undefined),
    async close() {
      closed = true;
      clearTimeout(timer);
      await running;
      await disconnect(runtimes.keypad);
      await disconnect(runtimes.scanner);
    },
  };
}

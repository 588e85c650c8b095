import { spawnSync } from 'node:child_process';
import { EventEmitter } from 'node:events';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire, Module } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import vm from 'node:vm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { hostRequestChannels } from '#common/host-contract';

// The two bundles are the only code that meets the real `electron` module. Electron cannot run
// here, so each bundle is executed with a stand-in for `require('electron')` that records calls:
// this proves the bundles load, the preload needs nothing a sandbox lacks, and main's
// composition root wires what it should in the order Electron requires.

const repoRoot = path.resolve(import.meta.dirname, '../../..');
let outdir: string;

beforeAll(() => {
  outdir = mkdtempSync(path.join(tmpdir(), 'kiosk-electron-build-'));
  const build = spawnSync(process.execPath, ['scripts/build-electron.mjs', '--outdir', outdir], { cwd: repoRoot, encoding: 'utf8' });
  expect(build.stderr).toBe('');
  expect(build.status).toBe(0);
}, 60_000);
afterAll(() => rmSync(outdir, { recursive: true, force: true }));

describe('preload bundle', () => {
  it('runs in a context whose only module is electron and exposes window.kioskHost', async () => {
    const exposed = new Map<string, unknown>();
    const invoke = vi.fn(() => Promise.resolve('answer'));
    const ipcRenderer = Object.assign(new EventEmitter(), { invoke });
    const electron = { contextBridge: { exposeInMainWorld: (key: string, api: unknown) => exposed.set(key, api) }, ipcRenderer };
    const required: string[] = [];
    const sandboxRequire = (id: string) => {
      required.push(id);
      if (id === 'electron') return electron;
      throw new Error(`module not found in sandbox: ${id}`);
    };
    const module = { exports: {} };
    // A fresh global with no process, Buffer or Node built-ins: stricter than Electron's sandbox.
    vm.runInNewContext(readFileSync(path.join(outdir, 'preload/preload.cjs'), 'utf8'), { require: sandboxRequire, module, exports: module.exports });

    expect(required).toEqual(['electron']);
    expect([...exposed.keys()]).toEqual(['kioskHost']);
    const host = exposed.get('kioskHost') as { invoke(channel: string): Promise<unknown> };
    await expect(host.invoke('system.info')).resolves.toBe('answer');
    expect(invoke).toHaveBeenCalledWith('system.info');
  });
});

describe('main bundle', () => {
  // No swipe back/forward and no pinch zoom, set before `ready` (kiosk-shortcuts.ts).
  const lockdownSwitches = ['appendSwitch overscroll-history-navigation=0', 'appendSwitch disable-pinch'];

  function fakeElectron(options: { singleInstance: boolean; userData: string }) {
    const calls: string[] = [];
    let resolveReady!: () => void;
    const ready = new Promise<void>((resolve) => (resolveReady = resolve));
    const windows: Array<{ options: Record<string, unknown>; loaded: string[]; window?: EventEmitter & { webContents: EventEmitter } }> = [];
    const ipcChannels: string[] = [];
    class BrowserWindow extends EventEmitter {
      readonly webContents = Object.assign(new EventEmitter(), {
        id: 1,
        mainFrame: { url: '', parent: null, processId: 1, routingId: 1 },
        setWindowOpenHandler: () => calls.push('window:setWindowOpenHandler'),
        setZoomFactor: () => undefined,
        setVisualZoomLevelLimits: () => Promise.resolve(),
        isDestroyed: () => false,
        send: () => undefined,
      });
      readonly record: (typeof windows)[number] = { options: {}, loaded: [] };
      constructor(windowOptions: Record<string, unknown>) {
        super();
        this.record.options = windowOptions;
        this.record.window = this;
        windows.push(this.record);
        calls.push('new BrowserWindow');
      }
      loadURL(url: string) {
        this.record.loaded.push(url);
        calls.push(`loadURL ${url}`);
        return Promise.resolve();
      }
      show() {}
      isMinimized() {
        return false;
      }
      focus() {}
    }
    const app = Object.assign(new EventEmitter(), {
      requestSingleInstanceLock: () => (calls.push('requestSingleInstanceLock'), options.singleInstance),
      quit: () => calls.push('app.quit'),
      exit: (code: number) => calls.push(`app.exit ${code}`),
      whenReady: () => ready,
      getAppPath: () => '/opt/village-kiosk/resources/app.asar',
      getPath: (name: string) => (name === 'userData' ? options.userData : `/tmp/${name}`),
      getVersion: () => '0.1.0',
      isPackaged: true,
      commandLine: { appendSwitch: (name: string, value?: string) => calls.push(`appendSwitch ${name}${value === undefined ? '' : `=${value}`}`) },
    });
    const session = {
      defaultSession: Object.assign(new EventEmitter(), {
        setPermissionRequestHandler: () => calls.push('setPermissionRequestHandler'),
        setPermissionCheckHandler: () => calls.push('setPermissionCheckHandler'),
        setDevicePermissionHandler: () => calls.push('setDevicePermissionHandler'),
      }),
    };
    const electron = {
      app,
      BrowserWindow,
      Menu: { setApplicationMenu: (menu: unknown) => calls.push(`setApplicationMenu ${String(menu)}`) },
      ipcMain: { handle: (channel: string) => ipcChannels.push(channel), removeHandler: () => undefined },
      protocol: {
        registerSchemesAsPrivileged: (schemes: Array<{ scheme: string }>) => calls.push(`registerSchemesAsPrivileged ${schemes.map((s) => s.scheme).join()}`),
        handle: (scheme: string) => calls.push(`protocol.handle ${scheme}`),
      },
      session,
      safeStorage: {
        isEncryptionAvailable: () => (calls.push('safeStorage.isEncryptionAvailable'), true),
        encryptString: (text: string) => Buffer.from(text),
        decryptString: (buffer: Buffer) => buffer.toString(),
      },
    };
    return { electron, calls, windows, ipcChannels, app, ready: () => resolveReady() };
  }

  function loadMain(electron: unknown): void {
    const file = path.join(outdir, 'main/main.cjs');
    const realRequire = createRequire(file);
    const requireWithElectron = (id: string) => (id === 'electron' ? electron : realRequire(id));
    const module = { exports: {} };
    const wrapper = vm.runInThisContext(Module.wrap(readFileSync(file, 'utf8')), { filename: file }) as (...args: unknown[]) => void;
    wrapper(module.exports, requireWithElectron, module, file, path.dirname(file));
  }

  it('carries no simulated HID devices (test only) and loads node-hid only lazily, from outside the bundle', () => {
    const main = readFileSync(path.join(outdir, 'main/main.cjs'), 'utf8');
    expect(main).not.toContain('HID devices are simulated');
    expect(main).not.toContain('KIOSK_FAKE_HID');
    expect(main).toContain('import("node-hid")');
  });

  it('a second instance registers the scheme, then quits without creating anything', () => {
    const fake = fakeElectron({ singleInstance: false, userData: outdir });
    loadMain(fake.electron);
    expect(fake.calls).toEqual(['registerSchemesAsPrivileged app', ...lockdownSwitches, 'requestSingleInstanceLock', 'app.quit']);
  });

  it('the first instance wires protocol, permissions, IPC and one guarded kiosk window on app://kiosk', async () => {
    const userData = mkdtempSync(path.join(outdir, 'user-data-'));
    const fake = fakeElectron({ singleInstance: true, userData });
    loadMain(fake.electron);
    expect(fake.calls).toEqual(['registerSchemesAsPrivileged app', ...lockdownSwitches, 'requestSingleInstanceLock']);
    expect(fake.app.listenerCount('web-contents-created')).toBe(1);
    expect(fake.app.listenerCount('window-all-closed')).toBe(1);
    expect(fake.app.listenerCount('second-instance')).toBe(1);

    fake.ready();
    await vi.waitFor(() => expect(fake.windows[0]?.loaded).toEqual(['app://kiosk/index.html']));
    expect(fake.calls).toEqual(
      expect.arrayContaining(['setApplicationMenu null', 'setPermissionRequestHandler', 'setPermissionCheckHandler', 'setDevicePermissionHandler', 'protocol.handle app', 'window:setWindowOpenHandler']),
    );
    expect(fake.calls.indexOf('protocol.handle app')).toBeLessThan(fake.calls.indexOf('loadURL app://kiosk/index.html'));
    expect(fake.ipcChannels.sort()).toEqual([...hostRequestChannels].sort());
    expect(fake.windows).toHaveLength(1);
    expect(fake.windows[0]?.options).toMatchObject({
      kiosk: true,
      webPreferences: { sandbox: true, contextIsolation: true, nodeIntegration: false, devTools: false, preload: '/opt/village-kiosk/resources/app.asar/dist/electron/preload/preload.cjs' },
    });
    // Lockdown beyond the factory's options: shortcuts and mouse back/forward buttons.
    expect(fake.windows[0]?.window?.webContents.listenerCount('before-input-event')).toBe(2);
    expect(fake.windows[0]?.window?.listenerCount('app-command')).toBe(1);
    expect(fake.calls).not.toContain('app.exit 1');
  });
});

import { describe, expect, it, vi } from 'vitest';
import { defaultKioskConfig } from '#kiosk-config/default-config';
import { layerConfig } from '#kiosk-config/layer-config';
import type { ConfigState } from '#kiosk-config/config-state';
import { hostRequestChannels, type EventPayloadOf, type HostEventName } from '#common/host-contract';
import type { HostEventSource, HostHandlers } from '#common/host-service';
import { FakeWebContents, fakeFrame } from './fake-web-contents';
import { wireHostIpc, type InvokeEvent, type IpcMainLike } from './ipc-wiring';
import { KioskContentsRegistry } from './kiosk-contents-registry';

type Listener = Parameters<IpcMainLike['handle']>[1];

class FakeIpcMain implements IpcMainLike {
  readonly handlers = new Map<string, Listener>();
  handle(channel: string, listener: Listener): void {
    if (this.handlers.has(channel)) throw new Error(`second handler for ${channel}`);
    this.handlers.set(channel, listener);
  }
  removeHandler(channel: string): void {
    this.handlers.delete(channel);
  }
  /** What Electron does on ipcRenderer.invoke: no handler → rejection without reaching our code. */
  invoke(channel: string, event: InvokeEvent, ...args: unknown[]): Promise<unknown> {
    const listener = this.handlers.get(channel);
    if (!listener) return Promise.reject(new Error(`No handler registered for '${channel}'`));
    return listener(event, ...args);
  }
}

class FakeEvents implements HostEventSource {
  readonly listeners = new Map<string, Set<(payload: unknown) => void>>();
  subscribe<E extends HostEventName>(event: E, listener: (payload: EventPayloadOf<E>) => void): () => void {
    const set = this.listeners.get(event) ?? new Set();
    set.add(listener as (payload: unknown) => void);
    this.listeners.set(event, set);
    return () => set.delete(listener as (payload: unknown) => void);
  }
  emit(event: string, payload: unknown): void {
    for (const listener of this.listeners.get(event) ?? []) listener(payload);
  }
}

const configState: ConfigState = layerConfig(defaultKioskConfig, []);
const systemInfo = { appVersion: '1.2.3', hostKind: 'electron' as const, platform: 'linux', kioskId: 'kiosk-test', hostTime: '2025-01-01T00:00:00.000Z' };

function setup(overrides: Partial<HostHandlers> = {}) {
  // Every channel exists in the contract; those a test does not expect must not be reached.
  const unexpected = Object.fromEntries(
    hostRequestChannels.map((channel) => [channel, vi.fn(() => Promise.reject(new Error(`unexpected call to ${channel}`)))]),
  );
  const handlers = {
    ...unexpected,
    'config.get': vi.fn(() => configState),
    'system.info': vi.fn(() => systemInfo),
    ...overrides,
  } as unknown as HostHandlers;
  const ipcMain = new FakeIpcMain();
  const events = new FakeEvents();
  const kioskContents = new KioskContentsRegistry();
  const contents = new FakeWebContents();
  kioskContents.add(contents);
  const log: string[] = [];
  const wiring = wireHostIpc({ ipcMain, handlers, events, kioskContents, log: (line) => log.push(line) });
  const fromKiosk = (frame = fakeFrame()): InvokeEvent => ({ sender: { id: contents.id }, senderFrame: frame });
  return { handlers, ipcMain, events, kioskContents, contents, log, wiring, fromKiosk };
}

describe('wireHostIpc requests', () => {
  it('registers exactly the contract channels', () => {
    const { ipcMain } = setup();
    expect([...ipcMain.handlers.keys()].sort()).toEqual([...hostRequestChannels].sort());
  });

  it('answers a valid call from the kiosk main frame with the validated response', async () => {
    const { ipcMain, fromKiosk, handlers } = setup();
    await expect(ipcMain.invoke('system.info', fromKiosk())).resolves.toEqual(systemInfo);
    await expect(ipcMain.invoke('config.get', fromKiosk())).resolves.toEqual(configState);
    expect(handlers['system.info']).toHaveBeenCalledWith(undefined);
  });

  it('never registers a channel outside the contract', async () => {
    const { ipcMain, fromKiosk } = setup();
    await expect(ipcMain.invoke('shell.openExternal', fromKiosk(), 'https://evil.example')).rejects.toThrow(/No handler/);
    await expect(ipcMain.invoke('__proto__', fromKiosk())).rejects.toThrow(/No handler/);
  });

  it('drops calls from a frame on another origin', async () => {
    const { ipcMain, fromKiosk, handlers, log } = setup();
    await expect(ipcMain.invoke('system.info', fromKiosk(fakeFrame({ url: 'https://evil.example/' })))).rejects.toThrow('request refused');
    await expect(ipcMain.invoke('system.info', fromKiosk(fakeFrame({ url: 'app://kiosk.evil/' })))).rejects.toThrow('request refused');
    expect(handlers['system.info']).not.toHaveBeenCalled();
    expect(log[0]).toContain('not on the app origin');
  });

  it('drops calls from subframes, stale frames and missing frames', async () => {
    const { ipcMain, fromKiosk, handlers } = setup();
    const subframe = fakeFrame({ parent: fakeFrame(), routingId: 2 });
    await expect(ipcMain.invoke('system.info', fromKiosk(subframe))).rejects.toThrow('request refused');
    // A parentless frame that is not the WebContents' current main frame (e.g. a fenced frame
    // or the previous document after a cross-process navigation).
    await expect(ipcMain.invoke('system.info', fromKiosk(fakeFrame({ routingId: 99 })))).rejects.toThrow('request refused');
    await expect(ipcMain.invoke('system.info', fromKiosk(fakeFrame({ processId: 8 })))).rejects.toThrow('request refused');
    await expect(ipcMain.invoke('system.info', { sender: { id: 1 }, senderFrame: null })).rejects.toThrow('request refused');
    const throwing = {
      get url(): string {
        throw new Error('Render frame was disposed before WebFrameMain could be accessed');
      },
      parent: null,
      processId: 7,
      routingId: 1,
    };
    await expect(ipcMain.invoke('system.info', fromKiosk(throwing))).rejects.toThrow('request refused');
    expect(handlers['system.info']).not.toHaveBeenCalled();
  });

  it('drops calls from WebContents that are not kiosk windows, or no longer exist', async () => {
    const { ipcMain, contents, handlers } = setup();
    await expect(ipcMain.invoke('system.info', { sender: { id: contents.id + 1000 }, senderFrame: fakeFrame() })).rejects.toThrow('request refused');
    contents.destroy();
    await expect(ipcMain.invoke('system.info', { sender: { id: contents.id }, senderFrame: fakeFrame() })).rejects.toThrow('request refused');
    expect(handlers['system.info']).not.toHaveBeenCalled();
  });

  it('rejects an invalid request payload without calling the handler', async () => {
    const { ipcMain, fromKiosk, handlers } = setup();
    await expect(ipcMain.invoke('system.info', fromKiosk(), { unexpected: true })).rejects.toThrow('invalid request for system.info');
    await expect(ipcMain.invoke('system.info', fromKiosk(), undefined, 'extra')).rejects.toThrow('invalid request for system.info');
    expect(handlers['system.info']).not.toHaveBeenCalled();
  });

  it('turns handler failures and invalid responses into safe messages (no stack, no internals)', async () => {
    const secret = new Error('EACCES: /home/kiosk/.config/secret-token');
    const { ipcMain, fromKiosk, log } = setup({
      'system.info': () => {
        throw secret;
      },
      'config.get': () => ({ bogus: true }) as unknown as ConfigState,
    });
    const failure: Error = await ipcMain.invoke('system.info', fromKiosk()).then(
      () => new Error('expected a rejection'),
      (error: unknown) => error as Error,
    );
    expect(failure).toBeInstanceOf(Error);
    // Electron serialises a handler's rejection for the renderer from the error's string form.
    expect(String(failure)).toBe('Error: system.info failed');
    expect(failure.cause).toBeUndefined();
    await expect(ipcMain.invoke('config.get', fromKiosk())).rejects.toThrow('config.get returned an invalid response');
    // The host log keeps the cause for whoever maintains the kiosk.
    expect(log.join('\n')).toContain('secret-token');
  });

  it('dispose removes every handler and subscription', () => {
    const { ipcMain, events, wiring } = setup();
    wiring.dispose();
    expect(ipcMain.handlers.size).toBe(0);
    expect([...events.listeners.values()].every((set) => set.size === 0)).toBe(true);
  });
});

describe('wireHostIpc events', () => {
  it('forwards a valid event payload to every live kiosk window on the app origin', () => {
    const { events, contents, kioskContents } = setup();
    const second = new FakeWebContents();
    kioskContents.add(second);
    const elsewhere = new FakeWebContents();
    elsewhere.mainFrame = fakeFrame({ url: 'https://evil.example/' });
    kioskContents.add(elsewhere);
    events.emit('config.changed', configState);
    expect(contents.sent).toEqual([{ channel: 'config.changed', args: [configState] }]);
    expect(second.sent).toHaveLength(1);
    expect(elsewhere.sent).toHaveLength(0);
  });

  it('drops an invalid payload instead of sending it', () => {
    const { events, contents, log } = setup();
    events.emit('config.changed', { config: 'not a config' });
    expect(contents.sent).toHaveLength(0);
    expect(log).toContain('event config.changed dropped: invalid payload');
  });

  it('stops sending to a window once its WebContents is destroyed', () => {
    const { events, contents } = setup();
    contents.destroy();
    events.emit('config.changed', configState);
    expect(contents.sent).toHaveLength(0);
  });
});

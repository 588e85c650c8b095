import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import type { KioskHostApi } from '#common/host-contract';
import { buildKioskHost, type IpcRendererLike } from './build-kiosk-host';

/** ipcRenderer stand-in: records invokes, delivers events with an IpcRendererEvent-like first argument. */
class FakeIpcRenderer extends EventEmitter implements IpcRendererLike {
  invoke = vi.fn((_channel: string, ..._args: unknown[]) => Promise.resolve({ ok: true }));
  deliver(channel: string, payload: unknown): void {
    const ipcEvent = { sender: this, senderId: 0, ports: [] };
    this.emit(channel, ipcEvent, payload);
  }
}

function build() {
  const ipc = new FakeIpcRenderer();
  // The page may call with anything; exercise the untyped surface the way a hostile page would.
  const host = buildKioskHost(ipc) as KioskHostApi & { invoke(channel: string, ...args: unknown[]): Promise<unknown>; on(event: string, listener: unknown): () => void };
  return { ipc, host };
}

describe('buildKioskHost', () => {
  it('forwards contract channels to ipcRenderer.invoke with at most one request value', async () => {
    const { ipc, host } = build();
    await expect(host.invoke('system.info')).resolves.toEqual({ ok: true });
    expect(ipc.invoke).toHaveBeenCalledWith('system.info');
    await host.invoke('config.get');
    expect(ipc.invoke).toHaveBeenLastCalledWith('config.get');
  });

  it('refuses channels outside the contract without touching IPC', async () => {
    const { ipc, host } = build();
    await expect(host.invoke('shell.openExternal', 'https://evil.example')).rejects.toThrow(/unknown host channel/);
    await expect(host.invoke('__proto__')).rejects.toThrow(/unknown host channel/);
    await expect(host.invoke('toString')).rejects.toThrow(/unknown host channel/);
    await expect(host.invoke('system.info', undefined, 'extra')).rejects.toThrow(/invalid request/);
    expect(ipc.invoke).not.toHaveBeenCalled();
  });

  it('delivers event payloads only, never the IPC event object', () => {
    const { ipc, host } = build();
    const received: unknown[][] = [];
    host.on('config.changed', (...args: unknown[]) => received.push(args));
    ipc.deliver('config.changed', { layers: ['default'] });
    expect(received).toEqual([[{ layers: ['default'] }]]);
  });

  it('returns an unsubscribe that removes exactly its own listener, once', () => {
    const { ipc, host } = build();
    const first = vi.fn();
    const second = vi.fn();
    const offFirst = host.on('config.changed', first);
    host.on('config.changed', second);
    offFirst();
    offFirst();
    ipc.deliver('config.changed', 1);
    expect(first).not.toHaveBeenCalled();
    expect(second).toHaveBeenCalledWith(1);
    expect(ipc.listenerCount('config.changed')).toBe(1);
  });

  it('refuses to subscribe to events outside the contract or with a non-function', () => {
    const { ipc, host } = build();
    expect(() => host.on('config.get', vi.fn())).toThrow(/unknown host event/);
    expect(() => host.on('ELECTRON_BROWSER_REQUIRE', vi.fn())).toThrow(/unknown host event/);
    expect(() => host.on('config.changed', 'not a function')).toThrow(TypeError);
    expect(ipc.eventNames()).toEqual([]);
  });

  it('exposes only invoke and on, frozen, and no ipcRenderer', () => {
    const { ipc, host } = build();
    expect(Object.keys(host).sort()).toEqual(['invoke', 'on']);
    expect(Object.isFrozen(host)).toBe(true);
    expect(Object.values(host)).not.toContain(ipc);
  });
});

import { isHostEventName, isHostRequestChannel } from '#common/host-channels';
import type { KioskHostApi } from '#common/host-contract';

type IpcListener = (event: unknown, ...args: unknown[]) => void;

/** The slice of Electron's ipcRenderer the bridge uses; never handed to the page itself. */
export interface IpcRendererLike {
  invoke(channel: string, ...args: unknown[]): Promise<unknown>;
  on(channel: string, listener: IpcListener): unknown;
  removeListener(channel: string, listener: IpcListener): unknown;
}

/** The name under which the page finds the host API: `window.kioskHost`. */
export const KIOSK_HOST_GLOBAL = 'kioskHost';

/**
 * Builds the object exposed as `window.kioskHost` (DESIGN.md §3, STYLE.md "the preload exposes
 * actions, never ipcRenderer"). It only forwards contract channels and events, so a compromised
 * page cannot reach any other IPC channel through it; main re-checks everything anyway (sender
 * frame, schemas). Listeners receive the payload only: Electron's IpcRendererEvent (which has
 * `sender`, an ipcRenderer) never crosses to the page.
 */
export function buildKioskHost(ipc: IpcRendererLike): KioskHostApi {
  const invoke = (channel: unknown, ...request: unknown[]): Promise<unknown> => {
    if (!isHostRequestChannel(channel)) return Promise.reject(new Error(`unknown host channel: ${String(channel).slice(0, 60)}`));
    if (request.length > 1) return Promise.reject(new Error(`invalid request for ${channel}`));
    return ipc.invoke(channel, ...request);
  };
  const on = (event: unknown, listener: unknown): (() => void) => {
    if (!isHostEventName(event)) throw new Error(`unknown host event: ${String(event).slice(0, 60)}`);
    if (typeof listener !== 'function') throw new TypeError('listener must be a function');
    const forward: IpcListener = (_ipcEvent, payload) => {
      (listener as (payload: unknown) => void)(payload);
    };
    ipc.on(event, forward);
    let subscribed = true;
    return () => {
      if (!subscribed) return;
      subscribed = false;
      ipc.removeListener(event, forward);
    };
  };
  return Object.freeze({ invoke, on }) as KioskHostApi;
}
